import { Money } from "@o2c/core";
import { invoicingError } from "../errors.js";
import { deepFreeze } from "../internal/freeze.js";
import { createInvoiceLine, type InvoiceLineInput } from "../model/createInvoiceLine.js";
import type { Invoice } from "../model/Invoice.js";
import type { AllowanceCharge } from "../model/InvoiceLine.js";
import { computeInvoiceTotals } from "../tax/computeInvoiceTotals.js";
import { assertCorrectable, precedingReference } from "./assertCorrectable.js";

/**
 * What {@link createDebitNote} takes.
 * @since 0.1.0
 */
export interface DebitNoteRequest {
  /** Id of the debit note draft. */
  readonly draftId: string;
  /** The additional amounts billed, as lines; `source.correctedLineId` may name the original line. */
  readonly lines: readonly Omit<InvoiceLineInput, "id">[];
  /** Additional document-level charges or allowances. */
  readonly allowanceCharges?: readonly AllowanceCharge[] | undefined;
  /** Why, printed as the note. */
  readonly reason?: string | undefined;
}

/**
 * Builds a draft debit note that bills more against an issued invoice (a price raised after the fact, a charge
 * forgotten), referencing it as the preceding invoice (BG-3).
 * @param original - The issued invoice.
 * @param request - The additional lines.
 * @returns A frozen debit note draft with the original's parties, currency and terms.
 * @throws `O2CError` `INVOICE_NOT_ISSUED`; `NOTHING_TO_INVOICE` without lines; `CURRENCY_MISMATCH` (path
 * `["lines", i, "unitPrice", "currency"]`) for a price in another currency.
 * @since 0.1.0
 */
export function createDebitNote(original: Invoice, request: DebitNoteRequest): Invoice {
  assertCorrectable(original);
  if (request.lines.length === 0) {
    throw invoicingError("NOTHING_TO_INVOICE", "A debit note needs at least one line", { path: ["lines"] });
  }
  const lines = request.lines.map((input, i) => {
    if (input.unitPrice.currency !== original.currency) {
      throw invoicingError("CURRENCY_MISMATCH", `Expected ${original.currency}, got ${input.unitPrice.currency}`, {
        path: ["lines", i, "unitPrice", "currency"],
      });
    }
    return createInvoiceLine({ ...input, id: String(i + 1) });
  });
  const allowanceCharges = request.allowanceCharges ?? [];
  const { taxBreakdown, totals } = computeInvoiceTotals({ currency: original.currency, lines, allowanceCharges });
  return deepFreeze<Invoice>({
    id: request.draftId,
    kind: "debit-note",
    status: "draft",
    currency: original.currency,
    customerId: original.customerId,
    seller: original.seller,
    buyer: original.buyer,
    lines,
    allowanceCharges,
    taxBreakdown,
    totals,
    ...(original.terms === undefined ? {} : { terms: original.terms }),
    ...(original.paymentAccount === undefined ? {} : { paymentAccount: original.paymentAccount }),
    references: {
      orderIds: original.references.orderIds,
      shipmentIds: [],
      precedingInvoice: precedingReference(original),
    },
    paidAmount: Money.zero(original.currency),
    ...(request.reason === undefined ? {} : { note: request.reason }),
  });
}
