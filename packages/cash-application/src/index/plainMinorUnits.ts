import { parseMinorUnits } from "@o2c/core";

/**
 * Minor units of a plain decimal string (`"-1190.5"`, at most `exponent` decimals, at most 15 digits in all) as an
 * exact integer, read character by character; `NaN` for anything else (more decimals than the currency has, more
 * digits than a double holds exactly, signs, exponents, spaces), which callers hand to the exact, slower parser.
 */
export function plainMinorUnits(value: string, exponent: number): number {
  const length = value.length;
  let at = 0;
  let negative = false;
  if (length > 0 && value.charCodeAt(0) === 45) {
    negative = true;
    at = 1;
  }
  let units = 0;
  let digits = 0;
  let decimals = -1; // -1 before the point
  for (; at < length; at++) {
    const code = value.charCodeAt(at);
    if (code === 46) {
      if (decimals >= 0 || digits === 0) return Number.NaN;
      decimals = 0;
      continue;
    }
    const digit = code - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    units = units * 10 + digit;
    digits++;
    if (decimals >= 0) decimals++;
  }
  if (digits === 0 || digits > 15 || decimals === 0 || decimals > exponent) return Number.NaN;
  const minor = units * 10 ** (exponent - Math.max(decimals, 0));
  if (!Number.isSafeInteger(minor)) return Number.NaN;
  return negative && minor !== 0 ? -minor : minor;
}

/** Minor units of a validated amount: plain strings read by {@link plainMinorUnits}, anything else through core. */
export function minorUnitsOf(value: string, exponent: number): number {
  const minor = plainMinorUnits(value, exponent);
  return Number.isNaN(minor) ? Number(parseMinorUnits(value, exponent)) : minor;
}
