/**
 * A request to reserve stock for an order line. Quantities are integers in the item's base unit (pieces, grams).
 * @since 0.1.0
 */
export interface ReserveRequest {
  /** The host's id of this reservation (usually order id + line id); reserving again under it is idempotent. */
  readonly reservationId: string;
  /** The stock-keeping unit. */
  readonly sku: string;
  /** Quantity wanted, a positive integer in the item's base unit. */
  readonly quantity: number;
  /** Reserve only in this warehouse; any warehouse when omitted. */
  readonly warehouseId?: string | undefined;
}

/** Quantity reserved in one warehouse. */
export interface WarehouseAllocation {
  /** The warehouse. */
  readonly warehouseId: string;
  /** Quantity reserved there. */
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
  /** The reservation's id, as given in the request. */
  readonly reservationId: string;
  /** The stock-keeping unit. */
  readonly sku: string;
  /** Quantity asked for. */
  readonly requested: number;
  /** Reserved now, in total. */
  readonly reserved: number;
  /** `requested - reserved`. */
  readonly backordered: number;
  /** Where the reserved quantity sits, per warehouse. */
  readonly allocations: readonly WarehouseAllocation[];
  /** Present when part of the quantity could not be reserved and there is a suggestion. */
  readonly alternative?: StockAlternative | undefined;
}

/** A request to release reserved stock (a cancellation), all of it or a quantity. */
export interface ReleaseRequest {
  /** The reservation to release from. */
  readonly reservationId: string;
  /** Release this much; all that is still reserved when omitted. */
  readonly quantity?: number | undefined;
}

/** A request to turn reserved stock into a shipment: stock leaves the warehouse. */
export interface CommitRequest {
  /** The reservation the shipped stock was held under. */
  readonly reservationId: string;
  /** Quantity shipped, at most what is still reserved. */
  readonly quantity: number;
  /** The shipment this quantity leaves with; committing again under it is idempotent. */
  readonly shipmentId: string;
  /**
   * The warehouse the goods leave from. The stock reserved there is committed first; goods beyond it come out of
   * that warehouse's unreserved stock, and as much of the reservation elsewhere is released (the goods that left are
   * no longer needed there). When omitted, the reservation's warehouses are drawn in order.
   */
  readonly warehouseId?: string | undefined;
}

/** Stock of one SKU. */
export interface Availability {
  /** The stock-keeping unit. */
  readonly sku: string;
  /** Quantity on hand over all warehouses. */
  readonly onHand: number;
  /** Quantity held by open reservations. */
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
 * exceeds what is reserved, or a shipment from a warehouse whose reserved and free stock do not cover it). A
 * refused request changes nothing.
 * @since 0.1.0
 */
export interface InventoryPort {
  /** Reserves as much of the quantity as there is; idempotent by reservation id. */
  reserve(request: ReserveRequest): Promise<ReservationResult>;
  /** Releases reserved stock, all or part of it. */
  release(request: ReleaseRequest): Promise<ReservationResult>;
  /** Turns reserved stock into a shipment; idempotent by shipment id. */
  commit(request: CommitRequest): Promise<ReservationResult>;
  /** Stock of a SKU over all warehouses. */
  availability(sku: string): Promise<Availability>;
}
