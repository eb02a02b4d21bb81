import { divideAndRound, Money } from "@o2c/core";
import type { LineReservation, OrderContext, OrderLineState } from "../model/OrderContext.js";
import type { CreditNoteLine, OrderEffect } from "../model/OrderEffect.js";
import type { OrderEvent } from "../model/OrderEvent.js";
import type { OrderInput, OrderLineInput } from "../schemas/orderInputSchema.js";
import { activeQuantity, replaceLine, sumByLine } from "./lineQuantities.js";

type EventOf<T extends OrderEvent["type"]> = Extract<OrderEvent, { type: T }>;

/** A fresh line, nothing reserved or shipped. */
export function newLine(input: OrderLineInput): OrderLineState {
  return {
    lineId: input.lineId,
    sku: input.sku,
    ordered: input.quantity,
    cancelled: 0,
    reserved: 0,
    backordered: 0,
    shipped: 0,
    delivered: 0,
    returned: 0,
    reservations: [],
  };
}

/** The context of a new draft order. */
export function createDraftContext(orderId: string, order: OrderInput): OrderContext {
  return {
    orderId,
    order,
    lines: order.lines.map(newLine),
    decisions: [],
    reservationRound: 0,
    stockRequested: false,
    shipments: [],
    returns: [],
    effects: [],
  };
}

/** Releases every open reservation of every line (a cancellation or an amendment). */
function releaseAll(context: OrderContext): { lines: OrderLineState[]; effects: OrderEffect[] } {
  const effects: OrderEffect[] = [];
  const lines = context.lines.map((line) => {
    const reservations = line.reservations.map((r) => {
      if (r.reserved > r.committed)
        effects.push({ type: "inventory.release", reservationId: r.reservationId, keepOpen: 0 });
      return { ...r, reserved: r.committed };
    });
    return { ...line, reservations, reserved: line.shipped, backordered: 0 };
  });
  return { lines, effects };
}

/** Whole-order cancellation: everything not shipped is cancelled, reservations are released. */
export function applyCancelOrder(context: OrderContext, event: EventOf<"order.cancel">): OrderContext {
  const { lines, effects } = releaseAll(context);
  return {
    ...context,
    lines: lines.map((line) => ({ ...line, cancelled: line.ordered - line.shipped })),
    note: event.reason,
    effects,
  };
}

/** An amendment before shipment: new lines, reservations released, pricing and credit to be redone. */
export function applyAmend(context: OrderContext, event: EventOf<"order.amend">): OrderContext {
  const { effects } = releaseAll(context);
  return {
    ...context,
    priced: undefined,
    credit: undefined,
    order: { ...context.order, lines: event.lines },
    lines: event.lines.map(newLine),
    stockRequested: false,
    effects,
  };
}

/** Cancels part of a line, releasing the reservation it no longer needs (newest reservation first). */
export function applyCancelLine(context: OrderContext, event: EventOf<"line.cancel">): OrderContext {
  const effects: OrderEffect[] = [];
  const lines = replaceLine(context.lines, event.lineId, (line) => {
    const active = activeQuantity(line) - event.quantity;
    let excess = Math.max(0, line.reserved - active);
    const released = excess;
    const reservations: LineReservation[] = [...line.reservations];
    for (let i = reservations.length - 1; i >= 0 && excess > 0; i--) {
      const r = reservations[i] as LineReservation;
      const take = Math.min(excess, r.reserved - r.committed);
      if (take === 0) continue;
      reservations[i] = { ...r, reserved: r.reserved - take };
      effects.push({
        type: "inventory.release",
        reservationId: r.reservationId,
        keepOpen: r.reserved - r.committed - take,
      });
      excess -= take;
    }
    const reserved = line.reserved - released;
    return {
      ...line,
      cancelled: line.cancelled + event.quantity,
      reserved,
      backordered: Math.min(line.backordered, active - reserved),
      reservations,
    };
  });
  return { ...context, lines, effects };
}

/** Records what inventory reserved. */
export function applyReserved(context: OrderContext, event: EventOf<"stock.reserved">): OrderContext {
  let lines = [...context.lines];
  for (const result of event.results) {
    lines = replaceLine(lines, result.lineId, (line) => {
      const { alternative: _old, ...rest } = line;
      return {
        ...rest,
        reserved: line.reserved + result.reserved,
        backordered: result.backordered,
        reservations:
          result.reserved > 0
            ? [...line.reservations, { reservationId: result.reservationId, reserved: result.reserved, committed: 0 }]
            : line.reservations,
        ...(result.alternative === undefined ? {} : { alternative: result.alternative }),
      };
    });
  }
  return { ...context, lines, reservationRound: context.reservationRound + 1, stockRequested: true, effects: [] };
}

/** Records a shipment and asks inventory to commit the stock, oldest reservation first. */
export function applyShipment(context: OrderContext, event: EventOf<"shipment.dispatch">): OrderContext {
  const effects: OrderEffect[] = [];
  let lines = [...context.lines];
  for (const [lineId, quantity] of sumByLine(event.lines)) {
    lines = replaceLine(lines, lineId, (line) => {
      let left = quantity;
      const reservations = line.reservations.map((r) => {
        const take = Math.min(left, r.reserved - r.committed);
        if (take === 0) return r;
        left -= take;
        effects.push({
          type: "inventory.commit",
          reservationId: r.reservationId,
          quantity: take,
          shipmentId: event.shipmentId,
          warehouseId: event.warehouseId,
        });
        return { ...r, committed: r.committed + take };
      });
      return { ...line, shipped: line.shipped + quantity, reservations };
    });
  }
  const { type: _type, ...shipment } = event;
  return { ...context, lines, shipments: [...context.shipments, { ...shipment, status: "inTransit" }], effects };
}

