// Held-out accuracy: the matcher on data sets it was never tuned on, made by the project's own generator
// (test/dataset, written from FORMAT.md alone, with other names, id schemes, languages, currencies and mixes).
// Run: npx tsx --conditions=@o2c/source packages/cash-application/bench/heldout.bench.ts [seed] [payments]
import { matchPayments, scoreResult } from "@o2c/cash-application";
import { generateDataset } from "../test/dataset/generateDataset.js";
import { PROFILE_NAMES } from "../test/dataset/types.js";
import { printScore } from "./printScore.js";

const seed = process.argv[2] ?? "heldout-1";
const payments = Number(process.argv[3] ?? 2000);

let applied = 0;
let correct = 0;
let wrong = 0;
let withTruth = 0;
for (const profile of PROFILE_NAMES) {
  const set = generateDataset({ seed, profile, customers: 300, openItems: payments * 3, payments });
  const t0 = performance.now();
  const results = matchPayments({
    customers: set.customers,
    openItems: set.invoices,
    payments: set.payments,
  } as never);
  const ms = performance.now() - t0;
  const score = scoreResult(results, set.truth);
  const truthful = Object.values(set.truth).filter((t) => t.allocations.length > 0).length;
  applied += score.applied;
  correct += score.correct;
  wrong += score.wrong;
  withTruth += truthful;
  console.log(
    `\n== ${profile} (seed ${seed}): ${set.payments.length} payments, ${set.invoices.length} open items, matched in ${ms.toFixed(0)} ms`,
  );
  printScore(score);
}
console.log(
  `\nall profiles: touchless rate ${(correct / Math.max(1, withTruth)).toFixed(4)}, precision ${(correct / Math.max(1, applied)).toFixed(4)} (${wrong} wrong of ${applied} applied)`,
);
