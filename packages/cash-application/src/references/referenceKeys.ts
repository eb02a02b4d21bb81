const OCR_TO_DIGIT: Readonly<Record<string, string>> = { O: "0", Q: "0", I: "1", L: "1", S: "5", B: "8", Z: "2" };

/** Whether a character code is one of the letters {@link repairOcr} may read as a digit (`OQILSBZ`). */
function isConfusable(code: number): boolean {
  return code === 79 || code === 81 || code === 73 || code === 76 || code === 83 || code === 66 || code === 90;
}

/**
 * Whether a confusable letter stands next to a digit: the only case in which {@link repairOcr} changes anything
 * (`/[OQILSBZ]\d|\d[OQILSBZ]/`, scanned by hand: this runs for every open item and every reference candidate).
 */
function needsRepair(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const left = text.charCodeAt(i - 1);
    const right = text.charCodeAt(i);
    if ((isConfusable(left) && isDigitCode(right)) || (isDigitCode(left) && isConfusable(right))) return true;
  }
  return false;
}

/** Whether a character code is an upper-case ASCII letter (`A`-`Z`). */
export function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Upper-case letters and digits of a text, everything else dropped: `"inv-2026/004 512"` → `"INV2026004512"`.
 *
 * @param text - A reference as printed or typed.
 * @returns The compact form.
 * @example
 * ```ts
 * import { compactReference } from "@o2c/cash-application";
 *
 * compactReference("inv-2026/004 512") //=> "INV2026004512"
 * ```
 * @since 0.1.0
 */
export function compactReference(text: string): string {
  // Most references are ASCII and many are compact already: one scan decides, the rest goes through the regular
  // expression (upper-casing non-ASCII text can add letters: `ß` becomes `SS`).
  let lower = false;
  let clean = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) continue;
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 128) return text.toUpperCase().replace(NOT_COMPACT, "");
    else clean = false;
  }
  const upper = lower ? text.toUpperCase() : text;
  return clean ? upper : upper.replace(NOT_COMPACT, "");
}

const NOT_COMPACT = /[^A-Z0-9]/g;

/**
 * Undoes the usual OCR and typing confusions inside a compact reference: a letter that looks like a digit
 * (`O`/`Q`→0, `I`/`L`→1, `S`→5, `B`→8, `Z`→2) becomes that digit when it stands next to a digit.
 * Letters away from digits (the `INV` of `INV2026...`) are kept.
 *
 * @param compact - Output of {@link compactReference}.
 * @returns The repaired reference.
 * @example
 * ```ts
 * import { repairOcr } from "@o2c/cash-application";
 *
 * repairOcr("RE26O02B36") //=> "RE26002836"
 * repairOcr("INV2026004I33") //=> "INV2026004133"
 * ```
 * @since 0.1.0
 */
export function repairOcr(compact: string): string {
  if (!needsRepair(compact)) return compact;
  const chars = compact.split("");
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < chars.length; i++) {
      const digit = OCR_TO_DIGIT[chars[i] ?? ""];
      if (digit === undefined) continue;
      const left = i > 0 ? (chars[i - 1] ?? "").charCodeAt(0) : -1;
      const right = i + 1 < chars.length ? (chars[i + 1] ?? "").charCodeAt(0) : -1;
      if (isDigitCode(left) || isDigitCode(right)) chars[i] = digit;
    }
  }
  return chars.join("");
}

/**
 * The digits of a repaired reference with leading zeros stripped: the part of a document number that survives when
 * payers drop prefixes and separators (`INV-2026-004512`, `2026004512`, `Ref 2026/004512` all give `2026004512`).
 *
 * @param compact - Output of {@link repairOcr}.
 * @returns The digit key, empty when there are no digits.
 * @example
 * ```ts
 * import { digitKey } from "@o2c/cash-application";
 *
 * digitKey("INV2026004512") //=> "2026004512"
 * digitKey("NO02026") //=> "2026"
 * ```
 * @since 0.1.0
 */
export function digitKey(compact: string): string {
  return withoutLeadingZeros(digitsOf(compact));
}

/**
 * The digits with every zero removed: matches a reference whose zero padding was dropped inside
 * (`RE26-3393` for `RE26003393`). A lossy key: use it only with corroborating evidence.
 *
 * @param digits - Output of {@link digitKey}.
 * @returns The zero-less key.
 * @example
 * ```ts
 * import { zerolessKey } from "@o2c/cash-application";
 *
 * zerolessKey("26003393") //=> "263393"
 * ```
 * @since 0.1.0
 */
export function zerolessKey(digits: string): string {
  return digits.replace(/0/g, "");
}

/** The digits of `text`, in order (leading zeros kept). */
export function digitsOf(text: string): string {
  let start = 0;
  while (start < text.length && isDigitCode(text.charCodeAt(start))) start++;
  if (start === text.length) return text;
  let out = text.slice(0, start);
  for (let i = start + 1; i < text.length; i++) if (isDigitCode(text.charCodeAt(i))) out += text[i];
  return out;
}

/** `digits` without leading zeros. */
export function withoutLeadingZeros(digits: string): string {
  let i = 0;
  while (i < digits.length && digits.charCodeAt(i) === 48) i++;
  return i === 0 ? digits : digits.slice(i);
}
