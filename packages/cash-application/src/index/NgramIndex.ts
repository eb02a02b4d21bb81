/** Length of the grams. Four characters keep posting lists short on dense number ranges. */
const N = 4;

/**
 * An n-gram (4-gram) index over reference keys for fuzzy look-up: finds the keys within one edit (substitution,
 * insertion, deletion or swap of neighbours) of a query, such as `1NV2026060978` for `INV2026060978`. Grams
 * shared by more than `maxPosting` keys are ignored, and only the shortest posting lists are read (a key one edit
 * away is in at least one of them), so a look-up is bounded whatever the data.
 */
export class NgramIndex {
  /** Postings of gram `g` are `postings[offsets[g] .. offsets[g + 1])`, key positions ascending. */
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;
  private readonly counts: Uint16Array;
  private readonly keys: readonly string[];
  /** Key lengths (capped at 255), read before the key itself: most candidates differ in length. */
  private readonly lengths: Uint8Array;

  constructor(
    keys: readonly string[],
    private readonly maxPosting = 2000,
  ) {
    this.keys = keys;
    this.counts = new Uint16Array(keys.length);
    this.lengths = new Uint8Array(keys.length);
    for (let k = 0; k < keys.length; k++) this.lengths[k] = Math.min(255, (keys[k] as string).length);
    // Two passes over integer gram codes: count, then fill (no per-gram arrays, no gram strings). A key's grams are
    // collected once into `codes` (rolling code, repeats within a key dropped), then counted and placed.
    const offsets = new Int32Array(GRAMS + 1);
    const starts = new Int32Array(keys.length + 1);
    let total = 0;
    for (const key of keys) total += Math.max(0, key.length - N + 1);
    const codes = new Int32Array(total);
    let at = 0;
    for (let k = 0; k < keys.length; k++) {
      starts[k] = at;
      const from = at;
      const key = keys[k] as string;
      let g = 0;
      let valid = 0; // characters of the current window that are letters or digits
      for (let i = 0; i < key.length; i++) {
        const c = charCode36(key.charCodeAt(i));
        if (c < 0) {
          valid = 0;
          g = 0;
          continue;
        }
        g = (g % GRAM_HIGH) * 36 + c;
        if (++valid < N) continue;
        let repeated = false;
        for (let j = from; j < at; j++) if (codes[j] === g) repeated = true;
        if (repeated) continue;
        codes[at++] = g;
        offsets[g + 1] = (offsets[g + 1] as number) + 1;
      }
    }
    starts[keys.length] = at;
    for (let g = 0; g < GRAMS; g++) offsets[g + 1] = (offsets[g + 1] as number) + (offsets[g] as number);
    const postings = new Int32Array(offsets[GRAMS] as number);
    const fill = offsets.slice(0, GRAMS);
    for (let k = 0; k < keys.length; k++) {
      for (let j = starts[k] as number; j < (starts[k + 1] as number); j++) {
        const g = codes[j] as number;
        const p = fill[g] as number;
        postings[p] = k;
        fill[g] = p + 1;
      }
    }
    this.offsets = offsets;
    this.postings = postings;
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
    // A key one edit away lacks at most N of the query's distinct grams, so it is in at least one of any N + 1 of
    // their posting lists: only the N + 1 shortest are read, and the keys found in them are verified directly.
    const lists: [number, number][] = [];
    const grams: number[] = [];
    for (let i = 0; i + N <= query.length; i++) {
      const g = gramAt(query, i);
      if (g < 0 || grams.includes(g)) continue;
      grams.push(g);
      const from = this.offsets[g] as number;
      const to = this.offsets[g + 1] as number;
      if (to - from > this.maxPosting) continue;
      lists.push([from, to]);
    }
    lists.sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
    const read = Math.min(lists.length, N + 1);
    const counts = this.counts;
    const touched: number[] = [];
    for (let l = 0; l < read; l++) {
      const [from, to] = lists[l] as [number, number];
      for (let p = from; p < to; p++) {
        const k = this.postings[p] as number;
        if (counts[k] === 0) {
          counts[k] = 1;
          touched.push(k);
        }
      }
    }
    const found: number[] = [];
    const length = query.length;
    const lengths = this.lengths;
    for (const k of touched) {
      counts[k] = 0;
      const keyLength = lengths[k] as number;
      if (keyLength < 255 && (keyLength - length > 1 || length - keyLength > 1)) continue;
      if (letterEdit(query, this.keys[k] as string)) found.push(k);
    }
    return found.sort((a, b) => a - b);
  }
}

/** Number of distinct grams over `A`-`Z` and `0`-`9`. */
const GRAMS = 36 ** N;
/** 36^(N-1): the rolling code drops the oldest character by taking the code modulo this. */
const GRAM_HIGH = 36 ** (N - 1);

/** Code of one character: digits 0-9, letters 10-35, anything else -1. */
function charCode36(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}

/** Integer code of the gram starting at `i`, or -1 when it holds a character other than `A`-`Z`, `0`-`9`. */
function gramAt(text: string, i: number): number {
  let g = 0;
  for (let j = i; j < i + N; j++) {
    const c = charCode36(text.charCodeAt(j));
    if (c < 0) return -1;
    g = g * 36 + c;
  }
  return g;
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
