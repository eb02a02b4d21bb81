import { O2CError } from "../errors/O2CError.js";
import type {
  Availability,
  CommitRequest,
  InventoryPort,
  ReleaseRequest,
  ReservationResult,
  ReserveRequest,
  StockAlternative,
  WarehouseAllocation,
} from "../ports/InventoryPort.js";

/** Stock of one SKU in one warehouse. */
export interface StockLevel {
  /** The stock-keeping unit. */
  readonly sku: string;
  /** The warehouse holding it. */
  readonly warehouseId: string;
  /** Quantity on hand, a non-negative integer in the item's base unit. */
  readonly onHand: number;
}

/** Options of {@link createInMemoryInventory}. */
export interface InMemoryInventoryOptions {
  /** Starting stock. */
  readonly stock: readonly StockLevel[];
  /** Suggestions for SKUs that run short: a substitute or a restock date. */
  readonly alternatives?: Readonly<Record<string, StockAlternative>> | undefined;
}

/** The in-memory inventory, with a way to add stock in tests. */
export interface InMemoryInventory extends InventoryPort {
  /** Adds received stock. */
  receive(level: StockLevel): void;
}

interface Reservation {
  readonly id: string;
  readonly sku: string;
  readonly requested: number;
  /** Still reserved (not yet shipped or released), per warehouse. */
  readonly open: Map<string, number>;
  readonly shipments: Set<string>;
}

/**
 * An in-memory {@link InventoryPort}: stock per SKU and warehouse, reservations in part with backorders,
 * release, and commit on shipment. Warehouses are drawn in the order the stock was given.
 *
 * @param options - Starting stock and suggestions.
 * @returns The inventory.
 * @example
 * ```ts
 * import { createInMemoryInventory } from "@o2c/core";
 *
 * const inventory = createInMemoryInventory({ stock: [{ sku: "BOLT-M8", warehouseId: "HAM", onHand: 5 }] });
 * const result = await inventory.reserve({ reservationId: "SO-1/1", sku: "BOLT-M8", quantity: 8 });
 * [result.reserved, result.backordered] //=> [5, 3]
 * ```
 * @since 0.1.0
 */
