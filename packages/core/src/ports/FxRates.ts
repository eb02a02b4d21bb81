import type { Rate } from "../decimal/Rate.js";

/**
 * An exchange rate: one unit of `base` buys `rate` units of `quote`, as published by `source` for `date`.
 * @since 0.1.0
 */
export interface FxRate {
  /** ISO 4217 code of the currency one unit of which is priced. */
  readonly base: string;
  /** ISO 4217 code of the currency the price is in. */
  readonly quote: string;
  /** Units of `quote` for one unit of `base`. */
  readonly rate: Rate;
  /** The date the rate is for, `YYYY-MM-DD`. */
  readonly date: string;
  /** Who published it, for example `"ECB"`. */
  readonly source: string;
}

/** A question for {@link FxRates.getRate}. */
export interface FxRateQuery {
  /** ISO 4217 code of the currency to convert from. */
  readonly base: string;
  /** ISO 4217 code of the currency to convert to. */
  readonly quote: string;
  /** The rate valid on this date: the latest published on or before it. */
  readonly date: string;
}

/**
 * The port to a source of exchange rates.
 *
 * @remarks A missing rate is `undefined`, an expected outcome: callers decide (credit holds, invoicing refuses).
 * `createInMemoryFxRates()` is the shipped default.
 * @since 0.1.0
 */
export interface FxRates {
  /** The rate for a currency pair valid on a date, or `undefined` when none is known. */
  getRate(query: FxRateQuery): Promise<FxRate | undefined>;
}
