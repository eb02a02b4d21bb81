import { O2CError } from "../errors/O2CError.js";

/**
 * Splits an integer amount by non-negative integer weights with the largest-remainder method: each part gets the
 * floor of its exact share, then the units left over go one each to the parts with the largest remainders
 * (ties to the earlier part). The parts always add up to the amount, and no part is more than one unit away from
 * its exact share.
 *
 * @remarks A negative amount is split as its absolute value and each part negated, so shares mirror exactly.
 * @param amount - The amount in minor units.
 * @param weights - One weight per part; at least one must be positive.
 * @returns One integer per weight, summing to `amount`.
 * @throws {@link O2CError} `INVALID_RATIOS` when there is no weight, a weight is negative or all are zero.
 * @example
 * ```ts
 * import { allocateByLargestRemainder } from "@o2c/core";
 *
 * allocateByLargestRemainder(100n, [1n, 1n, 1n]) //=> [34n, 33n, 33n]
 * allocateByLargestRemainder(-5n, [3n, 7n]) //=> [-2n, -3n]
 * ```
 * @since 0.1.0
 */
export function allocateByLargestRemainder(amount: bigint, weights: readonly bigint[]): bigint[] {
  if (weights.length === 0) throw new O2CError("INVALID_RATIOS", "Cannot allocate over an empty list of ratios");
  let total = 0n;
  for (const [i, weight] of weights.entries()) {
    if (weight < 0n) {
      throw new O2CError("INVALID_RATIOS", `Ratio ${i} is negative`, { path: ["ratios", i] });
    }
    total += weight;
  }
  if (total === 0n) throw new O2CError("INVALID_RATIOS", "Cannot allocate when every ratio is zero");
  if (amount < 0n) return allocateByLargestRemainder(-amount, weights).map((part) => -part);

  const parts = weights.map((weight) => (amount * weight) / total);
  const remainders = weights.map((weight, index) => ({ index, remainder: (amount * weight) % total }));
  let left = amount - parts.reduce((sum, part) => sum + part, 0n);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts;
}
