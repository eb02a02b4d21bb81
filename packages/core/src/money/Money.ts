import type { Decimal } from "decimal.js";
import { type Dinero, dinero, toSnapshot } from "dinero.js/bigint";
import { type DecimalInput, parseDecimal, toScaledInteger } from "../decimal/decimal.js";
import { Percent, Rate } from "../decimal/Rate.js";
import { type ErrorPath, O2CError } from "../errors/O2CError.js";
import { allocateByLargestRemainder } from "./allocate.js";
import { formatMinorUnits, MAX_MINOR_UNITS, parseMinorUnits } from "./amount.js";
import { type Currency, getCurrency } from "./currency.js";
import { divideAndRound, type RoundingMode } from "./rounding.js";

/** The wire form of an amount: a decimal string and an ISO 4217 code, for example `{ amount: "1190.00", currency: "EUR" }`. */
export interface MoneyJSON {
  /** Canonical decimal string with exactly the currency's minor digits. */
  readonly amount: string;
  /** ISO 4217 code. */
  readonly currency: string;
}

/** Options of {@link Money.format}. */
export interface MoneyFormatOptions {
  /** How the currency is shown (default `"symbol"`). */
  readonly currencyDisplay?: "symbol" | "narrowSymbol" | "code" | "name";
}

/**
 * An exact amount of money in one ISO 4217 currency, immutable, held as a dinero.js v2 value in integer minor
 * units.
 *
 * @remarks
 * Amounts enter and leave as decimal strings (`Money.of("1190.00", "EUR")`, `money.toString()`); they are never
 * floats. Every operation that can lose precision (`multiply`, `divide`) takes an explicit {@link RoundingMode}
 * and rounds once, to the currency's minor unit. Operations on two amounts of different currencies throw
 * `CURRENCY_MISMATCH`: nothing is ever converted silently. Amounts are bounded by {@link MAX_MINOR_UNITS}
 * (`AMOUNT_OUT_OF_RANGE` beyond).
 *
 * @example
 * ```ts
 * import { Money } from "@o2c/core";
 *
 * const net = Money.of("100.00", "EUR");
 * const vat = net.multiply("0.19", "halfUp");
 * net.add(vat).toString() //=> "119.00"
 * Money.of("10.00", "EUR").allocate(["1", "1", "1"]).map(String) //=> ["3.34", "3.33", "3.33"]
 * ```
 * @since 0.1.0
 */
export class Money {
  readonly #currency: Currency;
  readonly #minor: bigint;
  #dinero: Dinero<bigint> | undefined;

  private constructor(minor: bigint, currency: Currency) {
    if (minor > MAX_MINOR_UNITS || minor < -MAX_MINOR_UNITS) {
      throw new O2CError(
        "AMOUNT_OUT_OF_RANGE",
        `The result ${formatMinorUnits(minor, currency.exponent)} ${currency.code} is beyond the supported range of 18 digits in minor units`,
      );
    }
    this.#minor = minor;
    this.#currency = currency;
  }

  /**
   * Parses an amount from its decimal string.
   *
   * @param amount - A decimal string such as `"1190.00"`, `"12.5"` or `"-3"`; never a number.
   * @param currency - ISO 4217 code.
   * @param path - Path of the amount field, for errors (the currency's path is its sibling `currency`).
   * @returns The amount.
   * @throws {@link ValidationError} `INVALID_AMOUNT`, `AMOUNT_PRECISION`, `AMOUNT_OUT_OF_RANGE` or `UNKNOWN_CURRENCY`.
   */
  static of(amount: string, currency: string, path: ErrorPath = ["amount"]): Money {
    const currencyPath = path.length === 0 ? ["currency"] : [...path.slice(0, -1), "currency"];
    const found = getCurrency(currency, currencyPath);
    return new Money(parseMinorUnits(amount, found.exponent, path), found);
  }

  /**
   * An amount from integer minor units (cents for EUR, yen for JPY, fils for KWD).
   *
   * @param minor - Integer minor units, as a bigint or a safe integer number.
   * @param currency - ISO 4217 code.
   * @returns The amount.
   * @throws {@link O2CError} `INVALID_AMOUNT` for a non-integer or unsafe number.
   */
  static fromMinor(minor: bigint | number, currency: string): Money {
    if (typeof minor === "bigint") return new Money(minor, getCurrency(currency));
    if (!Number.isSafeInteger(minor)) {
      throw new O2CError("INVALID_AMOUNT", `Minor units must be a safe integer, got ${minor}`);
    }
    return new Money(BigInt(minor), getCurrency(currency));
  }

  /** Zero in the given currency. */
  static zero(currency: string): Money {
    return new Money(0n, getCurrency(currency));
  }

