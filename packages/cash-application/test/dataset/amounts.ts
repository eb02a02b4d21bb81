import { decimalsOf, percentOf } from "./money.js";
import type { Rng } from "./random.js";

/** Random amounts in integer minor units: invoice totals, bank charges, deductions, instalments. */

/** Rough size of one major unit against the euro, so amounts look plausible per currency. */
const SCALE: Readonly<Record<string, number>> = {
  EUR: 1,
  USD: 1,
  GBP: 1,
  CHF: 1,
  SEK: 10,
  NOK: 10,
  DKK: 7,
  PLN: 4,
  CZK: 25,
  JPY: 150,
};

const pow10 = (n: number) => 10 ** n;

/** An invoice total: a net amount (round or with cents) plus VAT at `vatPercent` (or none for exports). */
export function invoiceAmount(rng: Rng, currency: string, vatPercent: number): number {
  const decade = rng.weighted<number>([
    [1, 3],
    [2, 30],
    [3, 45],
    [4, 18],
    [5, 4],
  ]);
  const major = (decade === 1 ? rng.int(10, 99) : rng.int(100, 999) * pow10(decade - 2)) * (SCALE[currency] ?? 1);
  const decimals = decimalsOf(currency);
  let net = major * pow10(decimals);
  if (decimals > 0 && rng.chance(0.55)) net += rng.int(1, 99);
  if (decimals === 0 && rng.chance(0.4)) net += rng.int(1, 99) * 10;
  return rng.chance(0.75) ? net + percentOf(net, vatPercent) : net;
}

/** A bank charge taken by an intermediary or the payer's bank. */
export function bankFee(rng: Rng, currency: string): number {
  const table: Readonly<Record<string, readonly number[]>> = {
    EUR: [500, 750, 1000, 1250, 1500, 2000, 2500, 3000, 3500],
    USD: [1500, 2000, 2500, 3000, 3500, 4000, 4500],
    GBP: [600, 800, 1000, 1500, 2000, 2500],
    CHF: [1000, 1500, 2000, 2500, 3000],
    JPY: [440, 660, 880, 1100, 1500, 2500, 4000],
    SEK: [5000, 7500, 10000, 15000, 20000],
    NOK: [5000, 7500, 10000, 15000],
    DKK: [3500, 5000, 7500, 10000],
    PLN: [2000, 3500, 5000, 8000],
    CZK: [15000, 25000, 50000],
  };
  const base = rng.pick(table[currency] ?? [1000]);
  // Charges converted from another currency end in odd cents.
  return decimalsOf(currency) > 0 && rng.chance(0.25) ? base + rng.int(1, 99) - 50 : base;
}

/** An odd deduction (damaged goods, price difference): 0.5 % to 25 % of the open amount, never all of it. */
export function deduction(rng: Rng, openMinor: number, currency: string): number {
  const unit = pow10(decimalsOf(currency));
  const max = Math.max(1, Math.floor((openMinor * 25) / 100));
  const min = Math.max(1, Math.floor((openMinor * 5) / 1000));
  let cut = rng.int(min, Math.max(min, max));
  if (rng.chance(0.4) && cut > unit) cut -= cut % unit; // whole units ("minus 150,00")
  return Math.min(cut, openMinor - 1);
}

/** An instalment: a half, a third, a round sum or a random share of the open amount, always less than it. */
export function instalment(rng: Rng, openMinor: number, currency: string): number {
  const unit = pow10(decimalsOf(currency));
  const kind = rng.int(0, 3);
  let part: number;
  if (kind === 0) part = Math.floor(openMinor / 2);
  else if (kind === 1) part = Math.floor(openMinor / 3);
  else if (kind === 2) {
    const step = openMinor > 1000 * unit ? 500 * unit : openMinor > 100 * unit ? 50 * unit : unit;
    part = Math.floor(openMinor / step / 2) * step;
  } else part = rng.int(Math.floor(openMinor / 10), Math.floor((openMinor * 9) / 10));
  return part > 0 && part < openMinor ? part : Math.max(1, Math.floor(openMinor / 2));
}
