import type { RuleViolation } from "../en16931/rules/types.js";
import type { Invoice } from "../model/Invoice.js";

/**
 * A business-rule check run on the invoice, numbered and dated, just before it is stored: any `fatal` violation
 * stops the issue with `INVOICE_RULES_FAILED`. {@link issueInvoice} runs the EN 16931 checker
 * ({@link checkEn16931} over {@link toEn16931}) by default for e-invoices.
 * @since 0.1.0
 */
export type InvoiceRuleCheck = (invoice: Invoice) => readonly RuleViolation[];
