import type { MoneyJSON } from "@o2c/core";

/**
 * What an open item is, which decides its sign in the exposure.
 *
 * - `receivable`: an open receivable other than an invoice (a debit note, a late fee, a charge); adds.
 * - `invoice`: the unpaid balance of an issued invoice; adds.
 * - `order`: a confirmed order not invoiced yet; adds.
 * - `unappliedCash`: a payment received but not applied to any invoice; subtracts.
 * - `creditNote`: an open credit note not netted yet; subtracts.
 *
 * @since 0.1.0
 */
export type OpenItemKind = "receivable" | "invoice" | "order" | "unappliedCash" | "creditNote";

/**
 * One open item of a customer, as the host reports it. Amounts are never negative: the kind gives the sign.
 * @since 0.1.0
 */
export interface OpenItemInput {
  /** The item's id (invoice number, order id, payment id). */
  readonly id: string;
  /** The customer it belongs to. */
  readonly customerId: string;
  /** What it is. */
  readonly kind: OpenItemKind;
  /** The open amount, zero or more, in any currency (converted to the credit currency through `FxRates`). */
  readonly amount: MoneyJSON;
  /** Due date `YYYY-MM-DD` of a receivable or an invoice, for the overdue rules. */
  readonly dueDate?: string | undefined;
}
