// Money parse, add and allocate throughput next to plain bigint arithmetic doing the same work in the same run.
// Run: pnpm bench (all packages) or npx tsx --conditions=@o2c/source packages/core/bench/money.bench.ts

import { Money } from "@o2c/core";
import { Bench } from "tinybench";

const amounts = Array.from({ length: 1000 }, (_, i) => `${(i * 7919) % 100000}.${String(i % 100).padStart(2, "0")}`);
const parsed = amounts.map((a) => Money.of(a, "EUR"));
const minors = amounts.map((a) => BigInt(a.replace(".", "")));
const ratios = ["1", "2", "3", "5", "8"];
const weights = [1n, 2n, 3n, 5n, 8n];

function baselineAllocate(amount: bigint, w: readonly bigint[]): bigint[] {
  const total = w.reduce((a, b) => a + b, 0n);
  const parts = w.map((x) => (amount * x) / total);
  let left = amount - parts.reduce((a, b) => a + b, 0n);
  for (let i = 0; left > 0n; i++, left--) parts[i % parts.length] = (parts[i % parts.length] ?? 0n) + 1n;
  return parts;
}

let sink: unknown;
const bench = new Bench({ time: 400, warmupTime: 100 });
bench
  .add("Money.of (parse 1000 amounts)", () => {
    for (const a of amounts) sink = Money.of(a, "EUR");
  })
  .add("baseline: BigInt(string) x1000", () => {
    for (const a of amounts) sink = BigInt(a.replace(".", ""));
  })
  .add("Money.add x1000", () => {
    let total = Money.zero("EUR");
    for (const m of parsed) total = total.add(m);
    sink = total;
  })
  .add("baseline: bigint + x1000", () => {
    let total = 0n;
    for (const m of minors) total += m;
    sink = total;
  })
  .add("Money.allocate 5 ways x1000", () => {
    for (const m of parsed) sink = m.allocate(ratios);
  })
  .add("baseline: bigint allocate 5 ways x1000", () => {
    for (const m of minors) sink = baselineAllocate(m, weights);
  });

await bench.run();

// Each task runs 1000 operations; the mean latency of a task (ms) gives operations per second. (The mean of
// tinybench's per-sample throughput would overstate it: a mean of rates is not the rate of the mean.)
const opsPerSecond = (name: string) => {
  const task = bench.tasks.find((t) => t.name === name);
  const result = task?.result as { latency?: { mean: number } } | undefined;
  const meanMs = result?.latency?.mean ?? Number.POSITIVE_INFINITY;
  return (1000 * 1000) / meanMs;
};
const rows = [
  ["parse", "Money.of (parse 1000 amounts)", "baseline: BigInt(string) x1000"],
  ["add", "Money.add x1000", "baseline: bigint + x1000"],
  ["allocate", "Money.allocate 5 ways x1000", "baseline: bigint allocate 5 ways x1000"],
] as const;
console.log("\n@o2c/core money benchmark (operations per second; ratio = bigint baseline / Money)");
console.log("operation   Money ops/s     bigint ops/s    ratio");
for (const [label, money, base] of rows) {
  const m = opsPerSecond(money);
  const b = opsPerSecond(base);
  console.log(
    `${label.padEnd(11)} ${Math.round(m).toLocaleString("en-US").padStart(13)}  ${Math.round(b).toLocaleString("en-US").padStart(14)}  ${(b / m).toFixed(1).padStart(6)}x`,
  );
}
if (sink === Symbol.for("never")) console.log(sink);
