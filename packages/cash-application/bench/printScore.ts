// The score lines both cash-application benchmarks print: totals, then one row per scenario family.
import type { MatchScore } from "@o2c/cash-application";

export function printScore(score: MatchScore): void {
  console.log(
    `touchless rate ${score.touchlessRate.toFixed(4)}  precision ${score.precision.toFixed(4)}  applied ${score.applied}  wrong ${score.wrong}`,
  );
  console.log("kind                 count applied correct wrong touchless");
  for (const [kind, k] of Object.entries(score.byKind)) {
    console.log(
      `${kind.padEnd(20)} ${String(k.count).padStart(5)} ${String(k.applied).padStart(7)} ${String(k.correct).padStart(7)} ${String(k.wrong).padStart(5)} ${k.touchlessRate.toFixed(4).padStart(9)}`,
    );
  }
}
