import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { completeSubsetSum } from "../../src/match/completeSubsetSum.js";
import { findSubsetSum, type SubsetEntry } from "../../src/match/findSubsetSum.js";

// The subset search is iterative; it must visit the same nodes in the same order as the plain recursive search
// below (the model), so that budgets cut both at the same place: same solutions, same exhaustion, for any entries,
// target, size and budget. And every solution it reports sums to the target. The search finished by meeting in the
// middle (completeSubsetSum) reports what the recursive search reports without a budget.

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

  it("finished by meeting in the middle, reports what the search reports without a budget", () => {
    const entries = fc
      .array(fc.integer({ min: -300, max: 900 }), { maxLength: 18 })
      .map((amounts) => amounts.sort((a, b) => a - b).map((amount, index) => ({ index: index * 3 + 1, amount })));
    fc.assert(
      fc.property(
        entries,
        fc.integer({ min: -300, max: 3000 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.integer({ min: 0, max: 7 }),
        (list, random, picks, maxSize) => {
          // Half the targets are sums of some entries, so that there are solutions to find.
          const target =
            random % 2 === 0 || list.length === 0
              ? random
              : picks.reduce((sum, p) => sum + (list[p % list.length] as SubsetEntry).amount, 0);
          const amounts = Float64Array.from(list, (e) => e.amount);
          const found = completeSubsetSum(amounts, target, maxSize, Number.POSITIVE_INFINITY);
          const expected = recursiveModel(list, target, maxSize, Number.POSITIVE_INFINITY).solutions;
          expect(found?.map((positions) => positions.map((p) => (list[p] as SubsetEntry).index))).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
  it("is not made when a half has more combinations than the limit", () => {
    const amounts = Float64Array.from({ length: 40 }, (_, i) => 100 + i);
    expect(completeSubsetSum(amounts, 500, 6, 10_000)).toBeNull();
    // 510 is also 100 + 133 + 138 + 139: the first two solutions in the search's order.
    expect(completeSubsetSum(amounts, 100 + 101 + 102 + 103 + 104, 6, 20_000)).toEqual([
      [0, 1, 2, 3, 4],
      [0, 33, 38, 39],
    ]);
  });
});