  /**
   * An amount from a dinero.js v2 bigint value; the value is normalised to the currency's minor unit.
   *
   * @throws {@link O2CError} `AMOUNT_PRECISION` when the value has sub-minor-unit digits that are not zero.
   */
  static fromDinero(value: Dinero<bigint>): Money {
    const { amount, currency, scale } = toSnapshot(value);
    const found = getCurrency(currency.code);
    const shift = BigInt(scale) - BigInt(found.exponent);
    if (shift <= 0n) return new Money(amount * 10n ** -shift, found);
    const factor = 10n ** shift;
    if (amount % factor !== 0n) {
      throw new O2CError("AMOUNT_PRECISION", `The dinero value has more precision than ${currency.code} allows`);
    }
    return new Money(amount / factor, found);
  }

  /**
   * The sum of amounts of one currency; the sum of an empty list is zero.
   *
   * @throws {@link O2CError} `CURRENCY_MISMATCH` when an amount is in another currency.
   */
  static sum(amounts: Iterable<Money>, currency: string): Money {
    const found = getCurrency(currency);
    let total = 0n;
    for (const amount of amounts) {
      if (amount.#currency !== found) throw mismatch(found.code, amount.#currency.code);
      total += amount.#minor;
    }
    return new Money(total, found);
  }

  /** ISO 4217 code of the currency. */
  get currency(): string {
    return this.#currency.code;
  }

  /** Number of minor-unit digits of the currency. */
  get exponent(): number {
    return this.#currency.exponent;
  }

  /** The amount in integer minor units. */
  get minor(): bigint {
    return this.#minor;
  }

  /** The dinero.js v2 value (bigint calculator) behind the amount, for interoperation. */
  toDinero(): Dinero<bigint> {
    this.#dinero ??= dinero({
      amount: this.#minor,
      currency: { code: this.#currency.code, base: 10n, exponent: BigInt(this.#currency.exponent) },
    });
    return this.#dinero;
  }

