import { getCurrency, isCurrencyCode, Money } from "@o2c/core";
import type { Issues, Location } from "./issues.js";
import { fail } from "./issues.js";

const DECIMAL = /^(\d+)(?:\.(\d*))?$/;

/** Checks an ISO 4217 code. */
export function checkCurrency(code: string | undefined, at: Location): string {
  const trimmed = code?.trim().toUpperCase() ?? "";
  if (trimmed === "") throw fail("STATEMENT_MISSING_FIELD", "The currency is missing", at);
  if (!isCurrencyCode(trimmed)) {
    throw fail("STATEMENT_UNKNOWN_CURRENCY", `Unknown currency ${JSON.stringify(trimmed)}`, at);
  }
  return trimmed;
}

/**
 * Reads an unsigned decimal amount (`.` separator) into {@link Money}. Digits beyond the currency's precision that
 * are all zero are dropped with a `STATEMENT_AMOUNT_PRECISION` warning (nothing is lost); any other excess digit is
 * a `STATEMENT_INVALID_AMOUNT` error, because rounding a bank's amount would invent money.
 */
export function readAmount(raw: string | undefined, currency: string, at: Location, issues: Issues): Money {
  const text = raw?.trim() ?? "";
  if (text === "") throw fail("STATEMENT_MISSING_FIELD", "The amount is missing", at);
  const match = DECIMAL.exec(text);
  if (match === null) throw fail("STATEMENT_INVALID_AMOUNT", `${JSON.stringify(text)} is not an amount`, at);
  const whole = match[1] ?? "0";
  let fraction = match[2] ?? "";
  const { exponent } = getCurrency(currency);
  if (fraction.length > exponent) {
    const excess = fraction.slice(exponent);
    if (/[^0]/.test(excess)) {
      throw fail(
        "STATEMENT_INVALID_AMOUNT",
        `${JSON.stringify(text)} has more decimals than ${currency} allows (${exponent}) and cannot be read exactly`,
        at,
      );
    }
    issues.warn(
      "STATEMENT_AMOUNT_PRECISION",
      `${JSON.stringify(text)} has ${fraction.length} decimals; ${currency} has ${exponent}: the extra zeros were dropped`,
      at,
    );
    fraction = fraction.slice(0, exponent);
  }
  try {
    return Money.of(fraction === "" ? whole : `${whole}.${fraction}`, currency);
  } catch (error) {
    throw fail("STATEMENT_INVALID_AMOUNT", `${JSON.stringify(text)} is out of range`, at, error);
  }
}

/** Reads implied-decimal minor units (BAI2): `"12345"` is 123.45 for a currency with 2 minor digits. */
export function readMinorUnits(raw: string, currency: string, at: Location): Money {
  const text = raw.trim();
  if (!/^[+-]?\d+$/.test(text)) throw fail("STATEMENT_INVALID_AMOUNT", `${JSON.stringify(text)} is not an amount`, at);
  try {
    return Money.fromMinor(BigInt(text), currency);
  } catch (error) {
    throw fail("STATEMENT_INVALID_AMOUNT", `${JSON.stringify(text)} is out of range`, at, error);
  }
}
