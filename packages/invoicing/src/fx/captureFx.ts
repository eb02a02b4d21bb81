import {
  BusinessDate,
  divideAndRound,
  type FxRates,
  getCurrency,
  Money,
  parseDecimal,
  toScaledInteger,
} from "@o2c/core";
import { invoicingError } from "../errors.js";
import type { FxCapture, InvoiceTotals } from "../model/Invoice.js";

/**
 * What {@link captureFx} takes.
 * @since 0.1.0
 */
export interface CaptureFxInput {
  /** The FX source (port). */
  readonly fxRates: FxRates;
  /** The invoice's totals, in the invoice currency. */
  readonly totals: InvoiceTotals;
  /** The company's functional currency. */
  readonly functionalCurrency: string;
  /** The rate date, usually the issue date. */
  readonly date: BusinessDate;
}

/**
 * Captures the exchange rate from the invoice currency to the functional currency, with its source and date, and
 * the totals converted.
 * @remarks
 * BT-109 and BT-110 are each multiplied by the rate and rounded **half up** to the functional currency's minor unit;
 * the functional gross is their sum (derived, not converted), so the functional totals always add up. The same
 * currency gives rate `1` and source `identity`.
 * @param input - Port, totals, functional currency and date.
 * @returns The capture.
 * @throws `O2CError` `FX_RATE_MISSING` when the source has no rate for the pair and date.
 * @example
 * ```ts
 * import { BusinessDate, Money, createInMemoryFxRates } from "@o2c/core";
 * import { captureFx, computeInvoiceTotals } from "@o2c/invoicing";
 * const fxRates = createInMemoryFxRates([{ base: "USD", quote: "EUR", rate: "0.9215", date: "2026-10-13", source: "ECB" }]);
 * const { totals } = computeInvoiceTotals({ currency: "USD", lines: [], allowanceCharges: [] });
 * const fx = await captureFx({ fxRates, totals, functionalCurrency: "EUR", date: BusinessDate.parse("2026-10-14") });
 * fx.rate //=> "0.9215"
 * fx.source //=> "ECB"
 * ```
 * @since 0.1.0
 */
export async function captureFx(input: CaptureFxInput): Promise<FxCapture> {
  const base = input.totals.payable.currency;
  const found = await input.fxRates.getRate({
    base,
    quote: input.functionalCurrency,
    date: input.date.toString(),
  });
  if (found === undefined) {
    throw invoicingError("FX_RATE_MISSING", `No ${base}/${input.functionalCurrency} rate on or before ${input.date}`, {
      path: ["currency"],
      details: { base, quote: input.functionalCurrency, date: input.date.toString() },
    });
  }
  const rate = found.rate.toString();
  const taxExclusive = convertMoney(input.totals.taxExclusive, rate, input.functionalCurrency);
  const tax = convertMoney(input.totals.tax, rate, input.functionalCurrency);
  return {
    functionalCurrency: input.functionalCurrency,
    rate: found.rate.toString(),
    source: found.source,
    rateDate: BusinessDate.parse(found.date, ["fx", "date"]),
    taxExclusive,
    tax,
    taxInclusive: taxExclusive.add(tax),
  };
}

/**
 * Converts an amount with a rate into another currency, rounding half up once to the target's minor unit.
 * @param amount - The amount.
 * @param rate - Units of the target currency per unit of the amount's currency.
 * @param currency - The target currency.
 * @returns The converted amount.
 * @example
 * ```ts
 * import { Money } from "@o2c/core";
 * import { convertMoney } from "@o2c/invoicing";
 * convertMoney(Money.of("1000", "JPY"), "0.006123", "EUR").toString() //=> "6.12"
 * convertMoney(Money.of("10.00", "EUR"), "163.31", "JPY").toString() //=> "1633"
 * ```
 * @since 0.1.0
 */
export function convertMoney(amount: Money, rate: string, currency: string): Money {
  const { units, scale } = toScaledInteger(parseDecimal(rate, ["rate"]));
  const shift = getCurrency(currency).exponent - amount.exponent;
  const numerator = amount.minor * units * 10n ** BigInt(Math.max(0, shift));
  const denominator = 10n ** BigInt(scale + Math.max(0, -shift));
  return Money.fromMinor(divideAndRound(numerator, denominator, "halfUp"), currency);
}
