import type { ErrorPath } from "@o2c/core";
import { orderError } from "../errors.js";
import type { OrderContext, OrderLineState } from "../model/OrderContext.js";
import type { OrderEvent } from "../model/OrderEvent.js";
import { activeQuantity, openReserved, sumByLine, unreserved } from "./lineQuantities.js";

function lineOf(context: OrderContext, lineId: string, path: ErrorPath): OrderLineState {
  const line = context.lines.find((l) => l.lineId === lineId);
  if (line === undefined) {
    throw orderError("ORDER_UNKNOWN_LINE", `Order ${context.orderId} has no line ${JSON.stringify(lineId)}`, {
      path,
      details: { lineId },
    });
  }
  return line;
}

function assertAtMost(requested: number, available: number, path: ErrorPath, what: string): void {
  if (requested > available) {
    throw orderError("ORDER_QUANTITY_EXCEEDED", `Cannot ${what} ${requested}: only ${available} available`, {
      path,
      details: { requested, available },
    });
  }
}

function checkLineQuantities(
  context: OrderContext,
  entries: readonly { readonly lineId: string; readonly quantity: number }[],
  available: (line: OrderLineState) => number,
  what: string,
): void {
  entries.forEach((entry, i) => {
    lineOf(context, entry.lineId, ["lines", i, "lineId"]);
  });
  const totals = sumByLine(entries);
  entries.forEach((entry, i) => {
    const total = totals.get(entry.lineId) ?? 0;
    assertAtMost(total, available(lineOf(context, entry.lineId, [])), ["lines", i, "quantity"], what);
  });
}

function illegal(context: OrderContext, state: string, event: OrderEvent, reason: string) {
  return orderError(
    "ORDER_ILLEGAL_TRANSITION",
    `Event ${event.type} is not allowed on order ${context.orderId} in state ${state}: ${reason}`,
    {
      details: { state, event: event.type, reason },
    },
  );
}

/**
 * Checks an event against the order's data (ids and quantities) before the machine takes it.
 *
 * @throws `O2CError` `ORDER_UNKNOWN_LINE`, `ORDER_UNKNOWN_SHIPMENT`, `ORDER_UNKNOWN_RETURN`,
 * `ORDER_QUANTITY_EXCEEDED`, `ORDER_DUPLICATE_ID`, `ORDER_ILLEGAL_TRANSITION` (a delivery confirmed twice, a
 * return received twice).
 */
export function checkOrderEvent(context: OrderContext, state: string, event: OrderEvent): void {
  switch (event.type) {
    case "stock.reserved":
      event.results.forEach((result, i) => {
        const line = lineOf(context, result.lineId, ["results", i, "lineId"]);
        assertAtMost(result.reserved, unreserved(line), ["results", i, "reserved"], "reserve");
      });
      return;
    case "shipment.dispatch":
      if (context.shipments.some((s) => s.shipmentId === event.shipmentId)) {
        throw orderError("ORDER_DUPLICATE_ID", `Shipment ${event.shipmentId} already exists`, { path: ["shipmentId"] });
      }
      checkLineQuantities(context, event.lines, openReserved, "ship");
      return;
    case "shipment.delivered":
    case "shipment.delayed": {
      const shipment = context.shipments.find((s) => s.shipmentId === event.shipmentId);
      if (shipment === undefined) {
        throw orderError("ORDER_UNKNOWN_SHIPMENT", `Order ${context.orderId} has no shipment ${event.shipmentId}`, {
          path: ["shipmentId"],
        });
      }
      if (shipment.status === "delivered") throw illegal(context, state, event, "the shipment is already delivered");
      return;
    }
    case "return.authorize":
      if (context.returns.some((r) => r.rmaId === event.rmaId)) {
        throw orderError("ORDER_DUPLICATE_ID", `Return ${event.rmaId} already exists`, { path: ["rmaId"] });
      }
      checkLineQuantities(context, event.lines, (line) => line.shipped - line.returned, "return");
      return;
    case "return.receive": {
      const rma = context.returns.find((r) => r.rmaId === event.rmaId);
      if (rma === undefined) {
        throw orderError("ORDER_UNKNOWN_RETURN", `Order ${context.orderId} has no return ${event.rmaId}`, {
          path: ["rmaId"],
        });
      }
      if (rma.status === "received") throw illegal(context, state, event, "the return is already received");
      event.dispositions.forEach((d, i) => {
        if (!rma.lines.some((l) => l.lineId === d.lineId)) {
          throw orderError("ORDER_UNKNOWN_LINE", `Return ${rma.rmaId} has no line ${d.lineId}`, {
            path: ["dispositions", i, "lineId"],
          });
        }
      });
      return;
    }
    case "line.cancel": {
      const line = lineOf(context, event.lineId, ["lineId"]);
      assertAtMost(event.quantity, activeQuantity(line) - line.shipped, ["quantity"], "cancel");
      return;
    }
    default:
      return;
  }
}
