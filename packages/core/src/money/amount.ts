import type { ErrorPath } from "../errors/O2CError.js";
import { ValidationError } from "../errors/ValidationError.js";

/**
 * The largest absolute amount o2c handles, in minor units: 18 digits, so every amount fits a signed 64-bit integer
 * column (PostgreSQL `bigint`) and every product of an amount with a rate stays exact.
 * @since 0.1.0
 */
export const MAX_MINOR_UNITS: bigint = 999_999_999_999_999_999n;

const AMOUNT_PATTERN = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * Parses a canonical decimal amount string into integer minor units of a currency with `exponent` minor digits.
 * Accepts `"12"`, `"12.3"`, `"12.30"`, `"-0.01"`; refuses commas, exponents, spaces, signs other than a leading
 * `-`, more decimals than the currency has, and values beyond {@link MAX_MINOR_UNITS}.
 *
 * @param value - The amount; anything but a string is refused, floats included.
 * @param exponent - The currency's minor-unit digits.
 * @param path - Path of the field, for the error.
 * @returns The amount in minor units.
 * @throws {@link ValidationError} with issue code `INVALID_AMOUNT` (not a decimal string), `AMOUNT_PRECISION`
 * (more decimals than the currency allows) or `AMOUNT_OUT_OF_RANGE`.
 * @example
 * ```ts
 * import { parseMinorUnits } from "@o2c/core";
 *
 * parseMinorUnits("1190.5", 2) //=> 119050n
 * parseMinorUnits("-0.001", 3) //=> -1n
 * ```
 * @since 0.1.0
 */
export function parseMinorUnits(value: unknown, exponent: number, path: ErrorPath = ["amount"]): bigint {
  if (typeof value !== "string") {
    const what = typeof value === "number" ? `the number ${String(value)}` : typeof value;
    throw ValidationError.single(
      "INVALID_AMOUNT",
      path,
      `Expected the amount as a decimal string such as "1190.00", got ${what}: amounts are never floats`,
    );
  }
  const match = AMOUNT_PATTERN.exec(value);
  if (match === null) {
    throw ValidationError.single(
      "INVALID_AMOUNT",
      path,
      `Expected a decimal string with "." as separator and no exponent, such as "1190.00", got ${JSON.stringify(value)}`,
    );
  }
  const [, sign, whole = "", fraction = ""] = match;
  if (fraction.length > exponent) {
    throw ValidationError.single(
      "AMOUNT_PRECISION",
      path,
      `${JSON.stringify(value)} has ${fraction.length} decimals; the currency has ${exponent}`,
    );
  }
  if (whole.length + exponent > 40) throw outOfRange(path, value);
  const minor = BigInt(whole + fraction.padEnd(exponent, "0"));
  if (minor > MAX_MINOR_UNITS) throw outOfRange(path, value);
  return sign === "-" ? -minor : minor;
}

function outOfRange(path: ErrorPath, value: string): ValidationError {
  return ValidationError.single(
    "AMOUNT_OUT_OF_RANGE",
    path,
    `${JSON.stringify(value.slice(0, 40))} is beyond the supported range of 18 digits in minor units`,
  );
}

/**
 * Formats integer minor units as a canonical decimal string with exactly `exponent` decimals.
 *
 * @param minor - The amount in minor units.
 * @param exponent - The currency's minor-unit digits.
 * @returns The decimal string, for example `"1190.00"` or `"-0.05"`.
 * @example
 * ```ts
 * import { formatMinorUnits } from "@o2c/core";
 *
 * formatMinorUnits(-5n, 2) //=> "-0.05"
 * formatMinorUnits(152000n, 0) //=> "152000"
 * ```
 * @since 0.1.0
 */
export function formatMinorUnits(minor: bigint, exponent: number): string {
  if (minor <= MAX_EXACT && minor >= -MAX_EXACT && exponent < EXACT_POWERS.length) return formatExact(minor, exponent);
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, "0");
  const body =
    exponent === 0 ? digits : `${digits.slice(0, digits.length - exponent)}.${digits.slice(digits.length - exponent)}`;
  return negative ? `-${body}` : body;
}

/** Integers up to 2^53 - 1 are exact in a double, and so are `%`, `-` and the division of an exact multiple. */
const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);
const EXACT_POWERS = [1, 10, 100, 1000, 10000] as const;
const ZEROS = ["", "0", "00", "000", "0000"] as const;

/**
 * {@link formatMinorUnits} for |minor| <= 2^53 - 1 (every amount up to 90 trillion with two decimals), the hot case:
 * the integer is split exactly (no rounding happens: `n % 10^e` and `(n - n % 10^e) / 10^e` are exact integers) and
 * small integers print from the engine's number-string cache instead of a bigint conversion.
 */
function formatExact(minor: bigint, exponent: number): string {
  const value = Number(minor);
  const n = value < 0 ? -value : value;
  let body: string;
  if (exponent === 0) {
    body = String(n);
  } else {
    const power = EXACT_POWERS[exponent] as number;
    const fraction = n % power;
    const fractionDigits = String(fraction);
    body = `${(n - fraction) / power}.${ZEROS[exponent - fractionDigits.length] ?? ""}${fractionDigits}`;
  }
  return value < 0 ? `-${body}` : body;
}
