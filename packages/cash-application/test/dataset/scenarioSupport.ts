import { invoiceAmount } from "./amounts.js";
import { groupInFours } from "./checkDigits.js";
import { COUNTRIES, type CountryCode, type Language, SEPA_COUNTRIES } from "./countries.js";
import { addDays } from "./dates.js";
import { referenceKey } from "./idSchemes.js";
import type { Allocation, CustomerInfo, ItemDraft, PaymentDraft } from "./model.js";
import { bankPayerName } from "./payerNames.js";
import type { ProfileSpec } from "./profiles.js";
import type { Rng, WeightedTable } from "./random.js";
import { EASY_VARIANTS, renderVariant } from "./referenceVariants.js";
import { buildRemittance, type RemittanceSpec } from "./remittance.js";
import type { DatasetState } from "./state.js";
import { countSubsetsWithSum, MAX_SUBSET_POOL } from "./subsetSum.js";
import type { ScenarioFamily, TermsRecord } from "./types.js";
import { VOCABULARY } from "./vocabulary.js";

/** Shared machinery of the scenario generators: picking customers, creating items, payers, texts and proofs. */

export interface ThirdParty {
  name: string;
  country: CountryCode;
  account: string | null;
  language: Language;
}

export interface ScenarioContext {
  rng: Rng;
  profile: ProfileSpec;
  state: DatasetState;
  customers: readonly CustomerInfo[];
  /** Customers by folded name stem (similar names). */
  byStem: ReadonlyMap<string, readonly CustomerInfo[]>;
  byGroup: ReadonlyMap<string, readonly CustomerInfo[]>;
  thirdParties: readonly ThirdParty[];
  /** Customers weighted by size. */
  customerTable: WeightedTable<CustomerInfo>;
  valueDate: string;
}

export interface Payer {
  name: string;
  account: string | null;
}

/** A customer drawn by size, satisfying `accept`, or null. */
export function pickCustomer(
  ctx: ScenarioContext,
  accept: (c: CustomerInfo) => boolean = () => true,
): CustomerInfo | null {
  for (let attempt = 0; attempt < 30; attempt++) {
    const customer = ctx.customerTable.draw(ctx.rng);
    if (accept(customer)) return customer;
  }
  const all = ctx.customers.filter(accept);
  return all.length > 0 ? ctx.rng.pick(all) : null;
}

export function mainCurrency(c: CustomerInfo): string {
  return c.currencies[0] ?? "EUR";
}

/** The main currency mostly, another invoicing currency of the customer sometimes. */
export function currencyFor(ctx: ScenarioContext, c: CustomerInfo): string {
  return c.currencies.length > 1 && ctx.rng.chance(0.35) ? ctx.rng.pick(c.currencies) : mainCurrency(c);
}

/** A plausible total for the customer in `currency` (its recurring amount now and then). */
export function amountFor(ctx: ScenarioContext, c: CustomerInfo, currency: string, recurringChance = 0.4): number {
  if (c.recurringMinor !== null && currency === mainCurrency(c) && ctx.rng.chance(recurringChance))
    return c.recurringMinor;
  return invoiceAmount(ctx.rng, currency, COUNTRIES[c.country].vat);
}

export interface InvoiceOptions {
  currency?: string;
  amountMinor?: number;
  /** Days before the value date the invoice was issued (at least 1). */
  minAge?: number;
  maxAge?: number;
  issueDate?: string;
  /** Already partly paid: the open amount is less than the total. */
  partPaid?: boolean;
  terms?: TermsRecord | null;
  poNumber?: string | null;
}

/** A new open invoice of the customer issued before the value date, or null when a constraint rejects it. */
export function freshInvoice(ctx: ScenarioContext, c: CustomerInfo, options: InvoiceOptions = {}): ItemDraft | null {
  const { rng } = ctx;
  const currency = options.currency ?? currencyFor(ctx, c);
  const amountMinor = options.amountMinor ?? amountFor(ctx, c, currency);
  const issueDate = options.issueDate ?? addDays(ctx.valueDate, -rng.int(options.minAge ?? 3, options.maxAge ?? 75));
  let openMinor = amountMinor;
  if (options.partPaid ?? rng.chance(ctx.profile.partPaid)) {
    openMinor = amountMinor - rng.int(Math.max(1, Math.floor(amountMinor / 5)), Math.floor((amountMinor * 4) / 5));
  }
  const terms =
    options.terms !== undefined ? options.terms : c.discount !== null && rng.chance(0.7) ? c.discount : null;
  return ctx.state.newItem({
    customer: c,
    kind: "invoice",
    currency,
    issueDate,
    amountMinor,
    openMinor: openMinor > 0 ? openMinor : amountMinor,
    terms,
    poNumber: options.poNumber ?? null,
  });
}

