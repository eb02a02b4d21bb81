/** Remainders below this fit a double exactly, so they can be sorted as numbers. */
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

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
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const byKey = (a: number, b: number): number => {
    const ka = keys[a] ?? "";
    const kb = keys[b] ?? "";
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  };
  if (total <= SAFE) {
    // Remainders are below `total`: as exact integers in doubles they compare without bigint operations.
    const numeric = new Float64Array(n);
    for (let i = 0; i < n; i++) numeric[i] = Number(remainders[i]);
    order.sort((a, b) => (numeric[b] as number) - (numeric[a] as number) || byKey(a, b));
  } else {
    order.sort((a, b) => {
      const ra = remainders[a] as bigint;
      const rb = remainders[b] as bigint;
      return ra !== rb ? (ra > rb ? -1 : 1) : byKey(a, b);
    });
  }
  for (let k = 0; left > 0n; k++) {
    const index = order[k % n] as number;
    parts[index] = (parts[index] as bigint) + 1n;
    left -= 1n;
  }
  return parts;
}
