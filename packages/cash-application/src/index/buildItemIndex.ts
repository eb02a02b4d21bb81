import { BusinessDate, getCurrency, parseMinorUnits } from "@o2c/core";
import type { OpenItem } from "../model/OpenItem.js";
import { compactReference, digitKey, repairOcr, zerolessKey } from "../references/referenceKeys.js";
import { DigitIndex } from "./DigitIndex.js";
import { KeyIndex } from "./KeyIndex.js";
import { NgramIndex } from "./NgramIndex.js";

/** An open item prepared for matching: integer minor units and precomputed reference keys. */
export interface PreparedItem {
  readonly index: number;
  readonly id: string;
  readonly customerId: string;
  readonly isCredit: boolean;
  readonly currency: string;
  readonly exponent: number;
  readonly issueDate: string;
  /** The issue date as the number yyyymmdd. */
  readonly issueDay: number;
  readonly dueDate: string;
  readonly amount: number;
  readonly open: number;
  readonly po: string | null;
  /** What the customer pays when taking the early-payment discount (amount minus the discount rounded half up). */
  readonly discounted: number | null;
  /** Last value date on which the discount may be taken. */
  readonly discountUntil: string | null;
  readonly compact: string;
  readonly repaired: string;
  readonly digits: string;
  /** All digits of the repaired reference, leading zeros kept (for trailing-digit references such as `0016`). */
  readonly rawDigits: string;
}

/**
 * Indexes over the open items; every list is ordered by due date, issue date, id. The exact indexes are built at
 * once; the indexes only weak references need (zero-less, groups, suffixes, prefixes, n-grams) on first use.
 */
/** Look-up of item positions by a string key. */
export interface Lookup {
  /** The positions under `key`, ascending, or `undefined` when there are none. */
  get(key: string): readonly number[] | undefined;
}

export interface ItemIndex {
  readonly items: readonly PreparedItem[];
  /** By OCR-repaired compact document number (served by the digit index where the number has 5 digits or more). */
  readonly byRepaired: Lookup;
  readonly byDigits: DigitIndex;
  readonly byPo: KeyIndex;
  /** Each customer's items, by due date, issue date, id. */
  readonly byCustomer: ReadonlyMap<string, PreparedItem[]>;
  /** Shapes of document numbers (`RE|8|2600`: letter prefix, digit count, first four digits). */
  readonly shapes: ReadonlySet<string>;
  /** By {@link zerolessKey} of the digit key; every item, filter by digit length at the look-up. */
  readonly byZeroless: () => Lookup;
  /** By {@link groupKey} of the printed number (served by the zero-less index). */
  readonly byGroups: () => Lookup;
  /**
   * By trailing digits (leading zeros kept): `get(raw)` gives the items with five digits or more whose last four
   * (for a `raw` of four or five digits) or last six digits (longer `raw`) are those of `raw`.
   */
  readonly bySuffix: () => Lookup;
  /** Digit keys sorted, with the item index, for prefix search of cut-off references. */
  readonly sortedDigits: () => readonly (readonly [string, number])[];
  /** Four-grams of the repaired references, for fuzzy look-up when no key matches. */
  readonly ngrams: () => NgramIndex;
}

function push(map: KeyIndex, key: string, value: number): void {
  map.add(key, value);
}