/**
 * Another open item of the customer with the same open amount: due earlier (it is then the one paid), due later,
 * or issued on or after the value date (never payable by this payment).
 */
export function addTwin(ctx: ScenarioContext, c: CustomerInfo, item: ItemDraft): ItemDraft | null {
  const { rng } = ctx;
  const when = rng.weighted<string>([
    ["earlier", 2],
    ["later", 2],
    ["after", 1],
  ]);
  let issueDate = addDays(item.issueDate, -rng.int(1, 25));
  if (when === "later" && addDays(item.issueDate, 1) < ctx.valueDate) {
    issueDate = addDays(item.issueDate, 1);
  } else if (when === "after") issueDate = addDays(ctx.valueDate, rng.int(0, 3));
  return ctx.state.newItem({
    customer: c,
    kind: "invoice",
    currency: item.currency,
    issueDate,
    amountMinor: item.openMinor,
    terms: null,
  });
}

/** One of the customer's IBANs, electronic or (now and then) grouped in fours. */
export function knownAccount(ctx: ScenarioContext, c: CustomerInfo): string | null {
  if (c.record.accounts.length === 0) return null;
  const iban = ctx.rng.pick(c.record.accounts);
  return ctx.rng.chance(0.08) ? groupInFours(iban) : iban;
}

/** An IBAN not in master data (a new account of the payer), or null for payers outside the IBAN world. */
export function unknownAccount(ctx: ScenarioContext, country: CountryCode): string | null {
  if (COUNTRIES[country].bban === null)
    return ctx.rng.chance(0.5) ? ctx.state.newIban(ctx.rng.pick(["GB", "NL", "DE"])) : null;
  return ctx.state.newIban(country);
}

/** The customer paying as itself: known account mostly, else a new account or none. */
export function customerPayer(ctx: ScenarioContext, c: CustomerInfo, requireKnown = false): Payer {
  const name = bankPayerName(ctx.rng, c.name);
  const known = knownAccount(ctx, c);
  if (known !== null && (requireKnown || !ctx.rng.chance(ctx.profile.unknownAccount))) return { name, account: known };
  return { name, account: ctx.rng.chance(0.6) ? unknownAccount(ctx, c.country) : null };
}

/** The payer's end-to-end reference: mostly absent, sometimes a batch id, sometimes the invoice number. */
export function endToEnd(ctx: ScenarioContext, c: CustomerInfo, reference?: string): string {
  const { rng } = ctx;
  if (!SEPA_COUNTRIES.has(c.country) || rng.chance(0.6)) return "NOTPROVIDED";
  if (reference !== undefined && rng.chance(0.25)) return reference;
  for (;;) {
    const date = ctx.valueDate.replace(/-/g, "");
    const token = rng.pick([
      `E2E-${date}-${rng.digits(5)}`,
      `ZV${date}X${rng.digits(4)}`,
      `PMT${rng.letters(3)}${rng.digits(6)}`,
    ]);
    if (!ctx.state.numbers.hasKey(token)) return token;
  }
}

/** A remittance text; retried until `accept` holds (a reference must survive bank reformatting and the cut). */
export function remittance(
  ctx: ScenarioContext,
  c: { language: Language; country: CountryCode; customerNumber?: string },
  spec: Omit<RemittanceSpec, "language" | "country" | "noise" | "bankFormat" | "valueDate">,
  accept: (text: string) => boolean = () => true,
): string | null {
  for (let attempt = 0; attempt < 8; attempt++) {
    const full: RemittanceSpec = {
      ...spec,
      language: c.language,
      country: c.country,
      noise: ctx.profile.noise,
      bankFormat: attempt < 5 ? ctx.profile.bankFormat : 0,
      valueDate: ctx.valueDate,
      ...(c.customerNumber === undefined ? {} : { customerNumber: c.customerNumber }),
    };
    const text = buildRemittance(ctx.rng, full);
    if (accept(text)) return text;
  }
  return null;
}

/** The number as printed, or (with probability `variantChance`) retyped in an easy form. */
export function lightToken(ctx: ScenarioContext, item: ItemDraft, variantChance: number): string {
  if (!ctx.rng.chance(variantChance)) return item.id;
  for (const kind of ctx.rng.shuffle(EASY_VARIANTS)) {
    const rendered = renderVariant(ctx.rng, item.number, kind, VOCABULARY.en.invoice, () => false);
    if (rendered !== null) return rendered.token;
  }
  return item.id;
}

/** Other customers whose names share the stem (group members and look-alikes). */
export function similarCustomers(ctx: ScenarioContext, c: CustomerInfo): CustomerInfo[] {
  return (ctx.byStem.get(c.stemKey) ?? []).filter((other) => other !== c);
}

