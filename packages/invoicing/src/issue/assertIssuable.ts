import { O2CError, ValidationError, type ValidationIssue } from "@o2c/core";
import { invoicingError } from "../errors.js";
import type { Invoice } from "../model/Invoice.js";

/**
 * Checks a draft before issue: a draft, one currency throughout, and the party data an e-invoice needs (EN 16931
 * BR-6/BR-8/BR-9 seller name and address, BR-7/BR-10/BR-11 buyer name and address, the seller's VAT id for every
 * VAT category but `O` (BR-S-02 and its siblings), the buyer's VAT id for reverse charge and intra-community
 * supplies (BR-AE-02, BR-IC-02)). {@link issueInvoice} calls it first; hosts may call it to validate a draft early.
 * @param draft - The draft.
 * @param eInvoice - Whether the e-invoice party data is required.
 * @throws `O2CError` `INVOICE_ALREADY_ISSUED` when not a draft; `CURRENCY_MISMATCH` with the amount's path.
 * @throws `ValidationError` with every missing party field: `REQUIRED` (name, address), `SELLER_VAT_ID_REQUIRED`,
 * `BUYER_VAT_ID_REQUIRED`.
 * @since 0.1.0
 */
export function assertIssuable(draft: Invoice, eInvoice: boolean): void {
  if (draft.status !== "draft") {
    throw invoicingError("INVOICE_ALREADY_ISSUED", `Invoice ${draft.number ?? draft.id} is already ${draft.status}`, {
      details: { state: draft.status, number: draft.number },
    });
  }
  draft.lines.forEach((line, i) => {
    for (const field of ["unitPrice", "net"] as const) {
      if (line[field].currency !== draft.currency) {
        throw new O2CError(
          "CURRENCY_MISMATCH",
          `Line ${line.id} is in ${line[field].currency}, not ${draft.currency}`,
          {
            path: ["lines", i, field, "currency"],
            details: { expected: draft.currency, actual: line[field].currency },
          },
        );
      }
    }
  });
  draft.allowanceCharges.forEach((ac, i) => {
    if (ac.amount.currency !== draft.currency) {
      throw new O2CError("CURRENCY_MISMATCH", `Allowance or charge ${i} is in ${ac.amount.currency}`, {
        path: ["allowanceCharges", i, "amount", "currency"],
        details: { expected: draft.currency, actual: ac.amount.currency },
      });
    }
  });
  if (!eInvoice) return;
  const issues: ValidationIssue[] = [];
  const categories = new Set([
    ...draft.lines.map((l) => l.taxCategory),
    ...draft.allowanceCharges.flatMap((a) => (a.taxCategory === undefined ? [] : [a.taxCategory])),
  ]);
  const need = (ok: boolean, code: string, path: (string | number)[], message: string) => {
    if (!ok) issues.push({ code, path, message });
  };
  for (const role of ["seller", "buyer"] as const) {
    const party = draft[role];
    need(party.name.trim().length > 0, "REQUIRED", [role, "name"], `The ${role}'s name is required`);
    need(party.address !== undefined, "REQUIRED", [role, "address"], `The ${role}'s postal address is required`);
  }
  const taxed = [...categories].some((c) => c !== "O");
  need(
    !taxed || draft.seller.vatId !== undefined,
    "SELLER_VAT_ID_REQUIRED",
    ["seller", "vatId"],
    "The seller's VAT identifier is required for an invoice with VAT categories other than O",
  );
  need(
    !(categories.has("AE") || categories.has("K")) || draft.buyer.vatId !== undefined,
    "BUYER_VAT_ID_REQUIRED",
    ["buyer", "vatId"],
    "The buyer's VAT identifier is required for reverse charge (AE) and intra-community supplies (K)",
  );
  if (issues.length > 0) throw new ValidationError(issues);
}
