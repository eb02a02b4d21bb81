import type { Rate } from "../decimal/Rate.js";

/**
 * An exchange rate: one unit of `base` buys `rate` units of `quote`, as published by `source` for `date`.
 * @since 0.1.0
 */
export interface FxRate {
  readonly base: string;
  readonly quote: string;
  readonly rate: Rate;
  /** The date the rate is for, `YYYY-MM-DD`. */
  readonly date: string;
  /** Who published it, for example `"ECB"`. */
  readonly source: string;
}

/** A question for {@link FxRates.getRate}. */
export interface FxRateQuery {
  readonly base: string;
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
  getRate(query: FxRateQuery): Promise<FxRate | undefined>;
}
