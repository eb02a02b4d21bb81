/**
 * A request to reserve stock for an order line. Quantities are integers in the item's base unit (pieces, grams).
 * @since 0.1.0
 */
export interface ReserveRequest {
  /** The host's id of this reservation (usually order id + line id); reserving again under it is idempotent. */
  readonly reservationId: string;
  readonly sku: string;
  readonly quantity: number;
  /** Reserve only in this warehouse; any warehouse when omitted. */
  readonly warehouseId?: string | undefined;
}

/** Quantity reserved in one warehouse. */
export interface WarehouseAllocation {
  readonly warehouseId: string;
  readonly quantity: number;
}

/** What could be done instead when stock is short. */
export interface StockAlternative {
  /** A substitute SKU with enough stock. */
  readonly sku?: string | undefined;
  /** When the requested SKU is expected back in stock, `YYYY-MM-DD`. */
  readonly availableOn?: string | undefined;
}

/**
 * The answer to a reservation: how much is reserved where, and how much is backordered. A shortfall is an
 * expected outcome, returned, not thrown.
 * @since 0.1.0
 */
export interface ReservationResult {
  readonly reservationId: string;
  readonly sku: string;
  readonly requested: number;
  /** Reserved now, in total. */
  readonly reserved: number;
  /** `requested - reserved`. */
  readonly backordered: number;
  readonly allocations: readonly WarehouseAllocation[];
  /** Present when part of the quantity could not be reserved and there is a suggestion. */
  readonly alternative?: StockAlternative | undefined;
}

/** A request to release reserved stock (a cancellation), all of it or a quantity. */
export interface ReleaseRequest {
  readonly reservationId: string;
  /** Release this much; all that is still reserved when omitted. */
  readonly quantity?: number | undefined;
}

/** A request to turn reserved stock into a shipment: stock leaves the warehouse. */
export interface CommitRequest {
  readonly reservationId: string;
  readonly quantity: number;
  /** The shipment this quantity leaves with; committing again under it is idempotent. */
  readonly shipmentId: string;
}

/** Stock of one SKU. */
export interface Availability {
  readonly sku: string;
  readonly onHand: number;
  readonly reserved: number;
  /** `onHand - reserved`. */
  readonly available: number;
}

/**
 * The port to the host's inventory: reserve (possibly in part), release, commit on shipment.
 *
 * @remarks
 * `createInMemoryInventory()` is the shipped default. Errors: `INVENTORY_UNKNOWN_SKU`,
 * `INVENTORY_UNKNOWN_RESERVATION`, `INVENTORY_INVALID_QUANTITY` (a quantity that is not a non-negative integer or
 * exceeds what is reserved).
 * @since 0.1.0
 */
export interface InventoryPort {
  reserve(request: ReserveRequest): Promise<ReservationResult>;
  release(request: ReleaseRequest): Promise<ReservationResult>;
  commit(request: CommitRequest): Promise<ReservationResult>;
  availability(sku: string): Promise<Availability>;
}
