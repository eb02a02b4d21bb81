import { createFixedClock, createSequentialIdGenerator } from "@o2c/core";
import { describe, expect, test } from "vitest";
import { type CreditDecision, type CreditProfileInput, decideCredit, overrideCredit } from "../src/index.js";
import { contextOf, ECB_RATES, item, m } from "./helpers.js";

const acme: CreditProfileInput = { customerId: "acme", currency: "EUR", limit: m("10000.00") };
const ask = (amount: string, asOf = "2026-10-14", currency = "EUR") => ({
  customerId: "acme",
  orderId: "SO-1",
  amount: m(amount, currency),
  asOf,
});
const codes = (decision: CreditDecision) => decision.reasons.map((r) => r.code);

describe("exposure", () => {
  test("adds receivables, unpaid invoices, uninvoiced orders and the order, minus unapplied cash and credit notes", async () => {
    const context = contextOf({
      profiles: [acme],
      openItems: [
        item("DN-1", "receivable", "100.00"),
        item("INV-1", "invoice", "2000.00", { dueDate: "2026-10-30" }),
        item("SO-0", "order", "1500.00"),
        item("PAY-1", "unappliedCash", "300.00"),
        item("CN-1", "creditNote", "200.00"),
      ],
    });
    const decision = await decideCredit(ask("1000.00"), context);
    expect(decision.outcome).toBe("approved");
    expect(decision.exposure).toEqual({
      currency: "EUR",
      openReceivables: m("100.00"),
      unpaidInvoices: m("2000.00"),
      uninvoicedOrders: m("1500.00"),
      currentOrder: m("1000.00"),
      unappliedCash: m("300.00"),
      creditNotes: m("200.00"),
      total: m("4100.00"),
      conversions: [],
      missingRates: [],
      complete: true,
    });
    expect(decision.limits).toEqual([
      {
        scope: "customer",
        id: "acme",
        baseLimit: m("10000.00"),
        increases: [],
        effectiveLimit: m("10000.00"),
        exposure: m("4100.00"),
        headroom: m("5900.00"),
        exceeded: false,
      },
    ]);
    expect(codes(decision)).toEqual(["WITHIN_LIMIT"]);
    expect(decision.amountOverLimit).toBeUndefined();
    expect(decision.orderId).toBe("SO-1");
  });

  test("converts other currencies through the FX port, halfUp to the minor unit, and shows rate, date and source", async () => {
    const context = contextOf({
      profiles: [acme],
      openItems: [
        item("INV-US", "invoice", "1000.00", { currency: "USD" }),
        item("INV-JP", "invoice", "50", { currency: "JPY" }),
      ],
    });
    const decision = await decideCredit(ask("123457", "2026-10-14", "JPY"), context);
    // 50 JPY x 0.0061 = 0.305 EUR: halfUp gives 0.31 (halfEven would give 0.30).
    // 123457 JPY x 0.0061 = 753.0877 EUR -> 753.09.
    expect(decision.exposure.conversions).toEqual([
      {
        subject: "unpaidInvoices",
        from: m("50", "JPY"),
        to: m("0.31"),
        rate: "0.0061",
        rateDate: "2026-10-01",
        source: "ECB",
        rounding: "halfUp",
      },
      {
        subject: "unpaidInvoices",
        from: m("1000.00", "USD"),
        to: m("900.00"),
        rate: "0.9",
        rateDate: "2026-10-01",
        source: "ECB",
        rounding: "halfUp",
      },
      {
        subject: "currentOrder",
        from: m("123457", "JPY"),
        to: m("753.09"),
        rate: "0.0061",
        rateDate: "2026-10-01",
        source: "ECB",
        rounding: "halfUp",
      },
    ]);
    expect(decision.exposure.unpaidInvoices).toEqual(m("900.31"));
    expect(decision.exposure.total).toEqual(m("1653.40"));
    expect(decision.orderAmount).toEqual(m("123457", "JPY"));
  });

  test("works in a credit currency with 3 minor digits (KWD) and with none (JPY)", async () => {
    const kwd = contextOf({
      profiles: [{ customerId: "acme", currency: "KWD", limit: m("5000.000", "KWD") }],
      openItems: [item("INV-1", "invoice", "1234.57")],
    });
    // 1234.57 EUR x 0.3312 = 408.889584 KWD -> 408.890
    const inKwd = await decideCredit(ask("0.001", "2026-10-14", "KWD"), kwd);
    expect(inKwd.exposure.unpaidInvoices).toEqual(m("408.890", "KWD"));
    expect(inKwd.exposure.total).toEqual(m("408.891", "KWD"));

    const jpy = contextOf({
      profiles: [{ customerId: "acme", currency: "JPY", limit: m("200000", "JPY") }],
      openItems: [item("INV-1", "invoice", "1234.57")],
    });
    // 1234.57 EUR x 163.25 = 201543.5525 JPY -> 201544: over the limit by 1544 yen.
    const inJpy = await decideCredit(ask("0", "2026-10-14", "JPY"), jpy);
    expect(inJpy.exposure.total).toEqual(m("201544", "JPY"));
    expect(inJpy.outcome).toBe("hold");
    expect(inJpy.amountOverLimit).toEqual(m("1544", "JPY"));
  });
});

