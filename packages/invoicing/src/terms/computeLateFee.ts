import {
  type BusinessDate,
  divideAndRound,
  Money,
  O2CError,
  parseDecimal,
  type RoundingMode,
  toScaledInteger,
} from "@o2c/core";
import { countDays, type DayCountConvention } from "./dayCount.js";

/**
 * What {@link computeLateFee} takes.
 * @since 0.1.0
 */
export interface LateFeeInput {
  /** The overdue amount. */
  readonly amount: Money;
  /** The due date; interest runs from the next day. */
  readonly dueDate: BusinessDate;
  /** The day the fee is computed for (payment date or today), included. */
  readonly asOf: BusinessDate;
  /** Interest per annum in percent, exact decimal string, for example `"9.12"` (ECB rate + 9 points). */
  readonly annualRatePercent: string;
  /** The day-count convention. */
  readonly dayCount: DayCountConvention;
  /** A fixed fee added once the invoice is overdue (the EU's EUR 40 recovery cost), in the amount's currency. */
  readonly fixedFee?: Money | undefined;
  /** How the interest is rounded to the minor unit; `halfUp` when omitted. */
  readonly rounding?: RoundingMode | undefined;
}

/**
 * A late fee: the interest, the fixed fee and their sum.
 * @since 0.1.0
 */
export interface LateFee {
  /** Days overdue under the convention, 0 when not overdue. */
  readonly days: number;
  /** Days of the year under the convention. */
  readonly yearDays: number;
  /** `amount × rate / 100 × days / yearDays`, rounded once with the given mode. */
  readonly interest: Money;
  /** The fixed fee, zero when not overdue. */
  readonly fixedFee: Money;
  /** interest + fixedFee. */
  readonly total: Money;
}

/**
 * Computes the late-payment interest and fees on an overdue amount.
 * @remarks
 * Interest is `amount × annualRatePercent / 100 × days / yearDays`, computed exactly in integer minor units and
 * rounded **once**, with `rounding` (half up by default), to the currency's minor unit. Nothing is due on or before
 * the due date.
 * @param input - Amount, dates, rate, convention, fixed fee.
 * @returns The fee.
 * @throws `ValidationError` `INVALID_DECIMAL` for a malformed rate; `O2CError` `INVALID_RATE` for a
 * negative rate; `CURRENCY_MISMATCH` for a fixed fee in another currency.
 * @example
 * ```ts
 * import { BusinessDate, Money } from "@o2c/core";
 * import { computeLateFee } from "@o2c/invoicing";
 * const fee = computeLateFee({
 *   amount: Money.of("10000.00", "EUR"), dueDate: BusinessDate.parse("2026-03-01"), asOf: BusinessDate.parse("2026-03-31"),
 *   annualRatePercent: "9.12", dayCount: "ACT/360", fixedFee: Money.of("40.00", "EUR"),
 * });
 * fee.days //=> 30
 * fee.interest.toString() //=> "76.00"
 * fee.total.toString() //=> "116.00"
 * ```
 * @since 0.1.0
 */
export function computeLateFee(input: LateFeeInput): LateFee {
  const rate = parseDecimal(input.annualRatePercent, ["annualRatePercent"]);
  if (rate.isNegative()) {
    throw new O2CError("INVALID_RATE", "The interest rate must not be negative", { path: ["annualRatePercent"] });
  }
  const currency = input.amount.currency;
  const { days: rawDays, yearDays } = countDays(input.dayCount, input.dueDate, input.asOf);
  const days = Math.max(0, rawDays);
  const { units, scale } = toScaledInteger(rate);
  const interest = Money.fromMinor(
    divideAndRound(
      input.amount.minor * units * BigInt(days),
      10n ** BigInt(scale) * 100n * BigInt(yearDays),
      input.rounding ?? "halfUp",
    ),
    currency,
  );
  const fixed = days > 0 && input.fixedFee !== undefined ? input.fixedFee : Money.zero(currency);
  return { days, yearDays, interest, fixedFee: fixed, total: interest.add(fixed) };
}
