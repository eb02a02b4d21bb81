import type { Dataset, OpenItemRecord, PaymentRecord } from "./types.js";
import { SCENARIO_FAMILIES } from "./types.js";

/**
 * An independent check of a data set against FORMAT.md: file shapes, amounts, ordering, IBAN and RF check digits,
 * and the truth conventions of section 7. Returns the problems found (empty when the set is sound). It shares no
 * code with the generator on purpose.
 */

const DECIMALS: Readonly<Record<string, number>> = {
  EUR: 2,
  USD: 2,
  GBP: 2,
  CHF: 2,
  JPY: 0,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  PLN: 2,
  CZK: 2,
};

const NO_REFERENCE_KINDS: ReadonlySet<string> = new Set(["no-ref", "name-variant"]);

function amountPattern(currency: string, signed: boolean): RegExp | null {
  const d = DECIMALS[currency];
  if (d === undefined) return null;
  const sign = signed ? "-?" : "";
  return new RegExp(d === 0 ? `^${sign}(0|[1-9]\\d*)$` : `^${sign}(0|[1-9]\\d*)\\.\\d{${d}}$`);
}

/** Decimal string → integer minor units (as bigint, so no float is ever involved). */
export function minorUnits(text: string): bigint {
  return BigInt(text.replace(".", ""));
}

