import type { Money, TaxCategoryCode } from "@o2c/core";

/**
 * An allowance (a reduction) or a charge (freight, handling) on a line (BG-27/BG-28) or on the whole document
 * (BG-20/BG-21).
 * @since 0.1.0
 */
export interface AllowanceCharge {
  /** `allowance` lowers the amount, `charge` raises it. */
  readonly kind: "allowance" | "charge";
  /** The amount, positive, net of VAT (BT-92 / BT-99 / BT-136 / BT-141). */
  readonly amount: Money;
  /** Why, for people: "Volume discount", "Freight" (BT-97 / BT-104 / BT-139 / BT-144). */
  readonly reason: string;
  /** UNCL5189 (allowance) or UNCL7161 (charge) reason code, when known (BT-98 / BT-105). */
  readonly reasonCode?: string | undefined;
  /** VAT category of a document-level allowance or charge (BT-95 / BT-102); lines use their own. */
  readonly taxCategory?: TaxCategoryCode | undefined;
  /** VAT rate in percent of a document-level allowance or charge (BT-96 / BT-103). */
  readonly taxRatePercent?: string | undefined;
}

/**
 * Where an invoice line comes from: an order line, the shipments it was delivered in, or the line of the invoice
 * that a credit or debit note corrects.
 * @since 0.1.0
 */
export interface InvoiceLineSource {
  /** The order the line bills. */
  readonly orderId?: string | undefined;
  /** The order line the line bills (BT-132). */
  readonly orderLineId?: string | undefined;
  /** The shipments whose quantities the line bills. */
  readonly shipmentIds?: readonly string[] | undefined;
  /** For a credit or debit note: the id of the corrected invoice line. */
  readonly correctedLineId?: string | undefined;
}

/**
 * One line of an invoice (EN 16931 BG-25). `net = quantity × unitPrice − allowances + charges`, rounded once to
 * the currency's minor unit.
 * @since 0.1.0
 */
export interface InvoiceLine {
  /** Line id, unique within the invoice (BT-126). */
  readonly id: string;
  /** The seller's item id (BT-155). */
  readonly sku: string;
  /** Item name (BT-153). */
  readonly description: string;
  /** Invoiced quantity, an exact decimal string (BT-129). */
  readonly quantity: string;
  /** UN/ECE Recommendation 20 unit code, `C62` (one) by default (BT-130). */
  readonly unitCode: string;
  /** Net price of one unit, before line allowances and charges (BT-146). */
  readonly unitPrice: Money;
  /** `quantity × unitPrice`, rounded half up to the minor unit. */
  readonly grossAmount: Money;
  /** Allowances and charges on this line (BG-27, BG-28). */
  readonly allowanceCharges: readonly AllowanceCharge[];
  /** The line net amount (BT-131). */
  readonly net: Money;
  /** VAT category (BT-151). */
  readonly taxCategory: TaxCategoryCode;
  /** VAT rate in percent, exact decimal string; `"0"` for categories without a rate (BT-152). */
  readonly taxRatePercent: string;
  /** Exemption reason text, for categories E, AE, K, G, O (BT-120). */
  readonly exemptionReason?: string | undefined;
  /** Exemption reason code from the VATEX list (BT-121). */
  readonly exemptionReasonCode?: string | undefined;
  /** Where the line comes from. */
  readonly source: InvoiceLineSource;
}
