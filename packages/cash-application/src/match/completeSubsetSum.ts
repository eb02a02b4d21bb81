/**
 * The subset search of `findSubsetSum` finished without a budget, meeting in the middle: the positions of a
 * solution (ascending, in the entries' order) are split into its first `h = ⌈maxSize / 2⌉` and the rest, and every
 * head of `h` positions looks up the tails whose sum makes up the target in a hash of all combinations of at most
 * `maxSize − h` positions. Solutions of at most `h` positions are heads alone.
 *
 * It reports what the depth-first search would report with an unlimited budget: the first two solutions in its
 * order (lexicographic by positions), each using the earliest of equal amounts (a solution that differs only by
 * swapping equal amounts is the same solution), and no solution that extends another one (the depth-first search
 * stops at a solution and does not go deeper).
 *
 * @param amounts - The entries' amounts in minor units, ordered by amount then preference.
 * @param target - The sum to make up.
 * @param maxSize - Most positions in a solution.
 * @param limit - Most combinations of one side to enumerate; beyond it the search is not made.
 * @returns Up to two solutions as positions into `amounts`, first first; `null` when a side has more than `limit`
 *   combinations.
 */
export function completeSubsetSum(
  amounts: Float64Array,
  target: number,
  maxSize: number,
  limit: number,
): number[][] | null {
  const n = amounts.length;
  const head = Math.ceil(maxSize / 2);
  const tail = maxSize - head;
  if (countSubsets(n, head) > limit) return null;
  const tails = new Tails(amounts, tail);
  const best = new Best();
  const solution = new Int32Array(maxSize);
  enumerate(amounts, head, true, (positions, size, sum) => {
    if (sum === target) {
      if (isSolution(amounts, positions, size, target)) best.offer(positions, size);
      return;
    }
    if (size < head) return;
    for (let k = 0; k < size; k++) solution[k] = positions[k] as number;
    tails.forEachAfter(positions[size - 1] as number, target - sum, (t) => {
      const length = tails.append(t, solution, size);
      if (isSolution(amounts, solution, length, target)) best.offer(solution, length);
    });
  });
  return best.solutions();
}

/**
 * Every tail of 1..`size` positions, by sum: flat positions (`size` slots each, -1 after the last). A tail may start
 * with an equal amount whose predecessor is the head's last position, so only its later positions skip repeats.
 */
class Tails {
  private readonly amounts: Float64Array;
  private readonly size: number;
  private readonly positions: Int32Array;
  private readonly bySum = new Map<number, number[]>();

  constructor(amounts: Float64Array, size: number) {
    this.amounts = amounts;
    this.size = size;
    this.positions = new Int32Array(Math.max(1, countSubsets(amounts.length, size) * size)).fill(-1);
    let count = 0;
    enumerate(amounts, size, false, (positions, length, sum) => {
      for (let k = 0; k < length; k++) this.positions[count * size + k] = positions[k] as number;
      const list = this.bySum.get(sum);
      if (list === undefined) this.bySum.set(sum, [count]);
      else list.push(count);
      count++;
    });
  }

  /**
   * Calls `visit` with every tail summing to `sum` that may follow a head ending at position `last`: it starts
   * after `last`, and its first amount repeats the one before it only when that one is `last`.
   */
  forEachAfter(last: number, sum: number, visit: (tail: number) => void): void {
    const matches = this.bySum.get(sum);
    if (matches === undefined) return;
    for (const t of matches) {
      const first = this.positions[t * this.size] as number;
      if (first <= last) continue;
      if (first > 0 && this.amounts[first - 1] === this.amounts[first] && first - 1 !== last) continue;
      visit(t);
    }
  }

  /** Writes tail `t`'s positions into `into` from `at` on; returns the new length. */
  append(t: number, into: Int32Array, at: number): number {
    let length = at;
    for (let k = 0; k < this.size; k++) {
      const p = this.positions[t * this.size + k] as number;
      if (p < 0) break;
      into[length++] = p;
    }
    return length;
  }
}

/** The number of subsets of 1..`size` of `n` things: Σ C(n, k) for k = 1..size. */
export function countSubsets(n: number, size: number): number {
  let total = 0;
  let choose = 1;
  for (let k = 1; k <= size && k <= n; k++) {
    choose = (choose * (n - k + 1)) / k;
    total += choose;
  }
  return Math.round(total);
}

/**
 * Calls `visit` with every combination of 1..`maxSize` positions (ascending) and its sum. With `skipFirst`, at every
 * depth only the first of equal amounts is tried (as the depth-first search does); without it, not at the first depth.
 */
function enumerate(
  amounts: Float64Array,
  maxSize: number,
  skipFirst: boolean,
  visit: (positions: Int32Array, size: number, sum: number) => void,
): void {
  const positions = new Int32Array(Math.max(1, maxSize));
  const n = amounts.length;
  const walk = (start: number, depth: number, sum: number): void => {
    let previous = Number.NaN;
    for (let i = start; i < n; i++) {
      const amount = amounts[i] as number;
      if ((depth > 0 || skipFirst) && amount === previous) continue;
      previous = amount;
      positions[depth] = i;
      visit(positions, depth + 1, sum + amount);
      if (depth + 1 < maxSize) walk(i + 1, depth + 1, sum + amount);
    }
  };
  if (maxSize > 0) walk(0, 0, 0);
}

/**
 * Whether `positions[0..size)` is a solution the depth-first search reports: of the equal amounts it uses the
 * earliest, and no shorter beginning of it sums to the target already.
 */
function isSolution(amounts: Float64Array, positions: Int32Array, size: number, target: number): boolean {
  let sum = 0;
  for (let k = 0; k < size; k++) {
    const p = positions[k] as number;
    if (p > 0 && amounts[p - 1] === amounts[p] && (k === 0 || positions[k - 1] !== p - 1)) return false;
    sum += amounts[p] as number;
    if (k < size - 1 && sum === target) return false;
  }
  return sum === target;
}

/** The two lexicographically smallest position lists offered. */
class Best {
  private readonly kept: number[][] = [];

  offer(positions: Int32Array, size: number): void {
    const candidate = Array.from(positions.subarray(0, size));
    let at = this.kept.length;
    while (at > 0 && compare(candidate, this.kept[at - 1] as number[]) < 0) at--;
    if (at >= 2) return;
    this.kept.splice(at, 0, candidate);
    if (this.kept.length > 2) this.kept.length = 2;
  }

  solutions(): number[][] {
    return this.kept;
  }
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < a.length && k < b.length; k++) {
    if (a[k] !== b[k]) return (a[k] as number) - (b[k] as number);
  }
  return a.length - b.length;
}
