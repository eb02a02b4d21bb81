import { BusinessDate, Money } from "@o2c/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  type ApprovedCreditDecision,
  type CreditOverride,
  type CreditPolicyInput,
  decideCredit,
  type OpenItemInput,
  type OpenItemKind,
  type PaymentRecordInput,
  scorePaymentHistory,
} from "../src/index.js";
import { contextOf } from "./helpers.js";

// Laws of credit decisions, checked on random customers:
// 1. Exposure is monotone in every open amount: a larger receivable, invoice or order never lowers it; more
//    unapplied cash or credit notes never raise it.
// 2. A decision never approves an order whose exposure is above its own or its group's limit unless an unexpired
//    override for that customer (and order) covers the exposure, and never approves when an FX rate is missing.
// 3. The decision does not depend on the order of the payment history records, nor of the open items.
// 4. The score is the exact sum of its factors' points; each factor earns between 0 and its weight.

const ASOF = BusinessDate.parse("2026-10-14");
const CURRENCIES = ["EUR", "USD", "JPY"] as const;
const KINDS: readonly OpenItemKind[] = ["receivable", "invoice", "order", "unappliedCash", "creditNote"];
const ADDS = new Set<OpenItemKind>(["receivable", "invoice", "order"]);

const arbAmount = (currency: string) =>
  fc.bigInt({ min: 0n, max: 5_000_000n }).map((minor) => Money.fromMinor(minor, currency).toJSON());

const arbItem: fc.Arbitrary<OpenItemInput> = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    currency: fc.constantFrom(...CURRENCIES),
    dueIn: fc.option(fc.integer({ min: -120, max: 60 }), { nil: undefined }),
  })
  .chain(({ kind, currency, dueIn }) =>
    arbAmount(currency).map((amount) => ({
      id: "x",
      customerId: "acme",
      kind,
      amount,
      ...(dueIn === undefined ? {} : { dueDate: ASOF.addDays(dueIn).toString() }),
    })),
  );
const arbItems = fc
  .array(arbItem, { maxLength: 12 })
  .map((items) => items.map((item, i) => ({ ...item, id: `item-${i}` })));

const arbRecord: fc.Arbitrary<PaymentRecordInput> = fc
  .record({
    issuedAgo: fc.integer({ min: 0, max: 400 }),
    terms: fc.integer({ min: 0, max: 60 }),
    paidAfterIssue: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    disputed: fc.boolean(),
    currency: fc.constantFrom(...CURRENCIES),
  })
  .chain((r) =>
    arbAmount(r.currency).map((amount) => {
      const issue = ASOF.addDays(-r.issuedAgo);
      return {
        invoiceId: "x",
        customerId: "acme",
        amount,
        issueDate: issue.toString(),
        dueDate: issue.addDays(r.terms).toString(),
        ...(r.paidAfterIssue === undefined ? {} : { paidDate: issue.addDays(r.paidAfterIssue).toString() }),
        disputed: r.disputed,
      };
    }),
  );
const arbHistory = fc
  .array(arbRecord, { maxLength: 15 })
  .map((records) => records.map((record, i) => ({ ...record, invoiceId: `INV-${i}` })));

const arbPolicy: fc.Arbitrary<CreditPolicyInput> = fc.record({
  limitExceeded: fc.record({ action: fc.constantFrom("hold" as const, "reject" as const) }),
  maxDaysOverdue: fc.option(
    fc.record({ days: fc.integer({ min: 0, max: 90 }), action: fc.constant("hold" as const) }),
    {
      nil: undefined,
    },
  ),
  minScore: fc.option(fc.record({ score: fc.integer({ min: 0, max: 100 }), action: fc.constant("hold" as const) }), {
    nil: undefined,
  }),
});

const arbLimit = fc.bigInt({ min: 0n, max: 10_000_000n }).map((minor) => Money.fromMinor(minor, "EUR").toJSON());

