import { O2CDecimal, parseWith } from "@o2c/core";
import type { Decimal } from "decimal.js";
import { invoicingError } from "../errors.js";
import { qty } from "../internal/decimalQuantity.js";
import type { Invoice } from "../model/Invoice.js";
import type { ShipmentInput } from "../model/OrderInput.js";
import { type BilledQuantity, buildOrderDraft, sumByLine } from "./buildOrderDraft.js";
import type { InvoiceShipmentsRequest } from "./InvoiceRequest.js";
import { invoiceShipmentsRequestSchema } from "./requestSchemas.js";
import { selectQuantities } from "./selectQuantities.js";

/**
 * Bills on shipment: a draft invoice for what the order's shipments delivered and no invoice has billed yet
 * (partial invoicing, several shipments on one invoice).
 * @remarks
 * Per order line, the billable quantity is `shipped − invoiced`; billed quantities are attributed to shipments
 * first in, first out, so each invoice line names the shipments it bills. Line nets follow {@link invoiceOrder}.
 * @param request - The order, all its shipments so far, what was invoiced before, the parties (wire form).
 * @returns A frozen draft invoice.
 * @throws `ValidationError` for a malformed request.
 * @throws `O2CError` `SHIPMENT_ORDER_MISMATCH` (a shipment of another order), `UNKNOWN_ORDER_LINE`,
 * `INVOICE_QUANTITY_EXCEEDS_ORDERED` (shipped more than ordered), `INVOICE_QUANTITY_EXCEEDS_SHIPPED` (a requested
 * quantity that is unshipped or already invoiced) or `NOTHING_TO_INVOICE`, each with the offending path.
 * @example
 * ```ts
 * import { invoiceShipments } from "@o2c/invoicing";
 * const draft = invoiceShipments({
 *   draftId: "inv_2",
 *   seller: { name: "Acme GmbH" },
 *   buyer: { name: "Globex AG" },
 *   order: {
 *     id: "ord_1", customerId: "cus_1", currency: "EUR",
 *     lines: [{ id: "l1", sku: "W-1", description: "Widget", quantity: "10", unitPrice: { amount: "5.00", currency: "EUR" },
 *       net: { amount: "50.00", currency: "EUR" }, taxCategory: "S", taxRatePercent: "19" }],
 *   },
 *   shipments: [{ id: "shp_1", orderId: "ord_1", lines: [{ orderLineId: "l1", quantity: "4" }] }],
 * });
 * draft.lines[0]?.quantity //=> "4"
 * draft.references.shipmentIds //=> ["shp_1"]
 * ```
 * @since 0.1.0
 */
export function invoiceShipments(request: InvoiceShipmentsRequest): Invoice {
  const parsed = parseWith(invoiceShipmentsRequestSchema, request);
  const { order } = parsed;
  const known = new Map(order.lines.map((l) => [l.id, l]));
  parsed.shipments.forEach((shipment, i) => {
    if (shipment.orderId !== order.id) {
      throw invoicingError("SHIPMENT_ORDER_MISMATCH", `Shipment ${shipment.id} belongs to order ${shipment.orderId}`, {
        path: ["shipments", i, "orderId"],
      });
    }
    shipment.lines.forEach((line, j) => {
      if (!known.has(line.orderLineId)) {
        throw invoicingError("UNKNOWN_ORDER_LINE", `Order ${order.id} has no line ${line.orderLineId}`, {
          path: ["shipments", i, "lines", j, "orderLineId"],
        });
      }
    });
  });
  (parsed.invoiced ?? []).forEach((entry, i) => {
    if (!known.has(entry.orderLineId)) {
      throw invoicingError("UNKNOWN_ORDER_LINE", `Order ${order.id} has no line ${entry.orderLineId}`, {
        path: ["invoiced", i, "orderLineId"],
      });
    }
  });
  const shipped = sumByLine(parsed.shipments.flatMap((s) => s.lines));
  for (const [lineId, quantity] of shipped) {
    const ordered = qty(known.get(lineId)?.quantity ?? "0");
    if (quantity.greaterThan(ordered)) {
      throw invoicingError(
        "INVOICE_QUANTITY_EXCEEDS_ORDERED",
        `Line ${lineId}: shipped ${quantity.toFixed()} but ordered ${ordered.toFixed()}`,
        {
          path: ["shipments"],
          details: { orderLineId: lineId, shipped: quantity.toFixed(), ordered: ordered.toFixed() },
        },
      );
    }
  }
  const invoiced = sumByLine(parsed.invoiced ?? []);
  const zero = new O2CDecimal(0);
  const available = new Map<string, Decimal>(
    order.lines.map((l) => [l.id, (shipped.get(l.id) ?? zero).minus(invoiced.get(l.id) ?? zero)]),
  );
  const selected = selectQuantities(order, available, parsed.lines, "INVOICE_QUANTITY_EXCEEDS_SHIPPED");
  const billed: BilledQuantity[] = selected.map(({ line, quantity }) => {
    const before = invoiced.get(line.id) ?? zero;
    return {
      line,
      quantity,
      invoicedBefore: before,
      shipmentIds: shipmentsOf(parsed.shipments, line.id, before, before.plus(quantity)),
    };
  });
  return buildOrderDraft(order, billed, parsed);
}

/** The shipments whose quantities of a line fall in the range (from, to], counting shipments first in, first out. */
function shipmentsOf(shipments: readonly ShipmentInput[], lineId: string, from: Decimal, to: Decimal): string[] {
  const ids: string[] = [];
  let cumulative = new O2CDecimal(0);
  for (const shipment of shipments) {
    const start = cumulative;
    for (const line of shipment.lines)
      if (line.orderLineId === lineId) cumulative = cumulative.plus(qty(line.quantity));
    if (cumulative.greaterThan(start) && cumulative.greaterThan(from) && start.lessThan(to)) ids.push(shipment.id);
  }
  return ids;
}
