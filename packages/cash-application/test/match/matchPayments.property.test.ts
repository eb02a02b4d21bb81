import { createInMemoryMatchKnowledge, matchPayments, type OpenItem, type PaymentInput } from "@o2c/cash-application";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customers, item, pay } from "./fixtures.js";

// Laws: allocations never exceed the payment nor an item's open amount and never cross currencies; allocations plus
// the unapplied rest equal the payment; results do not depend on the order of payments or items; a statement run
// twice (with the knowledge of what was applied) applies nothing twice.
const cents = (s: string) => Math.round(Number(s) * 100);
const arbWorld = fc
  .record({
    amounts: fc.array(fc.integer({ min: 1, max: 50000 }), { minLength: 1, maxLength: 8 }),
    payments: fc.array(
      fc.record({ pick: fc.nat(), delta: fc.integer({ min: -2000, max: 2000 }), ref: fc.boolean(), usd: fc.boolean() }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ amounts, payments }) => {
    const openItems: OpenItem[] = amounts.map((a, i) =>
      item(`RE${10000 + i}`, i % 2 === 0 ? "C1" : "C2", (a / 100).toFixed(2), {
        currency: i % 3 === 2 ? "USD" : "EUR",
      }),
    );
    const pays: PaymentInput[] = payments.map((p, i) => {
      const target = openItems[p.pick % openItems.length] as OpenItem;
      const amount = Math.max(1, cents(target.openAmount) + p.delta);
      return pay(`P${i}`, (amount / 100).toFixed(2), p.ref ? target.id : "", { currency: p.usd ? "USD" : "EUR" });
    });
    return { openItems, payments: pays };
  });

describe("properties", () => {
  it("allocations respect payment, open amounts and currency, and add up with the rest", () => {
    fc.assert(
      fc.property(arbWorld, ({ openItems, payments }) => {
        const results = matchPayments({ customers, openItems, payments });
        const byId = new Map(openItems.map((i) => [i.id, i]));
        const taken = new Map<string, number>();
        for (const r of results) {
          const p = payments.find((x) => x.id === r.paymentId) as PaymentInput;
          let sum = 0;
          for (const a of r.allocations) {
            const it = byId.get(a.invoiceId) as OpenItem;
            expect(it.currency).toBe(p.currency);
            expect(Math.abs(cents(a.amount))).toBeLessThanOrEqual(Math.abs(cents(it.openAmount)));
            taken.set(a.invoiceId, (taken.get(a.invoiceId) ?? 0) + cents(a.amount));
            sum += cents(a.amount);
          }
          expect(sum + cents(r.unapplied)).toBe(r.status === "applied" ? cents(p.amount) : cents(p.amount) + sum);
          expect(sum).toBeLessThanOrEqual(cents(p.amount));
        }
        for (const [id, total] of taken)
          expect(Math.abs(total)).toBeLessThanOrEqual(Math.abs(cents((byId.get(id) as OpenItem).openAmount)));
      }),
      { numRuns: 60 },
    );
  });
  it("results do not depend on the order of payments or open items", () => {
    fc.assert(
      fc.property(arbWorld, ({ openItems, payments }) => {
        const a = matchPayments({ customers, openItems, payments });
        const b = matchPayments({ customers, openItems: [...openItems].reverse(), payments: [...payments].reverse() });
        const key = (rs: typeof a) => Object.fromEntries(rs.map((r) => [r.paymentId, [r.status, r.allocations]]));
        expect(key(b)).toEqual(key(a));
      }),
      { numRuns: 40 },
    );
  });
  it("running the same statement twice against updated open items applies nothing twice", () => {
    fc.assert(
      fc.property(arbWorld, ({ openItems, payments }) => {
        const knowledge = createInMemoryMatchKnowledge();
        const first = matchPayments({ customers, openItems, payments }, { knowledge });
        const paid = new Map<string, number>();
        for (const r of first) {
          if (r.status !== "applied") continue;
          knowledge.markApplied(r.paymentId);
          for (const a of r.allocations) paid.set(a.invoiceId, (paid.get(a.invoiceId) ?? 0) + cents(a.amount));
        }
        const updated = openItems
          .map((i) => ({ ...i, openAmount: ((cents(i.openAmount) - (paid.get(i.id) ?? 0)) / 100).toFixed(2) }))
          .filter((i) => cents(i.openAmount) !== 0 && Math.sign(cents(i.openAmount)) === Math.sign(cents(i.amount)));
        const second = matchPayments({ customers, openItems: updated, payments }, { knowledge });
        const again = second.filter((r) => r.status === "applied" && knowledge.isApplied(r.paymentId));
        expect(again).toEqual([]);
        for (const r of second) {
          if (r.status !== "applied") continue;
          for (const a of r.allocations) paid.set(a.invoiceId, (paid.get(a.invoiceId) ?? 0) + cents(a.amount));
        }
        for (const i of openItems)
          expect(Math.abs(paid.get(i.id) ?? 0)).toBeLessThanOrEqual(Math.abs(cents(i.openAmount)));
      }),
      { numRuns: 40 },
    );
  });
});
