import type { OrderEvent, OrderLineState, OrderSnapshot } from "@o2c/orders";
import { priceOf } from "./support.js";

const open = (line: OrderLineState) => line.reserved - line.shipped;
const missing = (line: OrderLineState) => line.ordered - line.cancelled - line.reserved;

/**
 * Events worth trying in a snapshot, built from its data so ids and quantities are plausible. Some are illegal in
 * the current state: the machine must refuse those.
 */
export function candidateEvents(snapshot: OrderSnapshot): OrderEvent[] {
  const { context } = snapshot;
  const lines = context.lines;
  const round = context.reservationRound + 1;
  const shipmentId = `S${context.shipments.length + 1}`;
  const inTransit = context.shipments.find((s) => s.status === "inTransit");
  const authorized = context.returns.find((r) => r.status === "authorized");
  const shippable = lines.filter((l) => open(l) > 0);
  const returnable = lines.find((l) => l.shipped - l.returned > 0);
  const cancellable = [...lines].reverse().find((l) => l.ordered - l.cancelled - l.shipped > 0);
  const events: OrderEvent[] = [
    { type: "order.submit" },
    { type: "order.priced", summary: priceOf(context) },
    { type: "order.pricingFailed", reason: "PRICE_NOT_FOUND" },
    { type: "credit.decided", outcome: { status: "approved", reasons: [] } },
    { type: "credit.decided", outcome: { status: "hold", reasons: [{ code: "LIMIT", message: "limit" }] } },
    { type: "credit.decided", outcome: { status: "rejected", reasons: [] } },
    { type: "credit.release", by: "c.fischer" },
    { type: "credit.reject", by: "c.fischer" },
    {
      type: "stock.reserved",
      results: lines.map((l) => ({
        lineId: l.lineId,
        reservationId: `r${round}/${l.lineId}`,
        reserved: missing(l),
        backordered: 0,
      })),
    },
    {
      type: "stock.reserved",
      results: lines.map((l) => ({
        lineId: l.lineId,
        reservationId: `r${round}/${l.lineId}`,
        reserved: Math.floor(missing(l) / 2),
        backordered: missing(l) - Math.floor(missing(l) / 2),
      })),
    },
    { type: "order.cancel", reason: "customer" },
    { type: "order.amend", lines: [{ lineId: "1", sku: "BOLT-M8", quantity: 3 }] },
    { type: "order.close" },
    { type: "order.invoice", invoiceId: "INV-1" },
  ];
  if (shippable.length > 0) {
    const base = {
      type: "shipment.dispatch",
      shipmentId,
      warehouseId: "HAM",
      carrier: "DHL",
      trackingNumber: "T",
      shippedOn: "2026-10-15",
    } as const;
    events.push({ ...base, lines: shippable.map((l) => ({ lineId: l.lineId, quantity: open(l) })) });
    events.push({ ...base, lines: [{ lineId: (shippable[0] as OrderLineState).lineId, quantity: 1 }] });
  }
  if (inTransit !== undefined) {
    events.push({ type: "shipment.delivered", shipmentId: inTransit.shipmentId, deliveredOn: "2026-10-16" });
    events.push({
      type: "shipment.delayed",
      shipmentId: inTransit.shipmentId,
      expectedOn: "2026-10-20",
      reason: "strike",
    });
  }
  if (cancellable !== undefined) {
    events.push({
      type: "line.cancel",
      lineId: cancellable.lineId,
      quantity: cancellable.ordered - cancellable.cancelled - cancellable.shipped,
      reason: "customer",
    });
    events.push({ type: "line.cancel", lineId: cancellable.lineId, quantity: 1, reason: "customer" });
  }
  if (returnable !== undefined) {
    events.push({
      type: "return.authorize",
      rmaId: `R${context.returns.length + 1}`,
      lines: [{ lineId: returnable.lineId, quantity: 1, reason: "damaged" }],
    });
  }
  if (authorized !== undefined) events.push({ type: "return.receive", rmaId: authorized.rmaId, dispositions: [] });
  return events;
}

/** The quantity laws every line must keep. Returns the broken ones, empty when all hold. */
export function brokenLaws(snapshot: OrderSnapshot): string[] {
  const broken: string[] = [];
  for (const l of snapshot.context.lines) {
    const checks: [string, boolean][] = [
      [
        "no quantity is negative",
        [l.ordered, l.cancelled, l.reserved, l.shipped, l.delivered, l.returned, l.backordered].every((q) => q >= 0),
      ],
      ["shipped <= reserved", l.shipped <= l.reserved],
      ["reserved <= ordered - cancelled", l.reserved <= l.ordered - l.cancelled],
      ["returned <= shipped", l.returned <= l.shipped],
      ["delivered <= shipped", l.delivered <= l.shipped],
      ["reserved is the sum of the reservations", l.reserved === l.reservations.reduce((s, r) => s + r.reserved, 0)],
      ["committed <= reserved per reservation", l.reservations.every((r) => r.committed <= r.reserved)],
    ];
    for (const [law, holds] of checks) if (!holds) broken.push(`line ${l.lineId}: ${law}`);
  }
  return broken;
}
