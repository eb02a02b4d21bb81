import { Decimal } from "decimal.js";
import type { ErrorPath } from "../errors/O2CError.js";
import { ValidationError } from "../errors/ValidationError.js";
import type { RoundingMode } from "../money/rounding.js";

/**
 * The decimal.js constructor o2c computes rates, percentages and FX with: 50 significant digits, ties to even,
 * and never exponential notation in `toString()`. It is a private clone, so a host's global decimal.js settings
 * never change o2c's results.
 *
 * @example
 * ```ts
 * import { O2CDecimal } from "@o2c/core";
 *
 * new O2CDecimal("0.1").plus("0.2").toString() //=> "0.3"
 * ```
 * @since 0.1.0
 */
export const O2CDecimal: typeof Decimal = Decimal.clone({
  precision: 50,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -60,
  toExpPos: 60,
});

/** A value o2c accepts where it needs an exact decimal: a decimal string, a bigint or a decimal.js value. */
export type DecimalInput = string | bigint | Decimal;

const DECIMAL_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Parses an exact decimal from a string such as `"19"`, `"0.055"` or `"-1.25"`. Exponents, thousands separators,
 * commas and floats are refused, so no value is ever silently approximated.
 *
 * @param value - The decimal string, a bigint or a decimal.js value.
 * @param path - Path of the field, for the error.
 * @returns The decimal.
 * @throws {@link ValidationError} with issue code `INVALID_DECIMAL` for anything else.
 * @example
 * ```ts
 * import { parseDecimal } from "@o2c/core";
 *
 * parseDecimal("5.5").toString() //=> "5.5"
 * ```
 * @since 0.1.0
 */
export function parseDecimal(value: unknown, path: ErrorPath = []): Decimal {
  if (value instanceof Decimal || Decimal.isDecimal(value)) {
    const d = new O2CDecimal(value as Decimal);
    if (!d.isFinite()) throw invalidDecimal(path, String(value));
    return d;
  }
  if (typeof value === "bigint") return new O2CDecimal(value.toString());
  if (typeof value === "string" && DECIMAL_PATTERN.test(value)) return new O2CDecimal(value);
  throw invalidDecimal(path, typeof value === "string" ? JSON.stringify(value) : typeof value);
}

function invalidDecimal(path: ErrorPath, shown: string): ValidationError {
  return ValidationError.single(
    "INVALID_DECIMAL",
    path,
    `Expected a decimal string such as "19" or "0.055", got ${shown}`,
  );
}

/** A decimal as an integer over a power of ten: the value is `units / 10^scale`. */
export interface ScaledInteger {
  /** The integer numerator. */
  readonly units: bigint;
  /** The number of decimal places: the denominator is `10^scale`. */
  readonly scale: number;
}

/**
 * The exact value of a decimal as an integer numerator over a power of ten: `1.25` is `{ units: 125n, scale: 2 }`.
 *
 * @param value - A finite decimal.
 * @returns Its numerator and scale.
 * @example
 * ```ts
 * import { O2CDecimal, toScaledInteger } from "@o2c/core";
 *
 * toScaledInteger(new O2CDecimal("-1.25")) //=> { units: -125n, scale: 2 }
 * ```
 * @since 0.1.0
 */
export function toScaledInteger(value: Decimal): ScaledInteger {
  const scale = Math.max(0, value.decimalPlaces());
  const units = BigInt(value.times(new O2CDecimal(10).pow(scale)).toFixed(0));
  return { units, scale };
}

const DECIMAL_MODES: Record<RoundingMode, Decimal.Rounding> = {
  halfUp: Decimal.ROUND_HALF_UP,
  halfEven: Decimal.ROUND_HALF_EVEN,
  halfDown: Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceiling: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/**
 * Rounds a decimal to a number of decimal places with an explicit mode.
 *
 * @param value - The decimal.
 * @param places - Decimal places to keep, 0 or more.
 * @param mode - The rounding mode.
 * @returns The rounded decimal.
 * @example
 * ```ts
 * import { O2CDecimal, roundDecimal } from "@o2c/core";
 *
 * roundDecimal(new O2CDecimal("2.345"), 2, "halfEven").toString() //=> "2.34"
 * ```
 * @since 0.1.0
 */
export function roundDecimal(value: Decimal, places: number, mode: RoundingMode): Decimal {
  return value.toDecimalPlaces(places, DECIMAL_MODES[mode]);
}
