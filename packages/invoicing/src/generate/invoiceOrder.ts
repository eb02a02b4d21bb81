import { O2CDecimal, parseWith } from "@o2c/core";
import type { Decimal } from "decimal.js";
import { invoicingError } from "../errors.js";
import { qty } from "../internal/decimalQuantity.js";
import type { Invoice } from "../model/Invoice.js";
import type { BilledQuantity } from "./buildOrderDraft.js";
import { buildOrderDraft, sumByLine } from "./buildOrderDraft.js";
import type { InvoiceOrderRequest } from "./InvoiceRequest.js";
import { invoiceOrderRequestSchema } from "./requestSchemas.js";
import { selectQuantities } from "./selectQuantities.js";

/**
 * Bills an order on order: a draft invoice for the requested quantities, or for everything not invoiced yet.
 * @remarks
 * Each line's net is the order line's net (after its discounts) pro rata to the billed quantity, rounded half up to
 * the minor unit on the cumulative quantity, so the partial invoices of an order line always add up to its net
 * exactly; the difference to `quantity × unit price` appears as a line allowance ("Discount", UNCL5189 `95`). The
 * order's charges and allowances (freight, handling) go on the first invoice. The VAT breakdown and totals are
 * recomputed with {@link computeInvoiceTotals}.
 * @param request - The order, the parties and what to bill (wire form).
 * @returns A frozen draft invoice.
 * @throws `ValidationError` for a malformed request (issue codes and paths).
 * @throws `O2CError` `UNKNOWN_ORDER_LINE`, `INVOICE_QUANTITY_EXCEEDS_ORDERED` (more than ordered minus invoiced)
 * or `NOTHING_TO_INVOICE`, each with the path of the offending entry.
 * @example
 * ```ts
 * import { invoiceOrder } from "@o2c/invoicing";
 * const draft = invoiceOrder({
 *   draftId: "inv_1",
 *   seller: { name: "Acme GmbH" },
 *   buyer: { name: "Globex AG" },
 *   order: {
 *     id: "ord_1", customerId: "cus_1", currency: "EUR",
 *     lines: [{ id: "l1", sku: "W-1", description: "Widget", quantity: "4", unitPrice: { amount: "25.00", currency: "EUR" },
 *       net: { amount: "90.00", currency: "EUR" }, taxCategory: "S", taxRatePercent: "19" }],
 *   },
 * });
 * draft.status //=> "draft"
 * draft.totals.taxExclusive.toString() //=> "90.00"
 * draft.totals.payable.toString() //=> "107.10"
 * ```
 * @since 0.1.0
 */
export function invoiceOrder(request: InvoiceOrderRequest): Invoice {
  const parsed = parseWith(invoiceOrderRequestSchema, request);
  const { order } = parsed;
  const known = new Set(order.lines.map((l) => l.id));
  (parsed.invoiced ?? []).forEach((entry, i) => {
    if (!known.has(entry.orderLineId)) {
      throw invoicingError("UNKNOWN_ORDER_LINE", `Order ${order.id} has no line ${entry.orderLineId}`, {
        path: ["invoiced", i, "orderLineId"],
      });
    }
  });
  const invoiced = sumByLine(parsed.invoiced ?? []);
  const available = new Map<string, Decimal>(
    order.lines.map((l) => [l.id, qty(l.quantity).minus(invoiced.get(l.id) ?? new O2CDecimal(0))]),
  );
  const selected = selectQuantities(order, available, parsed.lines, "INVOICE_QUANTITY_EXCEEDS_ORDERED");
  const billed: BilledQuantity[] = selected.map(({ line, quantity }) => ({
    line,
    quantity,
    invoicedBefore: invoiced.get(line.id) ?? new O2CDecimal(0),
    shipmentIds: [],
  }));
  return buildOrderDraft(order, billed, parsed);
}
