import { describe, expect, test } from "vitest";
import { DEFAULT_SCORING_MODEL, type PaymentRecordInput, scorePaymentHistory } from "../src/index.js";
import { expectIssue, expectO2CError, m } from "./helpers.js";

const asOf = "2026-10-14";
let n = 0;
const record = (
  fields: Partial<PaymentRecordInput> & Pick<PaymentRecordInput, "issueDate" | "dueDate">,
): PaymentRecordInput => ({
  invoiceId: `INV-${++n}`,
  customerId: "acme",
  amount: m("1000.00"),
  ...fields,
});
const points = (history: readonly PaymentRecordInput[]) =>
  scorePaymentHistory({ history, asOf })?.factors.map((f) => [f.factor, f.value, f.points]);

describe("scorePaymentHistory", () => {
  test("no history, or only invoices issued after the as-of date, gives no score", () => {
    expect(scorePaymentHistory({ history: [], asOf })).toBeUndefined();
    expect(
      scorePaymentHistory({ history: [record({ issueDate: "2026-10-15", dueDate: "2026-11-14" })], asOf }),
    ).toBeUndefined();
  });

  test("a customer who always pays on time scores 100; an open invoice still costs DSO points", () => {
    const paid = [
      record({ issueDate: "2026-06-01", dueDate: "2026-07-01", paidDate: "2026-06-30" }),
      record({ issueDate: "2026-09-01", dueDate: "2026-10-01", paidDate: "2026-10-01" }),
    ];
    expect(scorePaymentHistory({ history: paid, asOf })?.score).toBe(100);
    const withOpen = [...paid, record({ issueDate: "2026-10-01", dueDate: "2026-10-31" })];
    const result = scorePaymentHistory({ history: withOpen, asOf });
    expect(result?.invoiceCount).toBe(3);
    // 1000 open / 2000 invoiced in the last 90 days x 90 = 45 days: 20 x (1 - (45 - 30) / 60) = 15 points.
    expect(result?.factors.find((f) => f.factor === "dso")).toMatchObject({ value: "45", points: 15 });
    expect(result?.score).toBe(95);
  });

  test("a worsening payer loses trend points: recent invoices 20 days late against punctual older ones", () => {
    const history = [
      record({ issueDate: "2026-06-01", dueDate: "2026-06-30", paidDate: "2026-06-30" }),
      record({ issueDate: "2026-06-01", dueDate: "2026-06-30", paidDate: "2026-06-29" }),
      record({ issueDate: "2026-08-16", dueDate: "2026-09-15", paidDate: "2026-10-05" }),
      record({ issueDate: "2026-08-16", dueDate: "2026-09-15", paidDate: "2026-10-05" }),
    ];
    // average 10 days late: 30 x (1 - 10/60) = 25; half late: 25 x (1 - 0.5/0.5) = 0;
    // trend +20 days: 10 x (1 - 20/30) = 3.33 -> 3 (rounded down); nothing open: DSO 0 -> 20; no dispute -> 15.
    expect(points(history)).toEqual([
      ["averageDaysLate", "10", 25],
      ["lateShare", "0.5", 0],
      ["trend", "20", 3],
      ["dso", "0", 20],
      ["disputes", "0", 15],
    ]);
    expect(scorePaymentHistory({ history, asOf })?.score).toBe(63);
  });

  test("an open overdue invoice counts as late up to the as-of date, and a payment after it does not count yet", () => {
    const history = [
      record({ issueDate: "2026-09-01", dueDate: "2026-10-01", paidDate: "2026-10-20" }),
      record({ issueDate: "2026-08-01", dueDate: "2026-08-31", paidDate: "2026-08-20" }),
    ];
    // 13 days late so far and 0: mean 6.5 -> 30 x 0.891666 = 26.75 -> 26; DSO 1000 / 2000 x 90 = 45 -> 20 x 0.75 = 15.
    expect(points(history)).toEqual([
      ["averageDaysLate", "6.5", 26],
      ["lateShare", "0.5", 0],
      ["trend", "0", 10],
      ["dso", "45", 15],
      ["disputes", "0", 15],
    ]);
  });

  test("shown values round halfUp to 2 places (a tie goes up) and points round down to a whole point", () => {
    const history = Array.from({ length: 8 }, (_, i) =>
      record({ issueDate: "2026-09-01", dueDate: "2026-09-30", paidDate: i === 0 ? "2026-10-01" : "2026-09-30" }),
    );
    // one of 8 paid 1 day late: mean 0.125 days and share 0.125, both shown as "0.13" (halfEven would show "0.12");
    // 30 x (1 - 0.125 / 60) = 29.9375 -> 29 points; 25 x (1 - 0.125 / 0.5) = 18.75 -> 18 points.
    expect(points(history)?.slice(0, 2)).toEqual([
      ["averageDaysLate", "0.13", 29],
      ["lateShare", "0.13", 18],
    ]);
  });

  test("the weights are data: a model that only counts disputes", () => {
    const history = Array.from({ length: 10 }, (_, i) =>
      record({ issueDate: "2026-09-01", dueDate: "2026-09-30", paidDate: "2026-09-30", disputed: i === 0 }),
    );
    const model = {
      ...DEFAULT_SCORING_MODEL,
      weights: { averageDaysLate: 0, lateShare: 0, trend: 0, dso: 0, disputes: 100 },
    };
    // 1 of 10 disputed: 100 x (1 - 0.1 / 0.25) = 60
    expect(scorePaymentHistory({ history, asOf, model })?.score).toBe(60);
  });

  test("records in two currencies are refused; convert first or use decideCredit", async () => {
    const history = [
      record({ issueDate: "2026-09-01", dueDate: "2026-09-30" }),
      record({ issueDate: "2026-09-01", dueDate: "2026-09-30", amount: m("5.00", "USD") }),
    ];
    await expectO2CError(() => scorePaymentHistory({ history, asOf }), "CURRENCY_MISMATCH", [
      "history",
      1,
      "amount",
      "currency",
    ]);
  });

  test("bad models and records are refused with codes and paths", async () => {
    const history = [record({ issueDate: "2026-09-01", dueDate: "2026-09-30" })];
    const model = DEFAULT_SCORING_MODEL;
    await expectIssue(
      () => scorePaymentHistory({ history, asOf, model: { ...model, weights: { ...model.weights, trend: 9 } } }),
      "INVALID_WEIGHTS",
      ["model", "weights"],
    );
    await expectIssue(
      () => scorePaymentHistory({ history, asOf, model: { ...model, maxLateShare: "0" } }),
      "OUT_OF_RANGE",
      ["model", "maxLateShare"],
    );
    await expectIssue(
      () => scorePaymentHistory({ history, asOf, model: { ...model, dsoMaxDays: 30 } }),
      "INVALID_RANGE",
      ["model", "dsoMaxDays"],
    );
    await expectIssue(
      () => scorePaymentHistory({ history: [{ ...history[0], paidDate: "2026-08-01" } as PaymentRecordInput], asOf }),
      "INVALID_DATE_RANGE",
      ["history", 0, "paidDate"],
    );
    await expectIssue(() => scorePaymentHistory({ history, asOf: "yesterday" }), "INVALID_DATE", ["asOf"]);
  });
});
