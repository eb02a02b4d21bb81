import { BusinessDate, getCurrency } from "@o2c/core";
import type { OpenItem } from "../model/OpenItem.js";
import {
  compactReference,
  digitKey,
  digitsOf,
  isUpper,
  repairOcr,
  withoutLeadingZeros,
  zerolessKey,
} from "../references/referenceKeys.js";
import { DigitIndex, digitKeyNumber } from "./DigitIndex.js";
import { KeyIndex } from "./KeyIndex.js";
import { letterEdit } from "./letterEdit.js";
import { mergePositions } from "./mergePositions.js";
import { NumberKeyIndex } from "./NumberKeyIndex.js";
import { PreparedItem } from "./PreparedItem.js";
import { minorUnitsOf } from "./plainMinorUnits.js";

/** Look-up of item positions by a string key. */
export interface Lookup {
  /** The positions under `key`, ascending, or `undefined` when there are none. */
  get(key: string): readonly number[] | undefined;
}

/**
 * Indexes over the open items; every list is ordered by due date, issue date, id. The exact indexes are built at
 * once; the indexes only weak references need (zero-less, groups, suffixes, prefixes, short digit keys) on first use.
 */
export interface ItemIndex {
  readonly items: readonly PreparedItem[];
  /** By OCR-repaired compact document number (served by the digit index where the number has 5 digits or more). */
  readonly byRepaired: Lookup;
  /** {@link ItemIndex.byRepaired} for a key whose digit key (`digitKey(repaired)`) is known already. */
  byRepairedDigits(repaired: string, digits: string): readonly number[] | undefined;
  readonly byDigits: DigitIndex;
  /**
   * By the digit key of the id as printed (`digitKey(compact)`), only for the items where OCR repair changed it: a
   * word between the digit groups (the `INV` of `2026-INV-4549`) reads as digits there, and payers who drop the word
   * quote `2026-4549`.
   */
  readonly byPrintedDigits: KeyIndex;
  readonly byPo: KeyIndex;
  /** Each customer's items, by due date, issue date, id. */
  readonly byCustomer: ReadonlyMap<string, PreparedItem[]>;
  /**
   * Whether some item's document number has the shape of `repaired` (an OCR-repaired compact reference): the same
   * letter prefix, number of digits and first four digits (`RE|8|2600`).
   */
  hasShape(repaired: string): boolean;
  /** By {@link zerolessKey} of the digit key; every item, filter by digit length at the look-up. */
  readonly byZeroless: () => ZerolessLookup;
  /**
   * The items whose id has the printed groups of `text` (equal {@link groupKey}; served by the zero-less index, whose
   * keys are read from OCR-repaired references: `repaired` is `repairOcr(compactReference(text))`).
   */
  byGroups(text: string, repaired: string): readonly number[] | undefined;
  /**
   * By trailing digits (leading zeros kept): `get(raw)` gives the items with five digits or more whose digits, longer
   * than `raw`, end with `raw` (`0016` finds INV-2026-050016).
   */
  readonly bySuffix: () => Lookup;
  /**
   * The items whose digit key (five digits or more) starts with `prefix`, ordered by digit key then position; none
   * when more than `limit` do.
   */
  withDigitPrefix(prefix: string, limit: number): number[];
  /**
   * The items whose repaired reference is one letter edit away from `query` (see `letterEdit`): one character
   * differs, is inserted or is missing, and it is a letter on at least one side (`1NV2026060978` for
   * `INV2026060978`). Queries shorter than 8 characters find nothing.
   *
   * @returns Positions, ascending.
   */
  withinOneLetterEdit(query: string): number[];
}

/** {@link Lookup} by zero-less key, also by the number a key of up to 15 digits spells. */
export interface ZerolessLookup extends Lookup {
  getNumber(key: number): readonly number[] | undefined;
}

/** The facts of a repaired reference that the indexes are built on, read in one pass. */
interface DigitFacts {
  /** Length of the leading letter prefix. */
  prefix: number;
  /** Number of digits, leading zeros included. */
  raw: number;
  /** Number of digits without leading zeros (the digit key's length). */
  significant: number;
  /** The number the digits spell, when the digit key has at most 15 digits; otherwise -1. */
  value: number;
  /** The first four digits (fewer when there are fewer) as a number. */
  first: number;
}

