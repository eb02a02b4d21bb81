import { invoiceAmount } from "./amounts.js";
import { COUNTRIES } from "./countries.js";
import { addDays } from "./dates.js";
import type { CustomerInfo } from "./model.js";
import type { ProfileSpec } from "./profiles.js";
import { type Rng, WeightedTable } from "./random.js";
import { ALL_CREDIT_SCHEMES, ALL_INVOICE_SCHEMES, type DatasetState } from "./state.js";

/**
 * Open items no payment of the set settles: the rest of every customer's ledger (older and newer invoices, credit
 * notes, part-paid items, recurring amounts, items sharing a purchase order). Items a constraint rejects are skipped.
 */
export function addFillerItems(
  rng: Rng,
  state: DatasetState,
  customers: readonly CustomerInfo[],
  profile: ProfileSpec,
  target: number,
  lastDate: string,
): void {
  const table = new WeightedTable(customers.map((c) => [c, c.weight] as const));
  const openPos = new Map<string, string[]>();
  for (let attempts = 0; state.items.length < target && attempts < target * 4; attempts++) {
    const c = table.draw(rng);
    const currency = c.currencies.length > 1 && rng.chance(0.35) ? rng.pick(c.currencies) : (c.currencies[0] ?? "EUR");
    const issueDate = addDays(lastDate, -rng.int(0, 170));
    if (rng.chance(profile.creditNotes)) addCreditNote(rng, state, c, currency, issueDate);
    else addInvoice(rng, state, c, profile, currency, issueDate, openPos);
  }
}

function addCreditNote(rng: Rng, state: DatasetState, c: CustomerInfo, currency: string, issueDate: string): void {
  const amount = -invoiceAmount(rng, currency, COUNTRIES[c.country].vat);
  const open = rng.chance(0.25) ? amount + rng.int(1, Math.max(1, Math.floor(-amount / 2))) : amount;
  state.newItem({
    customer: c,
    kind: "credit-note",
    currency,
    issueDate,
    amountMinor: amount,
    openMinor: open < 0 ? open : amount,
    ...(rng.chance(0.08) ? { scheme: rng.pick(ALL_CREDIT_SCHEMES) } : {}),
  });
}

function addInvoice(
  rng: Rng,
  state: DatasetState,
  c: CustomerInfo,
  profile: ProfileSpec,
  currency: string,
  issueDate: string,
  openPos: Map<string, string[]>,
): void {
  const recurring =
    c.recurringMinor !== null && currency === c.currencies[0] && rng.chance(0.45) ? c.recurringMinor : null;
  const amount = recurring ?? invoiceAmount(rng, currency, COUNTRIES[c.country].vat);
  const open = rng.chance(profile.partPaid)
    ? amount - rng.int(Math.max(1, Math.floor(amount / 10)), Math.floor((amount * 9) / 10))
    : amount;
  state.newItem({
    customer: c,
    kind: "invoice",
    currency,
    issueDate,
    amountMinor: amount,
    openMinor: open > 0 ? open : amount,
    poNumber: rng.chance(0.3) ? fillerPo(rng, state, c, issueDate, openPos) : null,
    terms: c.discount !== null && rng.chance(0.7) ? c.discount : null,
    ...(rng.chance(0.08) ? { scheme: rng.pick(ALL_INVOICE_SCHEMES) } : {}),
  });
}

/** A purchase order covering one or several filler items of the customer. */
function fillerPo(
  rng: Rng,
  state: DatasetState,
  c: CustomerInfo,
  issueDate: string,
  openPos: Map<string, string[]>,
): string | null {
  const existing = openPos.get(c.record.id) ?? [];
  if (existing.length > 0 && rng.chance(0.4)) return rng.pick(existing);
  const po = state.newPoNumber(c, issueDate);
  if (po !== null) {
    existing.push(po);
    openPos.set(c.record.id, existing);
  }
  return po;
}
