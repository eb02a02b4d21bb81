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
  const looksPersonal = /^[^,0-9]+,\s*[^,0-9]+$/.test(raw.trim()) && !/\b(gmbh|ltd|inc|sa|ag|bv)\b/i.test(raw);
  const text = foldName(
    transliterate(raw)
      .replace(/[.'’/]/g, "")
      .replace(/&/g, " "),
  );
  const words = text.split(SEPARATORS).filter((w) => w.length > 0);
  const tokens: string[] = [];
  let sawLegal = false;
  for (const word of words) {
    if (/\d/.test(word)) break;
    const expanded = ABBREVIATIONS[word] ?? word;
    if (LEGAL_FORM_TOKENS.has(expanded)) {
      sawLegal = true;
      continue;
    }
    // Text after a legal form is address text the bank appended (street, city).
    if (sawLegal && tokens.length > 0) break;
    tokens.push(expanded);
  }
  return { tokens, looksPersonal };
}
