import { Money, O2CDecimal } from "@o2c/core";
import type { Decimal } from "decimal.js";
import { qty } from "../internal/decimalQuantity.js";
import { deepFreeze } from "../internal/freeze.js";
import { proRata } from "../internal/proRata.js";
import { createInvoiceLine } from "../model/createInvoiceLine.js";
import type { Invoice } from "../model/Invoice.js";
import type { AllowanceCharge, InvoiceLine } from "../model/InvoiceLine.js";
import type { Order, OrderLine } from "../model/OrderInput.js";
import { computeInvoiceTotals } from "../tax/computeInvoiceTotals.js";
import type { InvoiceDraftOptions } from "./InvoiceRequest.js";

/** One order line to bill: the quantity, what was billed before, and the shipments it comes from. */
export interface BilledQuantity {
  readonly line: OrderLine;
  readonly quantity: Decimal;
  readonly invoicedBefore: Decimal;
  readonly shipmentIds: readonly string[];
}

/** Builds a frozen draft invoice billing the given quantities of an order. */
export function buildOrderDraft(
  order: Order,
  billed: readonly BilledQuantity[],
  options: InvoiceDraftOptions & { readonly chargesInvoiced?: boolean | undefined },
): Invoice {
  const lines: InvoiceLine[] = billed.map((b, i) => {
    const net = proRata(b.line.net, b.line.quantity, b.invoicedBefore.plus(b.quantity)).subtract(
      proRata(b.line.net, b.line.quantity, b.invoicedBefore),
    );
    const gross = b.line.unitPrice.multiply(b.quantity, "halfUp");
    const difference = gross.subtract(net);
    const allowanceCharges: AllowanceCharge[] = difference.isZero()
      ? []
      : difference.isPositive()
        ? [{ kind: "allowance", amount: difference, reason: "Discount", reasonCode: "95" }]
        : [{ kind: "charge", amount: difference.negate(), reason: "Price adjustment", reasonCode: "ZZZ" }];
    return createInvoiceLine({
      id: String(i + 1),
      sku: b.line.sku,
      description: b.line.description,
      quantity: b.quantity.toFixed(),
      unitPrice: b.line.unitPrice,
      unitCode: b.line.unitCode,
      taxCategory: b.line.taxCategory,
      taxRatePercent: b.line.taxRatePercent,
      exemptionReason: b.line.exemptionReason,
      exemptionReasonCode: b.line.exemptionReasonCode,
      allowanceCharges,
      source: { orderId: order.id, orderLineId: b.line.id, shipmentIds: b.shipmentIds },
    });
  });
  const allowanceCharges: AllowanceCharge[] = options.chargesInvoiced
    ? []
    : order.charges.map((c) => ({
        kind: c.kind,
        amount: c.amount,
        reason: c.reason,
        ...(c.reasonCode === undefined ? {} : { reasonCode: c.reasonCode }),
        taxCategory: c.taxCategory,
        taxRatePercent: c.taxRatePercent,
      }));
  const { taxBreakdown, totals } = computeInvoiceTotals({ currency: order.currency, lines, allowanceCharges });
  const shipmentIds = [...new Set(billed.flatMap((b) => b.shipmentIds))];
  return deepFreeze<Invoice>({
    id: options.draftId,
    kind: "invoice",
    status: "draft",
    currency: order.currency,
    customerId: order.customerId,
    seller: options.seller,
    buyer: options.buyer,
    lines,
    allowanceCharges,
    taxBreakdown,
    totals,
    ...(options.terms === undefined ? {} : { terms: options.terms }),
    ...(options.paymentAccount === undefined ? {} : { paymentAccount: options.paymentAccount }),
    references: {
      orderIds: [order.id],
      shipmentIds,
      ...(options.buyerReference === undefined ? {} : { buyerReference: options.buyerReference }),
    },
    paidAmount: Money.zero(order.currency),
    ...(options.note === undefined ? {} : { note: options.note }),
  });
}

/** Sums quantities per order line. */
export function sumByLine(entries: readonly { orderLineId: string; quantity: string }[]): Map<string, Decimal> {
  const sums = new Map<string, Decimal>();
  for (const e of entries)
    sums.set(e.orderLineId, (sums.get(e.orderLineId) ?? new O2CDecimal(0)).plus(qty(e.quantity)));
  return sums;
}
