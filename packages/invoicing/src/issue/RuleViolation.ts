import type { Invoice } from "../model/Invoice.js";

/**
 * A business rule an invoice breaks, as a rule checker reports it.
 * @since 0.1.0
 */
export interface RuleViolation {
  /** The rule's official id, for example `BR-CO-15`. */
  readonly rule: string;
  /** `fatal` blocks the issue; `warning` does not. */
  readonly flag: "fatal" | "warning";
  /** What is wrong. */
  readonly message: string;
}

/**
 * A business-rule check run on the invoice, numbered and dated, just before it is stored: any `fatal` violation
 * stops the issue with `INVOICE_RULES_FAILED`.
 * @since 0.1.0
 */
export type InvoiceRuleCheck = (invoice: Invoice) => readonly RuleViolation[];
