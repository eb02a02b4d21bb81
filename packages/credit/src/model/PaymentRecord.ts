import type { MoneyJSON } from "@o2c/core";

/**
 * One invoice in a customer's payment history: when it was due, when (and whether) it was paid, and whether it
 * was disputed. The order of the records never matters.
 * @since 0.1.0
 */
export interface PaymentRecordInput {
  /** The invoice's id. */
  readonly invoiceId: string;
  /** The customer who was invoiced. */
  readonly customerId: string;
  /** The invoiced amount, in any currency (converted to the credit currency for the DSO). */
  readonly amount: MoneyJSON;
  /** Issue date `YYYY-MM-DD`. */
  readonly issueDate: string;
  /** Due date `YYYY-MM-DD`, on or after the issue date. */
  readonly dueDate: string;
  /** Date `YYYY-MM-DD` the invoice was paid in full; omitted while it is open. */
  readonly paidDate?: string | undefined;
  /** Whether the customer disputed the invoice. */
  readonly disputed?: boolean | undefined;
}
