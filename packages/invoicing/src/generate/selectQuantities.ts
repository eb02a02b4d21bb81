import { O2CDecimal } from "@o2c/core";
import type { Decimal } from "decimal.js";
import { invoicingError } from "../errors.js";
import { qty } from "../internal/decimalQuantity.js";
import type { LineQuantity, Order, OrderLine } from "../model/OrderInput.js";

/**
 * The quantities to bill: the requested ones, each checked against what is available, or everything available.
 * @throws `UNKNOWN_ORDER_LINE`, the given excess code, or `NOTHING_TO_INVOICE`.
 */
export function selectQuantities(
  order: Order,
  available: ReadonlyMap<string, Decimal>,
  requested: readonly LineQuantity[] | undefined,
  excessCode: "INVOICE_QUANTITY_EXCEEDS_ORDERED" | "INVOICE_QUANTITY_EXCEEDS_SHIPPED",
): { line: OrderLine; quantity: Decimal }[] {
  const byId = new Map(order.lines.map((l) => [l.id, l]));
  const wanted = new Map<string, Decimal>();
  if (requested === undefined) {
    for (const line of order.lines) {
      const left = available.get(line.id) ?? new O2CDecimal(0);
      if (left.isPositive() && !left.isZero()) wanted.set(line.id, left);
    }
  } else {
    requested.forEach((entry, i) => {
      if (!byId.has(entry.orderLineId)) {
        throw invoicingError("UNKNOWN_ORDER_LINE", `Order ${order.id} has no line ${entry.orderLineId}`, {
          path: ["lines", i, "orderLineId"],
        });
      }
      const total = (wanted.get(entry.orderLineId) ?? new O2CDecimal(0)).plus(qty(entry.quantity));
      const left = available.get(entry.orderLineId) ?? new O2CDecimal(0);
      if (total.greaterThan(left)) {
        const what = excessCode === "INVOICE_QUANTITY_EXCEEDS_SHIPPED" ? "shipped" : "ordered";
        throw invoicingError(
          excessCode,
          `Line ${entry.orderLineId}: cannot invoice ${total.toFixed()}, only ${O2CDecimal.max(left, 0).toFixed()} ${what} and not invoiced`,
          {
            path: ["lines", i, "quantity"],
            details: { orderLineId: entry.orderLineId, requested: total.toFixed(), available: left.toFixed() },
          },
        );
      }
      wanted.set(entry.orderLineId, total);
    });
  }
  const result = order.lines
    .filter((l) => wanted.has(l.id))
    .map((line) => ({ line, quantity: wanted.get(line.id) ?? new O2CDecimal(0) }));
  if (result.length === 0) {
    throw invoicingError("NOTHING_TO_INVOICE", `Nothing of order ${order.id} is left to invoice`, {
      path: requested === undefined ? [] : ["lines"],
    });
  }
  return result;
}
