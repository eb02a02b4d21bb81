import { ABBREVIATIONS, LEGAL_FORM_TOKENS } from "./legalForms.js";
import { foldName, transliterate } from "./transliterate.js";

/** A name prepared for comparison: its distinctive tokens and whether it looks like a private person. */
export interface NormalizedName {
  /** Distinctive tokens, in order: transliterated, folded, abbreviations expanded, legal forms removed. */
  readonly tokens: readonly string[];
  /** Whether the raw name looks like `Surname, Firstname` (a private person rather than a company). */
  readonly looksPersonal: boolean;
  /**
   * Position of the first token that followed a legal form (`tokens.length` when none did): the rest of a name a
   * bank reordered (`MORETTI S.P.A. IMBALLAGGI`) or text it appended (a city). {@link nameSimilarity} counts such
   * tokens only where they match.
   */
  readonly optionalFrom: number;
}

const SEPARATORS = /[^a-z0-9]+/;
/** How many words after a legal form are kept (as optional tokens). */
const MAX_OPTIONAL = 3;
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
 * (`S.A.` = `SA`), legal forms (GmbH, Ltd, S.A., K.K., Sp. z o.o., also spelled out: Gesellschaft mit beschränkter
 * Haftung, akciová společnost, kabushiki kaisha), common abbreviations (`Intl`, `Mfg`, `Sply`) and address text from
 * the first token with a digit on. Words after a legal form are kept as optional tokens (see
 * {@link NormalizedName.optionalFrom}): a bank may have reordered the name or appended a city.
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
 * normalizeName("MORETTI S.P.A. IMBALLAGGI") //=> { tokens: ["moretti", "imballaggi"], looksPersonal: false, optionalFrom: 1 }
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
  let optionalFrom = -1;
  for (const word of words) {
    if (/\d/.test(word)) {
      // A house number: drop the street name before it (`Via Roma 88`, `Station Road 106`, `rue des Lilas 104`).
      const street = findStreetStart(tokens);
      if (street >= 0) tokens.length = street;
      break;
    }
    const expanded = EXPANSIONS.get(word) ?? word;
    if (LEGAL_FORM_TOKENS.has(expanded)) {
      if (tokens.length > 0 && optionalFrom < 0) optionalFrom = tokens.length;
      continue;
    }
    // At most a few words after a legal form: a longer tail is address text rather than a reordered name.
    if (optionalFrom >= 0 && tokens.length - optionalFrom >= MAX_OPTIONAL) break;
    tokens.push(expanded);
  }
  return {
    tokens,
    looksPersonal,
    optionalFrom: optionalFrom < 0 || optionalFrom > tokens.length ? tokens.length : optionalFrom,
  };
}
