// Decisions per second for a customer with 1,000 open items (mixed kinds, three currencies) and 200 payment
// history records, against a plain baseline that sums the same 1,000 amounts as JavaScript numbers.
// Run: npx tsx --conditions=@o2c/source packages/credit/bench/decide.bench.ts
import { createInMemoryFxRates, Money } from "@o2c/core";
import { createInMemoryCreditData, decideCredit, type OpenItemInput, type PaymentRecordInput } from "@o2c/credit";
import { Bench } from "tinybench";

const KINDS = ["receivable", "invoice", "order", "unappliedCash", "creditNote"] as const;
const CURRENCIES = ["EUR", "EUR", "EUR", "USD", "JPY"] as const;

const openItems: OpenItemInput[] = Array.from({ length: 1000 }, (_, i) => {
  const currency = CURRENCIES[i % CURRENCIES.length] ?? "EUR";
  const minor = 10_000 + ((i * 7919) % 500_000);
  return {
    id: `item-${i}`,
    customerId: "acme",
    kind: KINDS[i % KINDS.length] ?? "invoice",
    amount: Money.fromMinor(minor, currency).toJSON(),
    dueDate: `2026-${String(1 + (i % 12)).padStart(2, "0")}-15`,
  };
});
const paymentHistory: PaymentRecordInput[] = Array.from({ length: 200 }, (_, i) => ({
  invoiceId: `INV-${i}`,
  customerId: "acme",
  amount: { amount: `${100 + i}.00`, currency: "EUR" },
  issueDate: `2026-${String(1 + (i % 9)).padStart(2, "0")}-01`,
  dueDate: `2026-${String(1 + (i % 9)).padStart(2, "0")}-28`,
  ...(i % 4 === 0 ? {} : { paidDate: `2026-${String(2 + (i % 9)).padStart(2, "0")}-05` }),
  disputed: i % 17 === 0,
}));

const context = {
  data: createInMemoryCreditData({
    profiles: [{ customerId: "acme", currency: "EUR", limit: { amount: "100000000.00", currency: "EUR" } }],
    openItems,
    paymentHistory,
  }),
  fx: createInMemoryFxRates([
    { base: "USD", quote: "EUR", rate: "0.9223", date: "2026-10-13", source: "ECB" },
    { base: "JPY", quote: "EUR", rate: "0.0061", date: "2026-10-13", source: "ECB" },
  ]),
  policy: {
    maxDaysOverdue: { days: 60, action: "hold" as const },
    maxOverdueAmount: { amount: { amount: "50000.00", currency: "EUR" }, action: "hold" as const },
    minScore: { score: 40, action: "hold" as const },
  },
};
const small = {
  ...context,
  data: createInMemoryCreditData({
    profiles: [{ customerId: "acme", currency: "EUR", limit: { amount: "100000000.00", currency: "EUR" } }],
    openItems: openItems.slice(0, 10),
    paymentHistory: paymentHistory.slice(0, 10),
  }),
};
const request = { customerId: "acme", amount: { amount: "1000.00", currency: "EUR" }, asOf: "2026-10-14" };

// The baseline: what a naive system does, one float sum over the same amounts (wrong across currencies, but fast).
const floats = openItems.map((item) => Number.parseFloat(item.amount.amount) * (KINDS.indexOf(item.kind) < 3 ? 1 : -1));
let sink = 0;

const first = await decideCredit(request, context);
console.log(`decision: ${first.outcome}, exposure ${first.exposure.total.amount} EUR, score ${first.score?.score}`);

const bench = new Bench({ time: 3000, warmupTime: 500 });
bench
  .add("decideCredit, 1,000 open items + 200 history records", async () => {
    await decideCredit(request, context);
  })
  .add("decideCredit, 10 open items + 10 history records", async () => {
    await decideCredit(request, small);
  })
  .add("baseline: plain float sum of 1,000 numbers", () => {
    let total = 0;
    for (const value of floats) total += value;
    sink += total;
  });
await bench.run();

const [decide, decideSmall, baseline] = bench.tasks.map((task) => {
  const result = task.result;
  // Operations per second from the mean latency (ms): the mean of per-sample throughputs would overstate it.
  const hz = result && "latency" in result ? 1000 / result.latency.mean : 0;
  return { name: task.name, hz };
});
for (const task of [decide, decideSmall, baseline]) {
  if (task) console.log(`${task.name}: ${task.hz.toFixed(1)} ops/s`);
}
if (decide && baseline && decide.hz > 0) {
  console.log(`ratio: the baseline runs ${(baseline.hz / decide.hz).toFixed(0)}x as often as a full decision`);
  console.log(`one decision takes ${(1000 / decide.hz).toFixed(2)} ms`);
}
if (sink === Number.POSITIVE_INFINITY) console.log(sink);