describe("limits", () => {
  const context = contextOf({ profiles: [acme], openItems: [item("INV-7", "invoice", "6000.00")] });

  test("holds an order that takes the exposure over the limit, with the amount over it", async () => {
    const decision = await decideCredit(ask("5000.00"), context);
    expect(decision.outcome).toBe("hold");
    expect(decision.amountOverLimit).toEqual(m("1000.00"));
    expect(decision.reasons[0]).toMatchObject({
      code: "LIMIT_EXCEEDED",
      effect: "hold",
      figures: { amountOverLimit: "1000.00", effectiveLimit: "10000.00", exposure: "11000.00", currency: "EUR" },
    });
  });

  test("approves an order that reaches the limit exactly", async () => {
    const decision = await decideCredit(ask("4000.00"), context);
    expect(decision.outcome).toBe("approved");
    expect(decision.limits[0]?.headroom).toEqual(m("0.00"));
  });

  test("rejects instead when the policy says so", async () => {
    const decision = await decideCredit(ask("5000.00"), {
      ...context,
      policy: { limitExceeded: { action: "reject" } },
    });
    expect(decision.outcome).toBe("rejected");
    expect(codes(decision)[0]).toBe("LIMIT_EXCEEDED");
  });

  test("counts a temporary increase from its first to its last day, and not the day after", async () => {
    const withIncrease = contextOf({
      profiles: [
        {
          ...acme,
          temporaryIncreases: [
            { amount: m("2000.00"), validFrom: "2026-10-01", validUntil: "2026-10-31", reason: "peak season" },
          ],
        },
      ],
      openItems: [item("INV-7", "invoice", "6000.00")],
    });
    for (const asOf of ["2026-10-01", "2026-10-31"]) {
      const decision = await decideCredit(ask("5000.00", asOf), withIncrease);
      expect(decision.outcome).toBe("approved");
      expect(decision.limits[0]?.effectiveLimit).toEqual(m("12000.00"));
      expect(codes(decision)).toEqual(["WITHIN_LIMIT", "TEMPORARY_INCREASE_APPLIED"]);
    }
    for (const asOf of ["2026-09-30", "2026-11-01"]) {
      const decision = await decideCredit(ask("5000.00", asOf), withIncrease);
      expect(decision.outcome).toBe("hold");
      expect(decision.limits[0]?.increases).toEqual([]);
    }
  });

  test("a group's members share its limit: the group exposure includes every member", async () => {
    const group = contextOf({
      groups: [{ groupId: "holding", currency: "EUR", limit: m("20000.00") }],
      profiles: [
        { customerId: "north", currency: "EUR", groupId: "holding" },
        { customerId: "south", currency: "EUR", groupId: "holding", limit: m("15000.00") },
      ],
      openItems: [
        { id: "INV-N", customerId: "north", kind: "invoice", amount: m("12000.00") },
        { id: "CN-N", customerId: "north", kind: "creditNote", amount: m("500.00") },
      ],
    });
    const decision = await decideCredit({ customerId: "south", amount: m("9000.00"), asOf: "2026-10-14" }, group);
    expect(decision.outcome).toBe("hold");
    expect(decision.exposure.total).toEqual(m("9000.00"));
    expect(decision.groupExposure?.total).toEqual(m("20500.00"));
    expect(decision.limits.map((l) => [l.scope, l.exceeded])).toEqual([
      ["customer", false],
      ["group", true],
    ]);
    expect(codes(decision)).toEqual(["GROUP_LIMIT_EXCEEDED", "WITHIN_LIMIT"]);
    expect(decision.amountOverLimit).toEqual(m("500.00"));

    const small = await decideCredit({ customerId: "north", amount: m("8000.00"), asOf: "2026-10-14" }, group);
    expect(small.outcome).toBe("approved");
    expect(small.limits.map((l) => l.scope)).toEqual(["group"]);
  });
});

