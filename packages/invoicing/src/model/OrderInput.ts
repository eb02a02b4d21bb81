import type { Money, MoneyJSON, TaxCategoryCode } from "@o2c/core";

/**
 * One order line as invoicing needs it (the wire form): amounts are `{ amount, currency }` decimal strings.
 * @since 0.1.0
 */
export interface OrderLineInput {
  /** Order line id. */
  readonly id: string;
  /** Item id. */
  readonly sku: string;
  /** Item name. */
  readonly description: string;
  /** Ordered quantity, a positive decimal string. */
  readonly quantity: string;
  /** Net unit price before line discounts. */
  readonly unitPrice: MoneyJSON;
  /** Net amount of the whole ordered quantity after discounts (from pricing). */
  readonly net: MoneyJSON;
  /** VAT category. */
  readonly taxCategory: TaxCategoryCode;
  /** VAT rate in percent. */
  readonly taxRatePercent: string;
  /** UN/ECE Rec 20 unit code, `C62` when omitted. */
  readonly unitCode?: string | undefined;
  /** Exemption reason (BT-120). */
  readonly exemptionReason?: string | undefined;
  /** Exemption reason code (BT-121). */
  readonly exemptionReasonCode?: string | undefined;
}

/**
 * A document-level charge or allowance of an order (freight, handling, an order discount), wire form.
 * @since 0.1.0
 */
export interface OrderChargeInput {
  /** `charge` or `allowance`. */
  readonly kind: "allowance" | "charge";
  /** Amount, positive, net of VAT. */
  readonly amount: MoneyJSON;
  /** Why, for people. */
  readonly reason: string;
  /** UNCL5189/UNCL7161 reason code. */
  readonly reasonCode?: string | undefined;
  /** VAT category. */
  readonly taxCategory: TaxCategoryCode;
  /** VAT rate in percent. */
  readonly taxRatePercent: string;
}

/**
 * The minimal order invoicing needs, wire form.
 * @since 0.1.0
 */
export interface OrderInput {
  /** Order id. */
  readonly id: string;
  /** The customer who ordered. */
  readonly customerId: string;
  /** Order currency. */
  readonly currency: string;
  /** Lines. */
  readonly lines: readonly OrderLineInput[];
  /** Order-level charges and allowances, billed with the first invoice of the order. */
  readonly charges?: readonly OrderChargeInput[] | undefined;
}

/**
 * A shipment as invoicing needs it, wire form.
 * @since 0.1.0
 */
export interface ShipmentInput {
  /** Shipment id. */
  readonly id: string;
  /** The order it delivers. */
  readonly orderId: string;
  /** What was shipped. */
  readonly lines: readonly LineQuantity[];
}

/**
 * A quantity of one order line.
 * @since 0.1.0
 */
export interface LineQuantity {
  /** Order line id. */
  readonly orderLineId: string;
  /** Quantity, a positive decimal string. */
  readonly quantity: string;
}

/**
 * A parsed order line: amounts as `Money`.
 * @since 0.1.0
 */
export interface OrderLine extends Omit<OrderLineInput, "unitPrice" | "net"> {
  /** Net unit price. */
  readonly unitPrice: Money;
  /** Net amount of the ordered quantity. */
  readonly net: Money;
}

/**
 * A parsed order charge.
 * @since 0.1.0
 */
export interface OrderCharge extends Omit<OrderChargeInput, "amount"> {
  /** Amount. */
  readonly amount: Money;
}

/**
 * A parsed order.
 * @since 0.1.0
 */
export interface Order extends Omit<OrderInput, "lines" | "charges"> {
  /** Lines. */
  readonly lines: readonly OrderLine[];
  /** Order-level charges and allowances. */
  readonly charges: readonly OrderCharge[];
}
