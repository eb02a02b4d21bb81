import type { OrderContext, OrderLineState } from "../model/OrderContext.js";

/** Quantity still wanted on a line: ordered minus cancelled. */
export function activeQuantity(line: OrderLineState): number {
  return line.ordered - line.cancelled;
}

/** Reserved and not yet shipped. */
export function openReserved(line: OrderLineState): number {
  return line.reserved - line.shipped;
}

/** Wanted but not reserved. */
export function unreserved(line: OrderLineState): number {
  return activeQuantity(line) - line.reserved;
}

/** Every line is cancelled completely. */
export function isAllCancelled(context: OrderContext): boolean {
  return context.lines.every((line) => activeQuantity(line) === 0);
}

/** Every wanted unit has shipped. */
export function isFullyShipped(context: OrderContext): boolean {
  return context.lines.every((line) => line.shipped === activeQuantity(line));
}

/** Every shipment is delivered. */
export function isAllDelivered(context: OrderContext): boolean {
  return context.shipments.every((shipment) => shipment.status === "delivered");
}

/** Some unit has shipped. */
export function isAnyShipped(context: OrderContext): boolean {
  return context.lines.some((line) => line.shipped > 0);
}

/** Every wanted unit is reserved. */
export function isFullyReserved(context: OrderContext): boolean {
  return context.lines.every((line) => unreserved(line) === 0);
}

/** Replaces the line with the given id. */
export function replaceLine(
  lines: readonly OrderLineState[],
  lineId: string,
  update: (line: OrderLineState) => OrderLineState,
): OrderLineState[] {
  return lines.map((line) => (line.lineId === lineId ? update(line) : line));
}

/** Sums quantities per line id. */
export function sumByLine(
  entries: readonly { readonly lineId: string; readonly quantity: number }[],
): Map<string, number> {
  const totals = new Map<string, number>();
  for (const entry of entries) totals.set(entry.lineId, (totals.get(entry.lineId) ?? 0) + entry.quantity);
  return totals;
}
