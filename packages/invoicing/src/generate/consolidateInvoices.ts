import { Money } from "@o2c/core";
import { invoicingError } from "../errors.js";
import { deepFreeze } from "../internal/freeze.js";
import type { Invoice } from "../model/Invoice.js";
import { computeInvoiceTotals } from "../tax/computeInvoiceTotals.js";

/**
 * Options of {@link consolidateInvoices}.
 * @since 0.1.0
 */
export interface ConsolidateOptions {
  /** Id of the consolidated draft. */
  readonly draftId: string;
}

/**
 * Combines the drafts of several orders of one customer into one draft invoice.
 * @remarks
 * Lines are renumbered `1..n` in the order of the drafts and keep their sources (order, order line, shipments);
 * document allowances and charges are kept; the VAT breakdown and totals are recomputed over all lines, so the VAT
 * is rounded once per rate over the whole document (it can differ by a cent from the sum of the drafts' VAT). The
 * seller, buyer, terms and payment account are those of the first draft.
 * @param drafts - At least one draft, all of the same customer and currency.
 * @param options - The new draft's id.
 * @returns A frozen draft.
 * @throws `O2CError` `NOTHING_TO_INVOICE` for no drafts; `INVOICE_IMMUTABLE` (path `[i]`) when one is not a
 * draft; `CURRENCY_MISMATCH` (path `[i, "currency"]`) or `CONSOLIDATION_CUSTOMER_MISMATCH` (path `[i, "customerId"]`).
 * @example
 * ```ts
 * import { consolidateInvoices, invoiceOrder } from "@o2c/invoicing";
 * const order = (id: string, amount: string) => ({
 *   id, customerId: "cus_1", currency: "EUR",
 *   lines: [{ id: "l1", sku: "S", description: "Service", quantity: "1", unitPrice: { amount, currency: "EUR" },
 *     net: { amount, currency: "EUR" }, taxCategory: "S" as const, taxRatePercent: "19" }],
 * });
 * const parties = { seller: { name: "Acme" }, buyer: { name: "Globex" } };
 * const a = invoiceOrder({ draftId: "d1", order: order("o1", "10.00"), ...parties });
 * const b = invoiceOrder({ draftId: "d2", order: order("o2", "20.00"), ...parties });
 * const merged = consolidateInvoices([a, b], { draftId: "d3" });
 * merged.references.orderIds //=> ["o1", "o2"]
 * merged.totals.payable.toString() //=> "35.70"
 * ```
 * @since 0.1.0
 */
export function consolidateInvoices(drafts: readonly Invoice[], options: ConsolidateOptions): Invoice {
  const first = drafts[0];
  if (first === undefined) throw invoicingError("NOTHING_TO_INVOICE", "Nothing to consolidate", { path: [] });
  drafts.forEach((draft, i) => {
    if (draft.status !== "draft") {
      throw invoicingError("INVOICE_IMMUTABLE", `Document ${draft.id} is ${draft.status}, not a draft`, { path: [i] });
    }
    if (draft.currency !== first.currency) {
      throw invoicingError("CURRENCY_MISMATCH", `Draft ${draft.id} is in ${draft.currency}, not ${first.currency}`, {
        path: [i, "currency"],
        details: { expected: first.currency, actual: draft.currency },
      });
    }
    if (draft.customerId !== first.customerId) {
      throw invoicingError(
        "CONSOLIDATION_CUSTOMER_MISMATCH",
        `Draft ${draft.id} bills customer ${draft.customerId}, not ${first.customerId}`,
        { path: [i, "customerId"] },
      );
    }
  });
  const lines = drafts.flatMap((d) => d.lines).map((line, i) => ({ ...line, id: String(i + 1) }));
  const allowanceCharges = drafts.flatMap((d) => d.allowanceCharges);
  const { taxBreakdown, totals } = computeInvoiceTotals({ currency: first.currency, lines, allowanceCharges });
  const unique = (values: readonly string[]) => [...new Set(values)];
  return deepFreeze<Invoice>({
    ...first,
    id: options.draftId,
    lines,
    allowanceCharges,
    taxBreakdown,
    totals,
    references: {
      ...first.references,
      orderIds: unique(drafts.flatMap((d) => d.references.orderIds)),
      shipmentIds: unique(drafts.flatMap((d) => d.references.shipmentIds)),
    },
    paidAmount: Money.zero(first.currency),
  });
}