describe("statuses", () => {
  const withStatus = (status: "blocked" | "watch" | "cashInAdvance") => contextOf({ profiles: [{ ...acme, status }] });

  test("a blocked customer is rejected, even within the limit", async () => {
    const decision = await decideCredit(ask("10.00"), withStatus("blocked"));
    expect(decision.outcome).toBe("rejected");
    expect(decision.reasons[0]).toMatchObject({ code: "CUSTOMER_BLOCKED", effect: "reject" });
  });

  test("a customer on the watch list is held for review, even within the limit", async () => {
    const decision = await decideCredit(ask("10.00"), withStatus("watch"));
    expect(decision.outcome).toBe("hold");
    expect(codes(decision)).toEqual(["CUSTOMER_ON_WATCH_LIST", "WITHIN_LIMIT"]);
  });

  test("a cash-in-advance customer is held until paid", async () => {
    const decision = await decideCredit(ask("10.00"), withStatus("cashInAdvance"));
    expect(decision.outcome).toBe("hold");
    expect(codes(decision)[0]).toBe("CASH_IN_ADVANCE_REQUIRED");
  });

  test("a blocked group blocks its members", async () => {
    const context = contextOf({
      groups: [{ groupId: "g", currency: "EUR", limit: m("1000.00"), status: "blocked" }],
      profiles: [{ customerId: "acme", currency: "EUR", groupId: "g" }],
    });
    const decision = await decideCredit(ask("10.00"), context);
    expect(decision.outcome).toBe("rejected");
    expect(decision.reasons[0]?.figures).toEqual({ scope: "group", id: "g" });
  });
});

describe("missing FX rates", () => {
  test("a missing rate holds the order and says which amount it could not convert", async () => {
    const context = contextOf({
      profiles: [acme],
      openItems: [item("INV-GB", "invoice", "10.00", { currency: "GBP" })],
    });
    const decision = await decideCredit(ask("10.00"), context);
    expect(decision.outcome).toBe("hold");
    expect(decision.reasons[0]).toMatchObject({
      code: "FX_RATE_MISSING",
      effect: "hold",
      figures: { pairs: "GBP/EUR" },
    });
    expect(decision.exposure.complete).toBe(false);
    expect(decision.exposure.missingRates).toEqual([
      { subject: "unpaidInvoices", from: m("10.00", "GBP"), to: "EUR", date: "2026-10-14", why: "notPublished" },
    ]);
  });

  test("a rate published after the as-of date does not count", async () => {
    const context = contextOf({ profiles: [acme] }, {}, [
      { base: "USD", quote: "EUR", rate: "0.9", date: "2026-10-15", source: "ECB" },
    ]);
    const decision = await decideCredit(ask("10.00", "2026-10-14", "USD"), context);
    expect(decision.outcome).toBe("hold");
    expect(codes(decision)).toContain("FX_RATE_MISSING");
  });

  test("an FX source that fails holds the order too", async () => {
    const context = contextOf({ profiles: [acme] });
    const failing = { ...context, fx: { getRate: async () => Promise.reject(new Error("timeout")) } };
    const decision = await decideCredit(ask("10.00", "2026-10-14", "USD"), failing);
    expect(decision.outcome).toBe("hold");
    expect(decision.reasons[0]).toMatchObject({ code: "FX_RATE_MISSING", figures: { why: "sourceFailed" } });
    expect(decision.exposure.missingRates[0]?.why).toBe("sourceFailed");
  });

  test("not even an override approves an order whose exposure is unknown", async () => {
    const { override } = overrideCredit(
      {
        customerId: "acme",
        maxExposure: m("999999.00"),
        reason: "trusted",
        approvedBy: "cm",
        validFrom: "2026-10-01",
        validUntil: "2026-10-31",
      },
      { clock: createFixedClock("2026-10-01T08:00:00Z"), ids: createSequentialIdGenerator() },
    );
    const context = contextOf({ profiles: [acme] }, { overrides: [override] });
    const decision = await decideCredit(ask("10.00", "2026-10-14", "GBP"), context);
    expect(decision.outcome).toBe("hold");
  });
});

