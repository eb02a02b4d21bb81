import { O2CError, type O2CErrorOptions } from "@o2c/core";

/**
 * The stable codes of the errors `@o2c/orders` throws (besides `VALIDATION_FAILED` from the parsers).
 *
 * @remarks
 * - `ORDER_ILLEGAL_TRANSITION`: the event is not allowed in the order's current state; `details` has `state` and
 *   `event`. Nothing changed.
 * - `ORDER_UNKNOWN_LINE`, `ORDER_UNKNOWN_SHIPMENT`, `ORDER_UNKNOWN_RETURN`: an event names a line, shipment or
 *   return the order does not have; `path` points at the id.
 * - `ORDER_QUANTITY_EXCEEDED`: a quantity is more than the order allows (shipping more than is reserved, returning
 *   more than was shipped, cancelling more than is open); `details` has `requested` and `available`.
 * - `ORDER_DUPLICATE_ID`: a shipment or return id is used twice in one order.
 * - `ORDER_NOT_FOUND`: no order with that id in the store.
 * - `ORDER_CORRUPT_SNAPSHOT`: a stored snapshot does not restore on this machine (a state the machine lacks).
 * - `ORDER_INVALID_OPTIONS`: a host's machine options are malformed (an approval step id that is not a free
 *   camelCase state name).
 * @since 0.1.0
 */
export type OrderErrorCode =
  | "ORDER_ILLEGAL_TRANSITION"
  | "ORDER_UNKNOWN_LINE"
  | "ORDER_UNKNOWN_SHIPMENT"
  | "ORDER_UNKNOWN_RETURN"
  | "ORDER_QUANTITY_EXCEEDED"
  | "ORDER_DUPLICATE_ID"
  | "ORDER_NOT_FOUND"
  | "ORDER_CORRUPT_SNAPSHOT"
  | "ORDER_INVALID_OPTIONS";

/** Builds an O2CError with one of this package's codes. */
export function orderError(
  code: OrderErrorCode,
  message: string,
  options: O2CErrorOptions = {},
): O2CError<OrderErrorCode> {
  return new O2CError(code, message, options);
}
