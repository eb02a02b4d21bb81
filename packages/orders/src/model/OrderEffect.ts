import type { MoneyJSON } from "@o2c/core";

/**
 * One line of a credit-note request: the returned quantity with its share of the original net and tax.
 * @since 0.1.0
 */
export interface CreditNoteLine {
  /** The order line. */
  readonly lineId: string;
  /** The article. */
  readonly sku: string;
  /** Returned quantity. */
  readonly quantity: number;
  /** Original net unit price. */
  readonly unitPrice: MoneyJSON;
  /** Share of the line's original net, `net × quantity / ordered`, rounded half up to the minor unit. */
  readonly net: MoneyJSON;
  /** Share of the line's original tax, `tax × quantity / ordered`, rounded half up to the minor unit. */
  readonly tax: MoneyJSON;
  /** The original tax rate in percent, when one rate applied. */
  readonly taxRate?: string | undefined;
  /** The original EN 16931 VAT category. */
  readonly taxCategory?: string | undefined;
}

/**
 * What a return hands to invoicing: the lines to credit, at the original prices and taxes.
 * @since 0.1.0
 */
export interface CreditNoteRequest {
  /** The order. */
  readonly orderId: string;
  /** The invoice to credit, when the order was invoiced. */
  readonly invoiceId?: string | undefined;
  /** The return authorisation. */
  readonly rmaId: string;
  /** ISO 4217 code. */
  readonly currency: string;
  /** The lines. */
  readonly lines: readonly CreditNoteLine[];
}

/**
 * An effect on the outside world that a transition asks for. Effects are data: the service stores them in the
 * outbox in the same transaction as the snapshot, and a dispatcher carries them out idempotently.
 *
 * @remarks
 * - `inventory.commit`: stock leaves with a shipment from its warehouse (idempotent by `shipmentId`).
 * - `inventory.release`: release a reservation down to `keepOpen` units still open; converges, so a repeat is
 *   harmless.
 * - `notify`: a message through the `Notifier` (idempotent by `notification.id`).
 * - `invoicing.creditNote`: a credit-note request for invoicing; left in the outbox for its consumer.
 * - `inventory.restock`: received goods go back to stock (for the host's warehouse system); left in the outbox.
 * @since 0.1.0
 */
export type OrderEffect =
  | {
      /** Stock leaves with a shipment. */
      readonly type: "inventory.commit";
      /** The reservation it leaves from. */
      readonly reservationId: string;
      /** How much. */
      readonly quantity: number;
      /** The shipment, the idempotency key of the commit. */
      readonly shipmentId: string;
      /** The warehouse the shipment leaves from (absent in effects recorded before 0.2.0). */
      readonly warehouseId?: string | undefined;
    }
  | {
      /** Release a reservation down to a target. */
      readonly type: "inventory.release";
      /** The reservation. */
      readonly reservationId: string;
      /** Units that stay reserved and open afterwards. */
      readonly keepOpen: number;
    }
  | {
      /** Tell a person something through the `Notifier`. */
      readonly type: "notify";
      /** The message, as the `Notifier` port takes it. */
      readonly notification: OrderNotification;
    }
  | {
      /** Ask invoicing for a credit note. */
      readonly type: "invoicing.creditNote";
      /** What to credit. */
      readonly request: CreditNoteRequest;
    }
  | {
      /** Received returned goods, for the host's warehouse system. */
      readonly type: "inventory.restock";
      /** The return. */
      readonly rmaId: string;
      /** The article. */
      readonly sku: string;
      /** How much. */
      readonly quantity: number;
      /** Back to stock, or scrapped. */
      readonly disposition: "restock" | "scrap";
    };

/**
 * A notification an order sends (a shipment delay), as the `Notifier` port takes it.
 * @since 0.1.0
 */
export interface OrderNotification {
  /** Unique per message: `<orderId>/<shipmentId>/delay/<date>`, so a repeat is delivered once. */
  readonly id: string;
  /** `"email"`. */
  readonly channel: string;
  /** The customer's e-mail, or their id when the order has none. */
  readonly recipient: string;
  /** The host's template, `"order.shipmentDelayed"`. */
  readonly template: string;
  /** Data for the template. */
  readonly data: Readonly<Record<string, string | number>>;
}