  /** The sum; throws `CURRENCY_MISMATCH` for another currency. */
  add(other: Money): Money {
    this.#assertSameCurrency(other);
    return new Money(this.#minor + other.#minor, this.#currency);
  }

  /** The difference; throws `CURRENCY_MISMATCH` for another currency. */
  subtract(other: Money): Money {
    this.#assertSameCurrency(other);
    return new Money(this.#minor - other.#minor, this.#currency);
  }

  /** The amount with the opposite sign. */
  negate(): Money {
    return new Money(-this.#minor, this.#currency);
  }

  /** The absolute amount. */
  abs(): Money {
    return this.#minor < 0n ? this.negate() : this;
  }

  /**
   * Multiplies by an exact decimal factor (a quantity, a rate, a percentage as a fraction) and rounds once to the
   * currency's minor unit.
   *
   * @param factor - A decimal string (`"0.19"`), bigint, decimal.js value, {@link Rate} or {@link Percent}
   * (a percentage is applied as a fraction: 19 % multiplies by 0.19).
   * @param mode - How the exact product is rounded to minor units.
   * @returns The rounded product.
   */
  multiply(factor: DecimalInput | Rate | Percent, mode: RoundingMode): Money {
    const decimal = toFactor(factor);
    const { units, scale } = toScaledInteger(decimal);
    return new Money(divideAndRound(this.#minor * units, 10n ** BigInt(scale), mode), this.#currency);
  }

  /**
   * Divides by an exact non-zero decimal and rounds once to the currency's minor unit.
   *
   * @throws {@link O2CError} `DIVISION_BY_ZERO` for a zero divisor.
   */
  divide(divisor: DecimalInput | Rate, mode: RoundingMode): Money {
    const { units, scale } = toScaledInteger(toFactor(divisor));
    return new Money(divideAndRound(this.#minor * 10n ** BigInt(scale), units, mode), this.#currency);
  }

  /**
   * Splits the amount by ratios with the largest-remainder method: the parts always add up to the amount and no
   * part is more than one minor unit away from its exact share.
   *
   * @param ratios - Non-negative weights (decimal strings, bigints, decimal.js values), at least one positive.
   * @returns One amount per ratio, in order.
   * @throws {@link O2CError} `INVALID_RATIOS` for an empty list, a negative weight or all zeros.
   */
  allocate(ratios: readonly (DecimalInput | Rate | Percent)[]): Money[] {
    const scaled = ratios.map((ratio, i) => toScaledRatio(ratio, i));
    const scale = scaled.reduce((max, r) => Math.max(max, r.scale), 0);
    const weights = scaled.map((r) => r.units * 10n ** BigInt(scale - r.scale));
    return allocateByLargestRemainder(this.#minor, weights).map((minor) => new Money(minor, this.#currency));
  }

  /**
   * Splits the amount into `parts` nearly equal amounts that add up to it; the earlier parts get the extra units.
   *
   * @throws {@link O2CError} `INVALID_RATIOS` when `parts` is not a positive integer.
   */
  split(parts: number): Money[] {
    if (!Number.isSafeInteger(parts) || parts < 1) {
      throw new O2CError("INVALID_RATIOS", `Cannot split into ${parts} parts: expected a positive integer`);
    }
    return allocateByLargestRemainder(
      this.#minor,
      Array.from({ length: parts }, () => 1n),
    ).map((minor) => new Money(minor, this.#currency));
  }

  /** `-1`, `0` or `1` as this amount is less than, equal to or greater than the other. */
  compare(other: Money): -1 | 0 | 1 {
    this.#assertSameCurrency(other);
    return this.#minor < other.#minor ? -1 : this.#minor > other.#minor ? 1 : 0;
  }

  /** Whether both amounts have the same currency and value (never throws). */
  equals(other: Money): boolean {
    return this.#currency === other.#currency && this.#minor === other.#minor;
  }

  /** Whether this amount is less than the other. */
  lessThan(other: Money): boolean {
    return this.compare(other) < 0;
  }

  /** Whether this amount is less than or equal to the other. */
  lessThanOrEqual(other: Money): boolean {
    return this.compare(other) <= 0;
  }

  /** Whether this amount is greater than the other. */
  greaterThan(other: Money): boolean {
    return this.compare(other) > 0;
  }

  /** Whether this amount is greater than or equal to the other. */
  greaterThanOrEqual(other: Money): boolean {
    return this.compare(other) >= 0;
  }

  /** The smaller of two amounts. */
  min(other: Money): Money {
    return this.compare(other) <= 0 ? this : other;
  }

  /** The larger of two amounts. */
  max(other: Money): Money {
    return this.compare(other) >= 0 ? this : other;
  }

  /** Whether the amount is zero. */
  isZero(): boolean {
    return this.#minor === 0n;
  }

  /** Whether the amount is greater than zero. */
  isPositive(): boolean {
    return this.#minor > 0n;
  }

  /** Whether the amount is less than zero. */
  isNegative(): boolean {
    return this.#minor < 0n;
  }

  /** Whether two amounts share a currency. */
  hasSameCurrency(other: Money): boolean {
    return this.#currency === other.#currency;
  }

  /** The canonical decimal string with exactly the currency's minor digits: `"1190.00"`, `"152000"`, `"1.250"`. */
  toString(): string {
    return formatMinorUnits(this.#minor, this.#currency.exponent);
  }

  /** The exact value as a decimal.js value, for computations with rates. */
  toDecimal(): Decimal {
    return parseDecimal(this.toString());
  }

  /** The wire form `{ amount, currency }`. */
  toJSON(): MoneyJSON {
    return { amount: this.toString(), currency: this.#currency.code };
  }

  /**
   * A display string for people, localised with `Intl.NumberFormat` (for example `"1.190,00 €"` in `de-DE`).
   * The exact decimal string is passed to Intl, so no float is involved.
   *
   * @param locale - A BCP 47 locale such as `"de-DE"`; the runtime's default when omitted.
   * @param options - How to show the currency.
   */
  format(locale?: string, options: MoneyFormatOptions = {}): string {
    const formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: this.#currency.code,
      currencyDisplay: options.currencyDisplay ?? "symbol",
      minimumFractionDigits: this.#currency.exponent,
      maximumFractionDigits: this.#currency.exponent,
    });
    // ES2023 Intl.NumberFormat formats a decimal string exactly; the cast is for lib typings that predate it.
    return formatter.format(this.toString() as unknown as number);
  }

  #assertSameCurrency(other: Money): void {
    if (this.#currency !== other.#currency) throw mismatch(this.#currency.code, other.#currency.code);
  }
}

function mismatch(expected: string, actual: string): O2CError {
  return new O2CError("CURRENCY_MISMATCH", `Cannot combine ${expected} with ${actual}: convert explicitly first`, {
    details: { expected, actual },
  });
}

const PLAIN_RATIO = /^(\d+)(?:\.(\d+))?$/;

/** A ratio as an integer over a power of ten; plain decimal strings skip decimal.js (the common, hot case). */
function toScaledRatio(ratio: DecimalInput | Rate | Percent, index: number): { units: bigint; scale: number } {
  if (typeof ratio === "bigint") {
    if (ratio < 0n) throw negativeRatio(index);
    return { units: ratio, scale: 0 };
  }
  if (typeof ratio === "string") {
    const match = PLAIN_RATIO.exec(ratio);
    if (match !== null) {
      const fraction = match[2] ?? "";
      return { units: BigInt((match[1] ?? "") + fraction), scale: fraction.length };
    }
  }
  const d = toFactor(ratio, ["ratios", index]);
  if (d.isNegative() && !d.isZero()) throw negativeRatio(index);
  return toScaledInteger(d);
}

function negativeRatio(index: number): O2CError {
  return new O2CError("INVALID_RATIOS", `Ratio ${index} is negative`, { path: ["ratios", index] });
}

function toFactor(value: DecimalInput | Rate | Percent, path: ErrorPath = ["factor"]): Decimal {
  if (value instanceof Rate) return value.value;
  if (value instanceof Percent) return value.toRate().value;
  return parseDecimal(value, path);
}
