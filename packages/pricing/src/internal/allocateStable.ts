/** Remainders below this fit a double exactly, so they can be sorted as numbers. */
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function byKey(keys: readonly string[]): (a: number, b: number) => number {
  return (a, b) => {
    const ka = keys[a] ?? "";
    const kb = keys[b] ?? "";
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  };
}

/** The `k`-th smallest value (0-based) of `values`, found by quickselect; reorders `values`. */
function kthSmallest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k] as number;
  }
  return values[k] as number;
}

/**
 * The positions of the `count` largest remainders (below 2^53, so exact as numbers), ties by key then position.
 * Finds the threshold by selection (no sort) and compares keys only among the remainders equal to it.
 */
function largestByNumber(remainders: readonly bigint[], count: number, keys: readonly string[]): number[] {
  const n = remainders.length;
  const numeric = new Float64Array(n);
  for (let i = 0; i < n; i++) numeric[i] = Number(remainders[i]);
  const threshold = kthSmallest(numeric.slice(), n - count);
  const winners: number[] = [];
  const tied: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = numeric[i] as number;
    if (r > threshold) winners.push(i);
    else if (r === threshold) tied.push(i);
  }
  if (tied.length > 1) tied.sort(byKey(keys));
  for (let k = 0; winners.length < count; k++) winners.push(tied[k] as number);
  return winners;
}

/** The positions that get one more unit, `left` times round the remainders sorted largest first (ties by key). */
function largestByBigInt(remainders: readonly bigint[], left: bigint, keys: readonly string[]): number[] {
  const n = remainders.length;
  const order = Array.from({ length: n }, (_, i) => i);
  const tie = byKey(keys);
  order.sort((a, b) => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    return ra !== rb ? (ra > rb ? -1 : 1) : tie(a, b);
  });
  const winners: number[] = [];
  for (let k = 0; left > 0n; k++, left -= 1n) winners.push(order[k % n] as number);
  return winners;
}

/**
 * Splits `amount` by non-negative `weights` with the largest-remainder method: each part is the floor of its exact
 * share, and the units left go one each to the largest remainders, ties broken by `keys` (not by position), so the
 * result does not depend on the order of the items. Negative weights count by their absolute value; all-zero weights
 * split the amount evenly (zero stays all zeros). A negative amount is split as its absolute value, negated.
 */
export function allocateStable(amount: bigint, weights: readonly bigint[], keys: readonly string[]): bigint[] {
  const n = weights.length;
  if (n === 0) return [];
  if (amount < 0n) return allocateStable(-amount, weights, keys).map((part) => -part);
  let total = 0n;
  for (let i = 0; i < n; i++) {
    const weight = weights[i] as bigint;
    total += weight < 0n ? -weight : weight;
  }
  const even = total === 0n;
  if (even) {
    if (amount === 0n) return new Array<bigint>(n).fill(0n);
    total = BigInt(n);
  }
  const parts: bigint[] = new Array<bigint>(n);
  const remainders: bigint[] = new Array<bigint>(n);
  let left = amount;
  for (let i = 0; i < n; i++) {
    const weight = weights[i] as bigint;
    const product = even ? amount : amount * (weight < 0n ? -weight : weight);
    const part = product / total;
    parts[i] = part;
    remainders[i] = product - part * total;
    left -= part;
  }
  if (left === 0n) return parts;
  // The units left (fewer than n) go to the largest remainders; equal remainders by key, then by position.
  const winners =
    total <= SAFE && left < BigInt(n)
      ? largestByNumber(remainders, Number(left), keys)
      : largestByBigInt(remainders, left, keys);
  for (const index of winners) parts[index] = (parts[index] as bigint) + 1n;
  return parts;
}
