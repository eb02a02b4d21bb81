import type { PaymentInput } from "../model/PaymentInput.js";
import type { ParsedStatement } from "./ParsedStatement.js";

/**
 * The incoming payments of a parsed statement, as the matcher reads them: every credit that is booked or of
 * unknown status, with its positive amount, in file order. Debits, zero amounts, pending and information-only entries are left out.
 *
 * @param statement - A parsed statement file.
 * @returns One payment input per credit transaction.
 * @example
 * ```ts
 * import { parseCsvStatement, toPaymentInputs } from "@o2c/cash-application";
 *
 * const parsed = parseCsvStatement("date,amount,text\n2026-03-02,119.00,INV-1\n2026-03-02,-5.00,fee\n", {
 *   date: "date", amount: "amount", remittance: "text", currencyCode: "EUR",
 * });
 * toPaymentInputs(parsed).map((p) => [p.id, p.amount, p.remittance]) //=> [["csv/1", "119.00", "INV-1"]]
 * ```
 * @since 0.1.0
 */
export function toPaymentInputs(statement: ParsedStatement): PaymentInput[] {
  const payments: PaymentInput[] = [];
  for (const account of statement.statements) {
    for (const tx of account.transactions) {
      if (tx.direction !== "credit" || /^0+(\.0*)?$/.test(tx.amount)) continue;
      if (tx.status !== undefined && tx.status !== "booked" && tx.status !== "unknown") continue;
      payments.push({
        id: tx.id,
        valueDate: tx.valueDate,
        amount: tx.amount,
        currency: tx.currency,
        payerName: tx.payerName,
        payerAccount: tx.payerAccount,
        remittance: tx.remittance,
        endToEndId: tx.endToEndId,
        structuredReferences: [...tx.structuredReferences],
      });
    }
  }
  return payments;
}
