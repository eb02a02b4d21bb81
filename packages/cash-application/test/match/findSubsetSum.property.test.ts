import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSubsetSum, type SubsetEntry } from "../../src/match/findSubsetSum.js";

// The subset search is iterative; it must visit the same nodes in the same order as the plain recursive search
// below (the model), so that budgets cut both at the same place: same solutions, same exhaustion, for any entries,
// target, size and budget. And every solution it reports sums to the target.

function recursiveModel(entries: readonly SubsetEntry[], target: number, maxSize: number, budget: number) {
  const solutions: number[][] = [];
  const n = entries.length;
  const amounts = entries.map((e) => e.amount);
  const prefix = [0];
  let negatives = 0;
  let firstPositive = n;
  entries.forEach((e, i) => {
    prefix.push((prefix[i] as number) + e.amount);
    if (e.amount < 0) negatives = i + 1;
    if (e.amount > 0 && firstPositive === n) firstPositive = i;
  });
  const total = prefix[n] as number;
  const chosen: number[] = [];
  let nodes = 0;
  let exhausted = false;
  const visit = (start: number, sum: number): void => {
    if (sum === target && chosen.length > 0) {
      solutions.push([...chosen]);
      return;
    }
    if (chosen.length >= maxSize) return;
    const r = maxSize - chosen.length;
    let previous = Number.NaN;
    for (let i = start; i < n; i++) {
      const amount = amounts[i] as number;
      if (amount === previous) continue;
      previous = amount;
      if (amount > 0 && sum + amount > target) break;
      const lowEnd = Math.min(i + r, negatives);
      const low = lowEnd > i ? (prefix[lowEnd] as number) - (prefix[i] as number) : 0;
      const k = Math.min(r, n - Math.max(i, firstPositive));
      const high = k > 0 ? total - (prefix[n - k] as number) : 0;
      if (sum + low > target || sum + high < target) break;
      if (++nodes > budget) {
        exhausted = true;
        return;
      }
      chosen.push((entries[i] as SubsetEntry).index);
      visit(i + 1, sum + amount);
      chosen.pop();
      if (solutions.length >= 2 || exhausted) return;
    }
  };
  visit(0, 0);
  return { solutions, exhausted };
}

describe("findSubsetSum", () => {
  it("visits like the recursive search: same solutions, same exhaustion; solutions sum to the target", () => {
    const entries = fc
      .array(
        fc.integer({ min: -300, max: 900 }).filter((a) => a !== 0),
        { maxLength: 16 },
      )
      .map((amounts) => amounts.sort((a, b) => a - b).map((amount, index) => ({ index: index * 3 + 1, amount })));
    fc.assert(
      fc.property(
        entries,
        fc.integer({ min: -300, max: 3000 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 400 }),
        (list, target, maxSize, budget) => {
          const result = findSubsetSum(list, target, maxSize, budget);
          expect(result).toEqual(recursiveModel(list, target, maxSize, budget));
          const amountOf = new Map(list.map((e) => [e.index, e.amount]));
          for (const solution of result.solutions) {
            expect(solution.reduce((sum, i) => sum + (amountOf.get(i) ?? Number.NaN), 0)).toBe(target);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
