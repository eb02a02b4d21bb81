import { invoicingError } from "../errors.js";
import { deepFreeze } from "../internal/freeze.js";
import type { Invoice } from "../model/Invoice.js";
import type { AllowanceCharge, InvoiceLine } from "../model/InvoiceLine.js";
import type { InvoiceParty, PaymentAccount } from "../model/Party.js";
import { computeInvoiceTotals } from "../tax/computeInvoiceTotals.js";
import type { PaymentTerms } from "../terms/PaymentTerms.js";

/**
 * The parts of a draft that {@link updateDraft} can replace.
 * @since 0.1.0
 */
export interface DraftChanges {
  /** New lines (build them with {@link createInvoiceLine}). */
  readonly lines?: readonly InvoiceLine[] | undefined;
  /** New document-level allowances and charges. */
  readonly allowanceCharges?: readonly AllowanceCharge[] | undefined;
  /** New seller. */
  readonly seller?: InvoiceParty | undefined;
  /** New buyer. */
  readonly buyer?: InvoiceParty | undefined;
  /** New terms. */
  readonly terms?: PaymentTerms | undefined;
  /** New payment account. */
  readonly paymentAccount?: PaymentAccount | undefined;
  /** New note. */
  readonly note?: string | undefined;
}

/**
 * Returns a changed copy of a draft, with its VAT breakdown and totals recomputed. Issued documents never change:
 * correct them with a credit or a debit note.
 * @param invoice - A draft.
 * @param changes - What to replace.
 * @returns The new frozen draft.
 * @throws `O2CError` `INVOICE_IMMUTABLE` (details `state`) when the document is not a draft;
 * `CURRENCY_MISMATCH` when a new amount is in another currency.
 * @since 0.1.0
 */
export function updateDraft(invoice: Invoice, changes: DraftChanges): Invoice {
  if (invoice.status !== "draft") {
    throw invoicingError(
      "INVOICE_IMMUTABLE",
      `Invoice ${invoice.number ?? invoice.id} is ${invoice.status}: issue a credit or debit note instead`,
      { details: { state: invoice.status } },
    );
  }
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as DraftChanges;
  const next = { ...invoice, ...defined } as Invoice;
  const { taxBreakdown, totals } = computeInvoiceTotals({
    currency: invoice.currency,
    lines: next.lines,
    allowanceCharges: next.allowanceCharges,
  });
  return deepFreeze<Invoice>({ ...next, taxBreakdown, totals });
}
