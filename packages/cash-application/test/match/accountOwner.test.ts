import { matchPayments } from "@o2c/cash-application";
import { describe, expect, it } from "vitest";
import { customers, item, pay } from "./fixtures.js";

// When the account names a customer and the payer's name agrees with that customer's name, other customers with
// similar names are not payer candidates; when the name disagrees, they are looked for.
describe("the account owner under the payer's own name", () => {
  const openItems = [item("INV-1", "C1", "500.00"), item("INV-2", "C2", "777.00")];

  it("no other customer is suggested when account and name agree", () => {
    const [result] = matchPayments({ customers, openItems, payments: [pay("P1", "777.00", "Zahlung")] });
    const suggested = result?.suggestions.flatMap((s) => s.allocations.map((a) => a.invoiceId)) ?? [];
    expect(suggested).not.toContain("INV-2");
    expect(
      result?.evidence.filter((e) => e.type === "payer").map((e) => e.type === "payer" && e.customerId),
    ).not.toContain("C2");
  });

  it("a name that points elsewhere is still searched among all customers", () => {
    const [result] = matchPayments({
      customers,
      openItems,
      payments: [pay("P1", "777.00", "Zahlung", { payerName: "MUELLER MASCHINENBAU AUSTRIA" })],
    });
    const suggested = result?.suggestions.flatMap((s) => s.allocations.map((a) => a.invoiceId)) ?? [];
    expect(suggested).toContain("INV-2");
  });
});
