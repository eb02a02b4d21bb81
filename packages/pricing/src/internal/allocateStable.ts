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
  const w: bigint[] = new Array<bigint>(n);
  let total = 0n;
  for (let i = 0; i < n; i++) {
    const weight = weights[i] ?? 0n;
    w[i] = weight < 0n ? -weight : weight;
    total += w[i] as bigint;
  }
  if (total === 0n) {
    if (amount === 0n) return w.map(() => 0n);
    w.fill(1n);
    total = BigInt(n);
  }
  const parts: bigint[] = new Array<bigint>(n);
  let left = amount;
  for (let i = 0; i < n; i++) {
    const part = (amount * (w[i] as bigint)) / total;
    parts[i] = part;
    left -= part;
  }
  if (left === 0n) return parts;
  const order = Array.from({ length: n }, (_, i) => i);
  const remainders = w.map((weight) => (amount * weight) % total);
  order.sort((a, b) => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    if (ra !== rb) return ra > rb ? -1 : 1;
    const ka = keys[a] ?? "";
    const kb = keys[b] ?? "";
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  });
  for (let k = 0; left > 0n; k++) {
    const index = order[k % n] as number;
    parts[index] = (parts[index] as bigint) + 1n;
    left -= 1n;
  }
  return parts;
}
