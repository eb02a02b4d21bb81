import type { Decimal } from "decimal.js";
import type { ErrorPath } from "../errors/O2CError.js";
import { type DecimalInput, O2CDecimal, parseDecimal } from "./decimal.js";

/**
 * A dimensionless factor such as an FX rate (`1.0843`) or a tax rate as a fraction (`0.19`), exact on decimal.js.
 *
 * @example
 * ```ts
 * import { Rate } from "@o2c/core";
 *
 * Rate.of("0.19").plus(Rate.of("0.01")).toString() //=> "0.2"
 * ```
 * @since 0.1.0
 */
export class Rate {
  /** The exact value. */
  readonly value: Decimal;

  private constructor(value: Decimal) {
    this.value = value;
  }

  /**
   * Parses a rate.
   *
   * @param value - A decimal string, a bigint or a decimal.js value.
   * @param path - Path of the field, for the error.
   * @returns The rate.
   * @throws {@link ValidationError} `INVALID_DECIMAL` for anything but an exact decimal.
   */
  static of(value: DecimalInput | Rate, path: ErrorPath = []): Rate {
    if (value instanceof Rate) return value;
    return new Rate(parseDecimal(value, path));
  }

  /** The sum of two rates. */
  plus(other: Rate | DecimalInput): Rate {
    return new Rate(this.value.plus(Rate.of(other).value));
  }

  /** The product of two rates. */
  times(other: Rate | DecimalInput): Rate {
    return new Rate(this.value.times(Rate.of(other).value));
  }

  /** `1 / rate`, to 50 significant digits. */
  inverse(): Rate {
    return new Rate(new O2CDecimal(1).dividedBy(this.value));
  }

  /** The rate as a percentage: `0.19` is `19` percent. */
  toPercent(): Percent {
    return Percent.of(this.value.times(100));
  }

  /** Whether two rates are numerically equal. */
  equals(other: Rate): boolean {
    return this.value.equals(other.value);
  }

  /** The exact decimal string, never in exponential notation. */
  toString(): string {
    return this.value.toFixed();
  }

  /** Serialised as its decimal string. */
  toJSON(): string {
    return this.toString();
  }
}

/**
 * A percentage such as a VAT rate (`19`), a discount (`2`) or an interest rate (`8.12`), exact on decimal.js.
 *
 * @example
 * ```ts
 * import { Percent } from "@o2c/core";
 *
 * Percent.of("5.5").toRate().toString() //=> "0.055"
 * ```
 * @since 0.1.0
 */
export class Percent {
  /** The exact value in percent. */
  readonly value: Decimal;

  private constructor(value: Decimal) {
    this.value = value;
  }

  /**
   * Parses a percentage.
   *
   * @param value - A decimal string such as `"19"` or `"5.5"`, a bigint or a decimal.js value.
   * @param path - Path of the field, for the error.
   * @returns The percentage.
   * @throws {@link ValidationError} `INVALID_DECIMAL` for anything but an exact decimal.
   */
  static of(value: DecimalInput | Percent, path: ErrorPath = []): Percent {
    if (value instanceof Percent) return value;
    return new Percent(parseDecimal(value, path));
  }

  /** The percentage as a fraction: `19` percent is `0.19`. */
  toRate(): Rate {
    return Rate.of(this.value.dividedBy(100));
  }

  /** Whether two percentages are numerically equal. */
  equals(other: Percent): boolean {
    return this.value.equals(other.value);
  }

  /** The exact decimal string, never in exponential notation. */
  toString(): string {
    return this.value.toFixed();
  }

  /** Serialised as its decimal string. */
  toJSON(): string {
    return this.toString();
  }
}
