/** Counting the subsets of open amounts that add up to a payment (meet in the middle), to prove a truth unique. */

/** The largest pool the generator proves uniqueness over (2 × 2^15 partial sums). */
export const MAX_SUBSET_POOL = 30;

function allSums(values: readonly number[]): number[] {
  let sums = [0];
  for (const value of values) {
    const next = new Array<number>(sums.length * 2);
    for (let i = 0; i < sums.length; i++) {
      const s = sums[i] as number;
      next[i] = s;
      next[i + sums.length] = s + value;
    }
    sums = next;
  }
  return sums;
}

/**
 * How many subsets (by position, the empty one included) of `values` add up to `target`, counting at most to `cap`.
 * Throws for pools larger than MAX_SUBSET_POOL.
 */
export function countSubsetsWithSum(values: readonly number[], target: number, cap: number): number {
  if (values.length > MAX_SUBSET_POOL) throw new RangeError(`subset pool too large: ${values.length}`);
  const half = values.length >> 1;
  const left = new Map<number, number>();
  for (const s of allSums(values.slice(0, half))) left.set(s, (left.get(s) ?? 0) + 1);
  let count = 0;
  for (const s of allSums(values.slice(half))) {
    count += left.get(target - s) ?? 0;
    if (count >= cap) return cap;
  }
  return count;
}
