/** Reused match flags (the function is not re-entrant: nothing it calls calls it back). */
let scratch = new Uint8Array(128);

/**
 * Jaro-Winkler similarity of two strings: 1 for equal strings, 0 for strings with nothing in common; common
 * prefixes (up to 4 characters, scaling factor 0.1) raise the score.
 *
 * @param a - First string.
 * @param b - Second string.
 * @returns The similarity in 0..1.
 * @example
 * ```ts
 * import { jaroWinkler } from "@o2c/cash-application";
 *
 * jaroWinkler("martha", "marhta").toFixed(4) //=> "0.9611"
 * jaroWinkler("abc", "abc") //=> 1
 * ```
 * @since 0.1.0
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  if (scratch.length < la + lb) scratch = new Uint8Array(2 * (la + lb));
  // Flags of matched characters: a's at [0, la), b's at [la, la + lb) of one reused buffer.
  const flags = scratch;
  flags.fill(0, 0, la + lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (flags[la + j] === 1 || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      flags[i] = 1;
      flags[la + j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (flags[i] !== 1) continue;
    while (flags[la + k] !== 1) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