/** The one result object of {@link readDigits}, overwritten by every call: read its fields before the next call. */
const facts: DigitFacts = { prefix: 0, raw: 0, significant: 0, value: 0, first: 0 };

function readDigits(repaired: string): DigitFacts {
  let prefix = 0;
  while (prefix < repaired.length && isUpper(repaired.charCodeAt(prefix))) prefix++;
  let raw = 0;
  let significant = 0;
  let value = 0;
  let first = 0;
  for (let i = 0; i < repaired.length; i++) {
    const digit = repaired.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) continue;
    if (raw < 4) first = first * 10 + digit;
    raw++;
    if (significant > 0 || digit !== 0) significant++;
    value = value * 10 + digit;
  }
  facts.prefix = prefix;
  facts.raw = raw;
  facts.significant = significant;
  facts.value = significant <= 15 ? value : -1;
  facts.first = first;
  return facts;
}

/**
 * Shapes of document numbers (letter prefix, number of digits, first four digits) as small integers: prefixes of up
 * to six letters in base 27, digit count and first digits as `count × 10^4 + first`; longer prefixes by string.
 */
class ShapeSet {
  private readonly byPrefix = new Map<number, Set<number>>();
  private readonly byLongPrefix = new Map<string, Set<number>>();

  add(repaired: string, f: DigitFacts): void {
    const code = prefixCode(repaired, f.prefix);
    const digits = Math.min(f.raw, 100_000) * 10_000 + f.first;
    let set = code >= 0 ? this.byPrefix.get(code) : this.byLongPrefix.get(repaired.slice(0, f.prefix));
    if (set === undefined) {
      set = new Set();
      if (code >= 0) this.byPrefix.set(code, set);
      else this.byLongPrefix.set(repaired.slice(0, f.prefix), set);
    }
    set.add(digits);
  }

  has(repaired: string, f: DigitFacts): boolean {
    const code = prefixCode(repaired, f.prefix);
    const set = code >= 0 ? this.byPrefix.get(code) : this.byLongPrefix.get(repaired.slice(0, f.prefix));
    return set?.has(Math.min(f.raw, 100_000) * 10_000 + f.first) ?? false;
  }
}

/** The first `length` characters (letters A-Z) in base 27, or -1 when there are more than six. */
function prefixCode(text: string, length: number): number {
  if (length > 6) return -1;
  let code = 0;
  for (let i = 0; i < length; i++) code = code * 27 + (text.charCodeAt(i) - 64);
  return code;
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

/** Whether {@link groupKey} of `text` is `key`, without building it. */
export function groupKeyEquals(text: string, key: string): boolean {
  let k = 0;
  let group = 0;
  let zeros = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return groupKey(text) === key;
    if (c >= 97 && c <= 122) c -= 32;
    const kind = c >= 65 && c <= 90 ? 1 : c >= 48 && c <= 57 ? 2 : 0;
    if (kind !== group) {
      if (group === 2 && zeros && key.charCodeAt(k++) !== 48) return false;
      if (kind !== 0 && k > 0 && key.charCodeAt(k++) !== 45) return false;
      group = kind;
      zeros = kind === 2;
    }
    if (kind === 1) {
      if (key.charCodeAt(k++) !== c) return false;
    } else if (kind === 2) {
      if (zeros && c === 48) continue;
      zeros = false;
      if (key.charCodeAt(k++) !== c) return false;
    }
  }
  if (group === 2 && zeros && key.charCodeAt(k++) !== 48) return false;
  return k === key.length;
}

/** The number {@link nonZeroDigits} of `text` spells (0 for none), or -1 beyond 15 digits. */
function nonZeroDigitNumber(text: string): number {
  let value = 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 1 || digit > 9) continue;
    if (++count > 15) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The digits of `text` other than zeros, in order (`zerolessKey(digitKey(text))`). */
function nonZeroDigits(text: string): string {
  let out = "";
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c >= 49 && c <= 57) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out += text.slice(start, i);
      start = -1;
    }
  }
  return out;
}

