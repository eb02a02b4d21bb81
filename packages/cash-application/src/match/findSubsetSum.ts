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
  const chosen: number[] = [];
  let nodes = 0;
  let exhausted = false;
  const visit = (start: number, sum: number): void => {
    if (solutions.length >= 2) return;
    if (sum === target && chosen.length > 0) {
      solutions.push([...chosen]);
      return;
    }
    if (chosen.length >= maxSize) return;
    let previous: number | null = null;
    for (let i = start; i < entries.length; i++) {
      const entry = entries[i];
      if (entry === undefined) continue;
      if (previous === entry.amount) continue;
      previous = entry.amount;
      if (entry.amount > 0 && sum + entry.amount > target) break;
      if (++nodes > budget) {
        exhausted = true;
        return;
      }
      chosen.push(entry.index);
      visit(i + 1, sum + entry.amount);
      chosen.pop();
      if (solutions.length >= 2 || exhausted) return;
    }
  };
  visit(0, 0);
  return { solutions, exhausted };
}
