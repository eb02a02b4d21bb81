import { BusinessDate, getCurrency, O2CDecimal, parseMinorUnits, roundDecimal } from "@o2c/core";
import type { OpenItem } from "../model/OpenItem.js";
import { compactReference, digitKey, repairOcr, zerolessKey } from "../references/referenceKeys.js";

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
}

/** Indexes over the open items; every list is ordered by due date, issue date, id. */
export interface ItemIndex {
  readonly items: readonly PreparedItem[];
  readonly byRepaired: ReadonlyMap<string, number[]>;
  readonly byDigits: ReadonlyMap<string, number[]>;
  readonly byZeroless: ReadonlyMap<string, number[]>;
  readonly byGroups: ReadonlyMap<string, number[]>;
  readonly bySuffix: ReadonlyMap<string, number[]>;
  readonly byPo: ReadonlyMap<string, number[]>;
  readonly byCustomer: ReadonlyMap<string, number[]>;
  /** Digit keys sorted, with the item index, for prefix search of cut-off references. */
  readonly sortedDigits: readonly (readonly [string, number])[];
  /** Shapes of document numbers (`RE|8|2600`: letter prefix, digit count, first four digits). */
  readonly shapes: ReadonlySet<string>;
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

function toSafe(minor: bigint): number {
  return Number(minor);
}

function prepare(item: OpenItem, index: number): PreparedItem {
  const exponent = getCurrency(item.currency).exponent;
  const amount = toSafe(parseMinorUnits(item.amount, exponent));
  const open = toSafe(parseMinorUnits(item.openAmount, exponent));
  let discounted: number | null = null;
  let discountUntil: string | null = null;
  if (item.terms !== null && item.kind === "invoice") {
    // Discount = amount × percent / 100, rounded half up to minor units (FORMAT.md section 3).
    const discount = roundDecimal(
      new O2CDecimal(amount).times(new O2CDecimal(item.terms.discountPercent)).dividedBy(100),
      0,
      "halfUp",
    ).toNumber();
    discounted = amount - discount;
    discountUntil = BusinessDate.parse(item.issueDate).addDays(item.terms.discountDays).toString();
  }
  const compact = compactReference(item.id);
  const repaired = repairOcr(compact);
  return {
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
    digits: digitKey(repaired),
  };
}

function byDue(a: OpenItem, b: OpenItem): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  if (a.issueDate !== b.issueDate) return a.issueDate < b.issueDate ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Builds the reference, purchase-order, customer and prefix indexes over validated open items. */
export function buildItemIndex(openItems: readonly OpenItem[]): ItemIndex {
  const keyed = openItems.map((item) => ({ item, key: `${item.dueDate}|${item.issueDate}|${item.id}` }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : byDue(a.item, b.item)));
  const sorted = keyed.map((k) => k.item);
  const items = sorted.map(prepare);
  const byRepaired = new Map<string, number[]>();
  const byDigits = new Map<string, number[]>();
  const byZeroless = new Map<string, number[]>();
  const byGroups = new Map<string, number[]>();
  const bySuffix = new Map<string, number[]>();
  const byPo = new Map<string, number[]>();
  const byCustomer = new Map<string, number[]>();
  const shapes = new Set<string>();
  const sortedDigits: [string, number][] = [];
  for (const item of items) {
    push(byRepaired, item.repaired, item.index);
    push(byCustomer, item.customerId, item.index);
    push(byGroups, groupKey(item.id), item.index);
    shapes.add(shapeOf(item.repaired));
    if (item.digits.length >= 5) {
      push(byDigits, item.digits, item.index);
      sortedDigits.push([item.digits, item.index]);
      const zeroless = zerolessKey(item.digits);
      if (zeroless.length >= 4 && zeroless !== item.digits) push(byZeroless, zeroless, item.index);
    }
    if (item.digits.length >= 5) push(bySuffix, item.digits.slice(-4), item.index);
    if (item.po !== null) {
      const po = repairOcr(compactReference(item.po));
      if (po.length >= 4) push(byPo, po, item.index);
      const poDigits = digitKey(po);
      if (poDigits.length >= 5 && poDigits !== po) push(byPo, `#${poDigits}`, item.index);
    }
  }
  sortedDigits.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { items, byRepaired, byDigits, byZeroless, byGroups, bySuffix, byPo, byCustomer, sortedDigits, shapes };
}
