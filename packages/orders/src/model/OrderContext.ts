import type { OrderInput } from "../schemas/orderInputSchema.js";
import type { CreditOutcome } from "./CreditOutcome.js";
import type { OrderEffect } from "./OrderEffect.js";
import type { PricedOrderSummary } from "./PricedOrderSummary.js";
import type { StockAlternativeHint } from "./StockAlternativeHint.js";

/**
 * One reservation of stock for a line, made through the inventory port under its id.
 * @since 0.1.0
 */
export interface LineReservation {
  /** The id passed to `InventoryPort.reserve`: `<orderId>/<lineId>/r<round>`. */
  readonly reservationId: string;
  /** Quantity reserved under this id (shipped or still open, not released). */
  readonly reserved: number;
  /** Quantity of it that has left with shipments. */
  readonly committed: number;
}

/**
 * The quantities of one order line, all integers in the article's base unit.
 *
 * @remarks
 * Invariants kept by the machine: `0 <= returned <= shipped <= reserved <= ordered - cancelled` and
 * `delivered <= shipped`.
 * @since 0.1.0
 */
export interface OrderLineState {
  /** The line id. */
  readonly lineId: string;
  /** The article number. */
  readonly sku: string;
  /** Ordered quantity. */
  readonly ordered: number;
  /** Cancelled quantity. */
  readonly cancelled: number;
  /** Reserved quantity, including what has shipped since. */
  readonly reserved: number;
  /** Quantity inventory could not reserve at the last attempt. */
  readonly backordered: number;
  /** Shipped quantity. */
  readonly shipped: number;
  /** Quantity confirmed delivered. */
  readonly delivered: number;
  /** Quantity authorised for return. */
  readonly returned: number;
  /** The reservations behind `reserved`, oldest first. */
  readonly reservations: readonly LineReservation[];
  /** What inventory suggested when stock ran short. */
  readonly alternative?: StockAlternativeHint | undefined;
}

/**
 * One shipment's line: how much of which order line.
 * @since 0.1.0
 */
export interface ShipmentLine {
  /** The order line. */
  readonly lineId: string;
  /** Quantity shipped, a positive integer. */
  readonly quantity: number;
}

/**
 * A shipment: its own record, linked to order lines and quantities, from one warehouse.
 * @since 0.1.0
 */
export interface Shipment {
  /** The shipment's id, unique in the order. */
  readonly shipmentId: string;
  /** The warehouse it leaves from. */
  readonly warehouseId: string;
  /** The carrier, for example `"DHL"`. */
  readonly carrier: string;
  /** The carrier's tracking number. */
  readonly trackingNumber: string;
  /** The lines and quantities. */
  readonly lines: readonly ShipmentLine[];
  /** The date it left, `YYYY-MM-DD`. */
  readonly shippedOn: string;
  /** `inTransit` until delivery is confirmed. */
  readonly status: "inTransit" | "delivered";
  /** The date of delivery, once confirmed. */
  readonly deliveredOn?: string | undefined;
  /** The new expected date and reason of the latest delay. */
  readonly delay?:
    | {
        /** The new expected delivery date, `YYYY-MM-DD`. */
        readonly expectedOn: string;
        /** Why, as the carrier or warehouse said. */
        readonly reason: string;
      }
    | undefined;
}

/**
 * One returned line of a return authorisation.
 * @since 0.1.0
 */
export interface ReturnLine {
  /** The order line. */
  readonly lineId: string;
  /** Quantity authorised for return, a positive integer. */
  readonly quantity: number;
  /** Why the customer returns it, for example `"damaged"`. */
  readonly reason: string;
  /** What happens to the goods once received. */
  readonly disposition?: "restock" | "scrap" | undefined;
}

/**
 * A return authorisation (RMA) over shipped quantities.
 * @since 0.1.0
 */
export interface ReturnAuthorization {
  /** The RMA's id, unique in the order. */
  readonly rmaId: string;
  /** The lines and quantities. */
  readonly lines: readonly ReturnLine[];
  /** `authorized` until the goods are received. */
  readonly status: "authorized" | "received";
}

/**
 * A recorded decision of a person: a hold released or rejected, a host's approval step granted or denied.
 * @since 0.1.0
 */
export interface OrderDecision {
  /** `credit` for a credit hold, or the id of a host's approval step. */
  readonly step: string;
  /** What was decided. */
  readonly decision: "granted" | "denied";
  /** Who decided. */
  readonly by: string;
  /** Why, when given. */
  readonly reason?: string | undefined;
}

/**
 * Everything the order machine knows: the captured order, line quantities, pricing, credit, shipments, returns and
 * the effects of the last transition. Plain JSON, so a persisted snapshot stores it as is.
 * @since 0.1.0
 */
export interface OrderContext {
  /** The order's id. */
  readonly orderId: string;
  /** The order as captured (after the last amendment). */
  readonly order: OrderInput;
  /** Quantities per line. */
  readonly lines: readonly OrderLineState[];
  /** The latest pricing result; cleared by an amendment. */
  readonly priced?: PricedOrderSummary | undefined;
  /** The latest credit decision; cleared by an amendment. */
  readonly credit?: CreditOutcome | undefined;
  /** Decisions made by people, oldest first. */
  readonly decisions: readonly OrderDecision[];
  /** Counter behind reservation ids: each reservation attempt gets a new round. */
  readonly reservationRound: number;
  /** Whether stock has been requested since the order was (re)confirmed. */
  readonly stockRequested: boolean;
  /** Shipments, oldest first. */
  readonly shipments: readonly Shipment[];
  /** Return authorisations, oldest first. */
  readonly returns: readonly ReturnAuthorization[];
  /** The invoice, once invoiced. */
  readonly invoiceId?: string | undefined;
  /** Why the order was cancelled, rejected, or why pricing failed. */
  readonly note?: string | undefined;
  /** The effects the last transition asks for; the service records them in the outbox with the snapshot. */
  readonly effects: readonly OrderEffect[];
}
