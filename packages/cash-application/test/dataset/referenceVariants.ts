import { groupInFours, makeRfReference } from "./checkDigits.js";
import { type DocumentNumber, numberForms, referenceKey } from "./idSchemes.js";
import type { Rng } from "./random.js";

/** How a payer retypes a document number. "cut" (by the 140-character limit) is placed by the scenario itself. */
export type VariantKind =
  | "compact"
  | "separators"
  | "no-prefix"
  | "unpadded"
  | "lowercase"
  | "glued"
  | "ocr"
  | "trailing-digits"
  | "rf"
  | "grouped";

export const EASY_VARIANTS: readonly VariantKind[] = ["compact", "separators", "no-prefix", "unpadded", "lowercase"];
export const HARD_VARIANTS: readonly VariantKind[] = ["glued", "ocr", "trailing-digits", "rf", "grouped"];

export interface RenderedReference {
  /** The text to place in the remittance. */
  token: string;
  kind: VariantKind;
  /** The token already carries its word ("Rechnung2026INV7781"), so no word goes before it. */
  carriesWord: boolean;
  /** For trailing digits: the digits, to reserve in the registry. */
  suffix?: string;
}

const DIGIT_TO_LETTER: Readonly<Record<string, string>> = { "0": "O", "1": "I", "5": "S", "8": "B", "2": "Z" };
const LETTER_TO_DIGIT: Readonly<Record<string, string>> = { O: "0", I: "1", S: "5", B: "8", Z: "2" };

function ocrConfuse(rng: Rng, text: string): string | null {
  const chars = [...text];
  const positions = chars
    .map((ch, i) => (DIGIT_TO_LETTER[ch] !== undefined || LETTER_TO_DIGIT[ch] !== undefined ? i : -1))
    .filter((i) => i >= 0);
  if (positions.length === 0) return null;
  for (const i of rng.sample(positions, rng.int(1, Math.min(2, positions.length)))) {
    const ch = chars[i] ?? "";
    chars[i] = DIGIT_TO_LETTER[ch] ?? LETTER_TO_DIGIT[ch] ?? ch;
  }
  return chars.join("");
}

function changeSeparators(rng: Rng, number: DocumentNumber): string | null {
  if (number.tokens.length < 2) return null;
  for (let attempt = 0; attempt < 6; attempt++) {
    let out = "";
    number.tokens.forEach((token, i) => {
      if (i > 0) out += rng.pick([" ", "-", "/", ".", "", " "]);
      out += token.text;
    });
    if (out !== number.id && out !== numberForms(number).compact) return out;
  }
  return null;
}

function groupedDigits(rng: Rng, digits: string): string {
  const size = rng.pick([3, 4, 5]);
  if (size === 4) return groupInFours(digits);
  // Finnish and Nordic references are grouped in fives (or threes) from the right.
  const parts: string[] = [];
  for (let end = digits.length; end > 0; end -= size) parts.unshift(digits.slice(Math.max(0, end - size), end));
  return parts.join(" ");
}

/**
 * The number in the requested retyped form, or null when the form does not exist for it (no separators, no
 * letters, too long for RF) or would not identify it (`uniqueSuffix` says which trailing digits are unique).
 */
export function renderVariant(
  rng: Rng,
  number: DocumentNumber,
  kind: VariantKind,
  words: readonly string[],
  uniqueSuffix: (suffix: string) => boolean,
): RenderedReference | null {
  const forms = numberForms(number);
  const plain = (token: string | null): RenderedReference | null =>
    token === null || token === number.id ? null : { token, kind, carriesWord: false };
  switch (kind) {
    case "compact":
      return plain(forms.compact);
    case "separators":
      return plain(changeSeparators(rng, number));
    case "no-prefix": {
      const token = rng.chance(0.5) ? forms.noLetters : forms.noLettersUnpadded;
      return referenceKey(token).length >= 5 && /[A-Z]/.test(number.id) ? plain(token) : null;
    }
    case "unpadded":
      return referenceKey(forms.unpadded).length >= 5 ? plain(forms.unpadded) : null;
    case "lowercase":
      return /[A-Z]/.test(number.id) ? plain(number.id.toLowerCase()) : null;
    case "ocr":
      return plain(ocrConfuse(rng, rng.chance(0.7) ? number.id : forms.compact));
    case "glued": {
      const word = rng
        .pick(words)
        .replace(/[.:\s]+$/g, "")
        .replace(/\s+/g, "");
      const joiner = rng.pick(["", "", "#", ":", ".", "-", "NR"]);
      const body = rng.chance(0.5) ? number.id : forms.compact;
      return { token: `${word}${joiner}${body}`, kind, carriesWord: true };
    }
    case "trailing-digits": {
      const digits = forms.digits;
      for (let length = 5; length <= Math.min(8, digits.length - 1); length++) {
        const suffix = digits.slice(-length);
        if (suffix.startsWith("0")) continue;
        if (uniqueSuffix(suffix)) return { token: suffix, kind, carriesWord: false, suffix };
      }
      return null;
    }
    case "rf": {
      if (forms.compact.length > 21) return null;
      const reference = makeRfReference(forms.compact);
      return { token: rng.chance(0.5) ? groupInFours(reference) : reference, kind, carriesWord: true };
    }
    case "grouped":
      return /^\d{8,}$/.test(number.id) ? plain(groupedDigits(rng, number.id)) : null;
  }
}
