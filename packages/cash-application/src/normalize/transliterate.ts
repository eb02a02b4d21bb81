/** Letters without a Unicode decomposition, with their usual Latin spelling (module-internal; tests use it). */
export const SPECIAL: Readonly<Record<string, string>> = {
  ß: "ss",
  ø: "o",
  Ø: "o",
  æ: "ae",
  Æ: "ae",
  œ: "oe",
  Œ: "oe",
  ł: "l",
  Ł: "l",
  đ: "d",
  Đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

const SPECIAL_PATTERN = /[ßøØæÆœŒłŁđĐðþı]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const UMLAUT = /([aou])\u0308/g;

/**
 * Transliterates a text to lower-case ASCII the way banks do: umlauts become `ae`/`oe`/`ue`, other diacritics are
 * dropped (`é`→`e`), and letters without a decomposition get their usual Latin spelling (`ø`→`o`, `ß`→`ss`,
 * `ł`→`l`).
 *
 * @remarks Banks spell `ü` either as `ue` or as `u`; {@link foldName} folds both spellings to one, so compare
 * names through it, not through this function alone.
 * @param text - Any text.
 * @returns The lower-case ASCII text.
 * @example
 * ```ts
 * import { transliterate } from "@o2c/cash-application";
 *
 * transliterate("Müller Façades Ørsted") //=> "mueller facades orsted"
 * ```
 * @since 0.1.0
 */
export function transliterate(text: string): string {
  // ASCII text has nothing to decompose or spell out: lower case is all that changes.
  if (isAscii(text)) return text.toLowerCase();
  return text
    .replace(SPECIAL_PATTERN, (ch) => SPECIAL[ch] ?? ch)
    .normalize("NFD")
    .toLowerCase()
    .replace(UMLAUT, "$1e")
    .replace(COMBINING_MARKS, "");
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Folds the two bank spellings of umlauts to one (`ue`→`u`, `oe`→`o`, `ae`→`a`) on an already transliterated,
 * lower-case text, so `Müller`, `MUELLER` and `MULLER` compare equal.
 *
 * @param text - Output of {@link transliterate}.
 * @returns The folded text.
 * @example
 * ```ts
 * import { foldName, transliterate } from "@o2c/cash-application";
 *
 * foldName(transliterate("Müller")) //=> foldName(transliterate("MULLER"))
 * ```
 * @since 0.1.0
 */
export function foldName(text: string): string {
  // Every spelling folded ends in `e`: a text without one is already folded.
  if (!text.includes("e")) return text;
  return text.replace(/ue/g, "u").replace(/oe/g, "o").replace(/ae/g, "a");
}
