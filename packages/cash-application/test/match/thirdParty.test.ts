import { createInMemoryMatchKnowledge, learnFromResult, matchPayments } from "@o2c/cash-application";
import { describe, expect, it } from "vitest";
import { customers, item, pay } from "./fixtures.js";

// A factoring company pays for a customer and says so in the remittance (`im Auftrag von ...`): the payer's own name
// and account point nowhere, the named party points to the customer.
const factor = { payerName: "HANSE FACTORING AG", payerAccount: "DE39232510735264788980" };
const openItems = [
  item("RE25000905", "C1", "812.40", { issueDate: "2026-08-01" }),
  item("RE25000906", "C2", "812.40", { issueDate: "2026-08-01" }),
];

describe("third parties named in the remittance", () => {
  it("a weak reference plus the customer named after `im Auftrag von` is applied, with the named party as evidence", () => {
    const [result] = matchPayments({
      customers,
      openItems,
      payments: [pay("P1", "812.40", "RE25-905 im Auftrag von MUELLER MASCHINENBAU GMBH", factor)],
    });
    expect(result?.status).toBe("applied");
    expect(result?.allocations).toEqual([{ invoiceId: "RE25000905", amount: "812.40" }]);
    expect(result?.evidence).toContainEqual(
      expect.objectContaining({
        type: "payer",
        customerId: "C1",
        how: "named-party",
        matched: "MUELLER MASCHINENBAU GMBH",
      }),
    );
  });

  it("without the named party the same payment is only a suggestion", () => {
    const [result] = matchPayments({
      customers,
      openItems,
      payments: [pay("P1", "812.40", "RE25-905", factor)],
    });
    expect(result?.status).toBe("review");
  });

  it("a weak marker needs a name that looks like one (`for 3 invoices` names nobody)", () => {
    const [result] = matchPayments({
      customers,
      openItems,
      payments: [pay("P1", "812.40", "RE25-905 for 3 invoices", factor)],
    });
    expect(result?.evidence.some((e) => e.type === "payer" && e.how === "named-party")).toBe(false);
  });

  it("confirming a third-party payment does not teach the factoring company's account or name", () => {
    const knowledge = createInMemoryMatchKnowledge();
    const payment = pay("P1", "812.40", "RE25-905 im Auftrag von MUELLER MASCHINENBAU GMBH", factor);
    const [result] = matchPayments({ customers, openItems, payments: [payment] });
    if (result === undefined) throw new Error("no result");
    learnFromResult(knowledge, payment, result, "C1");
    expect(knowledge.learnedAccounts()).toEqual([]);
    expect(knowledge.learnedAliases()).toEqual([]);
    expect(knowledge.referenceHabits("C1").size).toBeGreaterThan(0);
  });
});
