import type { LineQuantity, OrderInput, ShipmentInput } from "../model/OrderInput.js";
import type { InvoiceParty, PaymentAccount } from "../model/Party.js";
import type { PaymentTerms } from "../terms/PaymentTerms.js";

/**
 * What every invoice generator needs besides the order: the draft's id, the parties and the terms (wire form).
 * @since 0.1.0
 */
export interface InvoiceDraftOptions {
  /** Id of the new draft in the store (ids come from the caller's `IdGenerator`). */
  readonly draftId: string;
  /** The seller. */
  readonly seller: InvoiceParty;
  /** The buyer. */
  readonly buyer: InvoiceParty;
  /** Payment terms. */
  readonly terms?: PaymentTerms | undefined;
  /** Where to pay. */
  readonly paymentAccount?: PaymentAccount | undefined;
  /** The buyer's reference (BT-10). */
  readonly buyerReference?: string | undefined;
  /** Free-text note (BT-22). */
  readonly note?: string | undefined;
}

/**
 * What {@link invoiceOrder} takes: bill an order (or part of it) on order.
 * @since 0.1.0
 */
export interface InvoiceOrderRequest extends InvoiceDraftOptions {
  /** The order. */
  readonly order: OrderInput;
  /** Quantities to bill; by default everything not invoiced yet. */
  readonly lines?: readonly LineQuantity[] | undefined;
  /** Quantities invoiced before, per order line. */
  readonly invoiced?: readonly LineQuantity[] | undefined;
  /** Whether the order's charges and allowances were billed before (they go on the first invoice only). */
  readonly chargesInvoiced?: boolean | undefined;
}

/**
 * What {@link invoiceShipments} takes: bill what was shipped and not invoiced yet.
 * @since 0.1.0
 */
export interface InvoiceShipmentsRequest extends InvoiceDraftOptions {
  /** The order. */
  readonly order: OrderInput;
  /** Every shipment of the order so far, oldest first. */
  readonly shipments: readonly ShipmentInput[];
  /** Quantities to bill; by default everything shipped and not invoiced yet. */
  readonly lines?: readonly LineQuantity[] | undefined;
  /** Quantities invoiced before, per order line. */
  readonly invoiced?: readonly LineQuantity[] | undefined;
  /** Whether the order's charges and allowances were billed before. */
  readonly chargesInvoiced?: boolean | undefined;
}
