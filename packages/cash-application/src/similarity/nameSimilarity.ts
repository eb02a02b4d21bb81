import { jaroWinkler } from "./jaroWinkler.js";

/** How an initial (`P CERNY` for Petra Černý) counts: less than a cut-off word or a near spelling. */
const INITIAL = 0.6;
/** Reused flags of payer tokens already matched (the function is not re-entrant). */
let usedScratch = new Uint8Array(16);

/** How one token of the reference name was found in the other name. */
function tokenScore(wanted: string, candidates: readonly string[], used: Uint8Array): number {
  let best = 0;
  let bestIndex = -1;
  for (let i = 0; i < candidates.length; i++) {
    if (used[i] === 1) continue;
    const c = candidates[i] ?? "";
    let s = 0;
    if (c === wanted) s = 1;
    else if (c.length >= 3 && wanted.startsWith(c)) s = 0.9;
    else if (wanted.length >= 3 && c.startsWith(wanted)) s = 0.9;
    else if (c.length === 1 && wanted.length >= 2 && wanted.charCodeAt(0) === c.charCodeAt(0)) s = INITIAL;
    else if (c.length >= 5 && wanted.length >= 5 && c.charCodeAt(0) === wanted.charCodeAt(0)) {
      const jw = jaroWinkler(c, wanted);
      if (jw >= 0.93) s = 0.8 * jw;
    }
    if (s > best) {
      best = s;
      bestIndex = i;
      if (s === 1) break;
    }
  }
  if (bestIndex >= 0) used[bestIndex] = 1;
  return best;
}

/**
 * Token-set similarity of a payer name to a master-data name, both already normalized with
 * {@link normalizeName}: every master-data token must be found among the payer's tokens (in any order) exactly,
 * as a cut-off or abbreviated prefix of at least 3 letters (score 0.9), as a near spelling (Jaro-Winkler of at
 * least 0.93, score 0.8 × similarity) or as its initial (`P CERNY` for Petra Černý, score 0.6). Payer tokens left over lower the score a little. Optional tokens (those that
 * followed a legal form, from `payerOptionalFrom` and `masterOptionalFrom` on) count only where they match: on
 * either side they may be the rest of a reordered name or a city the bank appended.
 *
 * @remarks `score = coverage of master tokens × (0.7 + 0.3 × coverage of payer tokens)`, each coverage over the
 * required tokens and the optional ones that matched.
 * @param payer - Tokens of the payer name.
 * @param master - Tokens of the customer name or alias.
 * @param payerOptionalFrom - Position of the payer's first optional token (`NormalizedName.optionalFrom`); none by
 *   default.
 * @param masterOptionalFrom - Position of the master name's first optional token; none by default.
 * @returns The similarity in 0..1; 0 when either side has no tokens.
 * @example
 * ```ts
 * import { nameSimilarity, normalizeName } from "@o2c/cash-application";
 *
 * nameSimilarity(["maschinenbau", "muller"], ["muller", "maschinenbau"]) //=> 1
 * nameSimilarity(["muller"], ["muller", "maschinenbau"]) < 0.6 //=> true
 * nameSimilarity(["p", "cerny"], ["petra", "cerny"]) //=> 0.8
 * const payer = normalizeName("MORETTI S.P.A. IMBALLAGGI"); // imballaggi follows the legal form
 * nameSimilarity(payer.tokens, normalizeName("Imballaggi Moretti S.p.A.").tokens, payer.optionalFrom) //=> 1
 * nameSimilarity(payer.tokens, normalizeName("Moretti SpA").tokens, payer.optionalFrom) //=> 1
 * ```
 * @since 0.1.0
 */
export function nameSimilarity(
  payer: readonly string[],
  master: readonly string[],
  payerOptionalFrom: number = payer.length,
  masterOptionalFrom: number = master.length,
): number {
  if (payer.length === 0 || master.length === 0) return 0;
  if (usedScratch.length < payer.length) usedScratch = new Uint8Array(payer.length * 2);
  const used = usedScratch;
  used.fill(0, 0, payer.length);
  let sum = 0;
  let counted = 0;
  for (let i = 0; i < master.length; i++) {
    const score = tokenScore(master[i] as string, payer, used);
    if (i < masterOptionalFrom || score > 0) {
      sum += score;
      counted++;
    }
  }
  if (counted === 0) return 0;
  const masterCoverage = sum / counted;
  let usedCount = 0;
  let payerCounted = Math.min(payerOptionalFrom, payer.length);
  for (let i = 0; i < payer.length; i++) {
    usedCount += used[i] as number;
    if (i >= payerOptionalFrom) payerCounted += used[i] as number;
  }
  return payerCounted === 0 ? masterCoverage : masterCoverage * (0.7 + (0.3 * usedCount) / payerCounted);
}