describe("policy rules", () => {
  const overdueItems = [
    item("INV-1", "invoice", "800.00", { dueDate: "2026-09-01" }),
    item("INV-2", "receivable", "300.00", { dueDate: "2026-10-13" }),
    item("INV-3", "invoice", "5000.00", { dueDate: "2026-10-14" }),
  ];

  test("overdue days, amount and count fire above their thresholds; items due today are not overdue", async () => {
    const context = contextOf(
      { profiles: [acme], openItems: overdueItems },
      {
        policy: {
          maxDaysOverdue: { days: 30, action: "hold" },
          maxOverdueAmount: { amount: m("1000.00"), action: "hold" },
          maxOverdueInvoices: { count: 1, action: "reject" },
        },
      },
    );
    const decision = await decideCredit(ask("100.00"), context);
    expect(decision.outcome).toBe("rejected");
    expect(decision.reasons.map((r) => [r.code, r.effect, r.figures])).toEqual([
      ["OVERDUE_INVOICES_EXCEEDED", "reject", { overdueCount: 2, allowedCount: 1 }],
      ["DAYS_OVERDUE_EXCEEDED", "hold", { maxDaysOverdue: 43, allowedDays: 30 }],
      ["OVERDUE_AMOUNT_EXCEEDED", "hold", { overdueAmount: "1100.00", allowedAmount: "1000.00", currency: "EUR" }],
      ["WITHIN_LIMIT", "info", expect.any(Object)],
    ]);
  });

  test("thresholds that are met but not exceeded do not fire", async () => {
    const context = contextOf(
      { profiles: [acme], openItems: overdueItems },
      {
        policy: {
          maxDaysOverdue: { days: 43, action: "hold" },
          maxOverdueAmount: { amount: m("1100.00"), action: "hold" },
          maxOverdueInvoices: { count: 2, action: "reject" },
        },
      },
    );
    expect((await decideCredit(ask("100.00"), context)).outcome).toBe("approved");
  });

  test("a policy amount in another currency is converted like the exposure", async () => {
    const context = contextOf(
      { profiles: [acme], openItems: overdueItems },
      { policy: { maxOverdueAmount: { amount: m("1200.00", "USD"), action: "hold" } } },
    );
    const decision = await decideCredit(ask("100.00"), context);
    // 1200 USD x 0.9 = 1080.00 EUR < 1100.00 EUR overdue
    expect(decision.reasons[0]?.figures).toEqual({
      overdueAmount: "1100.00",
      allowedAmount: "1080.00",
      currency: "EUR",
    });
  });

  test("a poor payment score holds the order and the decision carries the explained score", async () => {
    const history = ["A", "B", "C", "D"].map((id) => ({
      invoiceId: id,
      customerId: "acme",
      amount: m("100.00"),
      issueDate: "2026-05-01",
      dueDate: "2026-05-31",
      paidDate: "2026-07-30",
    }));
    const context = contextOf(
      { profiles: [acme], paymentHistory: history },
      { policy: { minScore: { score: 60, action: "hold" } } },
    );
    const decision = await decideCredit(ask("100.00"), context);
    expect(decision.outcome).toBe("hold");
    expect(decision.reasons[0]).toMatchObject({ code: "SCORE_BELOW_THRESHOLD", figures: { score: 45, minScore: 60 } });
    expect(decision.score?.factors.map((f) => [f.factor, f.value, f.points])).toEqual([
      ["averageDaysLate", "60", 0],
      ["lateShare", "1", 0],
      ["trend", "0", 10],
      ["dso", "0", 20],
      ["disputes", "0", 15],
    ]);
  });

  test("the first order of a new customer above the amount is held; smaller ones and known customers pass", async () => {
    const policy = { firstOrderAbove: { amount: m("5000.00"), action: "hold" as const } };
    const fresh = contextOf({ profiles: [acme] }, { policy });
    const first = await decideCredit(ask("6000.00"), fresh);
    expect(first.outcome).toBe("hold");
    expect(first.reasons[0]).toMatchObject({
      code: "FIRST_ORDER_ABOVE_THRESHOLD",
      figures: { orderAmount: "6000.00", allowedAmount: "5000.00" },
    });
    expect((await decideCredit(ask("5000.00"), fresh)).outcome).toBe("approved");
    const known = contextOf({ profiles: [acme], openItems: [item("SO-0", "order", "10.00")] }, { policy });
    expect((await decideCredit(ask("6000.00"), known)).outcome).toBe("approved");
  });
});

