/** Remainder mod 97 of a string of letters and digits, letters as 10..35 (ISO 7064 MOD 97-10). */
function mod97(text: string): number {
  let rest = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) rest = (rest * 10 + (code - 48)) % 97;
    else if (code >= 65 && code <= 90) rest = (rest * 100 + (code - 55)) % 97;
    else return -1;
  }
  return rest;
}

/**
 * Whether a text is a valid ISO 11649 creditor reference: `RF`, two check digits, then 1 to 21 letters or digits,
 * with MOD 97-10 check digits. Spaces are ignored and letters may be lower case.
 *
 * @param text - The candidate, for example `"RF18 5390 0754 7034"`.
 * @returns `true` when the format and the check digits are right.
 * @example
 * ```ts
 * import { isValidCreditorReference } from "@o2c/cash-application";
 *
 * isValidCreditorReference("RF18 5390 0754 7034") //=> true
 * isValidCreditorReference("RF19 5390 0754 7034") //=> false
 * ```
 * @since 0.1.0
 */
export function isValidCreditorReference(text: string): boolean {
  const compact = text.replace(/\s+/g, "").toUpperCase();
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(compact)) return false;
  return mod97(`${compact.slice(4)}${compact.slice(0, 4)}`) === 1;
}

/**
 * Builds an ISO 11649 creditor reference for a reference part by computing its check digits.
 *
 * @param reference - 1 to 21 letters or digits (spaces ignored).
 * @returns The creditor reference in electronic format, for example `"RF18539007547034"`, or `null` when
 *   `reference` is not 1 to 21 letters or digits.
 * @example
 * ```ts
 * import { toCreditorReference } from "@o2c/cash-application";
 *
 * toCreditorReference("539007547034") //=> "RF18539007547034"
 * ```
 * @since 0.1.0
 */
export function toCreditorReference(reference: string): string | null {
  const compact = reference.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z0-9]{1,21}$/.test(compact)) return null;
  const check = 98 - mod97(`${compact}RF00`);
  return `RF${String(check).padStart(2, "0")}${compact}`;
}
