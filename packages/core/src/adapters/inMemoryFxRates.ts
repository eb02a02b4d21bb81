import { Rate } from "../decimal/Rate.js";
import type { FxRate, FxRateQuery, FxRates } from "../ports/FxRates.js";

/** A published rate as the in-memory source takes it: `rate` is a decimal string. */
export interface FxRateInput {
  /** ISO 4217 code of the currency one unit of which is priced. */
  readonly base: string;
  /** ISO 4217 code of the currency the price is in. */
  readonly quote: string;
  /** Units of `quote` for one unit of `base`, as a decimal string (`"1.0843"`). */
  readonly rate: string;
  /** The date the rate was published for, `YYYY-MM-DD`. */
  readonly date: string;
  /** The publisher, for example `"ECB"`. */
  readonly source: string;
}

/**
 * An in-memory {@link FxRates} over a table of published rates. A query gets the latest rate on or before its date;
 * the inverse pair is derived when only the other direction is published (marked `source: "<source> (inverse)"`).
 *
 * @param rates - The published rates.
 * @returns The FX source.
 * @example
 * ```ts
 * import { createInMemoryFxRates } from "@o2c/core";
 *
 * const fx = createInMemoryFxRates([{ base: "EUR", quote: "USD", rate: "1.0843", date: "2026-10-01", source: "ECB" }]);
 * const rate = await fx.getRate({ base: "EUR", quote: "USD", date: "2026-10-14" });
 * rate?.rate.toString() //=> "1.0843"
 * ```
 * @since 0.1.0
 */
export function createInMemoryFxRates(rates: readonly FxRateInput[]): FxRates {
  const table = rates.map((r) => ({ ...r, parsed: Rate.of(r.rate, ["rate"]) }));
  return {
    getRate: async (query: FxRateQuery): Promise<FxRate | undefined> => {
      if (query.base === query.quote) {
        return { base: query.base, quote: query.quote, rate: Rate.of("1"), date: query.date, source: "identity" };
      }
      const latest = (base: string, quote: string) =>
        table
          .filter((r) => r.base === base && r.quote === quote && r.date <= query.date)
          .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
      const direct = latest(query.base, query.quote);
      if (direct !== undefined) {
        return {
          base: direct.base,
          quote: direct.quote,
          rate: direct.parsed,
          date: direct.date,
          source: direct.source,
        };
      }
      const inverse = latest(query.quote, query.base);
      if (inverse === undefined) return undefined;
      return {
        base: query.base,
        quote: query.quote,
        rate: inverse.parsed.inverse(),
        date: inverse.date,
        source: `${inverse.source} (inverse)`,
      };
    },
  };
}