/** `amount × percent / 100` rounded half up to minor units, in integers (percent with up to 4 decimals). */
export function discountOf(amount: number, percent: string): number {
  const [whole = "0", fraction = ""] = percent.split(".");
  const scaled = Number(whole + fraction.padEnd(4, "0")); // percent × 10^4, at most 999,999
  if (amount >= 0 && amount <= 9_000_000_000) {
    // amount × scaled < 2^53: the product is exact in a double; the quotient is corrected to the exact floor.
    const product = amount * scaled;
    let q = Math.floor(product / 1_000_000);
    let r = product - q * 1_000_000;
    if (r < 0) {
      q -= 1;
      r += 1_000_000;
    } else if (r >= 1_000_000) {
      q += 1;
      r -= 1_000_000;
    }
    return r * 2 >= 1_000_000 ? q + 1 : q;
  }
  const product = BigInt(amount) * BigInt(scaled);
  const divisor = 1_000_000n; // 100 × 10^4
  let q = product / divisor;
  if ((product % divisor) * 2n >= divisor) q += 1n;
  return Number(q);
}

/** The number the digits of a zero-less key spell (no zeros, so no leading zero); the empty key is 0. */
function zerolessNumber(value: number): number {
  let out = 0;
  let scale = 1;
  for (let v = value; v > 0; v = Math.floor(v / 10)) {
    const digit = v % 10;
    if (digit === 0) continue;
    out += digit * scale;
    scale *= 10;
  }
  return out;
}

/** What the first pass learns of every item, by position. */
interface PreparedFacts {
  readonly items: PreparedItem[];
  /** The number the digit key spells (-1 beyond 15 digits). */
  readonly values: Float64Array;
  /** The digit key's length. */
  readonly significant: Uint8Array;
  /** The count of all digits, leading zeros included. */
  readonly rawCounts: Uint8Array;
  /** The customer's ordinal (in order of first appearance). */
  readonly customerOf: Int32Array;
  readonly poKeys: (string[] | undefined)[];
  readonly customerIds: string[];
  readonly shapes: ShapeSet;
}

/**
 * The first pass, in input order (the records are read where the parser laid them out, one after the other): each
 * item prepared at its position (`rank`), with the facts the indexes are built on. Each pass is a function of its
 * own, so that the compiler optimizes each loop with its own feedback.
 */
function prepareItems(openItems: readonly OpenItem[], rank: Int32Array): PreparedFacts {
  const count = rank.length;
  const exponents = new Map<string, number>();
  let lastCurrency = "";
  let lastExponent = 0;
  const untilCache = new Map<number, number>();
  const items: PreparedItem[] = new Array(count);
  // Per position: the number the digit key spells (-1 beyond 15 digits), the key's length, the count of all digits,
  // the customer's ordinal and the order-number keys.
  const values = new Float64Array(count);
  const significant = new Uint8Array(count);
  const rawCounts = new Uint8Array(count);
  const customerOf = new Int32Array(count);
  const poKeys: (string[] | undefined)[] = new Array(count);
  const customerIds: string[] = [];
  const customerOrdinals = new Map<string, number>();
  const shapes = new ShapeSet();
  for (let i = 0; i < count; i++) {
    const item = openItems[i] as OpenItem;
    const index = rank[i] as number;
    let exponent = item.currency === lastCurrency ? lastExponent : exponents.get(item.currency);
    if (exponent === undefined) {
      exponent = getCurrency(item.currency).exponent;
      exponents.set(item.currency, exponent);
    }
    lastCurrency = item.currency;
    lastExponent = exponent;
    const amount = minorUnitsOf(item.amount, exponent);
    const open = minorUnitsOf(item.openAmount, exponent);
    const issueDay = dateNumber(item.issueDate);
    let discounted: number | null = null;
    let discountUntilDay = 0;
    if (item.terms !== null && item.kind === "invoice") {
      // Discount = amount × percent / 100, rounded half up to minor units (FORMAT.md section 3).
      discounted = amount - discountOf(amount, item.terms.discountPercent);
      // Days since 1970 × 512 + discount days: a small integer for every valid date, cheap to hash.
      const key = epochDay(item.issueDate) * 512 + item.terms.discountDays;
      discountUntilDay = untilCache.get(key) ?? 0;
      if (discountUntilDay === 0) {
        discountUntilDay = dateNumber(BusinessDate.parse(item.issueDate).addDays(item.terms.discountDays).toString());
        untilCache.set(key, discountUntilDay);
      }
    }
    const prepared = new PreparedItem(
      index,
      item.id,
      item.customerId,
      item.kind === "credit-note",
      item.currency,
      exponent,
      issueDay,
      dateNumber(item.dueDate),
      amount,
      open,
      item.poNumber,
      discounted,
      discountUntilDay,
    );
    items[index] = prepared;
    let customer = customerOrdinals.get(item.customerId);
    if (customer === undefined) {
      customer = customerIds.length;
      customerIds.push(item.customerId);
      customerOrdinals.set(item.customerId, customer);
    }
    customerOf[index] = customer;
    const repaired = prepared.repaired;
    const f = readDigits(repaired);
    values[index] = f.value;
    significant[index] = Math.min(255, f.significant);
    rawCounts[index] = Math.min(255, f.raw);
    shapes.add(repaired, f);
    if (item.poNumber !== null) poKeys[index] = purchaseOrderKeys(item.poNumber);
  }
  return { items, values, significant, rawCounts, customerOf, poKeys, customerIds, shapes };
}

