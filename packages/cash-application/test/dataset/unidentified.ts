import { invoiceAmount } from "./amounts.js";
import { COUNTRIES, COUNTRY_CODES, type CountryCode } from "./countries.js";
import { addDays } from "./dates.js";
import type { CustomerInfo, PaymentDraft } from "./model.js";
import { type CompanyName, companyName, personName } from "./names.js";
import { bankPayerName } from "./payerNames.js";
import type { Purpose } from "./remittance.js";
import {
  amountOpenFor,
  customerPayer,
  fixedDraft,
  forbidAmount,
  freshInvoice,
  hasSmallPool,
  mainCurrency,
  pickCustomer,
  proveSubset,
  remittance,
  type ScenarioContext,
  unknownAccount,
} from "./scenarioSupport.js";
import { fold } from "./transliterate.js";

/**
 * Payments that must not be applied: strangers (some paying exactly an open amount of some customer), look-alike
 * names of customers, and customers paying in advance for something not yet invoiced.
 */

function strangerName(ctx: ScenarioContext, country: CountryCode): CompanyName | null {
  for (let attempt = 0; attempt < 20; attempt++) {
    const name = ctx.rng.chance(0.4) ? personName(ctx.rng, country) : companyName(ctx.rng, country);
    if (!ctx.byStem.has(fold(name.stem))) return name;
  }
  return null;
}

/** A company sharing a customer's stem but clearly another business (other line, other core name). */
function lookAlikeStranger(ctx: ScenarioContext): { name: CompanyName; base: CustomerInfo } | null {
  const base = pickCustomer(ctx, (c) => c.name.person === null);
  if (!base) return null;
  const taken = new Set<string>();
  for (const c of ctx.byStem.get(base.stemKey) ?? []) {
    taken.add(fold(c.name.core));
    taken.add(fold(c.name.full));
    for (const alias of c.record.aliases) taken.add(fold(alias));
  }
  for (let attempt = 0; attempt < 12; attempt++) {
    const name = companyName(ctx.rng, base.country, { stem: base.name.stem });
    if (!taken.has(fold(name.core)) && !taken.has(fold(name.full)) && name.core !== name.stem) {
      return { name, base };
    }
  }
  return null;
}

function strangerText(ctx: ScenarioContext): Purpose {
  return ctx.rng.weighted<Purpose>([
    ["unrelated", 4],
    ["none", 4],
    ["prepayment", 2],
  ]);
}

/**
 * A customer pays in advance: no open item or combination of items has this amount. Its invoice may follow on or
 * after the value date (FORMAT.md 7.8: never payable by this payment).
 */
function advancePayment(ctx: ScenarioContext): PaymentDraft | null {
  const { rng, state } = ctx;
  const c = pickCustomer(ctx, (x) => x.record.accounts.length > 0 && hasSmallPool(ctx, x, mainCurrency(x), 0));
  if (!c) return null;
  const currency = mainCurrency(c);
  const amount = invoiceAmount(rng, currency, COUNTRIES[c.country].vat);
  if (!proveSubset(ctx, c, currency, amount, new Set(), new Set(), 0)) return null;
  let refs: string[] = [];
  if (rng.chance(ctx.profile.twin + 0.2)) {
    const po = rng.chance(0.6) ? state.newPoNumber(c, ctx.valueDate) : null;
    const later = freshInvoice(ctx, c, {
      currency,
      amountMinor: amount,
      issueDate: addDays(ctx.valueDate, rng.int(0, 4)),
      partPaid: false,
      poNumber: po,
    });
    if (later && po) refs = [po];
  }
  const text = remittance(
    ctx,
    c,
    { purpose: "prepayment", refs, amountMinor: amount, currency, endToEndId: "NOTPROVIDED" },
    (t) => refs.every((r) => t.includes(r)),
  );
  if (text === null) return null;
  return fixedDraft(
    ctx,
    {
      amountMinor: amount,
      currency,
      payer: customerPayer(ctx, c, true),
      remittance: text,
      endToEndId: "NOTPROVIDED",
      kind: "unidentified",
    },
    [],
  );
}

export function unidentified(ctx: ScenarioContext): PaymentDraft | null {
  const { rng, state } = ctx;
  const variant = rng.weighted<"stranger" | "stranger-amount" | "look-alike" | "advance">([
    ["stranger", 25],
    ["stranger-amount", 25],
    ["look-alike", ctx.profile.name === "hard" ? 35 : 25],
    ["advance", ctx.profile.name === "hard" ? 30 : 20],
  ]);
  if (variant === "advance") return advancePayment(ctx);

  let name: CompanyName | null;
  let currency: string;
  let amount: number;
  const country = rng.pick(COUNTRY_CODES);
  if (variant === "look-alike") {
    const found = lookAlikeStranger(ctx);
    if (!found) return null;
    name = found.name;
    const similar = ctx.byStem.get(found.base.stemKey) ?? [];
    currency = mainCurrency(found.base);
    amount = invoiceAmount(rng, currency, COUNTRIES[name.country].vat);
    if (amountOpenFor(ctx, similar, currency, amount)) return null;
    forbidAmount(ctx, similar, currency, amount);
  } else {
    name = strangerName(ctx, country);
    if (!name) return null;
    const open = state.items.filter((i) => i.kind === "invoice" && i.issueDate < ctx.valueDate && !state.isFixed(i.id));
    if (variant === "stranger-amount" && open.length > 0) {
      const target = rng.pick(open);
      currency = target.currency;
      amount = target.openMinor;
    } else {
      currency = rng.chance(0.8) ? "EUR" : rng.pick(["USD", "GBP", "CHF"]);
      amount = invoiceAmount(rng, currency, COUNTRIES[country].vat);
    }
  }
  const payerCountry = name.country;
  const account = rng.chance(0.6) ? unknownAccount(ctx, payerCountry) : null;
  const language = COUNTRIES[payerCountry].language;
  const text = remittance(
    ctx,
    { language, country: payerCountry },
    {
      purpose: strangerText(ctx),
      refs: [],
      amountMinor: amount,
      currency,
      endToEndId: "NOTPROVIDED",
    },
  );
  if (text === null) return null;
  return fixedDraft(
    ctx,
    {
      amountMinor: amount,
      currency,
      payer: { name: bankPayerName(rng, name), account },
      remittance: text,
      endToEndId: "NOTPROVIDED",
      kind: "unidentified",
    },
    [],
  );
}
