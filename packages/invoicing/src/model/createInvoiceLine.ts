import { type Money, O2CError, type TaxCategoryCode } from "@o2c/core";
import type { AllowanceCharge, InvoiceLine, InvoiceLineSource } from "./InvoiceLine.js";

/**
 * What {@link createInvoiceLine} takes: the line without its computed amounts.
 * @since 0.1.0
 */
export interface InvoiceLineInput {
  /** Line id. */
  readonly id: string;
  /** Item id. */
  readonly sku: string;
  /** Item name. */
  readonly description: string;
  /** Quantity, exact decimal string. */
  readonly quantity: string;
  /** Unit price. */
  readonly unitPrice: Money;
  /** VAT category. */
  readonly taxCategory: TaxCategoryCode;
  /** VAT rate in percent. */
  readonly taxRatePercent: string;
  /** UN/ECE Rec 20 unit, `C62` by default. */
  readonly unitCode?: string | undefined;
  /** Line allowances and charges. */
  readonly allowanceCharges?: readonly AllowanceCharge[] | undefined;
  /** Exemption reason (BT-120). */
  readonly exemptionReason?: string | undefined;
  /** Exemption reason code (BT-121). */
  readonly exemptionReasonCode?: string | undefined;
  /** Where the line comes from. */
  readonly source?: InvoiceLineSource | undefined;
}

/**
 * Builds an invoice line and computes its amounts: `grossAmount = quantity × unitPrice` rounded half up to the
 * minor unit, `net = grossAmount − allowances + charges` (BT-131).
 * @param input - The line.
 * @returns The line.
 * @throws `O2CError` `CURRENCY_MISMATCH` when an allowance or charge is in another currency.
 * @example
 * ```ts
 * import { Money } from "@o2c/core";
 * import { createInvoiceLine } from "@o2c/invoicing";
 * const line = createInvoiceLine({ id: "1", sku: "A", description: "Widget", quantity: "2.5", unitPrice: Money.of("3.33", "EUR"), taxCategory: "S", taxRatePercent: "19" });
 * line.net.toString() //=> "8.33"
 * ```
 * @since 0.1.0
 */
export function createInvoiceLine(input: InvoiceLineInput): InvoiceLine {
  const grossAmount = input.unitPrice.multiply(input.quantity, "halfUp");
  const allowanceCharges = input.allowanceCharges ?? [];
  let net = grossAmount;
  allowanceCharges.forEach((ac, i) => {
    if (!ac.amount.hasSameCurrency(grossAmount)) {
      throw new O2CError("CURRENCY_MISMATCH", `Line ${input.id}: allowance ${i} is in ${ac.amount.currency}`, {
        path: ["allowanceCharges", i, "amount", "currency"],
      });
    }
    net = ac.kind === "allowance" ? net.subtract(ac.amount) : net.add(ac.amount);
  });
  return {
    id: input.id,
    sku: input.sku,
    description: input.description,
    quantity: input.quantity,
    unitCode: input.unitCode ?? "C62",
    unitPrice: input.unitPrice,
    grossAmount,
    allowanceCharges,
    net,
    taxCategory: input.taxCategory,
    taxRatePercent: input.taxRatePercent,
    ...(input.exemptionReason === undefined ? {} : { exemptionReason: input.exemptionReason }),
    ...(input.exemptionReasonCode === undefined ? {} : { exemptionReasonCode: input.exemptionReasonCode }),
    source: input.source ?? {},
  };
}
