import { O2CError } from "../errors/O2CError.js";

/**
 * How a value that falls between two representable values is rounded. The names and meanings are those of
 * Java's `RoundingMode` and IEEE 754:
 *
 * | mode | meaning | 2.5 | -2.5 | 1.6 | -1.1 |
 * |---|---|---|---|---|---|
 * | `halfUp` | nearest; ties away from zero (commercial rounding) | 3 | -3 | 2 | -1 |
 * | `halfEven` | nearest; ties to the even neighbour (banker's rounding) | 2 | -2 | 2 | -1 |
 * | `halfDown` | nearest; ties towards zero | 2 | -2 | 2 | -1 |
 * | `up` | away from zero | 3 | -3 | 2 | -2 |
 * | `down` | towards zero (truncation) | 2 | -2 | 1 | -1 |
 * | `ceiling` | towards positive infinity | 3 | -2 | 2 | -1 |
 * | `floor` | towards negative infinity | 2 | -3 | 1 | -2 |
 *
 * @since 0.1.0
 */
export type RoundingMode = "halfUp" | "halfEven" | "halfDown" | "up" | "down" | "ceiling" | "floor";

/** Every rounding mode, in the order of the table in {@link RoundingMode}. */
export const ROUNDING_MODES: readonly RoundingMode[] = [
  "halfUp",
  "halfEven",
  "halfDown",
  "up",
  "down",
  "ceiling",
  "floor",
] as const;

/**
 * Divides two integers and rounds the exact quotient to an integer with the given mode.
 *
 * @remarks This is the one place where o2c rounds money: every rounding of minor units goes through it.
 * @param numerator - The dividend.
 * @param denominator - The divisor, never zero.
 * @param mode - The rounding mode.
 * @returns The rounded quotient.
 * @throws {@link O2CError} `DIVISION_BY_ZERO` when the denominator is zero.
 * @example
 * ```ts
 * import { divideAndRound } from "@o2c/core";
 *
 * divideAndRound(25n, 10n, "halfEven") //=> 2n
 * divideAndRound(-25n, 10n, "halfUp") //=> -3n
 * divideAndRound(-11n, 10n, "floor") //=> -2n
 * ```
 * @since 0.1.0
 */
export function divideAndRound(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator === 0n) throw new O2CError("DIVISION_BY_ZERO", "Cannot divide by zero");
  if (mode === "halfUp" && numerator >= 0n && denominator > 0n) {
    // The hot case (amounts times rates): floor(n / d + 1/2), exact in integers, in one division.
    return (2n * numerator + denominator) / (2n * denominator);
  }
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  const negative = numerator < 0n !== denominator < 0n;
  const step = negative ? -1n : 1n;
  const twiceRemainder = 2n * (remainder < 0n ? -remainder : remainder);
  const divisor = denominator < 0n ? -denominator : denominator;
  switch (mode) {
    case "down":
      return quotient;
    case "up":
      return quotient + step;
    case "ceiling":
      return negative ? quotient : quotient + 1n;
    case "floor":
      return negative ? quotient - 1n : quotient;
    case "halfUp":
      return twiceRemainder >= divisor ? quotient + step : quotient;
    case "halfDown":
      return twiceRemainder > divisor ? quotient + step : quotient;
    case "halfEven": {
      if (twiceRemainder > divisor) return quotient + step;
      if (twiceRemainder < divisor) return quotient;
      return quotient % 2n === 0n ? quotient : quotient + step;
    }
  }
}

/**
 * Whether a value is one of the {@link RoundingMode}s.
 *
 * @param value - The candidate.
 * @returns `true` for a known mode.
 * @example
 * ```ts
 * import { isRoundingMode } from "@o2c/core";
 *
 * isRoundingMode("halfEven") //=> true
 * isRoundingMode("HALF_EVEN") //=> false
 * ```
 * @since 0.1.0
 */
export function isRoundingMode(value: unknown): value is RoundingMode {
  return typeof value === "string" && (ROUNDING_MODES as readonly string[]).includes(value);
}
