/**
 * The built-in states of the order machine. A host's approval steps add states of their own (see
 * {@link OrderMachineOptions}).
 * @since 0.1.0
 */
export const ORDER_STATES = [
  "draft",
  "pricing",
  "creditCheck",
  "onHold",
  "confirmed",
  "reserved",
  "backordered",
  "partlyShipped",
  "shipped",
  "delivered",
  "invoiced",
  "closed",
  "cancelled",
  "rejected",
] as const;

/**
 * A built-in state of the order machine.
 * @since 0.1.0
 */
export type OrderState = (typeof ORDER_STATES)[number];

/** The internal routing state; never a resting state. */
export const SETTLING_STATE = "settling";
