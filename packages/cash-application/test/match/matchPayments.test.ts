import { createInMemoryMatchKnowledge, learnFromResult, matchPayments } from "@o2c/cash-application";
import { ValidationError } from "@o2c/core";
import { describe, expect, it } from "vitest";
import { customers, item, matchOne as one, pay } from "./fixtures.js";

describe("matchPayments: scenario families", () => {
  it("exact: quoted invoice, exact amount", () => {
    const r = one([item("INV-2026-004512", "C1", "1190.00")], pay("P1", "1190.00", "Rechnung INV-2026-004512"));
    expect(r.status).toBe("applied");
    expect(r.allocations).toEqual([{ invoiceId: "INV-2026-004512", amount: "1190.00" }]);
    expect(r.evidence.some((e) => e.type === "reference" && e.how === "exact")).toBe(true);
  });
  it("ref-variant: OCR swaps, dropped separators and prefixes", () => {
    for (const text of ["INV2026OO4512", "Facture 2026-004512", "inv no 2026004512", "INV-2026-4512"]) {
      const r = one([item("INV-2026-004512", "C1", "1190.00")], pay("P1", "1190.00", text));
      expect(r.allocations).toEqual([{ invoiceId: "INV-2026-004512", amount: "1190.00" }]);
    }
  });
  it("no-ref: known account and a unique amount", () => {
    const r = one([item("RE1", "C1", "99.00"), item("RE2", "C1", "120.00")], pay("P1", "120.00", ""));
    expect(r.allocations).toEqual([{ invoiceId: "RE2", amount: "120.00" }]);
  });
  it("multi-invoice: listed invoices", () => {
    const r = one(
      [item("RE10001", "C1", "100.00"), item("RE10002", "C1", "50.00")],
      pay("P1", "150.00", "RE10001 RE10002"),
    );
    expect(r.allocations).toHaveLength(2);
  });
  it("partial and short payments: the item receives the cash", () => {
    const r = one([item("RE10001", "C1", "1000.00")], pay("P1", "400.00", "Rate 1 RE10001"));
    expect(r.allocations).toEqual([{ invoiceId: "RE10001", amount: "400.00" }]);
  });
  it("discount within terms, not outside", () => {
    const terms = { discountPercent: "2", discountDays: 10 };
    const inside = one(
      [item("RE10001", "C1", "1190.00", { terms })],
      pay("P1", "1166.20", "RE10001", { valueDate: "2026-09-08" }),
    );
    expect(inside.evidence.some((e) => e.type === "amount" && e.rule === "discount")).toBe(true);
    const outside = one(
      [item("RE10001", "C1", "1190.00", { terms })],
      pay("P1", "1166.20", "RE10001", { valueDate: "2026-10-20" }),
    );
    expect(outside.evidence.some((e) => e.type === "amount" && e.rule === "discount")).toBe(false);
  });
  it("overpayment: the rest stays unapplied", () => {
    const r = one([item("RE10001", "C1", "100.00")], pay("P1", "100.50", "RE10001"));
    expect(r.allocations).toEqual([{ invoiceId: "RE10001", amount: "100.00" }]);
    expect(r.unapplied).toBe("0.50");
  });
  it("bank fee within tolerance", () => {
    const r = one([item("RE10001", "C1", "578.10")], pay("P1", "568.10", "RE10001"));
    expect(r.evidence.some((e) => e.type === "amount" && e.rule === "bank-fee")).toBe(true);
  });
  it("credit netting", () => {
    const r = one(
      [item("RE10001", "C1", "148.42"), item("CN20001", "C1", "-57.00")],
      pay("P1", "91.42", "RE10001 abzgl. Gutschrift"),
    );
    expect(r.allocations).toEqual([
      { invoiceId: "RE10001", amount: "148.42" },
      { invoiceId: "CN20001", amount: "-57.00" },
    ]);
  });
  it("JPY (0 minor digits) works", () => {
    const r = one(
      [item("RE30001", "C3", "152000", { currency: "JPY" })],
      pay("P1", "152000", "RE30001", { currency: "JPY", payerAccount: "JP00OKADA" }),
    );
    expect(r.allocations).toEqual([{ invoiceId: "RE30001", amount: "152000" }]);
  });
  it("unidentified: unknown payer and no reference is not applied", () => {
    const r = one(
      [item("RE10001", "C1", "49.00")],
      pay("P1", "49.00", "", { payerName: "Schubert, Andreas", payerAccount: null }),
    );
    expect(r.status).not.toBe("applied");
  });
  it("settled document: a second payment of the same invoice is not applied elsewhere", () => {
    const results = matchPayments({
      customers,
      openItems: [item("RE10001", "C1", "100.00"), item("RE10002", "C1", "100.00")],
      payments: [pay("P1", "100.00", "RE10001"), pay("P2", "100.00", "RE10001")],
    });
    expect(results[0]?.status).toBe("applied");
    expect(results[1]?.status).not.toBe("applied");
  });
  it("threshold 1.0 sends an imperfect proposal to review", () => {
    const r = one([item("RE10001", "C1", "120.00")], pay("P1", "120.00", ""), { threshold: 1 });
    expect(r.status).toBe("review");
    expect(r.suggestions[0]?.allocations).toEqual([{ invoiceId: "RE10001", amount: "120.00" }]);
  });
});

describe("learning", () => {
  it("a confirmed new account makes the next payment match", () => {
    const knowledge = createInMemoryMatchKnowledge();
    const openItems = [item("RE10001", "C1", "75.00"), item("RE10002", "C1", "80.00")];
    const first = pay("P1", "75.00", "", { payerName: "MMB HOLDING", payerAccount: "DE02100100109307118603" });
    const before = one(openItems, first, { knowledge });
    expect(before.status).not.toBe("applied");
    learnFromResult(knowledge, first, before, "C1");
    const second = pay("P2", "80.00", "", { payerName: "MMB HOLDING", payerAccount: "DE02100100109307118603" });
    const after = one(openItems, second, { knowledge });
    expect(after.status).toBe("applied");
    expect(after.allocations).toEqual([{ invoiceId: "RE10002", amount: "80.00" }]);
  });
});

describe("validation", () => {
  it("reports bad amounts with code and path", () => {
    try {
      matchPayments({ customers, openItems: [item("X", "C1", "1,00")], payments: [] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const issue = (error as ValidationError).issues[0];
      expect(issue?.code).toBe("INVALID_AMOUNT");
      expect(issue?.path).toEqual(["openItems", 0, "amount"]);
    }
  });
});
