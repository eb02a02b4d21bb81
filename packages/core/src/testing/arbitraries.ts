import { BusinessDate, formatMinorUnits, listCurrencies, MAX_MINOR_UNITS, Money, type MoneyJSON } from "@o2c/core";
import fc from "fast-check";

/**
 * Currency codes, biased towards the exponents that break naive code: JPY (0), EUR (2), KWD (3).
 * @since 0.1.0
 */
export function arbCurrencyCode(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom("EUR", "JPY", "KWD", "USD", "BHD", "CHF") },
    { weight: 1, arbitrary: fc.constantFrom(...listCurrencies().map((c) => c.code)) },
  );
}

/** Options of {@link arbMoney}. */
export interface ArbMoneyOptions {
  /** A fixed currency; any from {@link arbCurrencyCode} when omitted. */
  readonly currency?: string | undefined;
  /** Largest absolute value in minor units (default 10^15). */
  readonly maxMinor?: bigint | undefined;
  /** Only amounts >= 0. */
  readonly nonNegative?: boolean | undefined;
}

/**
 * Amounts of money, zero and sign edge cases included.
 * @since 0.1.0
 */
export function arbMoney(options: ArbMoneyOptions = {}): fc.Arbitrary<Money> {
  const max = options.maxMinor ?? 10n ** 15n;
  const currency = options.currency === undefined ? arbCurrencyCode() : fc.constant(options.currency);
  const minor = fc.oneof(
    fc.bigInt({ min: options.nonNegative ? 0n : -max, max }),
    fc.bigInt({ min: options.nonNegative ? 0n : -1000n, max: 1000n }),
  );
  return fc.tuple(minor, currency).map(([m, c]) => Money.fromMinor(m, c));
}

/**
 * Canonical amount strings together with their currency, across the whole supported range.
 * @since 0.1.0
 */
export function arbAmountString(): fc.Arbitrary<MoneyJSON> {
  return fc.tuple(fc.bigInt({ min: -MAX_MINOR_UNITS, max: MAX_MINOR_UNITS }), arbCurrencyCode()).map(([m, c]) => ({
    amount: formatMinorUnits(m, Money.zero(c).exponent),
    currency: c,
  }));
}

/**
 * Calendar dates between 1990 and 2099, month ends and leap days included.
 * @since 0.1.0
 */
export function arbBusinessDate(): fc.Arbitrary<BusinessDate> {
  return fc
    .record({
      year: fc.integer({ min: 1990, max: 2099 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ year, month, day }) => {
      const first = BusinessDate.from({ year, month, day: 1 });
      return first.withDayOfMonth(day);
    });
}

/**
 * Allocation ratios as decimal strings: at least one positive, zeros and fractions included.
 * @since 0.1.0
 */
export function arbRatios(maxLength = 12): fc.Arbitrary<string[]> {
  const ratio = fc.oneof(
    fc.integer({ min: 0, max: 1000 }).map(String),
    fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 999 })).map(([w, f]) => `${w}.${f}`),
  );
  return fc.array(ratio, { minLength: 1, maxLength }).filter((ratios) => ratios.some((r) => Number(r) > 0));
}
