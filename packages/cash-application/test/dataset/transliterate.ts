/** Transliteration and folding of names and texts as banks and payment formats (SEPA basic Latin) do it. */

const EXPAND: Readonly<Record<string, string>> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  Ä: "Ae",
  Ö: "Oe",
  Ü: "Ue",
  ß: "ss",
  å: "aa",
  Å: "Aa",
  ø: "oe",
  Ø: "Oe",
  æ: "ae",
  Æ: "Ae",
};

const SPECIAL: Readonly<Record<string, string>> = {
  ß: "ss",
  ø: "o",
  Ø: "O",
  æ: "ae",
  Æ: "AE",
  ł: "l",
  Ł: "L",
  ı: "i",
  đ: "d",
  Đ: "D",
  œ: "oe",
  Œ: "OE",
};

/**
 * "expand" writes German and Nordic letters as two letters (ü → ue, å → aa, ø → oe) and strips other marks;
 * "strip" drops all diacritics (ü → u, ş → s, ł → l, İ → I).
 */
export function transliterate(text: string, style: "expand" | "strip"): string {
  let out = "";
  for (const ch of text) {
    const mapped = (style === "expand" ? EXPAND[ch] : undefined) ?? SPECIAL[ch];
    out += mapped ?? ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  return out;
}

/** Upper-case ASCII letters and digits only: the key two spellings are compared by. */
export function fold(text: string): string {
  return transliterate(text, "strip")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
}

/** True when the text has characters outside printable ASCII. */
export function hasNonAscii(text: string): boolean {
  return /[^\x20-\x7e]/.test(text);
}
