import { ABBREVIATIONS, LEGAL_FORM_TOKENS } from "./legalForms.js";
import { foldName, transliterate } from "./transliterate.js";

/** A name prepared for comparison: its distinctive tokens and whether it looks like a private person. */
export interface NormalizedName {
  /** Distinctive tokens, in order: transliterated, folded, abbreviations expanded, legal forms removed. */
  readonly tokens: readonly string[];
  /** Whether the raw name looks like `Surname, Firstname` (a private person rather than a company). */
  readonly looksPersonal: boolean;
}

const SEPARATORS = /[^a-z0-9]+/;
const STREET_WORDS = new Set([
  "via",
  "viale",
  "rue",
  "avenue",
  "av",
  "bd",
  "boulevard",
  "chemin",
  "place",
  "ul",
  "ulica",
  "road",
  "rd",
  "street",
  "lane",
  "calle",
  "avenida",
  "plaza",
  "paseo",
  "rua",
  "straat",
  "laan",
  "weg",
  "gatan",
  "gata",
  "vej",
  "vagen",
  "zi",
  "za",
  "allee",
  "platz",
  "ring",
  "gasse",
  "strase",
  "str",
  "katu",
  "tie",
  "tie",
  "utca",
  "piazza",
  "corso",
]);
const STREET_SUFFIX = /(strase|str|weg|gasse|straat|laan|gatan|vej|vagen|katu|tie|allee|platz|ring)$/;

/** {@link ABBREVIATIONS} as a map: a word such as `constructor` must not find `Object.prototype.constructor`. */
const EXPANSIONS: ReadonlyMap<string, string> = new Map(Object.entries(ABBREVIATIONS));

/** Index of the first token of a street name at the end of `tokens`, or -1. */
function findStreetStart(tokens: readonly string[]): number {
  for (let i = tokens.length - 1; i >= Math.max(1, tokens.length - 4); i--) {
    const t = tokens[i] ?? "";
    if (STREET_WORDS.has(t)) return i;
    if (i === tokens.length - 1 && t.length > 6 && STREET_SUFFIX.test(t)) return i;
  }
  return -1;
}

/** The text with `.`, `'`, `’` and `/` removed and `&` read as a space (`S.A.` = `SA`, `A&B` = `A B`). */
function withoutPunctuation(text: string): string {
  let clean = true;
  for (let i = 0; i < text.length && clean; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 39 || c === 0x2019 || c === 47 || c === 38) clean = false;
  }
  return clean ? text : text.replace(/[.'’/]/g, "").replace(/&/g, " ");
}

/**
 * Normalizes a company or payer name for comparison: transliteration (`ü`→`ue`, `é`→`e`, `ø`→`o`), case, punctuation
 * (`S.A.` = `SA`), legal forms (GmbH, Ltd, S.A., K.K., Sp. z o.o.), common abbreviations (`Intl`, `Mfg`) and
 * address text a bank appended after the legal form or from the first token with a digit on.
 *
 * @remarks Bank fields are cut at 35 or 70 characters; the last token may therefore be a cut-off word, which
 * {@link nameSimilarity} accepts as a prefix.
 * @param raw - The name as delivered.
 * @returns Its tokens and the private-person hint.
 * @example
 * ```ts
 * import { normalizeName } from "@o2c/cash-application";
 *
 * normalizeName("MÜLLER MASCHINENBAU GMBH Hauptstr. 5 Berlin").tokens //=> ["muller", "maschinenbau"]
 * normalizeName("Kozłowski Instalacje Sp. z o.o.").tokens //=> ["kozlowski", "instalacje"]
 * ```
 * @since 0.1.0
 */
export function normalizeName(raw: string): NormalizedName {
  // `Surname, Firstname`: exactly one comma (tested first: most names have none).
  const looksPersonal =
    raw.includes(",") && /^[^,0-9]+,\s*[^,0-9]+$/.test(raw.trim()) && !/\b(gmbh|ltd|inc|sa|ag|bv)\b/i.test(raw);
  const text = foldName(withoutPunctuation(transliterate(raw)));
  const words = text.split(SEPARATORS).filter((w) => w.length > 0);
  const tokens: string[] = [];
  let sawLegal = false;
  for (const word of words) {
    if (/\d/.test(word)) {
      // A house number: drop the street name before it (`Via Roma 88`, `Station Road 106`, `rue des Lilas 104`).
      const street = findStreetStart(tokens);
      if (street >= 0) tokens.length = street;
      break;
    }
    const expanded = EXPANSIONS.get(word) ?? word;
    if (LEGAL_FORM_TOKENS.has(expanded)) {
      if (tokens.length > 0) sawLegal = true;
      continue;
    }
    // Text after a legal form is address text the bank appended (street, city).
    if (sawLegal) break; // set only once a token is kept
    tokens.push(expanded);
  }
  return { tokens, looksPersonal };
}
