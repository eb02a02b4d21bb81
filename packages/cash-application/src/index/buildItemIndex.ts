import { BusinessDate, getCurrency, parseMinorUnits } from "@o2c/core";
import type { OpenItem } from "../model/OpenItem.js";
import { compactReference, digitKey, repairOcr, zerolessKey } from "../references/referenceKeys.js";
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
export interface ItemIndex {
  readonly items: readonly PreparedItem[];
  readonly byRepaired: ReadonlyMap<string, number[]>;
  readonly byDigits: ReadonlyMap<string, number[]>;
  readonly byPo: ReadonlyMap<string, number[]>;
  readonly byCustomer: ReadonlyMap<string, number[]>;
  /** Shapes of document numbers (`RE|8|2600`: letter prefix, digit count, first four digits). */
  readonly shapes: ReadonlySet<string>;
  readonly byZeroless: () => ReadonlyMap<string, number[]>;
  readonly byGroups: () => ReadonlyMap<string, number[]>;
  readonly bySuffix: () => ReadonlyMap<string, number[]>;
  /** Digit keys sorted, with the item index, for prefix search of cut-off references. */
  readonly sortedDigits: () => readonly (readonly [string, number])[];
  /** Four-grams of the repaired references, for fuzzy look-up when no key matches. */
  readonly ngrams: () => NgramIndex;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** The shape of a document number: letter prefix, number of digits, first four digits. */
export function shapeOf(repaired: string): string {
  const prefix = /^[A-Z]*/.exec(repaired)?.[0] ?? "";
  const digits = repaired.replace(/[^0-9]/g, "");
  return `${prefix}|${digits.length}|${digits.slice(0, 4)}`;
}

/**
 * The printed groups of a reference with leading zeros of each digit group dropped: `INV-2026-004181` and
 * `inv 2026 4181` both give `INV-2026-4181`.
 */
export function groupKey(text: string): string {
  return (text.toUpperCase().match(/[A-Z]+|[0-9]+/g) ?? [])
    .map((g) => (/^\d/.test(g) ? g.replace(/^0+(?=\d)/, "") : g))
    .join("-");
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
  // Sort by due date, issue date, id: the dates as one safe integer (yyyymmdd × 10^8 + yyyymmdd), then the id.
  const keys = new Float64Array(openItems.length);
  for (let i = 0; i < openItems.length; i++) {
    const item = openItems[i] as OpenItem;
    keys[i] = dateNumber(item.dueDate) * 1e8 + dateNumber(item.issueDate);
  }
  const order = openItems.map((_, i) => i);
  order.sort((ia, ib) => {
    const d = (keys[ia] ?? 0) - (keys[ib] ?? 0);
    if (d !== 0) return d;
    const a = (openItems[ia] as OpenItem).id;
    const b = (openItems[ib] as OpenItem).id;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const exponents = new Map<string, number>();
  const untilCache = new Map<string, string>();
  const items: PreparedItem[] = new Array(order.length);
  const byRepaired = new Map<string, number[]>();
  const byDigits = new Map<string, number[]>();
  const byPo = new Map<string, number[]>();
  const byCustomer = new Map<string, number[]>();
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
    const rawDigits = repaired.replace(/[^0-9]/g, "");
    const digits = rawDigits.replace(/^0+/, "");
    const prepared: PreparedItem = {
      index,
      id: item.id,
      customerId: item.customerId,
      isCredit: item.kind === "credit-note",
      currency: item.currency,
      exponent,
      issueDate: item.issueDate,
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
    push(byRepaired, repaired, index);
    push(byCustomer, item.customerId, index);
    shapes.add(shapeOf(repaired));
    if (digits.length >= 5) push(byDigits, digits, index);
    if (item.poNumber !== null) {
      const po = repairOcr(compactReference(item.poNumber));
      if (po.length >= 4) push(byPo, po, index);
      const poDigits = digitKey(po);
      if (poDigits.length >= 5 && poDigits !== po) push(byPo, `#${poDigits}`, index);
    }
  }
  return {
    items,
    byRepaired,
    byDigits,
    byPo,
    byCustomer,
    shapes,
    byZeroless: lazy(() => {
      const map = new Map<string, number[]>();
      for (const item of items) {
        if (item.digits.length < 5) continue;
        const zeroless = zerolessKey(item.digits);
        if (zeroless.length >= 4 && zeroless !== item.digits) push(map, zeroless, item.index);
      }
      return map;
    }),
    byGroups: lazy(() => {
      const map = new Map<string, number[]>();
      for (const item of items) push(map, groupKey(item.id), item.index);
      return map;
    }),
    bySuffix: lazy(() => {
      const map = new Map<string, number[]>();
      for (const item of items) if (item.rawDigits.length >= 5) push(map, item.rawDigits.slice(-4), item.index);
      return map;
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

/** `YYYY-MM-DD` as the number yyyymmdd (validated input). */
function dateNumber(date: string): number {
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

function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}