/** The second pass, in order: positions go into the indexes ascending, as their look-ups promise. */
function indexPrepared(facts: PreparedFacts): {
  shortRepaired: KeyIndex;
  byDigits: DigitIndex;
  byPrintedDigits: KeyIndex;
  /** Positions of the items in {@link ItemIndex.byPrintedDigits}, ascending. */
  printedVariants: number[];
  /** The digits of each of those items' id as printed (`digitsOf(compact)`, leading zeros kept), in that order. */
  printedDigits: string[];
  byPo: KeyIndex;
  byCustomer: Map<string, PreparedItem[]>;
} {
  const { items, values, significant, customerOf, poKeys, customerIds } = facts;
  const count = items.length;
  const shortRepaired = new KeyIndex();
  const byDigits = new DigitIndex(count);
  const byPo = new KeyIndex();
  const byPrintedDigits = new KeyIndex();
  const printedVariants: number[] = [];
  const printedDigits: string[] = [];
  const sizes = new Int32Array(customerIds.length);
  for (let index = 0; index < count; index++) {
    const item = items[index] as PreparedItem;
    const length = significant[index] as number;
    if (length < 5) shortRepaired.add(item.repaired, index);
    else if ((values[index] as number) >= 0) byDigits.addNumber(values[index] as number, index);
    else byDigits.add(item.digits, index);
    if (item.repaired !== item.compact) {
      const raw = digitsOf(item.compact);
      const printed = withoutLeadingZeros(raw);
      if (printed.length >= 5 && printed !== item.digits) {
        byPrintedDigits.add(printed, index);
        printedVariants.push(index);
        printedDigits.push(raw);
      }
    }
    const keys = poKeys[index];
    if (keys !== undefined) for (const key of keys) byPo.add(key, index);
    const c = customerOf[index] as number;
    sizes[c] = (sizes[c] as number) + 1;
  }
  const lists: PreparedItem[][] = customerIds.map((_, c) => new Array<PreparedItem>(sizes[c] as number));
  const filled = new Int32Array(customerIds.length);
  for (let index = 0; index < count; index++) {
    const c = customerOf[index] as number;
    const at = filled[c] as number;
    (lists[c] as PreparedItem[])[at] = items[index] as PreparedItem;
    filled[c] = at + 1;
  }
  const byCustomer = new Map<string, PreparedItem[]>();
  for (let c = 0; c < customerIds.length; c++) byCustomer.set(customerIds[c] as string, lists[c] as PreparedItem[]);
  return { shortRepaired, byDigits, byPrintedDigits, printedVariants, printedDigits, byPo, byCustomer };
}

