import type { OrderLineInput } from "../schemas/orderInputSchema.js";
import type { CreditOutcome } from "./CreditOutcome.js";
import type { ReturnLine, ShipmentLine } from "./OrderContext.js";
import type { PricedOrderSummary } from "./PricedOrderSummary.js";

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
  readonly alternative?: { readonly sku?: string | undefined; readonly availableOn?: string | undefined } | undefined;
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
  | { readonly type: "order.submit" }
  | { readonly type: "order.priced"; readonly summary: PricedOrderSummary }
  | { readonly type: "order.pricingFailed"; readonly reason: string }
  | { readonly type: "credit.decided"; readonly outcome: CreditOutcome }
  | { readonly type: "credit.release"; readonly by: string; readonly reason?: string | undefined }
  | { readonly type: "credit.reject"; readonly by: string; readonly reason?: string | undefined }
  | { readonly type: "approval.grant"; readonly step: string; readonly by: string }
  | { readonly type: "approval.deny"; readonly step: string; readonly by: string; readonly reason?: string | undefined }
  | { readonly type: "order.amend"; readonly lines: readonly OrderLineInput[] }
  | { readonly type: "stock.reserved"; readonly results: readonly LineReservationResult[] }
  | {
      readonly type: "shipment.dispatch";
      readonly shipmentId: string;
      readonly warehouseId: string;
      readonly carrier: string;
      readonly trackingNumber: string;
      readonly shippedOn: string;
      readonly lines: readonly ShipmentLine[];
    }
  | { readonly type: "shipment.delivered"; readonly shipmentId: string; readonly deliveredOn: string }
  | {
      readonly type: "shipment.delayed";
      readonly shipmentId: string;
      readonly expectedOn: string;
      readonly reason: string;
    }
  | {
      readonly type: "return.authorize";
      readonly rmaId: string;
      readonly lines: readonly Omit<ReturnLine, "disposition">[];
    }
  | {
      readonly type: "return.receive";
      readonly rmaId: string;
      readonly dispositions: readonly { readonly lineId: string; readonly disposition: "restock" | "scrap" }[];
    }
  | { readonly type: "order.invoice"; readonly invoiceId: string }
  | { readonly type: "order.close" }
  | { readonly type: "order.cancel"; readonly reason: string }
  | { readonly type: "line.cancel"; readonly lineId: string; readonly quantity: number; readonly reason: string };

/**
 * The type of an {@link OrderEvent}.
 * @since 0.1.0
 */
export type OrderEventType = OrderEvent["type"];
