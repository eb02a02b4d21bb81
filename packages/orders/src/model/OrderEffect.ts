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
 * - `inventory.commit`: stock leaves with a shipment (idempotent by `shipmentId`).
 * - `inventory.release`: release a reservation down to `keepOpen` units still open; converges, so a repeat is
 *   harmless.
 * - `notify`: a message through the `Notifier` (idempotent by `notification.id`).
 * - `invoicing.creditNote`: a credit-note request for invoicing; left in the outbox for its consumer.
 * - `inventory.restock`: received goods go back to stock (for the host's warehouse system); left in the outbox.
 * @since 0.1.0
 */
export type OrderEffect =
  | {
      readonly type: "inventory.commit";
      readonly reservationId: string;
      readonly quantity: number;
      readonly shipmentId: string;
    }
  | { readonly type: "inventory.release"; readonly reservationId: string; readonly keepOpen: number }
  | {
      readonly type: "notify";
      readonly notification: {
        readonly id: string;
        readonly channel: string;
        readonly recipient: string;
        readonly template: string;
        readonly data: Readonly<Record<string, string | number>>;
      };
    }
  | { readonly type: "invoicing.creditNote"; readonly request: CreditNoteRequest }
  | {
      readonly type: "inventory.restock";
      readonly rmaId: string;
      readonly sku: string;
      readonly quantity: number;
      readonly disposition: "restock" | "scrap";
    };