/** Builds the reference, purchase-order, customer and prefix indexes over validated open items. */
export function buildItemIndex(openItems: readonly OpenItem[]): ItemIndex {
  const order = sortByDueIssueId(openItems);
  const count = order.length;
  // Position of each input item in the order.
  const rank = new Int32Array(count);
  for (let k = 0; k < count; k++) rank[order[k] as number] = k;
  const facts = prepareItems(openItems, rank);
  const { items, values, significant, rawCounts, shapes } = facts;
  const { shortRepaired, byDigits, byPrintedDigits, printedVariants, printedDigits, byPo, byCustomer } =
    indexPrepared(facts);
  const byRepairedDigits = (key: string, d: string): readonly number[] | undefined => {
    if (d.length < 5) return shortRepaired.get(key);
    return only(byDigits.get(d), (i) => items[i]?.repaired === key);
  };
  const byRepaired: Lookup = { get: (key) => byRepairedDigits(key, digitKey(key)) };
  const byZeroless = lazy((): ZerolessLookup => {
    const numbers = new NumberKeyIndex(count);
    const strings = new KeyIndex();
    for (let i = 0; i < count; i++) {
      const value = values[i] as number;
      if (value >= 0) {
        numbers.add(zerolessNumber(value), i);
        continue;
      }
      const key = zerolessKey((items[i] as PreparedItem).digits);
      const n = key.length === 0 ? 0 : digitKeyNumber(key);
      if (n < 0) strings.add(key, i);
      else numbers.add(n, i);
    }
    // The zero-less keys of the digits as printed, where OCR repair changed them (`264125` for SI26004125, whose
    // repaired digits are 5126004125).
    const printed = new KeyIndex();
    for (let k = 0; k < printedVariants.length; k++) {
      printed.add(zerolessKey(printedDigits[k] as string), printedVariants[k] as number);
    }
    return {
      get(key) {
        const n = key.length === 0 ? 0 : digitKeyNumber(key);
        return mergePositions(n < 0 ? strings.get(key) : numbers.get(n), printed.get(key));
      },
      getNumber: (key) => numbers.get(key),
    };
  });
  const byDigitLength = lazy(() => sortByDigitLength(values, significant, items));
  // Items whose digit key has fewer than five digits, by the number it spells (0 for none).
  const shortByDigits = lazy(() => {
    const index = new NumberKeyIndex(count);
    for (let i = 0; i < count; i++) if ((significant[i] as number) < 5) index.add(values[i] as number, i);
    return index;
  });
  return {
    items,
    byRepaired,
    byDigits,
    byPrintedDigits,
    byPo,
    byCustomer,
    hasShape: (repaired) => shapes.has(repaired, readDigits(repaired)),
    byZeroless,
    byRepairedDigits,
    // Equal group keys have equal repaired zero-less keys (the non-zero digits once letters next to digits are read
    // as digits, which they are alike in both): the zero-less bucket, found without making a string, is narrowed by
    // the group key, made only when the bucket is not empty.
    byGroups(text, repaired) {
      const n = nonZeroDigitNumber(repaired);
      const bucket = n >= 0 ? byZeroless().getNumber(n) : byZeroless().get(nonZeroDigits(repaired));
      if (bucket === undefined) return undefined;
      const key = groupKey(text);
      return only(bucket, (i) => groupKeyEquals(items[i]?.id ?? "", key));
    },
    bySuffix: lazy(() => {
      // Chains in typed arrays over the last four digits (for references of four or five digits) and over the last
      // six (longer references, whose candidates all have seven digits or more): no maps, no per-key arrays.
      const head4 = new Int32Array(10_000).fill(-1);
      const next4 = new Int32Array(count).fill(-1);
      const head6 = new Int32Array(1_000_000).fill(-1);
      const next6 = new Int32Array(count).fill(-1);
      for (let i = count - 1; i >= 0; i--) {
        const raw = rawCounts[i] as number;
        if (raw < 5) continue;
        const value = values[i] as number;
        const digits = value >= 0 ? "" : (items[i] as PreparedItem).rawDigits;
        const s4 = value >= 0 ? value % 10_000 : Number(digits.slice(-4));
        next4[i] = head4[s4] as number;
        head4[s4] = i;
        if (raw < 7) continue;
        const s6 = value >= 0 ? value % 1_000_000 : Number(digits.slice(-6));
        next6[i] = head6[s6] as number;
        head6[s6] = i;
      }
      // The digits as printed, where OCR repair changed them (`64027` ends 2026-INV-4027, whose repaired digits end
      // 14027): by their last four and last six digits.
      const printed4 = new KeyIndex();
      const printed6 = new KeyIndex();
      const printedOf = new Map<number, string>();
      for (let k = 0; k < printedVariants.length; k++) {
        const i = printedVariants[k] as number;
        const digits = printedDigits[k] as string;
        printedOf.set(i, digits);
        if (digits.length >= 5) printed4.add(digits.slice(-4), i);
        if (digits.length >= 7) printed6.add(digits.slice(-6), i);
      }
      const printedEnding = (key: string): number[] | undefined => {
        const long = key.length >= 6;
        const candidates = (long ? printed6 : printed4).get(key.slice(long ? -6 : -4));
        if (candidates === undefined) return undefined;
        const found: number[] = [];
        for (const i of candidates) {
          const digits = printedOf.get(i) ?? "";
          if (digits.length > key.length && digits.endsWith(key)) found.push(i);
        }
        return found;
      };
      return {
        get(key: string) {
          if (!/^\d{4,}$/.test(key)) return undefined;
          const long = key.length >= 6;
          const head = long ? head6 : head4;
          const next = long ? next6 : next4;
          const exact = key.length <= 15;
          const tail = Number(key);
          const scale = 10 ** key.length;
          const found: number[] = [];
          for (let i = head[Number(key.slice(long ? -6 : -4))] as number; i >= 0; i = next[i] as number) {
            if ((rawCounts[i] as number) <= key.length) continue;
            const value = values[i] as number;
            const ends =
              exact && value >= 0 ? value % scale === tail : (items[i] as PreparedItem).rawDigits.endsWith(key);
            if (ends) found.push(i);
          }
          const all = mergePositions(found, printedEnding(key));
          return all !== undefined && all.length > 0 ? all : undefined;
        },
      };
    }),
    withDigitPrefix(prefix, limit) {
      return digitPrefixRange(byDigitLength(), items, prefix, limit);
    },
    withinOneLetterEdit(query) {
      if (query.length < 8) return [];
      const found: number[] = [];
      const take = (list: readonly number[] | undefined): void => {
        if (list === undefined) return;
        for (const i of list) {
          if (!found.includes(i) && letterEdit(query, (items[i] as PreparedItem).repaired)) found.push(i);
        }
      };
      forEachOneLetterDigitKey(
        query,
        (key) => {
          // Five digits or more (no leading zero in a number): the digit index; fewer: the short keys.
          take(key >= 10_000 ? byDigits.getNumber(key) : shortByDigits().get(key));
        },
        (key) => take(key.length >= 5 ? byDigits.get(key) : undefined),
      );
      return found.length > 1 ? found.sort((a, b) => a - b) : found;
    },
  };
}

