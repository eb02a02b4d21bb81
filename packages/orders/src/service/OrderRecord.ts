import type { PersistedOrderSnapshot } from "../machine/stepOrder.js";
import type { OrderContext } from "../model/OrderContext.js";

/**
 * An order as the store keeps it in the `orders` collection: the persisted machine snapshot and fields to find it by.
 * @since 0.1.0
 */
export interface OrderRecord {
  /** The order's id. */
  readonly orderId: string;
  /** The submission's idempotency key. */
  readonly idempotencyKey: string;
  /** The customer's id. */
  readonly customerId: string;
  /** The state's name, for queries. */
  readonly state: string;
  /** When it last changed, ISO 8601 from the clock. */
  readonly updatedAt: string;
  /** The machine's persisted snapshot. */
  readonly snapshot: PersistedOrderSnapshot;
}

/**
 * What the order service returns: the order's state, stored version and data.
 * @since 0.1.0
 */
export interface OrderView {
  /** The order's id. */
  readonly orderId: string;
  /** The state's name. */
  readonly state: string;
  /** The stored version (optimistic concurrency). */
  readonly version: number;
  /** The order's data. */
  readonly context: OrderContext;
}
