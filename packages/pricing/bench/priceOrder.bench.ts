// Prices and taxes 100,000 order lines (1,000 orders of 100 lines: DE B2C, a 10 % order promotion, 19 % and 7 %
// VAT, line rounding) through the public priceOrder, and compares with a plain-number loop doing the same arithmetic
// (quantity x price, discount, tax, rounding with Math.round) in the same process.
// Run: npx tsx --conditions=@o2c/source packages/pricing/bench/priceOrder.bench.ts
import { Bench } from "tinybench";
import {
  createCatalog,
  createRuleBasedTaxProvider,
  exampleTaxRules,
  type PricingInput,
  priceOrder,
} from "../src/index.js";

const PRODUCTS = 50;
const ORDERS = 1_000;
const LINES = 100;
const catalog = createCatalog({
  products: Array.from({ length: PRODUCTS }, (_, i) => ({
    id: `p${i}`,
    taxClass: i % 3 === 0 ? "reduced" : "standard",
  })),
  priceLists: [
    {
      id: "retail",
      currency: "EUR",
      prices: Array.from({ length: PRODUCTS }, (_, i) => ({
        productId: `p${i}`,
        unitPrice: `${(i % 17) + 1}.${(i * 37) % 100}`,
      })),
    },
  ],
  promotions: [{ id: "ten", effect: { type: "orderPercent", percent: "10" } }],
});
const context = { taxProvider: createRuleBasedTaxProvider(exampleTaxRules), seller: { country: "DE" } };
const orders: PricingInput[] = Array.from({ length: ORDERS }, (_, o) => ({
  currency: "EUR",
  date: "2026-03-02",
  customer: { id: `c${o}`, taxStatus: "consumer", country: "DE" },
  lines: Array.from({ length: LINES }, (_, l) => ({
    id: `l${l}`,
    productId: `p${(o + l) % PRODUCTS}`,
    quantity: `${(l % 9) + 1}`,
  })),
}));
const plainPrices = Array.from({ length: PRODUCTS }, (_, i) => (i % 17) + 1 + ((i * 37) % 100) / 100);

let sink = 0;
/** CPU time (user + system, ms) of each priceOrder run, measured around the run itself. */
const cpuRuns: number[] = [];
async function priceAll(): Promise<void> {
  const before = process.cpuUsage();
  for (const order of orders) {
    const result = await priceOrder(order, catalog, context);
    sink += result.lines.length;
  }
  const cpu = process.cpuUsage(before);
  cpuRuns.push((cpu.user + cpu.system) / 1000);
}
function plainLoop(): void {
  for (let o = 0; o < ORDERS; o++) {
    let total = 0;
    for (let l = 0; l < LINES; l++) {
      const p = (o + l) % PRODUCTS;
      const amount = Math.round(((l % 9) + 1) * (plainPrices[p] ?? 0) * 100) / 100;
      const net = amount - Math.round(amount * 10) / 100;
      total += net + Math.round(net * (p % 3 === 0 ? 7 : 19)) / 100;
    }
    sink += total > 0 ? LINES : 0;
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const bench = new Bench({ iterations: 10, warmupIterations: 2, time: 0, warmupTime: 0 });
bench.add("priceOrder: 100,000 lines", priceAll).add("plain-number baseline: 100,000 lines", plainLoop);
await bench.run();
const lines = ORDERS * LINES;
/** Median wall-clock ms of a task's runs (tinybench 6 keeps the samples under `latency`). */
function wallMs(task: (typeof bench.tasks)[number] | undefined): number {
  const result = task?.result as { latency?: { p50?: number; mean?: number } } | undefined;
  return result?.latency?.p50 ?? result?.latency?.mean ?? Number.NaN;
}
const ours = wallMs(bench.tasks[0]);
const plain = wallMs(bench.tasks[1]);
const perSecond = (ms: number): string => Math.round((lines / ms) * 1000).toLocaleString("en");
console.table([
  { task: bench.tasks[0]?.name, "median wall ms": ours.toFixed(1), "lines/s (wall)": perSecond(ours) },
  { task: bench.tasks[1]?.name, "median wall ms": plain.toFixed(1), "lines/s (wall)": perSecond(plain) },
]);
// Wall time includes waiting for a shared CPU; CPU time (process.cpuUsage, includes GC) shows the cost on one core.
const measured = cpuRuns.slice(-10);
const cpuMs = median(measured);
console.log(
  `priceOrder: ${perSecond(ours)} lines/s wall clock, ${perSecond(cpuMs)} lines per CPU-second ` +
    `(median CPU ${cpuMs.toFixed(0)} ms per run = ${((cpuMs * 1000) / lines).toFixed(2)} µs per line), target >= 200,000 lines/s`,
);
console.log(`ratio priceOrder / plain baseline (median wall): ${(ours / plain).toFixed(0)}x slower`);
if (sink < 0) console.log(sink);