/** The shape of a document number: letter prefix, number of digits, first four digits. */
export function shapeOf(repaired: string): string {
  let prefix = 0;
  while (prefix < repaired.length && isUpper(repaired.charCodeAt(prefix))) prefix++;
  let count = 0;
  let first = "";
  for (let i = 0; i < repaired.length; i++) {
    const c = repaired.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    if (count < 4) first += repaired[i];
    count++;
  }
  return `${repaired.slice(0, prefix)}|${count}|${first}`;
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * The printed groups of a reference with leading zeros of each digit group dropped: `INV-2026-004181` and
 * `inv 2026 4181` both give `INV-2026-4181`.
 */
export function groupKey(text: string): string {
  const upper = text.toUpperCase();
  let key = "";
  let group = 0; // 0 none, 1 letters, 2 digits
  let zeros = false; // inside a digit group that has only had zeros so far
  for (let i = 0; i < upper.length; i++) {
    const c = upper.charCodeAt(i);
    const kind = c >= 65 && c <= 90 ? 1 : c >= 48 && c <= 57 ? 2 : 0;
    if (kind !== group) {
      if (group === 2 && zeros) key += "0";
      if (kind !== 0 && key.length > 0) key += "-";
      group = kind;
      zeros = kind === 2;
    }
    if (kind === 1) key += upper[i];
    else if (kind === 2) {
      if (zeros && c === 48) continue;
      zeros = false;
      key += upper[i];
    }
  }
  if (group === 2 && zeros) key += "0";
  return key;
}

const PLAIN = /^-?\d+(?:\.(\d+))?$/;

/** Minor units as a safe integer; plain decimal strings without `BigInt`, anything else through core. */
function toMinor(value: string, exponent: number): number {
  const m = value.length <= 15 ? PLAIN.exec(value) : null;
  const decimals = m?.[1]?.length ?? 0;
  if (m !== null && decimals <= exponent) return Number(value.replace(".", "")) * 10 ** (exponent - decimals);
  return Number(parseMinorUnits(value, exponent));
}

/** `amount × percent / 100` rounded half up to minor units, in integers (percent with up to 4 decimals). */
export function discountOf(amount: number, percent: string): number {
  const [whole = "0", fraction = ""] = percent.split(".");
  const scaled = BigInt(whole + fraction.padEnd(4, "0")); // percent × 10^4
  const product = BigInt(amount) * scaled;
  const divisor = 1_000_000n; // 100 × 10^4
  let q = product / divisor;
  if ((product % divisor) * 2n >= divisor) q += 1n;
  return Number(q);
}

/** Builds the reference, purchase-order, customer and prefix indexes over validated open items. */
export function buildItemIndex(openItems: readonly OpenItem[]): ItemIndex {
  const order = sortByDueIssueId(openItems);
  const exponents = new Map<string, number>();
  const untilCache = new Map<string, string>();
  const items: PreparedItem[] = new Array(order.length);
  const shortRepaired = new KeyIndex();
  const byDigits = new DigitIndex();
  const byPo = new KeyIndex();
  const byCustomer = new Map<string, PreparedItem[]>();
  const shapes = new Set<string>();
  for (let index = 0; index < order.length; index++) {
    const item = openItems[order[index] as number] as OpenItem;
    let exponent = exponents.get(item.currency);
    if (exponent === undefined) {
      exponent = getCurrency(item.currency).exponent;
      exponents.set(item.currency, exponent);
    }
    const amount = toMinor(item.amount, exponent);
    const open = toMinor(item.openAmount, exponent);
    let discounted: number | null = null;
    let discountUntil: string | null = null;
    if (item.terms !== null && item.kind === "invoice") {
      // Discount = amount × percent / 100, rounded half up to minor units (FORMAT.md section 3).
      discounted = amount - discountOf(amount, item.terms.discountPercent);
      const key = `${item.issueDate}+${item.terms.discountDays}`;
      discountUntil = untilCache.get(key) ?? null;
      if (discountUntil === null) {
        discountUntil = BusinessDate.parse(item.issueDate).addDays(item.terms.discountDays).toString();
        untilCache.set(key, discountUntil);
      }
    }
    const compact = compactReference(item.id);
    const repaired = repairOcr(compact);
    const rawDigits = digitsOf(repaired);
    const digits = withoutLeadingZeros(rawDigits);
    const prepared: PreparedItem = {
      index,
      id: item.id,
      customerId: item.customerId,
      isCredit: item.kind === "credit-note",
      currency: item.currency,
      exponent,
      issueDate: item.issueDate,
      issueDay: dateNumber(item.issueDate),
      dueDate: item.dueDate,
      amount,
      open,
      po: item.poNumber,
      discounted,
      discountUntil,
      compact,
      repaired,
      digits,
      rawDigits,
    };
    items[index] = prepared;
    if (digits.length < 5) push(shortRepaired, repaired, index);
    const own = byCustomer.get(item.customerId);
    if (own === undefined) byCustomer.set(item.customerId, [prepared]);
    else own.push(prepared);
    shapes.add(shapeOf(repaired));
    if (digits.length >= 5) byDigits.add(digits, index);
    if (item.poNumber !== null) {
      const printed = compactReference(item.poNumber);
      const po = repairOcr(printed);
      if (po.length >= 4) push(byPo, po, index);
      const poDigits = digitKey(po);
      if (poDigits.length >= 5 && poDigits !== po) push(byPo, `#${poDigits}`, index);
      // The digits as printed too: a letter prefix read as a digit (`B42210648` → `842210648`) is still a letter
      // when the payer quotes only the number (`42210648`).
      const printedDigits = digitKey(printed);
      if (printedDigits.length >= 5 && printedDigits !== poDigits && printedDigits !== po) {
        push(byPo, `#${printedDigits}`, index);
      }
    }
  }
  const byRepaired: Lookup = {
    get(key) {
      const d = digitKey(key);
      if (d.length < 5) return shortRepaired.get(key);
      return only(byDigits.get(d), (i) => items[i]?.repaired === key);
    },
  };
  const byZeroless = lazy(() => {
    const map = new KeyIndex();
    for (const item of items) push(map, zerolessKey(item.digits), item.index);
    return map;
  });
  // Group keys of the items, computed on first look-up: a zero-less bucket is narrowed by them for many payments.
  const groupKeys: (string | undefined)[] = [];
  const groupOf = (i: number): string => {
    let key = groupKeys[i];
    if (key === undefined) {
      key = groupKey(items[i]?.id ?? "");
      groupKeys[i] = key;
    }
    return key;
  };
  return {
    items,
    byRepaired,
    byDigits,
    byPo,
    byCustomer,
    shapes,
    byZeroless,
    // Equal group keys have equal zero-less keys: the zero-less bucket is narrowed by the group key.
    byGroups: () => ({
      get(key) {
        return only(byZeroless().get(zerolessKey(digitKey(key))), (i) => groupOf(i) === key);
      },
    }),
    bySuffix: lazy(() => {
      // Chains in typed arrays over the last four digits (for references of four or five digits) and over the last
      // six (longer references, whose candidates all have seven digits or more): no maps, no per-key arrays.
      const head4 = new Int32Array(10_000).fill(-1);
      const next4 = new Int32Array(items.length).fill(-1);
      const head6 = new Int32Array(1_000_000).fill(-1);
      const next6 = new Int32Array(items.length).fill(-1);
      for (let i = items.length - 1; i >= 0; i--) {
        const raw = (items[i] as PreparedItem).rawDigits;
        if (raw.length < 5) continue;
        const s4 = Number(raw.slice(-4));
        next4[i] = head4[s4] as number;
        head4[s4] = i;
        if (raw.length < 7) continue;
        const s6 = Number(raw.slice(-6));
        next6[i] = head6[s6] as number;
        head6[s6] = i;
      }
      return {
        get(key: string) {
          if (!/^\d{4,}$/.test(key)) return undefined;
          const long = key.length >= 6;
          const head = long ? head6 : head4;
          const next = long ? next6 : next4;
          const found: number[] = [];
          for (let i = head[Number(key.slice(long ? -6 : -4))] as number; i >= 0; i = next[i] as number) found.push(i);
          return found.length > 0 ? found : undefined;
        },
      };
    }),
    sortedDigits: lazy(() => {
      const sorted: [string, number][] = [];
      for (const item of items) if (item.digits.length >= 5) sorted.push([item.digits, item.index]);
      sorted.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
      return sorted;
    }),
    ngrams: lazy(() => new NgramIndex(items.map((item) => item.repaired))),
  };
}

/**
 * Positions of `openItems` by due date, issue date, id. Items are bucketed by the two dates (as one number,
 * yyyymmdd × 10^8 + yyyymmdd; a data set has few distinct pairs), the buckets sorted by number and each bucket by
 * id: far fewer string comparisons than one sort of everything.
 */
function sortByDueIssueId(openItems: readonly OpenItem[]): number[] {
  const buckets = new Map<number, number[]>();
  for (let i = 0; i < openItems.length; i++) {
    const item = openItems[i] as OpenItem;
    const key = dateNumber(item.dueDate) * 1e8 + dateNumber(item.issueDate);
    const bucket = buckets.get(key);
    if (bucket === undefined) buckets.set(key, [i]);
    else bucket.push(i);
  }
  const keys = [...buckets.keys()].sort((a, b) => a - b);
  const order: number[] = [];
  const byId = (ia: number, ib: number): number => {
    const a = (openItems[ia] as OpenItem).id;
    const b = (openItems[ib] as OpenItem).id;
    return a < b ? -1 : a > b ? 1 : 0;
  };
  for (const key of keys) {
    const bucket = buckets.get(key) as number[];
    if (bucket.length > 1) bucket.sort(byId);
    for (const i of bucket) order.push(i);
  }
  return order;
}

/** The digits of `text`, in order (`repaired.replace(/[^0-9]/g, "")` without a regular expression). */
function digitsOf(text: string): string {
  let start = 0;
  while (start < text.length && isDigit(text.charCodeAt(start))) start++;
  if (start === text.length) return text;
  let out = text.slice(0, start);
  for (let i = start + 1; i < text.length; i++) if (isDigit(text.charCodeAt(i))) out += text[i];
  return out;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `digits` without leading zeros. */
function withoutLeadingZeros(digits: string): string {
  let i = 0;
  while (i < digits.length && digits.charCodeAt(i) === 48) i++;
  return i === 0 ? digits : digits.slice(i);
}

/** `YYYY-MM-DD` as the number yyyymmdd (validated input). */
export function dateNumber(date: string): number {
  return (
    ((((date.charCodeAt(0) - 48) * 10 + date.charCodeAt(1) - 48) * 10 + date.charCodeAt(2) - 48) * 10 +
      date.charCodeAt(3) -
      48) *
      10000 +
    ((date.charCodeAt(5) - 48) * 10 + date.charCodeAt(6) - 48) * 100 +
    (date.charCodeAt(8) - 48) * 10 +
    date.charCodeAt(9) -
    48
  );
}

/** The positions of `list` that pass `keep`, or `undefined` when none does. */
function only(list: readonly number[] | undefined, keep: (i: number) => boolean): readonly number[] | undefined {
  if (list === undefined) return undefined;
  let all = true;
  for (const i of list) if (!keep(i)) all = false;
  if (all) return list;
  const kept = list.filter(keep);
  return kept.length > 0 ? kept : undefined;
}

function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}