/** True when one of the customers has an item in `currency` with this open amount, issued before the value date. */
export function amountOpenFor(
  ctx: ScenarioContext,
  customers: readonly CustomerInfo[],
  currency: string,
  amount: number,
): boolean {
  return customers.some((c) =>
    ctx.state.pool(c.record.id, currency, ctx.valueDate).some((item) => item.openMinor === amount),
  );
}

/** New items of these customers must not offer this open amount before the value date (the payer is only a name). */
export function forbidAmount(
  ctx: ScenarioContext,
  customers: readonly CustomerInfo[],
  currency: string,
  amount: number,
): void {
  const valueDate = ctx.valueDate;
  for (const c of customers) {
    ctx.state.addConstraint({
      customerId: c.record.id,
      rejects: (item) => item.currency === currency && item.issueDate < valueDate && item.openMinor === amount,
    });
  }
}

/**
 * Proves that exactly `expected` (1 or 0) subsets of the customer's candidate items add up to `target`, and keeps
 * it so: later items that would form another such subset are rejected. Candidates are the items in `currency`
 * issued before the value date that no other payment settles (`intended` are the payment's own items), minus
 * `exclude` (items the remittance names).
 */
export function proveSubset(
  ctx: ScenarioContext,
  c: CustomerInfo,
  currency: string,
  target: number,
  intended: ReadonlySet<string>,
  exclude: ReadonlySet<string>,
  expected: 1 | 0,
): boolean {
  const { state } = ctx;
  const customerId = c.record.id;
  const valueDate = ctx.valueDate;
  const candidates = () =>
    state
      .itemsOf(customerId)
      .filter(
        (item) =>
          item.currency === currency &&
          item.issueDate < valueDate &&
          !exclude.has(item.id) &&
          (intended.has(item.id) || !state.isFixed(item.id)),
      );
  const pool = candidates();
  if (pool.length > MAX_SUBSET_POOL - 4) return false;
  if (
    countSubsetsWithSum(
      pool.map((item) => item.openMinor),
      target,
      2,
    ) !== expected
  )
    return false;
  state.addConstraint({
    customerId,
    rejects: (item) => {
      if (item.currency !== currency || item.issueDate >= valueDate) return false;
      const current = candidates();
      if (current.length + 1 > MAX_SUBSET_POOL) return true;
      return (
        countSubsetsWithSum(
          current.map((i) => i.openMinor),
          target - item.openMinor,
          1,
        ) > 0
      );
    },
  });
  return true;
}

/** Room for a proof: the customer's pool in `currency` is small enough to stay below the limit. */
export function hasSmallPool(ctx: ScenarioContext, c: CustomerInfo, currency: string, extra: number): boolean {
  return ctx.state.pool(c.record.id, currency, ctx.valueDate).length + extra <= MAX_SUBSET_POOL - 10 && c.weight <= 3;
}

/** True when a cut-off piece at the end of the text would read as another registered number. */
export function endsWithForeignNumber(ctx: ScenarioContext, text: string, tokens: readonly string[]): boolean {
  const upper = text.toUpperCase();
  for (const token of tokens) {
    if (upper.includes(token.toUpperCase())) continue;
    for (let length = token.length - 1; length >= 3; length--) {
      const piece = token.slice(0, length).toUpperCase();
      if (upper.endsWith(piece) && referenceKey(piece).length >= 5 && ctx.state.numbers.hasKey(piece)) return true;
    }
  }
  return false;
}

export interface DraftParts {
  amountMinor: number;
  currency: string;
  payer: Payer;
  remittance: string;
  endToEndId: string;
  kind: ScenarioFamily;
}

/** A payment whose truth is fixed now; its items are marked as settled. */
export function fixedDraft(ctx: ScenarioContext, parts: DraftParts, allocations: Allocation[]): PaymentDraft {
  ctx.state.fix(allocations.map((a) => a.itemId));
  return draftOf(ctx, parts, { type: "fixed", allocations });
}

/** A payment found through payer and amount; the item is chosen among equal candidates at the end. */
export function singleDraft(ctx: ScenarioContext, parts: DraftParts, c: CustomerInfo, item: ItemDraft): PaymentDraft {
  return draftOf(ctx, parts, { type: "single", customerId: c.record.id, intendedItemId: item.id });
}

/** The payment of `parts` on the scenario's value date, its truth settled as `mode` says. */
function draftOf(ctx: ScenarioContext, parts: DraftParts, mode: PaymentDraft["mode"]): PaymentDraft {
  return {
    valueDate: ctx.valueDate,
    amountMinor: parts.amountMinor,
    currency: parts.currency,
    payerName: parts.payer.name,
    payerAccount: parts.payer.account,
    remittance: parts.remittance,
    endToEndId: parts.endToEndId,
    kind: parts.kind,
    mode,
  };
}