const arbOverride: fc.Arbitrary<CreditOverride> = fc
  .record({
    id: fc.constantFrom("cro_1", "cro_2", "cro_3"),
    customerId: fc.constantFrom("acme", "other"),
    orderId: fc.option(fc.constantFrom("SO-1", "SO-2"), { nil: undefined }),
    maxExposure: arbLimit,
    from: fc.integer({ min: -30, max: 5 }),
    length: fc.integer({ min: 0, max: 40 }),
  })
  .map(({ from, length, orderId, ...rest }) => ({
    ...rest,
    ...(orderId === undefined ? {} : { orderId }),
    reason: "manager's call",
    approvedBy: "cm",
    validFrom: ASOF.addDays(from).toString(),
    validUntil: ASOF.addDays(from + length).toString(),
    recordedAt: "2026-10-01T00:00:00.000Z",
  }));

const request = (amount: { amount: string; currency: string }) => ({
  customerId: "acme",
  orderId: "SO-1",
  amount,
  asOf: ASOF.toString(),
});
const profile = (limit: { amount: string; currency: string }) => ({ customerId: "acme", currency: "EUR", limit });
const totalOf = (d: { exposure: { total: { amount: string } } }) => Money.of(d.exposure.total.amount, "EUR");

const siblingsOf = (items: readonly OpenItemInput[]): OpenItemInput[] =>
  items.map((item) => ({ ...item, id: `s-${item.id}`, customerId: "sister" }));

const isOver = (exposure: string | undefined, limit: string): boolean =>
  exposure !== undefined && Money.of(exposure, "EUR").greaterThan(Money.of(limit, "EUR"));

