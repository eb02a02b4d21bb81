import {
  type BusinessDate,
  divideAndRound,
  type FxRate,
  type FxRates,
  getCurrency,
  Money,
  toScaledInteger,
} from "@o2c/core";
import { creditError } from "../errors.js";
import type { FxConversion, MissingFxRate } from "../model/CreditDecision.js";

/** The result of converting one amount: the converted amount and how, or the rate that was missing. */
export type ConversionResult =
  | { readonly type: "converted"; readonly amount: Money; readonly conversion?: FxConversion | undefined }
  | { readonly type: "missing"; readonly missing: MissingFxRate };

/**
 * Converts amounts into one credit currency at the rates valid on the as-of date, fetched once per currency.
 *
 * @remarks
 * The converted amount is `minor x rate x 10^(target exponent - source exponent)` rounded `halfUp` to the credit
 * currency's minor unit, in one step on integers. A port that fails is treated like a missing rate: the amount
 * stays unconverted and the decision is held, never approved.
 */
export interface CreditCurrencyConverter {
  readonly currency: string;
  /** Fetches the rates of the given currencies (the credit currency itself needs none). */
  prefetch(currencies: Iterable<string>): Promise<void>;
  /** Converts an amount whose rate was prefetched. */
  convert(amount: Money, subject: string): ConversionResult;
}

export function createConverter(fx: FxRates, currency: string, asOf: BusinessDate): CreditCurrencyConverter {
  const rates = new Map<string, FxRate | "sourceFailed" | undefined>();
  const date = asOf.toString();
  const target = getCurrency(currency);
  return {
    currency,
    prefetch: async (currencies) => {
      const wanted = [...new Set(currencies)].filter((c) => c !== currency && !rates.has(c)).sort();
      const found = await Promise.all(wanted.map((base) => fetchRate(fx, base, currency, date)));
      wanted.forEach((base, i) => {
        rates.set(base, found[i]);
      });
    },
    convert: (amount, subject) => {
      if (amount.currency === currency) return { type: "converted", amount };
      const rate = rates.get(amount.currency);
      if (rate === undefined || rate === "sourceFailed") {
        const why = rate ?? "notPublished";
        return { type: "missing", missing: { subject, from: amount.toJSON(), to: currency, date, why } };
      }
      const { units, scale } = toScaledInteger(rate.rate.value);
      const numerator = amount.minor * units * 10n ** BigInt(target.exponent);
      const denominator = 10n ** BigInt(scale + amount.exponent);
      const converted = Money.fromMinor(divideAndRound(numerator, denominator, "halfUp"), currency);
      return {
        type: "converted",
        amount: converted,
        conversion: {
          subject,
          from: amount.toJSON(),
          to: converted.toJSON(),
          rate: rate.rate.toString(),
          rateDate: rate.date,
          source: rate.source,
          rounding: "halfUp",
        },
      };
    },
  };
}

async function fetchRate(
  fx: FxRates,
  base: string,
  quote: string,
  date: string,
): Promise<FxRate | "sourceFailed" | undefined> {
  let rate: FxRate | undefined;
  try {
    rate = await fx.getRate({ base, quote, date });
  } catch {
    return "sourceFailed";
  }
  if (rate === undefined) return undefined;
  if (
    rate.base !== base ||
    rate.quote !== quote ||
    !rate.rate.value.isFinite() ||
    rate.rate.value.lessThanOrEqualTo(0)
  ) {
    throw creditError("INVALID_FX_RATE", `The FX source returned an unusable rate for ${base}/${quote} on ${date}`, {
      details: { base, quote, date, returned: { base: rate.base, quote: rate.quote, rate: rate.rate.toString() } },
    });
  }
  return rate;
}
