import type { ItemIndex } from "../index/buildItemIndex.js";
import { mergePositions } from "../index/mergePositions.js";
import type { PreparedItem } from "../index/PreparedItem.js";
import type { ReferenceMatchKind } from "../model/MatchResult.js";
import type { ExtractedReferences, ReferenceCandidate } from "../references/extractReferences.js";
import { digitsOf, isUpper, zerolessKey } from "../references/referenceKeys.js";
import type { ScoringWeights } from "./MatchOptions.js";

/** The best way one open item was referenced. */
export interface ReferenceHit {
  readonly item: PreparedItem;
  readonly how: ReferenceMatchKind;
  readonly quality: number;
  readonly text: string;
  /** First token and token count of the remittance text the reference was read from (-1 for other sources). */
  readonly firstToken: number;
  readonly tokenCount: number;
  /** Whether it was read at the end of a remittance cut at the bank's length limit (it may be cut itself). */
  readonly atCutEnd: boolean;
}

/** All references of one payment resolved against the open items. */
export interface ReferenceHits {
  /** Document references, best per item. */
  readonly documents: ReadonlyMap<number, ReferenceHit>;
  /** Purchase-order references, best per item. */
  readonly orders: ReadonlyMap<number, ReferenceHit>;
  /**
   * A token shaped like one of the document numbering schemes matched no open item (a settled or unknown document
   * is quoted), and no document was found otherwise.
   */
  readonly unresolved: boolean;
  /** Some token shaped like a document number matched no open item, whatever else was found. */
  readonly quotesUnknown: boolean;
  /** References to items in another currency or issued on or after the value date were dropped. */
  readonly dropped: number;
}

const MAX_PREFIX_RANGE = 200;
/** Token flags in {@link findReferenceHits}. */
const USED = 1;
const ORDER = 2;
/** Quality from which a document reference is strong (see proposeForPayment). */
const STRONG_QUALITY = 0.85;

function letterPrefix(repaired: string): string {
  let end = 0;
  while (end < repaired.length && isUpper(repaired.charCodeAt(end))) end++;
  return end === repaired.length ? repaired : repaired.slice(0, end);
}

