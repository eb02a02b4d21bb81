import { Money, O2CError, Percent, type TaxCategoryCode } from "@o2c/core";
import type { InvoiceTotals, TaxBreakdownRow } from "../model/Invoice.js";
import type { AllowanceCharge, InvoiceLine } from "../model/InvoiceLine.js";

/**
 * What {@link computeInvoiceTotals} returns: the VAT breakdown and the document totals.
 * @since 0.1.0
 */
export interface InvoiceTaxResult {
  /** One row per VAT category and rate, in order of first appearance. */
  readonly taxBreakdown: readonly TaxBreakdownRow[];
  /** BT-106 to BT-115. */
  readonly totals: InvoiceTotals;
}

/** What {@link computeInvoiceTotals} takes. */
export interface InvoiceTaxInput {
  /** The invoice currency. */
  readonly currency: string;
  /** The lines, with their net amounts, categories and rates. */
  readonly lines: readonly InvoiceLine[];
  /** Document-level allowances and charges, each with its category and rate. */
  readonly allowanceCharges: readonly AllowanceCharge[];
  /** BT-113, zero when omitted. */
  readonly prepaid?: Money | undefined;
  /** BT-114, zero when omitted. */
  readonly rounding?: Money | undefined;
}

/**
 * Recomputes the VAT breakdown and the totals of an invoice from its lines with per-rate document rounding, as
 * EN 16931 requires.
 * @remarks
 * For each VAT category and rate, the taxable amount (BT-116) is the sum of the line nets plus document charges
 * minus document allowances of that category and rate, and the VAT (BT-117) is `taxable × rate / 100` rounded
 * **half up to the currency's minor unit** (2 places for EUR, 0 for JPY, 3 for KWD): BR-CO-17. The totals follow
 * BR-CO-10 (BT-106 = Σ line nets), BR-CO-11/12 (BT-107/108 = Σ document allowances/charges), BR-CO-13
 * (BT-109 = 106 − 107 + 108), BR-CO-14 (BT-110 = Σ BT-117), BR-CO-15 (BT-112 = 109 + 110) and BR-CO-16
 * (BT-115 = 112 − 113 + 114). Only the VAT is rounded; every other total is an exact sum.
 * @param input - Currency, lines and document allowances and charges.
 * @returns The breakdown and the totals.
 * @throws `O2CError` `CURRENCY_MISMATCH` when an amount is in another currency; `TAX_CATEGORY_MISSING` when a
 * document-level allowance or charge has no VAT category or rate.
 * @example
 * ```ts
 * import { Money } from "@o2c/core";
 * import { computeInvoiceTotals, createInvoiceLine } from "@o2c/invoicing";
 * const lines = [
 *   createInvoiceLine({ id: "1", sku: "A", description: "Widget", quantity: "3", unitPrice: Money.of("10.15", "EUR"), taxCategory: "S", taxRatePercent: "19" }),
 *   createInvoiceLine({ id: "2", sku: "B", description: "Book", quantity: "1", unitPrice: Money.of("9.99", "EUR"), taxCategory: "S", taxRatePercent: "7" }),
 * ];
 * const { totals, taxBreakdown } = computeInvoiceTotals({ currency: "EUR", lines, allowanceCharges: [] });
 * taxBreakdown.map((row) => row.taxAmount.toString()) //=> ["5.79", "0.70"]
 * totals.payable.toString() //=> "46.93"
 * ```
 * @since 0.1.0
 */
export function computeInvoiceTotals(input: InvoiceTaxInput): InvoiceTaxResult {
  const { currency } = input;
  const groups = new Map<string, { category: TaxCategoryCode; rate: string; taxable: Money; line?: InvoiceLine }>();
  const group = (category: TaxCategoryCode, ratePercent: string) => {
    const rate = Percent.of(ratePercent).toString();
    const key = `${category}|${rate}`;
    let found = groups.get(key);
    if (found === undefined) {
      found = { category, rate, taxable: Money.zero(currency) };
      groups.set(key, found);
    }
    return found;
  };
  for (const line of input.lines) {
    const g = group(line.taxCategory, line.taxRatePercent);
    g.taxable = g.taxable.add(line.net);
    g.line ??= line;
  }
  let allowances = Money.zero(currency);
  let charges = Money.zero(currency);
  input.allowanceCharges.forEach((ac, i) => {
    if (ac.taxCategory === undefined || ac.taxRatePercent === undefined) {
      throw new O2CError("TAX_CATEGORY_MISSING", "A document-level allowance or charge needs a VAT category and rate", {
        path: ["allowanceCharges", i, ac.taxCategory === undefined ? "taxCategory" : "taxRatePercent"],
      });
    }
    const g = group(ac.taxCategory, ac.taxRatePercent);
    if (ac.kind === "allowance") {
      allowances = allowances.add(ac.amount);
      g.taxable = g.taxable.subtract(ac.amount);
    } else {
      charges = charges.add(ac.amount);
      g.taxable = g.taxable.add(ac.amount);
    }
  });
  const taxBreakdown: TaxBreakdownRow[] = [...groups.values()].map((g) => ({
    category: g.category,
    ratePercent: g.rate,
    taxableAmount: g.taxable,
    // BR-CO-17: VAT = taxable × rate, rounded half up to the currency's minor unit.
    taxAmount: g.taxable.multiply(Percent.of(g.rate), "halfUp"),
    ...(g.line?.exemptionReason === undefined ? {} : { exemptionReason: g.line.exemptionReason }),
    ...(g.line?.exemptionReasonCode === undefined ? {} : { exemptionReasonCode: g.line.exemptionReasonCode }),
  }));
  const lineNet = Money.sum(
    input.lines.map((l) => l.net),
    currency,
  );
  const taxExclusive = lineNet.subtract(allowances).add(charges);
  const tax = Money.sum(
    taxBreakdown.map((r) => r.taxAmount),
    currency,
  );
  const taxInclusive = taxExclusive.add(tax);
  const prepaid = input.prepaid ?? Money.zero(currency);
  const rounding = input.rounding ?? Money.zero(currency);
  return {
    taxBreakdown,
    totals: {
      lineNet,
      allowances,
      charges,
      taxExclusive,
      tax,
      taxInclusive,
      prepaid,
      rounding,
      payable: taxInclusive.subtract(prepaid).add(rounding),
    },
  };
}