/** Confirms a shipment's delivery. */
export function applyDelivered(context: OrderContext, event: EventOf<"shipment.delivered">): OrderContext {
  const shipment = context.shipments.find((s) => s.shipmentId === event.shipmentId);
  let lines = [...context.lines];
  for (const [lineId, quantity] of sumByLine(shipment?.lines ?? [])) {
    lines = replaceLine(lines, lineId, (line) => ({ ...line, delivered: line.delivered + quantity }));
  }
  const shipments = context.shipments.map((s) =>
    s.shipmentId === event.shipmentId ? { ...s, status: "delivered" as const, deliveredOn: event.deliveredOn } : s,
  );
  return { ...context, lines, shipments, effects: [] };
}

/** Records a delay and notifies the customer. */
export function applyDelay(context: OrderContext, event: EventOf<"shipment.delayed">): OrderContext {
  const shipments = context.shipments.map((s) =>
    s.shipmentId === event.shipmentId ? { ...s, delay: { expectedOn: event.expectedOn, reason: event.reason } } : s,
  );
  const shipment = shipments.find((s) => s.shipmentId === event.shipmentId);
  const customer = context.order.customer;
  const effect: OrderEffect = {
    type: "notify",
    notification: {
      id: `${context.orderId}/${event.shipmentId}/delay/${event.expectedOn}`,
      channel: "email",
      recipient: customer.email ?? customer.id,
      template: "order.shipmentDelayed",
      data: {
        orderId: context.orderId,
        shipmentId: event.shipmentId,
        carrier: shipment?.carrier ?? "",
        trackingNumber: shipment?.trackingNumber ?? "",
        expectedOn: event.expectedOn,
        reason: event.reason,
      },
    },
  };
  return { ...context, shipments, effects: [effect] };
}

/** Authorises a return of shipped quantities. */
export function applyReturnAuthorize(context: OrderContext, event: EventOf<"return.authorize">): OrderContext {
  let lines = [...context.lines];
  for (const [lineId, quantity] of sumByLine(event.lines)) {
    lines = replaceLine(lines, lineId, (line) => ({ ...line, returned: line.returned + quantity }));
  }
  const rma = { rmaId: event.rmaId, lines: event.lines.map((line) => ({ ...line })), status: "authorized" as const };
  return { ...context, lines, returns: [...context.returns, rma], effects: [] };
}

/**
 * Receives returned goods: restock or scrap each line, and hand a credit-note request with the original prices and
 * taxes to invoicing. A line's share is `amount × returned / ordered`, rounded half up to the currency's minor unit.
 */
export function applyReturnReceive(context: OrderContext, event: EventOf<"return.receive">): OrderContext {
  const rma = context.returns.find((r) => r.rmaId === event.rmaId);
  if (rma === undefined) return { ...context, effects: [] };
  const dispositionOf = (lineId: string) =>
    event.dispositions.find((d) => d.lineId === lineId)?.disposition ?? "restock";
  const received = {
    ...rma,
    status: "received" as const,
    lines: rma.lines.map((l) => ({ ...l, disposition: dispositionOf(l.lineId) })),
  };
  const effects: OrderEffect[] = [];
  const creditLines: CreditNoteLine[] = [];
  const currency = context.order.currency;
  for (const line of received.lines) {
    const state = context.lines.find((l) => l.lineId === line.lineId);
    if (state === undefined) continue;
    effects.push({
      type: "inventory.restock",
      rmaId: rma.rmaId,
      sku: state.sku,
      quantity: line.quantity,
      disposition: line.disposition,
    });
    const priced = context.priced?.lines.find((p) => p.lineId === line.lineId);
    if (priced === undefined) continue;
    const share = (amount: string) =>
      Money.fromMinor(
        divideAndRound(Money.of(amount, currency).minor * BigInt(line.quantity), BigInt(state.ordered), "halfUp"),
        currency,
      ).toJSON();
    creditLines.push({
      lineId: line.lineId,
      sku: state.sku,
      quantity: line.quantity,
      unitPrice: Money.of(priced.unitPrice, currency).toJSON(),
      net: share(priced.net),
      tax: share(priced.tax),
      ...(priced.taxRate === undefined ? {} : { taxRate: priced.taxRate }),
      ...(priced.taxCategory === undefined ? {} : { taxCategory: priced.taxCategory }),
    });
  }
  if (creditLines.length > 0) {
    effects.push({
      type: "invoicing.creditNote",
      request: {
        orderId: context.orderId,
        ...(context.invoiceId === undefined ? {} : { invoiceId: context.invoiceId }),
        rmaId: rma.rmaId,
        currency,
        lines: creditLines,
      },
    });
  }
  return { ...context, returns: context.returns.map((r) => (r.rmaId === rma.rmaId ? received : r)), effects };
}