export function createInMemoryInventory(options: InMemoryInventoryOptions): InMemoryInventory {
  const onHand = new Map<string, Map<string, number>>();
  const reservations = new Map<string, Reservation>();
  const shipped = new Map<string, number>();
  const shippedOf = (r: Reservation) => shipped.get(r.id) ?? 0;

  const receive = (level: StockLevel) => {
    assertQuantity(level.onHand, "onHand");
    let bySku = onHand.get(level.sku);
    if (bySku === undefined) {
      bySku = new Map();
      onHand.set(level.sku, bySku);
    }
    bySku.set(level.warehouseId, (bySku.get(level.warehouseId) ?? 0) + level.onHand);
  };
  for (const level of options.stock) receive(level);

  const reservedIn = (sku: string, warehouseId: string) => {
    let total = 0;
    for (const r of reservations.values()) if (r.sku === sku) total += r.open.get(warehouseId) ?? 0;
    return total;
  };

  const resultOf = (r: Reservation): ReservationResult => {
    const allocations: WarehouseAllocation[] = [...r.open]
      .filter(([, quantity]) => quantity > 0)
      .map(([warehouseId, quantity]) => ({ warehouseId, quantity }));
    const reserved = allocations.reduce((sum, a) => sum + a.quantity, 0);
    const alternative = options.alternatives?.[r.sku];
    return {
      reservationId: r.id,
      sku: r.sku,
      requested: r.requested,
      reserved,
      backordered: Math.max(0, r.requested - reserved - shippedOf(r)),
      allocations,
      ...(reserved + shippedOf(r) < r.requested && alternative !== undefined ? { alternative } : {}),
    };
  };
  const reservationOf = (id: string) => {
    const r = reservations.get(id);
    if (r === undefined) throw new O2CError("INVENTORY_UNKNOWN_RESERVATION", `No reservation ${id}`);
    return r;
  };

  return {
    receive,
    reserve: async (request: ReserveRequest) => {
      assertQuantity(request.quantity, "quantity");
      const existing = reservations.get(request.reservationId);
      if (existing !== undefined) return resultOf(existing);
      const bySku = onHand.get(request.sku);
      if (bySku === undefined)
        throw new O2CError("INVENTORY_UNKNOWN_SKU", `Unknown SKU ${request.sku}`, { path: ["sku"] });
      const reservation: Reservation = {
        id: request.reservationId,
        sku: request.sku,
        requested: request.quantity,
        open: new Map(),
        shipments: new Set(),
      };
      let missing = request.quantity;
      for (const [warehouseId, stock] of bySku) {
        if (missing === 0) break;
        if (request.warehouseId !== undefined && warehouseId !== request.warehouseId) continue;
        const take = Math.min(missing, stock - reservedIn(request.sku, warehouseId));
        if (take > 0) {
          reservation.open.set(warehouseId, take);
          missing -= take;
        }
      }
      reservations.set(reservation.id, reservation);
      return resultOf(reservation);
    },
    release: async (request: ReleaseRequest) => {
      const r = reservationOf(request.reservationId);
      const open = openOf(r);
      const quantity = request.quantity ?? open;
      assertQuantity(quantity, "quantity");
      if (quantity > open) {
        throw new O2CError("INVENTORY_INVALID_QUANTITY", `Cannot release ${quantity}: only ${open} reserved`, {
          path: ["quantity"],
        });
      }
      releaseOpen(r, quantity);
      return resultOf(r);
    },
    commit: async (request: CommitRequest) => {
      const r = reservationOf(request.reservationId);
      if (r.shipments.has(request.shipmentId)) return resultOf(r);
      assertQuantity(request.quantity, "quantity");
      const open = openOf(r);
      if (request.quantity > open) {
        throw new O2CError("INVENTORY_INVALID_QUANTITY", `Cannot ship ${request.quantity}: only ${open} reserved`, {
          path: ["quantity"],
        });
      }
      const bySku = onHand.get(r.sku) ?? new Map<string, number>();
      if (request.warehouseId === undefined) {
        let left = request.quantity;
        for (const [warehouseId, quantity] of r.open) {
          const take = Math.min(left, quantity);
          r.open.set(warehouseId, quantity - take);
          bySku.set(warehouseId, (bySku.get(warehouseId) ?? 0) - take);
          left -= take;
        }
      } else commitFrom(r, request.warehouseId, request.quantity, bySku, reservedIn(r.sku, request.warehouseId));
      r.shipments.add(request.shipmentId);
      shipped.set(r.id, shippedOf(r) + request.quantity);
      return resultOf(r);
    },
    availability: async (sku: string): Promise<Availability> => {
      const bySku = onHand.get(sku);
      if (bySku === undefined) throw new O2CError("INVENTORY_UNKNOWN_SKU", `Unknown SKU ${sku}`, { path: ["sku"] });
      let total = 0;
      let reserved = 0;
      for (const [warehouseId, stock] of bySku) {
        total += stock;
        reserved += reservedIn(sku, warehouseId);
      }
      return { sku, onHand: total, reserved, available: total - reserved };
    },
  };
}

/**
 * Ships `quantity` of reservation `r` from `warehouseId`: what is reserved there first, the rest from its free stock
 * (`onHand - reservedThere`), released from the reservation's other warehouses, last first. Checked before anything
 * changes: a refused shipment leaves the books as they were.
 */
function commitFrom(
  r: Reservation,
  warehouseId: string,
  quantity: number,
  bySku: Map<string, number>,
  reservedThere: number,
): void {
  const own = r.open.get(warehouseId) ?? 0;
  const extra = quantity - Math.min(quantity, own);
  const free = (bySku.get(warehouseId) ?? 0) - reservedThere;
  if (extra > free) {
    throw new O2CError(
      "INVENTORY_INVALID_QUANTITY",
      `Cannot ship ${quantity} from ${warehouseId}: ${own} reserved there and ${Math.max(0, free)} free`,
      { path: ["warehouseId"] },
    );
  }
  r.open.set(warehouseId, own - (quantity - extra));
  bySku.set(warehouseId, (bySku.get(warehouseId) ?? 0) - quantity);
  releaseOpen(r, extra, warehouseId);
}

/** What is still reserved under `r`, over all its warehouses. */
function openOf(r: Reservation): number {
  let open = 0;
  for (const quantity of r.open.values()) open += quantity;
  return open;
}

/** Releases `quantity` of what `r` holds, from the warehouse drawn last backwards, leaving `except` as it is. */
function releaseOpen(r: Reservation, quantity: number, except?: string): void {
  let left = quantity;
  for (const [warehouseId, open] of [...r.open].reverse()) {
    if (warehouseId === except) continue;
    const take = Math.min(left, open);
    r.open.set(warehouseId, open - take);
    left -= take;
  }
}

function assertQuantity(quantity: number, field: string): void {
  if (!Number.isSafeInteger(quantity) || quantity < 0) {
    throw new O2CError("INVENTORY_INVALID_QUANTITY", `${field} must be a non-negative integer, got ${quantity}`, {
      path: [field],
    });
  }
}