describe("credit bureau", () => {
  const policy = { minBureauScore: { score: 50, action: "reject" as const } };
  const report = (score: number) => ({ provider: "Bureau", score, reportDate: "2026-10-01", rating: "B" });

  test("a bureau score below the threshold applies the policy's action, and the report is in the decision", async () => {
    const context = contextOf({ profiles: [acme] }, { policy, bureau: { getReport: async () => report(40) } });
    const decision = await decideCredit(ask("10.00"), context);
    expect(decision.outcome).toBe("rejected");
    expect(decision.reasons[0]).toMatchObject({ code: "BUREAU_SCORE_BELOW_THRESHOLD", figures: { score: 40 } });
    expect(decision.bureau).toEqual(report(40));
    const good = contextOf({ profiles: [acme] }, { policy, bureau: { getReport: async () => report(50) } });
    expect((await decideCredit(ask("10.00"), good)).outcome).toBe("approved");
  });

  test("no bureau, no report or a failing bureau holds the order", async () => {
    const bureaus = [
      undefined,
      { getReport: async () => undefined },
      { getReport: async () => Promise.reject(new Error("down")) },
    ];
    for (const bureau of bureaus) {
      const decision = await decideCredit(ask("10.00"), contextOf({ profiles: [acme] }, { policy, bureau }));
      expect(decision.outcome).toBe("hold");
      expect(codes(decision)[0]).toBe("BUREAU_UNAVAILABLE");
    }
  });

  test("the bureau is not asked when the policy has no bureau rule", async () => {
    let asked = 0;
    const bureau = {
      getReport: async () => {
        asked += 1;
        return report(10);
      },
    };
    const decision = await decideCredit(ask("10.00"), contextOf({ profiles: [acme] }, { bureau }));
    expect(decision.outcome).toBe("approved");
    expect(asked).toBe(0);
  });
});

describe("overrides", () => {
  const ports = () => ({ clock: createFixedClock("2026-10-14T08:00:00Z"), ids: createSequentialIdGenerator() });
  const grant = (extra: { maxExposure?: string; orderId?: string; validFrom?: string; validUntil?: string } = {}) =>
    overrideCredit(
      {
        customerId: "acme",
        ...(extra.orderId === undefined ? {} : { orderId: extra.orderId }),
        maxExposure: m(extra.maxExposure ?? "12000.00"),
        reason: "Bank guarantee until year end",
        approvedBy: "m.keller",
        validFrom: extra.validFrom ?? "2026-10-14",
        validUntil: extra.validUntil ?? "2026-10-31",
      },
      ports(),
    ).override;
  const data = { profiles: [acme], openItems: [item("INV-7", "invoice", "6000.00")] };

  test("an unexpired override approves a held order up to its exposure cap, keeping the reasons it set aside", async () => {
    const override = grant({ orderId: "SO-1" });
    const decision = await decideCredit(ask("5000.00"), contextOf(data, { overrides: [override] }));
    expect(decision.outcome).toBe("approved");
    expect(decision.outcome === "approved" && decision.override).toEqual(override);
    expect(codes(decision)).toEqual(["LIMIT_EXCEEDED", "OVERRIDE_APPLIED"]);
    expect(decision.amountOverLimit).toEqual(m("1000.00"));
  });

  test("an expired override, one for another order or one whose cap is below the exposure does not apply", async () => {
    const cases = [
      { override: grant({ validFrom: "2026-10-01", validUntil: "2026-10-13" }), asOf: "2026-10-14" },
      { override: grant({ validFrom: "2026-10-15" }), asOf: "2026-10-14" },
      { override: grant(), asOf: "2026-11-01" },
      { override: grant({ orderId: "SO-2" }), asOf: "2026-10-14" },
      { override: grant({ maxExposure: "10999.99" }), asOf: "2026-10-14" },
    ];
    for (const { override, asOf } of cases) {
      const decision = await decideCredit(ask("5000.00", asOf), contextOf(data, { overrides: [override] }));
      expect(decision.outcome).toBe("hold");
    }
  });

  test("an override never approves a blocked customer", async () => {
    const context = contextOf({ ...data, profiles: [{ ...acme, status: "blocked" }] }, { overrides: [grant()] });
    expect((await decideCredit(ask("10.00"), context)).outcome).toBe("rejected");
  });
});

test("the ECB table used here has the pairs the tests rely on", () => {
  expect(ECB_RATES.map((r) => `${r.base}/${r.quote}`)).toEqual(["USD/EUR", "JPY/EUR", "EUR/KWD", "EUR/JPY"]);
});
