import { allocateByLargestRemainder } from "@o2c/core";

/**
 * Splits `amount` by non-negative `weights` with the largest-remainder method, breaking ties by `keys` (not by
 * position), so the result does not depend on the order of the items. All-zero weights give all zeros unless the
 * amount is not zero, in which case the amount is split evenly.
 */
export function allocateStable(amount: bigint, weights: readonly bigint[], keys: readonly string[]): bigint[] {
  if (weights.length === 0) return [];
  const order = weights
    .map((_, i) => i)
    .sort((a, b) => {
      const ka = keys[a] ?? "";
      const kb = keys[b] ?? "";
      return ka < kb ? -1 : ka > kb ? 1 : a - b;
    });
  const sorted = order.map((i) => {
    const w = weights[i] ?? 0n;
    return w < 0n ? -w : w;
  });
  const total = sorted.reduce((sum, w) => sum + w, 0n);
  if (total === 0n && amount === 0n) return weights.map(() => 0n);
  const parts = allocateByLargestRemainder(amount, total === 0n ? sorted.map(() => 1n) : sorted);
  const result: bigint[] = new Array<bigint>(weights.length).fill(0n);
  order.forEach((original, k) => {
    result[original] = parts[k] ?? 0n;
  });
  return result;
}
