/**
 * Money as integers of minor units. Nothing here is ever a floating-point amount: amounts are safe integers,
 * formatted to and parsed from the decimal strings of the data-set format.
 */

/** ISO 4217 minor-unit digits of the currencies the generator uses. */
export const CURRENCY_DECIMALS: Readonly<Record<string, number>> = {
  EUR: 2,
  USD: 2,
  GBP: 2,
  CHF: 2,
  JPY: 0,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  PLN: 2,
  CZK: 2,
};

export function decimalsOf(currency: string): number {
  const decimals = CURRENCY_DECIMALS[currency];
  if (decimals === undefined) throw new RangeError(`unknown currency ${currency}`);
  return decimals;
}

function assertSafe(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer amount: ${value}`);
  return value;
}

/** Minor units → decimal string with exactly the currency's decimals ("-1190.00", "152000"). */
export function formatMinor(minor: number, currency: string): string {
  assertSafe(minor);
  const decimals = decimalsOf(currency);
  const sign = minor < 0 ? "-" : "";
  const digits = String(Math.abs(minor)).padStart(decimals + 1, "0");
  if (decimals === 0) return sign + digits;
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** Decimal string → minor units; throws unless the string has exactly the currency's decimals. */
export function parseMinor(text: string, currency: string): number {
  const decimals = decimalsOf(currency);
  const pattern = decimals === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${decimals}}$`);
  if (!pattern.test(text)) throw new RangeError(`bad ${currency} amount ${text}`);
  return assertSafe(Number(text.replace(".", "")));
}

/** A percent string with at most two decimals ("2", "1.5") → hundredths of a percent (200, 150). */
export function percentToBasisPoints(percent: string): number {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(percent);
  if (!match) throw new RangeError(`bad percent ${percent}`);
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** round-half-up(amount × percent / 100) in minor units, for a non-negative amount. */
export function discountMinor(amountMinor: number, percent: string): number {
  if (amountMinor < 0) throw new RangeError("discount of a negative amount");
  const product = BigInt(assertSafe(amountMinor)) * BigInt(percentToBasisPoints(percent));
  return Number((product + 5000n) / 10000n);
}

/** round-half-up(amount × rate / 100) for a whole-number percent rate (VAT). */
export function percentOf(amountMinor: number, ratePercent: number): number {
  return Number((BigInt(assertSafe(amountMinor)) * BigInt(ratePercent) + 50n) / 100n);
}

export type AmountTextStyle = "de" | "en" | "fr" | "ch" | "plain" | "jp";

/** Amount as a person would type it in a remittance ("EUR 1.234,56", "1 234,56 EUR", "CHF 1'234.50"). */
export function amountForText(minor: number, currency: string, style: AmountTextStyle): string {
  const plain = formatMinor(Math.abs(minor), currency);
  const [whole = "0", fraction] = plain.split(".");
  const group = (sep: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  switch (style) {
    case "de":
      return `${currency} ${group(".")}${fraction === undefined ? "" : `,${fraction}`}`;
    case "fr":
      return `${group(" ")}${fraction === undefined ? "" : `,${fraction}`} ${currency}`;
    case "ch":
      return `${currency} ${group("'")}${fraction === undefined ? "" : `.${fraction}`}`;
    case "en":
    case "jp":
      return `${currency} ${group(",")}${fraction === undefined ? "" : `.${fraction}`}`;
    case "plain":
      return `${plain} ${currency}`;
  }
}