/**
 * Calls `visit` with every digit key a reference one letter edit away from `query` can have: a letter changed into
 * a letter, added or dropped keeps the digits; a digit of the query that is a letter in the reference drops one
 * digit; a letter of the query that is a digit in the reference adds one digit where the letter stands. Keys are
 * numbers while the digits fit 15 places; longer ones go to `visitLong` as strings.
 */
function forEachOneLetterDigitKey(query: string, visit: (key: number) => void, visitLong: (key: string) => void): void {
  const digits: number[] = [];
  const letterAt: number[] = []; // for each letter of the query, how many digits precede it
  for (let i = 0; i < query.length; i++) {
    const c = query.charCodeAt(i);
    if (c >= 48 && c <= 57) digits.push(c - 48);
    else if (c >= 65 && c <= 90) letterAt.push(digits.length);
  }
  const m = digits.length;
  if (m + 1 > 15) {
    const text = digits.join("");
    const keys = new Set<string>([withoutLeadingZeros(text)]);
    for (let i = 0; i < m; i++) keys.add(withoutLeadingZeros(text.slice(0, i) + text.slice(i + 1)));
    for (const j of letterAt)
      for (let x = 0; x <= 9; x++) keys.add(withoutLeadingZeros(text.slice(0, j) + x + text.slice(j)));
    for (const key of keys) visitLong(key);
    return;
  }
  // prefix[i]: the number spelled by the first i digits; suffix[j]: by the digits from j on. A key may be visited
  // twice (a repeated digit dropped at either place): look-ups are cheap and the caller keeps each item once.
  const prefix = PREFIX;
  const suffix = SUFFIX;
  prefix[0] = 0;
  suffix[m] = 0;
  for (let i = 0; i < m; i++) prefix[i + 1] = (prefix[i] as number) * 10 + (digits[i] as number);
  for (let j = m - 1, scale = 1; j >= 0; j--, scale *= 10)
    suffix[j] = (suffix[j + 1] as number) + (digits[j] as number) * scale;
  visit(prefix[m] as number);
  for (let i = 0; i < m; i++) {
    if (i > 0 && digits[i] === digits[i - 1]) continue; // the same key as dropping the previous digit
    visit((prefix[i] as number) * 10 ** (m - i - 1) + (suffix[i + 1] as number));
  }
  for (let l = 0; l < letterAt.length; l++) {
    const j = letterAt[l] as number;
    if (l > 0 && letterAt[l - 1] === j) continue; // letters side by side: the same insertions
    const head = (prefix[j] as number) * 10;
    const scale = 10 ** (m - j);
    const tail = suffix[j] as number;
    for (let x = 0; x <= 9; x++) visit((head + x) * scale + tail);
  }
}

