/** Values banks put in reference fields to say "no reference". */
const ABSENT = new Set(["", "NOTPROVIDED", "NONREF", "NOT PROVIDED", "NONE"]);
const LONGEST_ABSENT = Math.max(...[...ABSENT].map((value) => value.length));

/** A reference, or `null` when it is empty or a placeholder such as `NOTPROVIDED`. */
export function cleanReference(value: string | undefined | null): string | null {
  const trimmed = value?.trim() ?? "";
  // Upper-casing never shortens a string, so nothing longer than "NOT PROVIDED" can be a placeholder.
  return trimmed.length <= LONGEST_ABSENT && ABSENT.has(trimmed.toUpperCase()) ? null : trimmed;
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
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(value) && mod97(value, 4) === 1;
}

/** Whether a string is an ISO 11649 creditor reference (`RF` + 2 check digits + up to 21 characters, mod 97). */
export function isCreditorReference(value: string): boolean {
  const compact = value.replace(/\s+/g, "").toUpperCase();
  return /^RF\d{2}[A-Z0-9]{1,21}$/.test(compact) && mod97(compact, 4) === 1;
}

/** What every ISO 11649 creditor reference starts with; most remittance texts fail this quick test. */
const MAY_HOLD_CREDITOR_REFERENCE = /RF\d{2}/i;

/** ISO 11649 creditor references found in free text, compacted and upper-cased. */
export function findCreditorReferences(text: string): string[] {
  const found: string[] = [];
  if (!MAY_HOLD_CREDITOR_REFERENCE.test(text)) return found;
  for (const match of text.matchAll(/\bRF\d{2}(?: ?[A-Z0-9]{1,4}){1,6}\b/gi)) {
    const compact = match[0].replace(/\s+/g, "").toUpperCase();
    if (isCreditorReference(compact) && !found.includes(compact)) found.push(compact);
  }
  return found;
}

/**
 * ISO 7064 MOD 97-10 of an alphanumeric string (letters count as 10..35) read from `from` to its end and then from
 * its start to `from`, as IBAN and RF checks move the first four characters to the end.
 */
function mod97(alphanumeric: string, from: number): number {
  let rest = 0;
  const length = alphanumeric.length;
  for (let k = 0; k < length; k++) {
    const code = alphanumeric.charCodeAt((k + from) % length);
    rest = code >= 65 ? (rest * 100 + code - 55) % 97 : (rest * 10 + code - 48) % 97;
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
  let joined = "";
  for (const part of parts) {
    const clean = part?.replace(/\s+/g, " ").trim() ?? "";
    if (clean !== "") joined = joined === "" ? clean : `${joined} ${clean}`;
  }
  return joined;
}
