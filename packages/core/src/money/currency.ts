import * as isoCurrencies from "dinero.js/bigint/currencies";
import type { ErrorPath } from "../errors/O2CError.js";
import { ValidationError } from "../errors/ValidationError.js";

/** An ISO 4217 currency: its alphabetic code and the number of its minor-unit digits. */
export interface Currency {
  /** ISO 4217 alphabetic code, for example `EUR`. */
  readonly code: string;
  /** Number of minor-unit digits: 2 for EUR, 0 for JPY, 3 for KWD. */
  readonly exponent: number;
}

const registry: ReadonlyMap<string, Currency> = new Map(
  Object.values(isoCurrencies).map((c) => [c.code, Object.freeze({ code: c.code, exponent: Number(c.exponent) })]),
);

/** The default path of a currency code, shared (lookups are hot and rarely fail). */
const CURRENCY_PATH: ErrorPath = Object.freeze(["currency"]);

/**
 * Looks up an ISO 4217 currency by its alphabetic code.
 *
 * @remarks The registry is ISO 4217 as shipped by dinero.js (active codes, with their minor units).
 * @param code - Three upper-case letters, for example `EUR`.
 * @param path - Path of the field the code came from, for the error.
 * @returns The currency with its minor-unit exponent.
 * @throws {@link ValidationError} with issue code `UNKNOWN_CURRENCY` when the code is not in ISO 4217.
 * @example
 * ```ts
 * import { getCurrency } from "@o2c/core";
 *
 * getCurrency("JPY").exponent //=> 0
 * getCurrency("KWD").exponent //=> 3
 * ```
 * @since 0.1.0
 */
export function getCurrency(code: string, path: ErrorPath = CURRENCY_PATH): Currency {
  const currency = registry.get(code);
  if (currency === undefined) {
    throw ValidationError.single(
      "UNKNOWN_CURRENCY",
      path,
      `Unknown currency ${JSON.stringify(code)}: expected an ISO 4217 code such as "EUR"`,
    );
  }
  return currency;
}

/**
 * Whether a string is an ISO 4217 currency code known to o2c.
 *
 * @param code - The candidate.
 * @returns `true` for a known code.
 * @example
 * ```ts
 * import { isCurrencyCode } from "@o2c/core";
 *
 * isCurrencyCode("CHF") //=> true
 * isCurrencyCode("XXX1") //=> false
 * ```
 * @since 0.1.0
 */
export function isCurrencyCode(code: string): boolean {
  return registry.has(code);
}

/**
 * Every currency o2c knows, ordered by code.
 *
 * @returns The ISO 4217 currencies with their exponents.
 * @example
 * ```ts
 * import { listCurrencies } from "@o2c/core";
 *
 * listCurrencies().some((c) => c.code === "BHD" && c.exponent === 3) //=> true
 * ```
 * @since 0.1.0
 */
export function listCurrencies(): readonly Currency[] {
  return [...registry.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