function isIsoDate(text: unknown): text is string {
  if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

function days(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/** Mon–Fri and not a fixed-date TARGET holiday (1 Jan, 1 May, 25/26 Dec). */
function isWeekdayNotFixedHoliday(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  const md = date.slice(5);
  return day !== 0 && day !== 6 && !["01-01", "05-01", "12-25", "12-26"].includes(md);
}

function mod97(text: string): number {
  let rest = 0;
  for (const ch of text) {
    const value = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest;
}

export function ibanIsValid(iban: string): boolean {
  const compact = iban.replace(/ /g, "");
  return /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(compact) && mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

export function rfIsValid(reference: string): boolean {
  const compact = reference.replace(/ /g, "").toUpperCase();
  return /^RF\d{2}[A-Z0-9]{1,21}$/.test(compact) && mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

/** Valid RF references found in a text (trying every length after "RF" + check digits). */
export function rfReferencesIn(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toUpperCase().matchAll(/\bRF\d{2}[0-9A-Z ]{1,40}/g)) {
    const compact = match[0].replace(/ /g, "");
    for (let length = 5; length <= Math.min(compact.length, 25); length++) {
      if (rfIsValid(compact.slice(0, length))) out.push(compact.slice(0, length));
    }
  }
  return out;
}

function roundHalfUpDiscount(amount: bigint, percent: string): bigint {
  const [whole = "0", fraction = ""] = percent.split(".");
  const hundredths = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0") || "0");
  return (amount * hundredths + 5000n) / 10000n;
}

export function checkDataset(ds: Dataset): string[] {
  const problems: string[] = [];
  const fail = (message: string) => {
    if (problems.length < 50) problems.push(message);
  };

  // customers.json
  const customers = new Map<string, Dataset["customers"][number]>();
  const ibanOwner = new Map<string, string>();
  for (const c of ds.customers) {
    if (typeof c.id !== "string" || customers.has(c.id)) fail(`customer id ${c.id} missing or duplicate`);
    customers.set(c.id, c);
    if (typeof c.name !== "string" || c.name.trim() === "") fail(`customer ${c.id} has no name`);
    if (!Array.isArray(c.aliases) || c.aliases.some((a) => typeof a !== "string" || a === ""))
      fail(`customer ${c.id} aliases`);
    if (!/^[A-Z]{2}$/.test(c.country)) fail(`customer ${c.id} country ${c.country}`);
    for (const iban of c.accounts) {
      if (!ibanIsValid(iban) || iban.includes(" ")) fail(`customer ${c.id} IBAN ${iban} invalid or not electronic`);
      if (ibanOwner.has(iban)) fail(`IBAN ${iban} belongs to two customers`);
      ibanOwner.set(iban, c.id);
    }
  }

  // invoices.json
  const items = new Map<string, OpenItemRecord>();
  for (const item of ds.invoices) {
    if (items.has(item.id) || typeof item.id !== "string" || item.id === "")
      fail(`item id ${item.id} missing or duplicate`);
    items.set(item.id, item);
    if (!customers.has(item.customerId)) fail(`item ${item.id}: unknown customer ${item.customerId}`);
    const pattern = amountPattern(item.currency, true);
    if (!(pattern?.test(item.amount) && pattern.test(item.openAmount))) {
      fail(`item ${item.id}: amounts ${item.amount}/${item.openAmount} not in ${item.currency} format`);
      continue;
    }
    if (!isIsoDate(item.issueDate) || !isIsoDate(item.dueDate)) fail(`item ${item.id}: bad dates`);
    const amount = minorUnits(item.amount);
    const open = minorUnits(item.openAmount);
    if (item.kind === "invoice") {
      if (!(open > 0n && open <= amount)) fail(`invoice ${item.id}: open ${item.openAmount} of ${item.amount}`);
      if (item.dueDate < item.issueDate) fail(`invoice ${item.id} due before issue`);
      if (item.terms !== null) {
        if (
          !/^\d+(\.\d{1,2})?$/.test(item.terms.discountPercent) ||
          !(Number.isInteger(item.terms.discountDays) && item.terms.discountDays > 0)
        ) {
          fail(`invoice ${item.id}: bad terms`);
        }
      }
    } else if (item.kind === "credit-note") {
      if (!(amount <= open && open < 0n)) fail(`credit note ${item.id}: open ${item.openAmount} of ${item.amount}`);
      if (item.issueDate !== item.dueDate) fail(`credit note ${item.id}: due date differs from document date`);
      if (item.terms !== null) fail(`credit note ${item.id} has terms`);
    } else fail(`item ${item.id}: kind ${String(item.kind)}`);
    if (item.poNumber !== null && (typeof item.poNumber !== "string" || item.poNumber === ""))
      fail(`item ${item.id}: PO`);
  }

  // payments.json
  const payments = new Map<string, PaymentRecord>();
  let previous: PaymentRecord | null = null;
  for (const p of ds.payments) {
    if (payments.has(p.id)) fail(`payment id ${p.id} duplicate`);
    payments.set(p.id, p);
    if (previous && (previous.valueDate > p.valueDate || (previous.valueDate === p.valueDate && previous.id >= p.id))) {
      fail(`payments not ordered at ${p.id}`);
    }
    previous = p;
    if (!isIsoDate(p.valueDate) || !isWeekdayNotFixedHoliday(p.valueDate))
      fail(`payment ${p.id}: value date ${p.valueDate}`);
    const pattern = amountPattern(p.currency, false);
    if (!pattern?.test(p.amount) || minorUnits(p.amount) <= 0n)
      fail(`payment ${p.id}: amount ${p.amount} ${p.currency}`);
    if (typeof p.payerName !== "string" || p.payerName.trim() === "" || p.payerName.length > 70)
      fail(`payment ${p.id}: payer name`);
    if (p.payerAccount !== null && !ibanIsValid(p.payerAccount))
      fail(`payment ${p.id}: payer account ${p.payerAccount}`);
    if (typeof p.remittance !== "string" || p.remittance.length > 140) fail(`payment ${p.id}: remittance length`);
    if (typeof p.endToEndId !== "string" || p.endToEndId === "") fail(`payment ${p.id}: endToEndId`);
    for (const rf of p.remittance.toUpperCase().match(/\bRF\d{2}\b/g) ?? []) {
      if (rfReferencesIn(p.remittance).length === 0) fail(`payment ${p.id}: ${rf} without valid check digits`);
    }
  }

  checkTruth(ds, items, payments, customers, ibanOwner, fail);
  return problems;
}

function checkTruth(
  ds: Dataset,
  items: ReadonlyMap<string, OpenItemRecord>,
  payments: ReadonlyMap<string, PaymentRecord>,
  customers: ReadonlyMap<string, Dataset["customers"][number]>,
  ibanOwner: ReadonlyMap<string, string>,
  fail: (message: string) => void,
): void {
  const keys = Object.keys(ds.truth);
  if (keys.length !== payments.size || keys.some((k) => !payments.has(k))) fail("truth keys differ from payment ids");
  const paidBy = new Map<string, string>();
  const order = new Map(ds.payments.map((p, i) => [p.id, i]));
  const byCustomer = new Map<string, OpenItemRecord[]>();
  for (const item of ds.invoices) {
    const list = byCustomer.get(item.customerId) ?? [];
    list.push(item);
    byCustomer.set(item.customerId, list);
  }
  for (const p of ds.payments) {
    const entry = ds.truth[p.id];
    if (!entry) continue;
    if (!(SCENARIO_FAMILIES as readonly string[]).includes(entry.kind)) fail(`truth ${p.id}: kind ${entry.kind}`);
    let sum = 0n;
    const pay = minorUnits(p.amount);
    for (const a of entry.allocations) {
      const item = items.get(a.invoiceId);
      if (!item) {
        fail(`truth ${p.id}: unknown item ${a.invoiceId}`);
        continue;
      }
      if (item.currency !== p.currency) fail(`truth ${p.id}: item ${item.id} in ${item.currency}`);
      if (!amountPattern(p.currency, true)?.test(a.amount)) fail(`truth ${p.id}: allocation amount ${a.amount}`);
      if (item.issueDate >= p.valueDate)
        fail(`truth ${p.id}: item ${item.id} issued ${item.issueDate} not before ${p.valueDate}`);
      const other = paidBy.get(item.id);
      if (other !== undefined) fail(`item ${item.id} paid by ${other} and ${p.id}`);
      paidBy.set(item.id, p.id);
      const value = minorUnits(a.amount);
      const open = minorUnits(item.openAmount);
      if (item.kind === "invoice" && !(value > 0n && value <= open))
        fail(`truth ${p.id}: ${a.amount} on ${item.id} open ${item.openAmount}`);
      if (item.kind === "credit-note" && value !== open) fail(`truth ${p.id}: credit note ${item.id} gets ${a.amount}`);
      if (entry.allocations.length > 1 && value !== open)
        fail(`truth ${p.id}: item ${item.id} of several not fully paid`);
      sum += value;
    }
    if (sum > pay) fail(`truth ${p.id}: allocations ${sum} exceed payment ${pay}`);
    if (entry.allocations.length > 0 && entry.kind !== "overpay" && sum !== pay)
      fail(`truth ${p.id}: allocations ${sum} ≠ payment ${pay}`);
    if (entry.kind === "overpay" && entry.allocations.length > 0 && !(sum < pay))
      fail(`truth ${p.id}: overpay without rest`);
    checkFamily(p, entry, items, customers, ibanOwner, fail);
  }
  // FORMAT.md 7.7: a payment found through payer and amount gets the equal item due first, unless another
  // payment settles that one (a quoting payment, or an earlier payment found the same way).
  for (const p of ds.payments) {
    const entry = ds.truth[p.id];
    const a = entry?.allocations[0];
    if (!entry || !a || !NO_REFERENCE_KINDS.has(entry.kind)) continue;
    const x = items.get(a.invoiceId);
    if (!x) continue;
    const key = (i: OpenItemRecord) => `${i.dueDate}|${i.issueDate}|${i.id}`;
    for (const y of byCustomer.get(x.customerId) ?? []) {
      if (y.id === x.id || y.customerId !== x.customerId || y.currency !== x.currency || y.kind !== "invoice") continue;
      if (y.openAmount !== x.openAmount || y.issueDate >= p.valueDate || key(y) >= key(x)) continue;
      const owner = paidBy.get(y.id);
      const ownerKind = owner === undefined ? undefined : ds.truth[owner]?.kind;
      const takenLater =
        owner !== undefined &&
        NO_REFERENCE_KINDS.has(ownerKind ?? "") &&
        (order.get(owner) ?? 0) > (order.get(p.id) ?? 0);
      if (owner === undefined || takenLater) fail(`truth ${p.id}: ${y.id} is due before ${x.id} and free`);
    }
  }
}

function checkFamily(
  p: PaymentRecord,
  entry: Dataset["truth"][string],
  items: ReadonlyMap<string, OpenItemRecord>,
  customers: ReadonlyMap<string, Dataset["customers"][number]>,
  ibanOwner: ReadonlyMap<string, string>,
  fail: (message: string) => void,
): void {
  const allocated = entry.allocations
    .map((a) => items.get(a.invoiceId))
    .filter((i): i is OpenItemRecord => i !== undefined);
  const first = allocated[0];
  const account = p.payerAccount?.replace(/ /g, "") ?? null;
  const pay = minorUnits(p.amount);
  const one = (label: string) => {
    if (entry.allocations.length !== 1 || !first) fail(`truth ${p.id}: ${label} needs exactly one allocation`);
  };
  switch (entry.kind) {
    case "exact":
      one("exact");
      if (first && (!p.remittance.includes(first.id) || minorUnits(first.openAmount) !== pay))
        fail(`exact ${p.id}: reference or amount`);
      if (first && (account === null || ibanOwner.get(account) !== first.customerId))
        fail(`exact ${p.id}: account not the customer's`);
      break;
    case "discount": {
      one("discount");
      if (!first?.terms) {
        fail(`discount ${p.id}: item without terms`);
        break;
      }
      const expected =
        minorUnits(first.amount) - roundHalfUpDiscount(minorUnits(first.amount), first.terms.discountPercent);
      if (expected !== pay) fail(`discount ${p.id}: pays ${p.amount}, terms give ${expected}`);
      if (days(first.issueDate, p.valueDate) > first.terms.discountDays)
        fail(`discount ${p.id}: outside the discount period`);
      break;
    }
    case "partial":
    case "short-pay":
    case "bank-fee":
      one(entry.kind);
      if (first && !(pay < minorUnits(first.openAmount))) fail(`${entry.kind} ${p.id}: pays the full open amount`);
      break;
    case "no-ref":
    case "name-variant":
      one(entry.kind);
      if (first && minorUnits(first.openAmount) !== pay)
        fail(`${entry.kind} ${p.id}: amount differs from the open amount`);
      if (entry.kind === "name-variant" && first && account !== null && ibanOwner.get(account) === first.customerId) {
        fail(`name-variant ${p.id}: pays from a known account`);
      }
      break;
    case "multi-invoice":
    case "credit-netting":
      if (allocated.length < 2 || new Set(allocated.map((i) => i.customerId)).size !== 1)
        fail(`${entry.kind} ${p.id}: items`);
      if (entry.kind === "credit-netting" && !allocated.some((i) => i.kind === "credit-note"))
        fail(`credit-netting ${p.id}: no credit note`);
      break;
    case "overpay":
      if (entry.allocations.length === 0) {
        if ([...items.keys()].some((id) => p.remittance.includes(id)))
          fail(`overpay ${p.id}: quotes an open item but is not applied`);
      } else one("overpay");
      break;
    case "unidentified":
      if (entry.allocations.length > 0) fail(`unidentified ${p.id} is applied`);
      break;
    case "wrong-customer-ref":
      one("wrong-customer-ref");
      if (first && account !== null && ibanOwner.get(account) === first.customerId)
        fail(`wrong-customer-ref ${p.id}: own account`);
      break;
    case "third-party":
      one("third-party");
      if (first && account !== null && ibanOwner.get(account) === first.customerId)
        fail(`third-party ${p.id}: the customer's own account`);
      break;
    case "po-ref": {
      const pos = new Set(allocated.map((i) => i.poNumber));
      const po = allocated[0]?.poNumber;
      if (pos.size !== 1 || !po) fail(`po-ref ${p.id}: items do not share a PO`);
      else if (!p.remittance.replace(/\D/g, "").includes(po.replace(/\D/g, ""))) fail(`po-ref ${p.id}: PO not quoted`);
      break;
    }
    case "ref-variant":
      one("ref-variant");
      break;
  }
  void customers;
}
