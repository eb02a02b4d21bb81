/** An item offered to the subset search: its index and the amount it would take. */
export interface SubsetEntry {
  readonly index: number;
  readonly amount: number;
}

/** Result of {@link findSubsetSum}: up to two distinct solutions and whether the search was cut by its budget. */
export interface SubsetSumResult {
  readonly solutions: readonly (readonly number[])[];
  readonly exhausted: boolean;
}

/**
 * Bounded search for subsets of `entries` whose amounts add up to `target` exactly. Entries must be ordered by
 * amount, then by preference (due date): among entries of equal amount only the earliest ones are used, so
 * solutions that differ only by swapping equal amounts are reported once, with the earlier items. Stops after two
 * solutions (enough to tell unique from ambiguous) or `budget` visited nodes.
 */
export function findSubsetSum(
  entries: readonly SubsetEntry[],
  target: number,
  maxSize: number,
  budget: number,
): SubsetSumResult {
  const solutions: number[][] = [];
  const n = entries.length;
  const amounts = new Float64Array(n);
  const indexes = new Int32Array(n);
  // Prefix sums over the entries (ordered by amount: credits first): the `r` smallest amounts from `i` on are the
  // next `r` negative ones, the `r` largest are the last `r` positive ones. They bound what a branch can still reach.
  const prefix = new Float64Array(n + 1);
  let negatives = 0;
  let firstPositive = n;
  for (let i = 0; i < n; i++) {
    const entry = entries[i] as SubsetEntry;
    amounts[i] = entry.amount;
    indexes[i] = entry.index;
    prefix[i + 1] = (prefix[i] as number) + entry.amount;
    if (entry.amount < 0) negatives = i + 1;
    if (entry.amount > 0 && firstPositive === n) firstPositive = i;
  }
  const total = prefix[n] as number;
  const chosen = new Int32Array(Math.max(0, maxSize));
  // Depth-first search with an explicit stack (one frame per depth: next entry to try, sum so far, last amount
  // tried), in the order a recursive search would take: the same nodes count against the budget.
  const frames = Math.max(1, maxSize + 1);
  const nextAt = new Int32Array(frames);
  const sumAt = new Float64Array(frames);
  const previousAt = new Float64Array(frames).fill(Number.NaN);
  let depth = 0;
  let nodes = 0;
  let exhausted = false;
  let fresh = true;
  search: while (depth >= 0) {
    const sum = sumAt[depth] as number;
    if (fresh) {
      fresh = false;
      if (sum === target && depth > 0) {
        solutions.push(Array.from(chosen.subarray(0, depth)));
        if (solutions.length >= 2) break;
        depth--;
        continue;
      }
      if (depth >= maxSize) {
        depth--;
        continue;
      }
    }
    const r = maxSize - depth;
    let previous = previousAt[depth] as number;
    for (let i = nextAt[depth] as number; i < n; i++) {
      const amount = amounts[i] as number;
      if (amount === previous) continue;
      previous = amount;
      if (amount > 0 && sum + amount > target) break;
      // Nothing from `i` on (at most `r` more items) can reach the target; later starts reach even less.
      const lowEnd = Math.min(i + r, negatives);
      const low = lowEnd > i ? (prefix[lowEnd] as number) - (prefix[i] as number) : 0;
      const k = Math.min(r, n - Math.max(i, firstPositive));
      const high = k > 0 ? total - (prefix[n - k] as number) : 0;
      if (sum + low > target || sum + high < target) break;
      if (++nodes > budget) {
        exhausted = true;
        break search;
      }
      chosen[depth] = indexes[i] as number;
      nextAt[depth] = i + 1;
      previousAt[depth] = previous;
      depth++;
      nextAt[depth] = i + 1;
      sumAt[depth] = sum + amount;
      previousAt[depth] = Number.NaN;
      fresh = true;
      continue search;
    }
    depth--;
  }
  return { solutions, exhausted };
}
