import type { OrderLineInput } from "../schemas/orderInputSchema.js";
import type { CreditOutcome } from "./CreditOutcome.js";
import type { ReturnLine, ShipmentLine } from "./OrderContext.js";
import type { PricedOrderSummary } from "./PricedOrderSummary.js";
import type { StockAlternativeHint } from "./StockAlternativeHint.js";

/**
 * The result of reserving one line, as the machine records it.
 * @since 0.1.0
 */
export interface LineReservationResult {
  /** The order line. */
  readonly lineId: string;
  /** The reservation id used. */
  readonly reservationId: string;
  /** Quantity reserved under it. */
  readonly reserved: number;
  /** Quantity still missing. */
  readonly backordered: number;
  /** A substitute SKU or a restock date, when inventory has one. */
  readonly alternative?: StockAlternativeHint | undefined;
}

/**
 * Every event the order machine understands, tagged by `type` (dot-namespaced).
 *
 * @remarks
 * Events from people and hosts: `order.submit`, `order.amend`, `order.cancel`, `line.cancel`, `credit.release`,
 * `credit.reject`, `approval.grant`, `approval.deny`, `shipment.dispatch`, `shipment.delivered`, `shipment.delayed`,
 * `return.authorize`, `return.receive`, `order.invoice`, `order.close`. Events carrying a service's answer (sent by
 * the order service): `order.priced`, `order.pricingFailed`, `credit.decided`, `stock.reserved`.
 * @since 0.1.0
 */
export type OrderEvent =
  | {
      /** Submit a draft for pricing. */
      readonly type: "order.submit";
    }
  | {
      /** Pricing answered. */
      readonly type: "order.priced";
      /** The prices and totals. */
      readonly summary: PricedOrderSummary;
    }
  | {
      /** Pricing refused the order (an unknown SKU, no price); it goes back to draft. */
      readonly type: "order.pricingFailed";
      /** The error code pricing gave. */
      readonly reason: string;
    }
  | {
      /** Credit decided. */
      readonly type: "credit.decided";
      /** The decision with reasons. */
      readonly outcome: CreditOutcome;
    }
  | {
      /** A person releases a credit hold. */
      readonly type: "credit.release";
      /** Who. */
      readonly by: string;
      /** Why, when given. */
      readonly reason?: string | undefined;
    }
  | {
      /** A person rejects an order on credit hold. */
      readonly type: "credit.reject";
      /** Who. */
      readonly by: string;
      /** Why, when given. */
      readonly reason?: string | undefined;
    }
  | {
      /** A person grants a host's approval step. */
      readonly type: "approval.grant";
      /** The step's id, which must be the current state. */
      readonly step: string;
      /** Who. */
      readonly by: string;
    }
  | {
      /** A person denies a host's approval step; the order is rejected. */
      readonly type: "approval.deny";
      /** The step's id, which must be the current state. */
      readonly step: string;
      /** Who. */
      readonly by: string;
      /** Why, when given. */
      readonly reason?: string | undefined;
    }
  | {
      /** Replace the lines before shipment; pricing and credit run again. */
      readonly type: "order.amend";
      /** The new lines. */
      readonly lines: readonly OrderLineInput[];
    }
  | {
      /** Inventory answered a reservation round. */
      readonly type: "stock.reserved";
      /** One result per line that was reserved. */
      readonly results: readonly LineReservationResult[];
    }
  | {
      /** Goods left a warehouse. */
      readonly type: "shipment.dispatch";
      /** The shipment's id, unique in the order. */
      readonly shipmentId: string;
      /** The warehouse. */
      readonly warehouseId: string;
      /** The carrier. */
      readonly carrier: string;
      /** The carrier's tracking number. */
      readonly trackingNumber: string;
      /** The date it left, `YYYY-MM-DD`. */
      readonly shippedOn: string;
      /** Lines and quantities. */
      readonly lines: readonly ShipmentLine[];
    }
  | {
      /** The customer received a shipment. */
      readonly type: "shipment.delivered";
      /** The shipment. */
      readonly shipmentId: string;
      /** The date, `YYYY-MM-DD`. */
      readonly deliveredOn: string;
    }
  | {
      /** A shipment is late; the customer is notified. */
      readonly type: "shipment.delayed";
      /** The shipment. */
      readonly shipmentId: string;
      /** The new expected date, `YYYY-MM-DD`. */
      readonly expectedOn: string;
      /** Why. */
      readonly reason: string;
    }
  | {
      /** Authorise a return of shipped quantities. */
      readonly type: "return.authorize";
      /** The return's id, unique in the order. */
      readonly rmaId: string;
      /** Lines, quantities and reasons. */
      readonly lines: readonly Omit<ReturnLine, "disposition">[];
    }
  | {
      /** Returned goods arrived; restock or scrap them and request the credit note. */
      readonly type: "return.receive";
      /** The return. */
      readonly rmaId: string;
      /** What happens to each line's goods; `restock` when a line is not listed. */
      readonly dispositions: readonly ReturnDisposition[];
    }
  | {
      /** The order was invoiced. */
      readonly type: "order.invoice";
      /** The invoice's id. */
      readonly invoiceId: string;
    }
  | {
      /** Close an invoiced order with no open return. */
      readonly type: "order.close";
    }
  | {
      /** Cancel the whole order before anything shipped, releasing every reservation. */
      readonly type: "order.cancel";
      /** Why. */
      readonly reason: string;
    }
  | {
      /** Cancel part or all of one line's unshipped quantity, releasing what it no longer needs. */
      readonly type: "line.cancel";
      /** The line. */
      readonly lineId: string;
      /** How much to cancel, at most ordered minus cancelled minus shipped. */
      readonly quantity: number;
      /** Why. */
      readonly reason: string;
    };

/**
 * What happens to one returned line's goods.
 * @since 0.1.0
 */
export interface ReturnDisposition {
  /** The order line. */
  readonly lineId: string;
  /** Back to stock, or scrapped. */
  readonly disposition: "restock" | "scrap";
}

/**
 * The type of an {@link OrderEvent}.
 * @since 0.1.0
 */
export type OrderEventType = OrderEvent["type"];
