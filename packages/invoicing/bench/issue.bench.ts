// Invoices generated from an order and issued on the in-memory store (gapless number, EN 16931 check, outbox event),
// next to a plain baseline in the same run: the same invoice computed with bigint minor units and written with a
// sequence number through the same store, with no validation, no rules and no event.
// Run: npx tsx --conditions=@o2c/source packages/invoicing/bench/issue.bench.ts
import { createFixedClock, createInMemoryStore, createSequentialIdGenerator } from "@o2c/core";
import { invoiceOrder, issueInvoice, type OrderInput } from "@o2c/invoicing";
import { Bench } from "tinybench";

const eur = (amount: string) => ({ amount, currency: "EUR" });
const address = { line1: "Hauptstr. 1", city: "Berlin", postalCode: "10115", country: "DE" };
const parties = {
  seller: { name: "Acme GmbH", vatId: "DE123456789", address },
  buyer: { name: "Globex AG", vatId: "DE987654321", address },
};
const cents = Array.from({ length: 10 }, (_, i) => ((10 + i) * 100 + 99) * (i + 1));
const toAmount = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`;
const order: OrderInput = {
  id: "o1",
  customerId: "c1",
  currency: "EUR",
  lines: Array.from({ length: 10 }, (_, i) => ({
    id: `l${i}`,
    sku: `SKU-${i}`,
    description: `Item ${i}`,
    quantity: String(i + 1),
    unitPrice: eur(`${10 + i}.99`),
    net: eur(toAmount(cents[i] ?? 0)),
    taxCategory: "S" as const,
    taxRatePercent: i % 3 === 0 ? "7" : "19",
  })),
  charges: [{ kind: "charge", amount: eur("9.90"), reason: "Freight", taxCategory: "S", taxRatePercent: "19" }],
};
const ports = { clock: createFixedClock("2026-10-14T09:00:00Z"), ids: createSequentialIdGenerator() };
const terms = { due: { type: "net" as const, days: 30 }, discount: { percent: "2", days: 10 } };

/** The plain baseline: bigint arithmetic on minor units, per-rate VAT rounded half up, no validation. */
function plainInvoice(n: number) {
  const byRate = new Map<bigint, bigint>();
  const lines = order.lines.map((l, i) => {
    const net = BigInt(cents[i] ?? 0);
    const rate = BigInt(l.taxRatePercent);
    byRate.set(rate, (byRate.get(rate) ?? 0n) + net);
    return { id: l.id, quantity: l.quantity, net: String(net) };
  });
  let tax = 0n;
  for (const [rate, base] of byRate) tax += (base * rate + 50n) / 100n;
  const net = [...byRate.values()].reduce((a, b) => a + b, 0n);
  return { id: `plain_${n}`, lines, net: String(net), tax: String(tax), gross: String(net + tax) };
}

let n = 0;
const store = createInMemoryStore();
const plainStore = createInMemoryStore();
const bench = new Bench({ time: 3000, warmupTime: 300 });
bench
  .add("o2c: invoiceOrder + issueInvoice (EN 16931 check)", async () => {
    const draft = invoiceOrder({ draftId: `inv_${n++}`, order, terms, ...parties });
    await issueInvoice(store, draft, { issueDate: "2026-10-14", company: "ACME", ...ports });
  })
  .add("o2c: invoiceOrder + issueInvoice (no rule check)", async () => {
    const draft = invoiceOrder({ draftId: `inv_${n++}`, order, terms, ...parties });
    await issueInvoice(store, draft, { issueDate: "2026-10-14", company: "ACME", rules: () => [], ...ports });
  })
  .add("baseline: bigint totals + numbered insert", async () => {
    const id = n++;
    await plainStore.transaction(async (tx) => {
      const number = await tx.nextSequenceValue("plain");
      await tx.repository("invoices").insert(`p${id}`, { ...plainInvoice(id), number });
    });
  });

await bench.run();

const perSecond = (name: string) => {
  // Operations per second from the mean latency (ms): the mean of per-sample throughputs would overstate it.
  const result = bench.tasks.find((t) => t.name === name)?.result as { latency?: { mean: number } } | undefined;
  return result?.latency === undefined ? 0 : 1000 / result.latency.mean;
};
const baseline = perSecond("baseline: bigint totals + numbered insert");
console.log("\n@o2c/invoicing issue benchmark: 10-line invoices generated and issued on the in-memory store");
console.log("task                                                  invoices/s   baseline/task");
for (const task of bench.tasks) {
  const hz = perSecond(task.name);
  console.log(`${task.name.padEnd(52)} ${hz.toFixed(0).padStart(10)}   ${(baseline / hz).toFixed(1).padStart(8)}x`);
}
