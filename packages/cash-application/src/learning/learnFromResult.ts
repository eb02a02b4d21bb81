import type { MatchResult, ReferenceMatchKind } from "../model/MatchResult.js";
import type { PaymentInput } from "../model/PaymentInput.js";
import type { MatchKnowledge } from "./MatchKnowledge.js";

/**
 * Teaches the knowledge port from a decision a person confirmed (or an automatic application): the payer's account
 * and name become known for the customer (not when the evidence shows a third party paying on the customer's behalf,
 * `named-party`), and the way the remittance quoted the items becomes a habit of that customer, so the next
 * statement matches better.
 *
 * @param knowledge - The knowledge port.
 * @param payment - The payment.
 * @param result - The confirmed result; its evidence names the reference kinds.
 * @param customerId - The customer the person confirmed.
 * @example
 * ```ts
 * import { createInMemoryMatchKnowledge, learnFromResult } from "@o2c/cash-application";
 *
 * const knowledge = createInMemoryMatchKnowledge();
 * learnFromResult(
 *   knowledge,
 *   { id: "P1", valueDate: "2026-10-01", amount: "10.00", currency: "EUR", payerName: "ACME", payerAccount: "DE02100100109307118603", remittance: "", endToEndId: null },
 *   { paymentId: "P1", status: "applied", allocations: [], unapplied: "0.00", suggestions: [], confidence: 1, evidence: [] },
 *   "C1",
 * );
 * knowledge.learnedAccounts() //=> [["DE02100100109307118603", "C1"]]
 * ```
 * @since 0.1.0
 */
export function learnFromResult(
  knowledge: MatchKnowledge,
  payment: PaymentInput,
  result: MatchResult,
  customerId: string,
): void {
  const kinds: ReferenceMatchKind[] = [];
  let thirdParty = false;
  for (const e of result.evidence) {
    if (e.type === "reference" && !kinds.includes(e.how)) kinds.push(e.how);
    if (e.type === "payer" && e.customerId === customerId && e.how === "named-party") thirdParty = true;
  }
  // A third party paying for the customer (a factoring company, a group treasury) pays for others too: its account
  // and name are not the customer's.
  knowledge.confirm({
    paymentId: payment.id,
    customerId,
    payerAccount: thirdParty ? null : payment.payerAccount,
    payerName: thirdParty ? null : payment.payerName,
    referenceKinds: kinds,
  });
}
