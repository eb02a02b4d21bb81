/**
 * Early-payment discount terms of an open item: `discountPercent` % of the gross amount may be deducted when the
 * payment's value date is at most `discountDays` days after the issue date.
 *
 * @since 0.1.0
 */
export interface DiscountTerms {
  /** The percentage as a decimal string, for example `"2"` or `"2.5"`. */
  readonly discountPercent: string;
  /** Days after the issue date within which the discount may be taken. */
  readonly discountDays: number;
}

/**
 * An open receivable: an invoice or a credit note not yet settled.
 *
 * @since 0.1.0
 */
export interface OpenItem {
  /** Document number as printed on the document. */
  readonly id: string;
  /** The customer the item is open for. */
  readonly customerId: string;
  /** `"invoice"` or `"credit-note"`. */
  readonly kind: "invoice" | "credit-note";
  /** ISO 4217 code. */
  readonly currency: string;
  /** Document date, `YYYY-MM-DD`. */
  readonly issueDate: string;
  /** Due date, `YYYY-MM-DD` (the document date for credit notes). */
  readonly dueDate: string;
  /** Original gross amount as a decimal string; negative for credit notes. */
  readonly amount: string;
  /** What is still open, as a decimal string; negative for credit notes. */
  readonly openAmount: string;
  /** The customer's purchase-order number, or `null`. */
  readonly poNumber: string | null;
  /** Early-payment discount terms, or `null`. */
  readonly terms: DiscountTerms | null;
}