/** Scratch for {@link forEachOneLetterDigitKey} (at most 15 digits take the numeric path). */
const PREFIX = new Float64Array(17);
const SUFFIX = new Float64Array(17);

/** The keys an order number is found under: its repaired form and its digit keys (as printed and repaired). */
function purchaseOrderKeys(poNumber: string): string[] {
  const keys: string[] = [];
  const printed = compactReference(poNumber);
  const po = repairOcr(printed);
  if (po.length >= 4) keys.push(po);
  const poDigits = digitKey(po);
  if (poDigits.length >= 5 && poDigits !== po) keys.push(`#${poDigits}`);
  // The digits as printed too: a letter prefix read as a digit (`B42210648` → `842210648`) is still a letter when
  // the payer quotes only the number (`42210648`).
  const printedDigits = digitKey(printed);
  if (printedDigits.length >= 5 && printedDigits !== poDigits && printedDigits !== po) keys.push(`#${printedDigits}`);
  return keys;
}

/** Items with digit keys of five digits or more: per key length (5 to 15), positions sorted by key then position. */
interface DigitLengthIndex {
  /** The number each item's digit key spells (-1 beyond 15 digits). */
  readonly values: Float64Array;
  readonly byLength: readonly (readonly number[])[];
  /** Items whose digit key is longer than 15 digits, sorted by key then position. */
  readonly long: readonly number[];
}

function sortByDigitLength(
  values: Float64Array,
  significant: Uint8Array,
  items: readonly PreparedItem[],
): DigitLengthIndex {
  const byLength: number[][] = Array.from({ length: 16 }, () => []);
  const long: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const length = significant[i] as number;
    if (length < 5) continue;
    if ((values[i] as number) >= 0) byLength[length]?.push(i);
    else long.push(i);
  }
  for (const list of byLength) list.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
  long.sort((a, b) => compareDigits(items, a, b));
  return { values, byLength, long };
}

function compareDigits(items: readonly PreparedItem[], a: number, b: number): number {
  const da = (items[a] as PreparedItem).digits;
  const db = (items[b] as PreparedItem).digits;
  return da < db ? -1 : da > db ? 1 : a - b;
}

