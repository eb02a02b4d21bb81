import { divideAndRound, type RoundingMode } from "@o2c/core";
import { addScaled, multiplyScaled, pow10, type Scaled } from "../internal/scaled.js";

/** One tax of a line, as the arithmetic needs it: the rate as a fraction and whether it is compound. */
export interface TaxFactor {
  /** The rate as an exact fraction: 19 % is `{ units: 19n, scale: 2 }`. */
  readonly rate: Scaled;
  readonly compound: boolean;
}

/** `round(base x rate)` in minor units. */
export function taxOn(base: bigint, rate: Scaled, mode: RoundingMode): bigint {
  return divideAndRound(base * rate.units, pow10(rate.scale), mode);
}

/**
 * The taxes of a net amount, in sequence: a compound tax is computed on the net plus the taxes before it. Each tax
 * is rounded once with `mode`.
 */
export function exclusiveTaxes(net: bigint, factors: readonly TaxFactor[], mode: RoundingMode): bigint[] {
  const taxes: bigint[] = [];
  let earlier = 0n;
  for (const factor of factors) {
    const tax = taxOn(factor.compound ? net + earlier : net, factor.rate, mode);
    taxes.push(tax);
    earlier += tax;
  }
  return taxes;
}

/** The exact gross multiplier `gross = net x multiplier` of a sequence of taxes. */
export function grossMultiplier(factors: readonly TaxFactor[]): Scaled {
  let sum: Scaled = { units: 0n, scale: 0 };
  for (const factor of factors) {
    const share = factor.compound ? multiplyScaled(factor.rate, addScaled({ units: 1n, scale: 0 }, sum)) : factor.rate;
    sum = addScaled(sum, share);
  }
  return addScaled({ units: 1n, scale: 0 }, sum);
}

/** A gross amount split into net and taxes. */
export interface BackCalculation {
  readonly net: bigint;
  readonly taxes: readonly bigint[];
  /** Whether the net's exclusive taxes give the gross exactly (no adjustment was needed). */
  readonly exact: boolean;
}

/**
 * Splits a tax-inclusive amount into net and taxes so that `net + sum(taxes) = gross` exactly.
 *
 * @remarks
 * The net is the one whose exclusive taxes (each rounded with `mode`) add up to the gross, searched around
 * `gross / multiplier` rounded half up; so pricing that net tax-exclusive gives back the same gross and taxes. Some
 * grosses have no such net (the gross steps by 2 minor units where the tax steps by 1): then the net is
 * `gross / multiplier` rounded half up, and the difference (at most one minor unit per tax) goes to the largest tax.
 */
export function backCalculate(gross: bigint, factors: readonly TaxFactor[], mode: RoundingMode): BackCalculation {
  if (factors.length === 0) return { net: gross, taxes: [], exact: true };
  const multiplier = grossMultiplier(factors);
  const start = divideAndRound(gross * pow10(multiplier.scale), multiplier.units, "halfUp");
  const reach = BigInt(factors.length + 1);
  for (let step = 0n; step <= reach; step++) {
    for (const net of step === 0n ? [start] : [start - step, start + step]) {
      const taxes = exclusiveTaxes(net, factors, mode);
      let total = net;
      for (const tax of taxes) total += tax;
      if (total === gross) return { net, taxes, exact: true };
    }
  }
  const taxes = exclusiveTaxes(start, factors, mode);
  let sum = 0n;
  let largest = 0;
  taxes.forEach((tax, i) => {
    sum += tax;
    const current = taxes[largest] ?? 0n;
    if ((tax < 0n ? -tax : tax) > (current < 0n ? -current : current)) largest = i;
  });
  taxes[largest] = (taxes[largest] ?? 0n) + (gross - start - sum);
  return { net: start, taxes, exact: false };
}
