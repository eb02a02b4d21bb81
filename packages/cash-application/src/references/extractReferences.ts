import { isValidCreditorReference } from "./creditorReference.js";
import { parseRmrSegments } from "./parseRmrSegments.js";
import { compactReference, digitKey, repairOcr } from "./referenceKeys.js";

/** Where a reference candidate was read. */
export type ReferenceSource = "text" | "creditor-reference" | "rmr" | "structured" | "end-to-end";

/** One piece of remittance information that may be a document or order number. */
export interface ReferenceCandidate {
  /** The text as it appeared (tokens joined by a space when several were glued together). */
  readonly text: string;
  /** {@link compactReference} of the text. */
  readonly compact: string;
  /** {@link repairOcr} of the compact text. */
  readonly repaired: string;
  /** {@link digitKey} of the repaired text. */
  readonly digits: string;
  /** Where it was read. */
  readonly source: ReferenceSource;
  /** Index of the first token it spans (text candidates), for overlap handling; -1 for other sources. */
  readonly firstToken: number;
  /** Number of tokens it spans. */
  readonly tokenCount: number;
  /** Whether the candidate ends the text of a remittance that looks cut at the bank's length limit. */
  readonly atCutEnd: boolean;
}

/** What {@link extractReferences} finds in a payment's remittance information. */
export interface ExtractedReferences {
  /** Reference candidates, single tokens first, then glued neighbours. */
  readonly candidates: readonly ReferenceCandidate[];
  /** Numbers that followed a customer-number keyword (`Kunden-Nr.`, `N° client`, `Klantnr.`, `Customer no`). */
  readonly customerNumbers: readonly string[];
}

/** Options of {@link extractReferences}. */
export interface ExtractReferencesOptions {
  /** Length at which banks cut the remittance field; a text this long may end in a cut-off reference. Default 140. */
  readonly cutLength?: number | undefined;
  /** Largest number of neighbouring tokens glued into one candidate (`INV 2026 004512`). Default 4. */
  readonly maxGlue?: number | undefined;
}