function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isUpper(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Resolves the reference candidates of a payment against the item indexes: exact and OCR-repaired document numbers,
 * digit keys, zero-less keys, trailing digits, cut-off prefixes and purchase-order numbers. A candidate glued from
 * several tokens is skipped when one of its tokens already matched on its own.
 */
export function findReferenceHits(
  extracted: ExtractedReferences,
  extra: readonly ReferenceCandidate[],
  index: ItemIndex,
  currency: string,
  valueDay: number,
  weights: ScoringWeights,
): ReferenceHits {
  const documents = new Map<number, ReferenceHit>();
  const orders = new Map<number, ReferenceHit>();
  // Per token of the remittance text: whether it matched a document (USED) or only an order number (ORDER).
  const candidates = extracted.candidates;
  let tokens = 0;
  for (const c of candidates) if (c.firstToken + c.tokenCount > tokens) tokens = c.firstToken + c.tokenCount;
  const tokenFlags = new Uint8Array(tokens);
  let dropped = 0;
  let unresolved = false;
  const offer = (
    target: Map<number, ReferenceHit>,
    item: PreparedItem,
    how: ReferenceMatchKind,
    c: ReferenceCandidate,
    factor = 1,
  ): void => {
    if (item.currency !== currency || item.issueDay >= valueDay) {
      dropped++;
      return;
    }
    const quality = weights.reference[how] * factor;
    const known = target.get(item.index);
    if (known === undefined || known.quality < quality) {
      target.set(item.index, {
        item,
        how,
        quality,
        text: c.text,
        firstToken: c.firstToken,
        tokenCount: c.tokenCount,
        atCutEnd: c.atCutEnd,
      });
    }
  };
  const unresolvedSpans: [number, number][] = [];
  const count = extra.length + candidates.length;
  for (let k = 0; k < count; k++) {
    const c = (k < extra.length ? extra[k] : candidates[k - extra.length]) as ReferenceCandidate;
    // A glued candidate over a token that matched a document is skipped; over a token that matched only an order
    // number it is a possible document number the order reading took a piece of (`2026/28382` with an order
    // `PO-28382` elsewhere): only document keys are looked up for it.
    let fragment = false;
    if (c.source === "text") {
      let overlaps = false;
      for (let t = c.firstToken; t < c.firstToken + c.tokenCount; t++) {
        if (tokenFlags[t] === USED) overlaps = true;
        else if (tokenFlags[t] === ORDER) fragment = true;
      }
      if (overlaps) continue;
    }
    let strong = false;
    const exact = index.byRepairedDigits(c.repaired, c.digits);
    if (exact !== undefined) {
      for (const i of exact) {
        const item = index.items[i];
        if (item === undefined) continue;
        const how: ReferenceMatchKind =
          c.source === "creditor-reference"
            ? "creditor-reference"
            : c.source === "rmr"
              ? "rmr"
              : c.compact === item.compact
                ? "exact"
                : "ocr";
        offer(documents, item, how, c);
      }
      strong = true;
    } else if (c.digits.length >= 5) {
      const byDigits = mergePositions(index.byDigits.get(c.digits), index.byPrintedDigits.get(c.digits));
      if (byDigits !== undefined) {
        const droppedBefore = dropped;
        const prefix = letterPrefix(c.repaired);
        for (const i of byDigits) {
          const item = index.items[i];
          if (item === undefined) continue;
          const own = letterPrefix(item.repaired);
          const clash = prefix.length >= 2 && own.length > 0 && !prefix.endsWith(own) && !own.endsWith(prefix);
          offer(
            documents,
            item,
            c.source === "creditor-reference" ? "creditor-reference" : "digits",
            c,
            clash ? 0.7 : 1,
          );
        }
        // When every item with these digits is in another currency or issued later, keep looking.
        strong = dropped - droppedBefore < byDigits.length;
      }
    }
    if (c.source === "text" && (!strong || hasLetter(c.compact))) {
      // The printed groups also when the digits matched: `INV-2026-42635` is INV-2026-042635 rather than (or as
      // well as) another customer's 2026/42635; the payer decides between them.
      const byGroups = index.byGroups(c.text, c.repaired);
      for (const i of byGroups ?? []) {
        const item = index.items[i];
        if (item !== undefined) offer(documents, item, "digits", c);
      }
      if (byGroups !== undefined) strong = true;
    }
    const raw = digitsOf(c.repaired);
    if (fragment) {
      const looksLikeDocument = strong || (c.tokenCount <= 3 && c.digits.length >= 5 && index.hasShape(c.repaired));
      if (!looksLikeDocument) continue;
      // The order reading was a piece of a document number: it goes.
      for (const [key, hit] of orders) {
        if (hit.firstToken >= c.firstToken && hit.firstToken + hit.tokenCount <= c.firstToken + c.tokenCount) {
          orders.delete(key);
        }
      }
      tokenFlags.fill(USED, c.firstToken, c.firstToken + c.tokenCount);
      if (!strong) {
        unresolved = true;
        unresolvedSpans.push([c.firstToken, c.firstToken + c.tokenCount]);
      }
      continue;
    }
    if (!strong && raw.length >= 4) {
      const zeroless = zerolessKey(c.digits);
      const byZeroless = zeroless.length >= 4 && c.digits.length >= 5 ? index.byZeroless().get(zeroless) : undefined;
      for (const i of byZeroless ?? []) {
        const item = index.items[i];
        // Only items whose own number has zeros the reference dropped.
        if (item !== undefined && item.digits.length >= 5 && item.digits.length > c.digits.length) {
          offer(documents, item, "zeroless", c);
        }
      }
      // Trailing digits as typed, leading zeros kept (`0016` for INV-2026-050016); not for a reference at the cut
      // end of the remittance, whose digits are the beginning of a number rather than its end.
      if (c.tokenCount === 1 && raw.length >= 4 && !c.atCutEnd) {
        for (const i of index.bySuffix().get(raw) ?? []) {
          const item = index.items[i];
          if (item !== undefined) offer(documents, item, "suffix", c, Math.min(1.3, 1 + 0.1 * (raw.length - 4)));
        }
      }
      if (c.atCutEnd)
        for (const i of index.withDigitPrefix(c.digits, MAX_PREFIX_RANGE)) {
          const item = index.items[i];
          if (item !== undefined && item.digits.length > c.digits.length) offer(documents, item, "truncated", c);
        }
    }
    const po = index.byPo.get(c.repaired) ?? (c.digits.length >= 5 ? index.byPo.get(`#${c.digits}`) : undefined);
    for (const i of po ?? []) {
      const item = index.items[i];
      if (item !== undefined) offer(orders, item, "purchase-order", c);
    }
    if (!strong && po === undefined && c.repaired.length >= 8 && c.digits.length >= 5 && hasLetter(c.compact)) {
      // Fuzzy: one letter typed or read as a digit or the other way round (`1NV2026060978`).
      for (const i of index.withinOneLetterEdit(c.repaired)) {
        const item = index.items[i];
        if (item !== undefined) {
          offer(documents, item, "fuzzy", c);
          strong = true;
        }
      }
    }
    if (strong || po !== undefined) {
      // A token that matched a document stays so; one that matched an order number may still match a document.
      if (c.source === "text") {
        for (let t = c.firstToken; t < c.firstToken + c.tokenCount; t++) {
          if (strong || tokenFlags[t] !== USED) tokenFlags[t] = strong ? USED : ORDER;
        }
      }
    } else if (c.tokenCount <= 3 && c.digits.length >= 5 && index.hasShape(c.repaired)) {
      unresolved = true;
      if (c.source === "text") unresolvedSpans.push([c.firstToken, c.firstToken + c.tokenCount]);
    }
  }
  // A weak hit read from a piece of a quoted document number that is not open says nothing about other items.
  if (unresolvedSpans.length > 0) {
    for (const [key, hit] of documents) {
      if (hit.quality >= STRONG_QUALITY || hit.firstToken < 0) continue;
      const inside = unresolvedSpans.some(
        ([from, to]) => hit.firstToken >= from && hit.firstToken + hit.tokenCount <= to,
      );
      if (inside) documents.delete(key);
    }
  }
  let anyStrong = false;
  for (const h of documents.values()) if (h.quality >= STRONG_QUALITY) anyStrong = true;
  return {
    documents,
    orders,
    unresolved: unresolved && !anyStrong && orders.size === 0,
    quotesUnknown: unresolved,
    dropped,
  };
}
