/** Length of the grams. Four characters keep posting lists short on dense number ranges. */
const N = 4;

/**
 * An n-gram (4-gram) index over reference keys for fuzzy look-up: finds the keys within one edit (substitution,
 * insertion, deletion or swap of neighbours) of a query, such as `1NV2026060978` for `INV2026060978`. Grams
 * shared by more than `maxPosting` keys are ignored when collecting candidates, and at most `maxCandidates` keys
 * are verified, so a look-up is bounded whatever the data.
 */
export class NgramIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly counts: Uint16Array;
  private readonly keys: readonly string[];

  constructor(
    keys: readonly string[],
    private readonly maxPosting = 2000,
    private readonly maxCandidates = 50,
  ) {
    this.keys = keys;
    this.counts = new Uint16Array(keys.length);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] ?? "";
      for (let i = 0; i + N <= key.length; i++) {
        const gram = key.slice(i, i + N);
        const list = this.postings.get(gram);
        if (list === undefined) this.postings.set(gram, [k]);
        else if (list[list.length - 1] !== k) list.push(k);
      }
    }
  }

  /**
   * Keys one letter edit away from `query`: one character differs, is inserted or is missing, and it is a letter on
   * at least one side (`1NV2026060978` for `INV2026060978`). A digit changed for another digit is not a fuzzy match:
   * document numbers of different customers can be one digit apart. Queries shorter than 8 characters are not
   * looked up.
   *
   * @returns Positions of the matching keys, in key order.
   */
  withinOneEdit(query: string): number[] {
    if (query.length < 8) return [];
    const touched: number[] = [];
    let grams = 0;
    for (let i = 0; i + N <= query.length; i++) {
      const list = this.postings.get(query.slice(i, i + N));
      if (list === undefined || list.length > this.maxPosting) continue;
      grams++;
      for (const k of list) {
        if (this.counts[k] === 0) touched.push(k);
        this.counts[k] = (this.counts[k] ?? 0) + 1;
      }
    }
    // One edit destroys at most N grams of the query; the best-sharing keys are verified first.
    const needed = Math.max(1, grams - N);
    const qualified: number[] = [];
    for (const k of touched) {
      if ((this.counts[k] ?? 0) >= needed) qualified.push(k);
    }
    qualified.sort((a, b) => (this.counts[b] ?? 0) - (this.counts[a] ?? 0) || a - b);
    const found: number[] = [];
    for (let q = 0; q < qualified.length && q < this.maxCandidates; q++) {
      const k = qualified[q] as number;
      if (letterEdit(query, this.keys[k] ?? "")) found.push(k);
    }
    for (const k of touched) this.counts[k] = 0;
    return found.sort((a, b) => a - b);
  }
}

function isLetter(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * Whether `a` and `b` (upper-case keys) differ by exactly one substituted, inserted or deleted character that is a
 * letter on at least one side.
 */
export function letterEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  let j = 0;
  while (j < la - i && j < lb - i && a.charCodeAt(la - 1 - j) === b.charCodeAt(lb - 1 - j)) j++;
  const restA = la - i - j;
  const restB = lb - i - j;
  if (restA > 1 || restB > 1) return false;
  return (restA === 1 && isLetter(a.charCodeAt(i))) || (restB === 1 && isLetter(b.charCodeAt(i)));
}