const BANK_TAG = /\b[A-Z]{4}\+/g;
const DATE = /\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))\b/g;
const AMOUNT_GROUPED = /(?<![\d/-])\d{1,3}(?:[ .,'’]\d{3})+[.,]\d{2}(?![\d-])/g;
const AMOUNT_PLAIN = /(?<![\d/-])\d+[.,]\d{2}(?![\d-])/g;
// An amount after a currency code; not when the digits go on as a document number (`EUR 2026/44567`).
const CURRENCY_AMOUNT = /\b(?:EUR|USD|GBP|CHF|JPY|SEK|NOK|DKK|PLN|CZK|HUF)\s?\d[\d.,' ]*\d\b(?![/-]\d)/gi;
const RF_IN_TEXT = /\bRF\d{2}(?: ?[A-Z0-9]){1,21}/gi;
const PERCENT = /\b\d{1,2}(?:[.,]\d{1,2})?\s?%/g;
const SPLIT = /[\s,;:+#()[\]{}<>"!?=*~\\|/]+/;
const CUSTOMER_KEYWORD =
  /^(KUNDEN?|KUNDENNR|KUNDENNUMMER|KUNDNR|KDNR|KD|CLIENT|CLIENTE|CLIENTNO|KLANT|KLANTNR|KLANTNUMMER|DEBITEUR|DEBITEURNR|DEBITOR|DEBITORNR|ASIAKAS|ASIAKASNRO|ASIAKASNUMERO|KONTRAHENT|CUSTOMER|CUSTNO|CUST|KUNDE|KUNDENR)$/;
const FILLER = /^(NR|NO|N|NUM|NUMBER|NUMMER|REF|ID|DE)$/;

/** The candidates ordered by the number of tokens they span, keeping their order otherwise (a stable sort). */
function byTokenCount(candidates: ReferenceCandidate[]): ReferenceCandidate[] {
  let sorted = true;
  for (let i = 1; i < candidates.length && sorted; i++) {
    if ((candidates[i] as ReferenceCandidate).tokenCount < (candidates[i - 1] as ReferenceCandidate).tokenCount) {
      sorted = false;
    }
  }
  if (sorted) return candidates;
  const out: ReferenceCandidate[] = [];
  let most = 0;
  for (const c of candidates) most = Math.max(most, c.tokenCount);
  for (let count = 0; count <= most; count++) for (const c of candidates) if (c.tokenCount === count) out.push(c);
  return out;
}

/** A `?NN` subfield code of an MT940 field 86 (German layout). */
const SUBFIELD = /\?(\d{2})/g;
/** Text read as a field 86: it starts with a code (after a business transaction code) or has two. */
const FIELD_86 = /^\s*\d{0,3}\?\d{2}|\?\d{2}.*\?\d{2}/;

/**
 * Field 86 of an MT940 statement passed on as it is (`?20SI26003885 MANGELRUGE EUR 7?2192,01`): the codes go. Lines
 * `?21` to `?29` and `?60` to `?63` continue the remittance of `?20` and may break inside a word or number, so they
 * join without a space; other codes separate fields.
 */
function withoutSubfields(text: string): string {
  if (!text.includes("?") || !FIELD_86.test(text)) return text;
  return text.replace(SUBFIELD, (_, code: string) => (/^(?:2[1-9]|6[0-3])$/.test(code) ? "" : " "));
}

/**
 * The text without MT940 subfield codes (see {@link withoutSubfields}), EDI `RMR` segments, bank tags, dates,
 * amounts and percentages (each replaced by a space), in that order. A pattern whose anchor character is absent
 * cannot match and is skipped.
 */
function removeNoise(text: string): string {
  let out = withoutSubfields(text);
  if (out.includes("*")) out = out.replace(/RMR\*[^~\s]*/gi, " ");
  if (out.includes("+")) out = out.replace(BANK_TAG, " ");
  if (!hasDigit(out)) return out;
  out = out.replace(DATE, " ").replace(CURRENCY_AMOUNT, " ");
  if (out.includes(".") || out.includes(",")) out = out.replace(AMOUNT_GROUPED, " ").replace(AMOUNT_PLAIN, " ");
  if (out.includes("%")) out = out.replace(PERCENT, " ");
  return out;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function candidate(
  text: string,
  source: ReferenceSource,
  firstToken: number,
  tokenCount: number,
  atCutEnd: boolean,
  compact = compactReference(text),
): ReferenceCandidate {
  const repaired = repairOcr(compact);
  return { text, compact, repaired, digits: digitKey(repaired), source, firstToken, tokenCount, atCutEnd };
}

/**
 * Reads reference candidates from remittance text: tokens and glued neighbouring tokens that contain digits, with
 * dates, amounts, percentages and bank tags (`SVWZ+`, `EREF+`) removed first, ISO 11649 creditor references
 * (`RF..`, valid check digits) unwrapped, EDI 820 `RMR` segments read, and numbers after a customer-number keyword
 * set apart.
 *
 * @param text - The remittance text.
 * @param options - Cut length and glue width.
 * @returns The candidates and the quoted customer numbers.
 * @example
 * ```ts
 * import { extractReferences } from "@o2c/cash-application";
 *
 * const found = extractReferences("Rechnung INV 2026 004512 vom 01.10.2026 EUR 1.190,00 Kunden-Nr. 000123");
 * found.candidates.some((c) => c.compact === "INV2026004512") //=> true
 * found.customerNumbers //=> ["000123"]
 * ```
 * @since 0.1.0
 */
export function extractReferences(text: string, options: ExtractReferencesOptions = {}): ExtractedReferences {
  const cutLength = options.cutLength ?? 140;
  const maxGlue = options.maxGlue ?? 4;
  const looksCut = text.length >= cutLength - 2;
  const candidates: ReferenceCandidate[] = [];
  for (const segment of parseRmrSegments(text)) candidates.push(candidate(segment.reference, "rmr", -1, 1, false));
  // Creditor references read before amounts are removed: the last group of `RF78 9000 8087 4 595,00` would
  // otherwise go with the amount. The check digits keep stray letters and digits out.
  for (const match of text.matchAll(RF_IN_TEXT)) {
    const compact = compactReference(match[0]);
    for (let end = 5; end <= compact.length; end++) {
      const reference = compact.slice(0, end);
      if (isValidCreditorReference(reference)) {
        candidates.push(candidate(reference.slice(4), "creditor-reference", -1, 1, false));
      }
    }
  }
  const cleaned = removeNoise(text);
  const raw = cleaned.split(SPLIT).filter((t) => t.length > 0);
  const endsAtCut = looksCut && !/[\s]$/.test(text);
  const customerNumbers: string[] = [];
  const tokens: { text: string; compact: string; usable: boolean }[] = [];
  let afterCustomerKeyword = false;
  for (const token of raw) {
    const compact = compactReference(token);
    if (compact.length === 0) continue;
    if (CUSTOMER_KEYWORD.test(compact) || /^(KUNDEN?|KD|CLIENT|KLANT|DEBITEUR|ASIAKAS)NR/.test(compact)) {
      afterCustomerKeyword = true;
      const glued = /\d+$/.exec(compact);
      if (glued !== null) {
        customerNumbers.push(glued[0]);
        afterCustomerKeyword = false;
      }
      tokens.push({ text: token, compact, usable: false });
      continue;
    }
    if (afterCustomerKeyword && FILLER.test(compact)) {
      tokens.push({ text: token, compact, usable: false });
      continue;
    }
    if (afterCustomerKeyword && /^[A-Z]{0,2}\d{1,8}$/.test(compact)) {
      customerNumbers.push(compact);
      afterCustomerKeyword = false;
      tokens.push({ text: token, compact, usable: false });
      continue;
    }
    afterCustomerKeyword = false;
    tokens.push({ text: token, compact, usable: true });
  }
  const last = tokens.length - 1;
  for (let start = 0; start < tokens.length; start++) {
    const first = tokens[start];
    if (first === undefined || !first.usable) continue;
    if (/^RF\d{2}/.test(first.compact)) {
      let joined = "";
      for (let end = start; end < tokens.length && end < start + 7; end++) {
        const t = tokens[end];
        if (t === undefined || !t.usable) break;
        joined += t.compact;
        if (joined.length > 25) break;
        if (joined.length >= 5 && isValidCreditorReference(joined)) {
          candidates.push(candidate(joined.slice(4), "creditor-reference", start, end - start + 1, false));
        }
      }
    }
    // The compact form of tokens joined by spaces is their compact forms joined (compacting works character by
    // character and drops the space).
    let joined = "";
    let compact = "";
    let digits = false;
    for (let end = start; end < tokens.length && end < start + maxGlue; end++) {
      const t = tokens[end];
      if (t === undefined || !t.usable) break;
      joined += `${end > start ? " " : ""}${t.text}`;
      compact += t.compact;
      const tokenDigits = hasDigit(t.compact);
      if (!tokenDigits && end > start) break;
      digits ||= tokenDigits;
      if (!digits || compact.length < 3) continue;
      candidates.push(candidate(joined, "text", start, end - start + 1, endsAtCut && end === last, compact));
    }
  }
  return { candidates: byTokenCount(candidates), customerNumbers };
}