/** An approval over a limit must name an override of this customer and order, valid today, covering the exposure. */
function expectCoveringOverride(decision: ApprovedCreditDecision): void {
  const override = decision.override;
  expect(override).toBeDefined();
  if (override === undefined) return;
  expect(override.customerId).toBe("acme");
  expect(override.orderId === undefined || override.orderId === "SO-1").toBe(true);
  expect(override.validFrom <= ASOF.toString() && ASOF.toString() <= override.validUntil).toBe(true);
  expect(totalOf(decision).lessThanOrEqual(Money.of(override.maxExposure.amount, "EUR"))).toBe(true);
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe("properties", () => {
  test("exposure is monotone in every open amount", async () => {
    await fc.assert(
      fc.asyncProperty(
        arbItems.filter((items) => items.length > 0),
        fc.nat(),
        fc.bigInt({ min: 1n, max: 1_000_000n }),
        arbAmount("EUR"),
        async (items, pick, extra, order) => {
          const index = pick % items.length;
          const target = items[index] as OpenItemInput;
          const bigger = Money.of(target.amount.amount, target.amount.currency).add(
            Money.fromMinor(extra, target.amount.currency),
          );
          const grown = items.map((item, i) => (i === index ? { ...item, amount: bigger.toJSON() } : item));
          const limit = { amount: "1000000000.00", currency: "EUR" };
          const before = await decideCredit(
            request(order),
            contextOf({ profiles: [profile(limit)], openItems: items }),
          );
          const after = await decideCredit(request(order), contextOf({ profiles: [profile(limit)], openItems: grown }));
          const comparison = totalOf(after).compare(totalOf(before));
          if (ADDS.has(target.kind)) expect(comparison).toBeGreaterThanOrEqual(0);
          else expect(comparison).toBeLessThanOrEqual(0);
        },
      ),
      { numRuns: 150 },
    );
  });

  test("the order being checked adds to the exposure exactly its converted amount", async () => {
    await fc.assert(
      fc.asyncProperty(arbItems, arbAmount("EUR"), async (items, order) => {
        const limit = { amount: "1000000000.00", currency: "EUR" };
        const context = contextOf({ profiles: [profile(limit)], openItems: items });
        const zero = await decideCredit(request({ amount: "0.00", currency: "EUR" }), context);
        const withOrder = await decideCredit(request(order), context);
        expect(totalOf(withOrder).subtract(totalOf(zero)).toJSON()).toEqual(order);
      }),
      { numRuns: 80 },
    );
  });

  test("an order above a limit (own or group) is approved only through an unexpired override that covers the exposure", async () => {
    await fc.assert(
      fc.asyncProperty(
        arbItems,
        arbHistory,
        arbLimit,
        fc.option(fc.record({ limit: arbLimit, siblingItems: arbItems }), { nil: undefined }),
        arbAmount("EUR"),
        arbPolicy,
        fc.array(arbOverride, { maxLength: 3 }),
        async (items, history, limit, group, order, policy, overrides) => {
          const context = contextOf(
            {
              profiles: [
                { ...profile(limit), ...(group === undefined ? {} : { groupId: "g" }) },
                { customerId: "sister", currency: "EUR", groupId: "g" },
              ],
              groups: group === undefined ? [] : [{ groupId: "g", currency: "EUR", limit: group.limit }],
              openItems: [...items, ...siblingsOf(group?.siblingItems ?? [])],
              paymentHistory: history,
            },
            { policy, overrides },
          );
          const decision = await decideCredit(request(order), context);
          // Judged from the inputs, not from the decision's own flags.
          const overOwn = totalOf(decision).greaterThan(Money.of(limit.amount, "EUR"));
          const overGroup = group !== undefined && isOver(decision.groupExposure?.total.amount, group.limit.amount);
          if (group !== undefined) expect(decision.groupExposure).toBeDefined();
          if (decision.outcome === "approved" && (overOwn || overGroup)) expectCoveringOverride(decision);
          if (decision.outcome === "approved" && decision.override === undefined) {
            expect(decision.reasons.every((r) => r.effect === "info")).toBe(true);
          }
          if (decision.outcome === "approved") expect(decision.exposure.complete).toBe(true);
          expect(decision.amountOverLimit !== undefined).toBe(overOwn || overGroup);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("a missing FX rate never lets an order through", async () => {
    await fc.assert(
      fc.asyncProperty(arbItems, arbLimit, fc.bigInt({ min: 1n, max: 100_000n }), async (items, limit, gbp) => {
        const withPound = [
          ...items,
          { id: "GB", customerId: "acme", kind: "invoice" as const, amount: Money.fromMinor(gbp, "GBP").toJSON() },
        ];
        const decision = await decideCredit(
          request({ amount: "1.00", currency: "EUR" }),
          contextOf({ profiles: [profile(limit)], openItems: withPound }),
        );
        expect(decision.outcome).not.toBe("approved");
        expect(decision.reasons.map((r) => r.code)).toContain("FX_RATE_MISSING");
      }),
      { numRuns: 60 },
    );
  });

  test("the decision does not depend on the order of the history records or of the open items", async () => {
    await fc.assert(
      fc.asyncProperty(
        arbItems,
        arbHistory,
        arbLimit,
        arbPolicy,
        fc.nat(),
        async (items, history, limit, policy, seed) => {
          const decide = (openItems: readonly OpenItemInput[], paymentHistory: readonly PaymentRecordInput[]) =>
            decideCredit(
              request({ amount: "100.00", currency: "EUR" }),
              contextOf({ profiles: [profile(limit)], openItems, paymentHistory }, { policy }),
            );
          const original = await decide(items, history);
          const reordered = await decide(shuffled(items, seed), shuffled(history, seed + 1));
          expect(reordered).toEqual(original);
        },
      ),
      { numRuns: 120 },
    );
  });

  test("the score is the exact sum of its factors' points, each between 0 and its weight", () => {
    fc.assert(
      fc.property(arbHistory, (history) => {
        const inEuro = history
          .map((r) => ({ ...r, amount: { ...r.amount, currency: "EUR" } }))
          .filter((r) => /^\d+\.\d{2}$/.test(r.amount.amount));
        const result = scorePaymentHistory({ history: inEuro, asOf: ASOF.toString() });
        if (result === undefined) return;
        expect(result.factors.reduce((sum, f) => sum + f.points, 0)).toBe(result.score);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        for (const factor of result.factors) {
          expect(Number.isInteger(factor.points)).toBe(true);
          expect(factor.points).toBeGreaterThanOrEqual(0);
          expect(factor.points).toBeLessThanOrEqual(factor.weight);
        }
      }),
      { numRuns: 300 },
    );
  });
});