/** First position in `list` (sorted by value) whose value is at least `value`. */
function lowerBound(list: readonly number[], values: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values(list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function digitPrefixRange(
  index: DigitLengthIndex,
  items: readonly PreparedItem[],
  prefix: string,
  limit: number,
): number[] {
  const found: number[] = [];
  const keyValue = (i: number): number => index.values[i] as number;
  if (prefix.length === 0) {
    for (const list of index.byLength) for (const i of list) found.push(i);
    for (const i of index.long) found.push(i);
    if (found.length > limit) return [];
  } else {
    const p = digitKeyNumber(prefix);
    for (let length = Math.max(5, prefix.length); p >= 0 && length <= 15; length++) {
      const list = index.byLength[length] as readonly number[];
      const scale = 10 ** (length - prefix.length);
      const from = lowerBound(list, keyValue, p * scale);
      const to = lowerBound(list, keyValue, (p + 1) * scale);
      if (found.length + (to - from) > limit) return [];
      for (let k = from; k < to; k++) found.push(list[k] as number);
    }
    for (const i of index.long) {
      if ((items[i] as PreparedItem).digits.startsWith(prefix)) found.push(i);
      if (found.length > limit) return [];
    }
  }
  return found.length > 1 ? found.sort((a, b) => compareDigits(items, a, b)) : found;
}

/** Due and issue dates of every item as days since 1970, with their ranges. */
interface ItemDays {
  readonly due: Float64Array;
  readonly issue: Float64Array;
  readonly minDue: number;
  readonly maxDue: number;
  readonly minIssue: number;
  readonly maxIssue: number;
  /** The ids, by position (compared within runs of equal dates). */
  readonly ids: string[];
}

function readDays(openItems: readonly OpenItem[]): ItemDays {
  const count = openItems.length;
  const due = new Float64Array(count);
  const issue = new Float64Array(count);
  let minDue = Number.POSITIVE_INFINITY;
  let maxDue = Number.NEGATIVE_INFINITY;
  let minIssue = Number.POSITIVE_INFINITY;
  let maxIssue = Number.NEGATIVE_INFINITY;
  const ids: string[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const item = openItems[i] as OpenItem;
    const d = epochDay(item.dueDate);
    const s = epochDay(item.issueDate);
    due[i] = d;
    issue[i] = s;
    ids[i] = item.id;
    if (d < minDue) minDue = d;
    if (d > maxDue) maxDue = d;
    if (s < minIssue) minIssue = s;
    if (s > maxIssue) maxIssue = s;
  }
  return { due, issue, minDue, maxDue, minIssue, maxIssue, ids };
}

/**
 * Positions of `openItems` by due date, issue date, id. The two dates (as days since the earliest) and the position
 * are packed into one exact double and sorted natively; ids are compared only within runs of equal dates. Inputs
 * whose packed keys would pass 2^53 are sorted with a comparator instead. Each pass is a function of its own, so
 * that each loop is optimized with its own type feedback (a one-shot loop is compiled while it runs, before the code
 * after it has run once).
 */
function sortByDueIssueId(openItems: readonly OpenItem[]): number[] {
  const count = openItems.length;
  if (count === 0) return [];
  const days = readDays(openItems);
  const ids = days.ids;
  const byId = (a: number, b: number): number => {
    const ia = ids[a] as string;
    const ib = ids[b] as string;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };
  const { due, issue } = days;
  const issueSpan = days.maxIssue - days.minIssue + 1;
  if ((days.maxDue - days.minDue + 1) * issueSpan * count >= Number.MAX_SAFE_INTEGER) {
    const order = Array.from({ length: count }, (_, i) => i);
    return order.sort(
      (a, b) => (due[a] as number) - (due[b] as number) || (issue[a] as number) - (issue[b] as number) || byId(a, b),
    );
  }
  return unpackSorted(packDays(days, issueSpan), byId);
}

/** `(due − minDue) × issueSpan + issue − minIssue`, times the count, plus the position: one exact double per item. */
function packDays(days: ItemDays, issueSpan: number): Float64Array {
  const { due, issue, minDue, minIssue } = days;
  const count = due.length;
  const packed = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    packed[i] = (((due[i] as number) - minDue) * issueSpan + (issue[i] as number) - minIssue) * count + i;
  }
  return packed.sort();
}

/** The positions of sorted packed keys, each run of equal dates sorted by id. */
function unpackSorted(packed: Float64Array, byId: (a: number, b: number) => number): number[] {
  const count = packed.length;
  const order: number[] = new Array(count);
  let runStart = 0;
  let runDates = -1;
  for (let k = 0; k < count; k++) {
    const key = packed[k] as number;
    const dates = Math.floor(key / count);
    order[k] = key - dates * count;
    if (dates !== runDates) {
      if (k - runStart > 1) sortRun(order, runStart, k, byId);
      runStart = k;
      runDates = dates;
    }
  }
  if (count - runStart > 1) sortRun(order, runStart, count, byId);
  return order;
}

/** Sorts `order[from..to)` in place. */
function sortRun(order: number[], from: number, to: number, compare: (a: number, b: number) => number): void {
  const run = order.slice(from, to).sort(compare);
  for (let k = 0; k < run.length; k++) order[from + k] = run[k] as number;
}

/** Days since 1970-01-01 of a validated `YYYY-MM-DD` (proleptic Gregorian; days-from-civil). */
function epochDay(date: string): number {
  const n = dateNumber(date);
  const month = Math.floor(n / 100) % 100;
  const day = n % 100;
  const year = Math.floor(n / 10_000) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
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
