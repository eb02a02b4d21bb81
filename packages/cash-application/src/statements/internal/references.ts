/** Values banks put in reference fields to say "no reference". */
const ABSENT = new Set(["", "NOTPROVIDED", "NONREF", "NOT PROVIDED", "NONE"]);

/** A reference, or `null` when it is empty or a placeholder such as `NOTPROVIDED`. */
export function cleanReference(value: string | undefined | null): string | null {
  const trimmed = value?.trim() ?? "";
  return ABSENT.has(trimmed.toUpperCase()) ? null : trimmed;
}

/** An account identifier: an IBAN without spaces and upper-cased, otherwise the text as delivered (trimmed). */
export function normaliseAccount(value: string | undefined | null): string | null {
  const trimmed = value?.trim() ?? "";
  if (trimmed === "") return null;
  const compact = trimmed.replace(/\s+/g, "").toUpperCase();
  return isIban(compact) ? compact : trimmed;
}

/** Whether a compact string is an IBAN with a valid ISO 13616 check (mod 97). */
export function isIban(value: string): boolean {
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(value) && mod97(value.slice(4) + value.slice(0, 4)) === 1;
}

/** Whether a string is an ISO 11649 creditor reference (`RF` + 2 check digits + up to 21 characters, mod 97). */
export function isCreditorReference(value: string): boolean {
  const compact = value.replace(/\s+/g, "").toUpperCase();
  return /^RF\d{2}[A-Z0-9]{1,21}$/.test(compact) && mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

/** ISO 11649 creditor references found in free text, compacted and upper-cased. */
export function findCreditorReferences(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\bRF\d{2}(?: ?[A-Z0-9]{1,4}){1,6}\b/gi)) {
    const compact = match[0].replace(/\s+/g, "").toUpperCase();
    if (isCreditorReference(compact) && !found.includes(compact)) found.push(compact);
  }
  return found;
}

function mod97(alphanumeric: string): number {
  let rest = 0;
  for (const char of alphanumeric) {
    const code = char.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : char;
    for (const digit of digits) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest;
}

/** Adds references to a list, without duplicates or empty values. */
export function addReferences(list: string[], ...references: readonly (string | null | undefined)[]): void {
  for (const reference of references) {
    const clean = cleanReference(reference);
    if (clean !== null && !list.includes(clean)) list.push(clean);
  }
}

/** Joins text fragments with single spaces, collapsing runs of white space. */
export function joinText(parts: readonly (string | null | undefined)[]): string {
  return parts
    .map((part) => part?.replace(/\s+/g, " ").trim() ?? "")
    .filter((part) => part !== "")
    .join(" ");
}
