import { matchPayments } from "@o2c/cash-application";
import { ValidationError } from "@o2c/core";
import { describe, expect, it } from "vitest";
import { customers, item, matchOne as one, pay } from "./fixtures.js";

function issuesOf(run: () => unknown): [string, readonly (string | number)[]][] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => [i.code, i.path]);
    throw error;
  }
  return [];
}

// Two open items of the customer with the same amount: only the remittance can tell them apart.
const twins = [item("INV-2026-045175", "C1", "990.00"), item("INV-2026-060978", "C1", "990.00")];

describe("matchPayments: references that need more than a key look-up", () => {
  it("fuzzy (n-gram index): a letter read as a digit finds the item", () => {
    const r = one(twins, pay("P1", "990.00", "RE-NR. 1NV2026060978"));
    expect(r.status).toBe("applied");
    expect(r.allocations).toEqual([{ invoiceId: "INV-2026-060978", amount: "990.00" }]);
    expect(r.evidence.some((e) => e.type === "reference" && e.how === "fuzzy")).toBe(true);
  });
  it("a digit changed for another digit is not a fuzzy match (numbers can be one digit apart)", () => {
    const r = one(
      [item("INV-2026-060978", "C1", "990.00")],
      pay("P1", "990.00", "INV2026060979", { payerAccount: null, payerName: "Unknown Payer" }),
    );
    expect(r.status).not.toBe("applied");
    expect(r.evidence.some((e) => e.type === "reference" && e.how === "fuzzy")).toBe(false);
  });
  it("trailing digits with leading zeros name one of two equal amounts", () => {
    const r = one(twins, pay("P1", "990.00", "0978 Pagamento"));
    expect(r.allocations).toEqual([{ invoiceId: "INV-2026-060978", amount: "990.00" }]);
  });
  it("a reference cut at the 140-character limit breaks the tie between equal amounts", () => {
    const filler = "Zahlung Ausgleich Danke ".repeat(6);
    const remittance = `${filler}Rechnung INV-2026-06`.slice(-140);
    expect(remittance).toHaveLength(140);
    const r = one(twins, pay("P1", "990.00", remittance));
    expect(r.allocations).toEqual([{ invoiceId: "INV-2026-060978", amount: "990.00" }]);
  });
  it("equal amounts and a cut-off reference naming neither: review, not the item due first", () => {
    const filler = "Zahlung Ausgleich Danke ".repeat(6);
    const remittance = `${filler}Rechnung INV-2026-07`.slice(-140);
    const r = one(twins, pay("P1", "990.00", remittance));
    expect(r.status).toBe("review");
    expect(r.allocations).toEqual([]);
  });
  it("overpay: a settled document quoted again is not applied to another item of the amount", () => {
    const r = one([item("2026/44579", "C1", "12683.02")], pay("P1", "12683.02", "Rechnung 2026/44567"));
    expect(r.status).toBe("review");
    expect(r.evidence.some((e) => e.type === "note" && e.code === "UNRESOLVED_REFERENCE")).toBe(true);
  });
  it("several quoted documents that do not cover the payment are not applied as an overpayment", () => {
    const r = one([item("2026/52683", "C1", "3045.61")], pay("P1", "6684.36", "Invoices 2026/41512 2026/52683"));
    expect(r.status).toBe("review");
  });
  it("an item quoted by one payment is not taken by another payment's amount search", () => {
    const openItems = [item("RE10001", "C1", "119.00"), item("RE10002", "C1", "119.00", { dueDate: "2026-10-20" })];
    const results = matchPayments({
      customers,
      openItems,
      payments: [pay("P1", "119.00", "", { valueDate: "2026-10-02" }), pay("P2", "119.00", "RE10001")],
    });
    expect(results.map((r) => [r.paymentId, r.allocations.map((a) => a.invoiceId)])).toEqual([
      ["P1", ["RE10002"]],
      ["P2", ["RE10001"]],
    ]);
  });
});

describe("matchPayments: validation codes", () => {
  it("dates and percentages are reported with o2c codes and paths", () => {
    const bad = item("RE1", "C1", "10.00", {
      issueDate: "2026-13-01",
      terms: { discountPercent: "2,5", discountDays: 10 },
    });
    const issues = issuesOf(() =>
      matchPayments({ customers, openItems: [bad], payments: [pay("P1", "10.00", "x", { valueDate: "05.10.2026" })] }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        ["INVALID_DATE", ["openItems", 0, "issueDate"]],
        ["INVALID_DECIMAL", ["openItems", 0, "terms", "discountPercent"]],
        ["INVALID_DATE", ["payments", 0, "valueDate"]],
      ]),
    );
  });
  it("well-formed strings that are not days of the calendar are refused, in the quick and the full check", () => {
    const issues = issuesOf(() =>
      matchPayments({
        customers,
        openItems: [item("RE1", "C1", "10.00", { issueDate: "2026-02-30" })],
        payments: [pay("P1", "10.00", "RE1", { valueDate: "2025-02-29" })],
      }),
    );
    expect(issues).toEqual([
      ["INVALID_DATE", ["openItems", 0, "issueDate"]],
      ["INVALID_DATE", ["payments", 0, "valueDate"]],
    ]);
  });
  it("amounts beyond the matcher's exact integer range are refused, not rounded", () => {
    const issues = issuesOf(() =>
      matchPayments({
        customers,
        openItems: [item("RE1", "C1", "90071992547409.93"), item("RE2", "C1", "999999999999999", { currency: "KWD" })],
        payments: [pay("P1", "99999999999999999.99", ""), pay("P2", "90071992547409.91", "")],
      }),
    );
    expect(issues).toEqual([
      ["AMOUNT_OUT_OF_RANGE", ["openItems", 0, "amount"]],
      ["AMOUNT_OUT_OF_RANGE", ["openItems", 0, "openAmount"]],
      ["AMOUNT_OUT_OF_RANGE", ["openItems", 1, "amount"]],
      ["AMOUNT_OUT_OF_RANGE", ["openItems", 1, "openAmount"]],
      ["AMOUNT_OUT_OF_RANGE", ["payments", 0, "amount"]],
    ]);
  });
  it("amounts, currencies and duplicate ids", () => {
    const issues = issuesOf(() =>
      matchPayments({
        customers,
        openItems: [item("RE1", "C1", "10.001"), item("RE2", "C1", "10.00", { currency: "XXY" })],
        payments: [pay("P1", "-1.00", ""), pay("P1", "1.00", "")],
      }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        ["AMOUNT_PRECISION", ["openItems", 0, "amount"]],
        ["UNKNOWN_CURRENCY", ["openItems", 1, "currency"]],
        ["AMOUNT_NOT_POSITIVE", ["payments", 0, "amount"]],
        ["DUPLICATE_ID", ["payments", 1, "id"]],
      ]),
    );
  });
  it("a non-array field and a non-object record", () => {
    const issues = issuesOf(() => matchPayments({ customers: "x", openItems: [42], payments: [] } as never));
    expect(issues).toContainEqual(["INVALID_TYPE", ["customers"]]);
    expect(issues.some(([code, path]) => code.length > 0 && path[0] === "openItems" && path[1] === 0)).toBe(true);
  });
});
