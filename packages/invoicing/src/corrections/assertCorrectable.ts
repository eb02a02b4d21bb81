import { invoicingError } from "../errors.js";
import type { Invoice, PrecedingInvoiceReference } from "../model/Invoice.js";

/** Throws `INVOICE_NOT_ISSUED` unless the document is an issued invoice with a number and date. */
export function assertCorrectable(original: Invoice): void {
  if (
    original.kind !== "invoice" ||
    original.status === "draft" ||
    original.number === undefined ||
    original.issueDate === undefined
  ) {
    throw invoicingError(
      "INVOICE_NOT_ISSUED",
      `Only an issued invoice can be corrected; ${original.id} is a ${original.status} ${original.kind}`,
      { path: [], details: { state: original.status, kind: original.kind } },
    );
  }
}

/** The BG-3 reference to an issued invoice. */
export function precedingReference(original: Invoice): PrecedingInvoiceReference {
  assertCorrectable(original);
  return {
    id: original.id,
    number: original.number as string,
    issueDate: original.issueDate as NonNullable<Invoice["issueDate"]>,
  };
}
