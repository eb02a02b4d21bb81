import { bankFee, deduction, instalment } from "./amounts.js";
import { SEPA_COUNTRIES } from "./countries.js";
import { addDays } from "./dates.js";
import { referenceKey } from "./idSchemes.js";
import type { Allocation, CustomerInfo, ItemDraft, PaymentDraft } from "./model.js";
import { discountMinor } from "./money.js";
import { bankPayerName, variedPayerName } from "./payerNames.js";
import { EASY_VARIANTS, HARD_VARIANTS, renderVariant, type VariantKind } from "./referenceVariants.js";
import { containsAll, cutOffRemittance } from "./remittance.js";
import {
  addTwin,
  amountFor,
  amountOpenFor,
  currencyFor,
  customerPayer,
  endsWithForeignNumber,
  endToEnd,
  fixedDraft,
  forbidAmount,
  freshInvoice,
  hasSmallPool,
  knownAccount,
  lightToken,
  mainCurrency,
  type Payer,
  pickCustomer,
  proveSubset,
  remittance,
  type ScenarioContext,
  similarCustomers,
  singleDraft,
  unknownAccount,
} from "./scenarioSupport.js";
import type { ScenarioFamily } from "./types.js";
import { unidentified } from "./unidentified.js";
import { VOCABULARY } from "./vocabulary.js";

/**
 * One generator per scenario family of FORMAT.md section 8. Each builds its items and one payment whose truth
 * follows FORMAT.md section 7, or returns null (the caller undoes its changes and tries again).
 */
export type ScenarioGenerator = (ctx: ScenarioContext) => PaymentDraft | null;

const full = (item: ItemDraft): Allocation => ({ itemId: item.id, amountMinor: item.openMinor });

/** `count` new invoices of `c` in `currency`, issued at most `maxAge` days before the value date; `null` when one fails. */
function freshInvoices(
  ctx: ScenarioContext,
  c: CustomerInfo,
  count: number,
  currency: string,
  maxAge: number,
): ItemDraft[] | null {
  const items: ItemDraft[] = [];
  for (let i = 0; i < count; i++) {
    const item = freshInvoice(ctx, c, { currency, maxAge });
    if (!item) return null;
    items.push(item);
  }
  return items;
}

/** A payment by the customer `c` itself that quotes one item in `text`: the item receives exactly the cash paid. */
function cashOnItem(
  ctx: ScenarioContext,
  c: CustomerInfo,
  item: ItemDraft,
  amount: number,
  text: string,
  endToEndId: string,
  kind: ScenarioFamily,
): PaymentDraft {
  return fixedDraft(
    ctx,
    { amountMinor: amount, currency: item.currency, payer: customerPayer(ctx, c), remittance: text, endToEndId, kind },
    [{ itemId: item.id, amountMinor: amount }],
  );
}

/** The invoice number as printed, the exact amount, a known account. */
const exact: ScenarioGenerator = (ctx) => {
  const c = pickCustomer(ctx, (x) => x.record.accounts.length > 0);
  const item = c && freshInvoice(ctx, c);
  if (!c || !item) return null;
  const endToEndId = endToEnd(ctx, c, item.id);
  const text = remittance(
    ctx,
    c,
    {
      purpose: "invoice",
      refs: [item.id],
      refAmounts: [item.openMinor],
      amountMinor: item.openMinor,
      currency: item.currency,
      endToEndId,
    },
    (t) => t.includes(item.id),
  );
  if (text === null) return null;
  const payer = customerPayer(ctx, c, true);
  return fixedDraft(
    ctx,
    { amountMinor: item.openMinor, currency: item.currency, payer, remittance: text, endToEndId, kind: "exact" },
    [full(item)],
  );
};

/** The reference cut off by the 140-character limit: found through the visible part, the payer and the amount. */
function cutReference(ctx: ScenarioContext, c: CustomerInfo, item: ItemDraft): PaymentDraft | null {
  const { rng, state } = ctx;
  const printed = item.id;
  if (printed.length < 8 || c.record.accounts.length === 0) return null;
  const visible = rng.int(Math.ceil(printed.length * 0.6), printed.length - 1);
  const part = printed.slice(0, visible);
  const partKey = referenceKey(part);
  if (partKey.length < 5 || state.numbers.hasKey(part)) return null;
  const amount = item.openMinor;
  const currency = item.currency;
  const clash = (other: ItemDraft) =>
    other.id !== item.id &&
    other.currency === currency &&
    other.openMinor === amount &&
    referenceKey(other.id).startsWith(partKey);
  if (state.items.some(clash)) return null;
  state.addConstraint({ customerId: null, rejects: clash });
  const filler = [c.name.full.toUpperCase(), ...VOCABULARY[c.language].payment];
  const text = cutOffRemittance(rng, c.language, printed, visible, filler);
  return fixedDraft(
    ctx,
    {
      amountMinor: amount,
      currency,
      payer: customerPayer(ctx, c, true),
      remittance: text,
      endToEndId: "NOTPROVIDED",
      kind: "ref-variant",
    },
    [full(item)],
  );
}

const NORDIC_REFERENCE_WORD: Readonly<Record<string, string>> = { SE: "OCR", NO: "KID", FI: "Viite", DK: "FIK" };

/** The invoice number retyped: separators, prefix or zeros dropped, lower case, glued, OCR errors, RF, cut off. */
const refVariant: ScenarioGenerator = (ctx) => {
  const { rng, state } = ctx;
  const c = pickCustomer(ctx);
  const item = c && freshInvoice(ctx, c);
  if (!c || !item) return null;
  const kinds: (VariantKind | "cut")[] = rng.chance(ctx.profile.hardVariant)
    ? rng.shuffle<VariantKind | "cut">([...HARD_VARIANTS, "cut"])
    : rng.shuffle<VariantKind | "cut">(EASY_VARIANTS);
  const vocab = VOCABULARY[c.language];
  for (const kind of kinds) {
    if (kind === "cut") {
      const draft = state.transaction(() => cutReference(ctx, c, item));
      if (draft) return draft;
      continue;
    }
    const rendered = renderVariant(
      rng,
      item.number,
      kind,
      vocab.invoice,
      (suffix) => state.numbers.countSuffix(suffix) === 1,
    );
    if (rendered === null) continue;
    let token = rendered.token;
    let carryWords = rendered.carriesWord;
    const nordic = NORDIC_REFERENCE_WORD[c.country];
    if (kind === "grouped" && nordic !== undefined) {
      token = `${nordic} ${token}`;
      carryWords = true;
    }
    const endToEndId = endToEnd(ctx, c);
    const text = remittance(
      ctx,
      c,
      {
        purpose: "invoice",
        refs: [token],
        carryWords,
        amountMinor: item.openMinor,
        currency: item.currency,
        endToEndId,
      },
      (t) => containsAll(t, [token]),
    );
    if (text === null) continue;
    if (rendered.suffix !== undefined) state.reserveSuffix(rendered.suffix);
    return fixedDraft(
      ctx,
      {
        amountMinor: item.openMinor,
        currency: item.currency,
        payer: customerPayer(ctx, c, rng.chance(0.85)),
        remittance: text,
        endToEndId,
        kind: "ref-variant",
      },
      [full(item)],
    );
  }
  return null;
};

/** Found through the payer (known account, or its name) and the exact amount; equal items resolved later. */
const noRef: ScenarioGenerator = (ctx) => {
  const { rng } = ctx;
  const c = pickCustomer(ctx);
  if (!c) return null;
  const viaAccount = c.record.accounts.length > 0 && rng.chance(0.85);
  const currency = currencyFor(ctx, c);
  const amount = amountFor(ctx, c, currency, 0.5);
  const similar = similarCustomers(ctx, c);
  if (!viaAccount && amountOpenFor(ctx, similar, currency, amount)) return null;
  const item = freshInvoice(ctx, c, { currency, amountMinor: amount, partPaid: false, maxAge: 60 });
  if (!item) return null;
  if (rng.chance(ctx.profile.twin)) addTwin(ctx, c, item);
  if (!viaAccount) forbidAmount(ctx, similar, currency, amount);
  const payer: Payer = viaAccount
    ? { name: bankPayerName(rng, c.name), account: knownAccount(ctx, c) }
    : { name: bankPayerName(rng, c.name), account: null };
  const endToEndId = endToEnd(ctx, c);
  const text = remittance(ctx, c, { purpose: "none", refs: [], amountMinor: amount, currency, endToEndId });
  if (text === null) return null;
  return singleDraft(
    ctx,
    { amountMinor: amount, currency, payer, remittance: text, endToEndId, kind: "no-ref" },
    c,
    item,
  );
};

/** Several items in one payment; the text lists all, some (or is cut off) or none, the rest proven unique. */
const multiInvoice: ScenarioGenerator = (ctx) => {
  const { rng } = ctx;
  const listing = rng.weighted<"all" | "some" | "none">([
    ["all", ctx.profile.multiListing[0]],
    ["some", ctx.profile.multiListing[1]],
    ["none", ctx.profile.multiListing[2]],
  ]);
  const count = rng.int(2, ctx.profile.name === "hard" ? 7 : 5);
  const c = pickCustomer(
    ctx,
    (x) => listing === "all" || (x.record.accounts.length > 0 && hasSmallPool(ctx, x, mainCurrency(x), count)),
  );
  if (!c) return null;
  const currency = listing === "all" ? currencyFor(ctx, c) : mainCurrency(c);
  const items = freshInvoices(ctx, c, count, currency, 90);
  if (!items) return null;
  const total = items.reduce((sum, item) => sum + item.openMinor, 0);
  const tokens = items.map((item) => lightToken(ctx, item, 0.3));
  const shown = listing === "all" ? tokens : listing === "some" ? pickSome(ctx, tokens) : [];
  const endToEndId = endToEnd(ctx, c);
  const text = remittance(ctx, c, {
    purpose: shown.length === 0 ? "none" : "multi",
    refs: shown,
    refAmounts: shown.map((token) => items[tokens.indexOf(token)]?.openMinor ?? 0),
    amountMinor: total,
    currency,
    endToEndId,
  });
  if (text === null || endsWithForeignNumber(ctx, text, tokens)) return null;
  const listed = new Set(items.filter((_, i) => containsAll(text, [tokens[i] ?? ""])).map((item) => item.id));
  if (listed.size < items.length) {
    const rest = items.filter((item) => !listed.has(item.id));
    const target = rest.reduce((sum, item) => sum + item.openMinor, 0);
    if (c.record.accounts.length === 0 && listed.size === 0) return null;
    if (!proveSubset(ctx, c, currency, target, new Set(rest.map((i) => i.id)), listed, 1)) return null;
  }
  const payer = customerPayer(ctx, c, listed.size < items.length);
  return fixedDraft(
    ctx,
    { amountMinor: total, currency, payer, remittance: text, endToEndId, kind: "multi-invoice" },
    items.map(full),
  );
};

function pickSome(ctx: ScenarioContext, tokens: readonly string[]): string[] {
  // Now and then the whole list, for the bank's 140-character cut to shorten.
  if (ctx.rng.chance(0.35)) return [...tokens];
  const keep = ctx.rng.int(1, tokens.length - 1);
  return ctx.rng.sample(tokens, keep);
}

/** An instalment of one item, with its reference. */
const partial: ScenarioGenerator = (ctx) => {
  const c = pickCustomer(ctx);
  const item = c && freshInvoice(ctx, c, { partPaid: ctx.rng.chance(0.3) });
  if (!c || !item) return null;
  const amount = instalment(ctx.rng, item.openMinor, item.currency);
  const token = lightToken(ctx, item, 0.25);
  const endToEndId = endToEnd(ctx, c, item.id);
  const text = remittance(
    ctx,
    c,
    { purpose: "partial", refs: [token], amountMinor: amount, currency: item.currency, endToEndId },
    (t) => containsAll(t, [token]),
  );
  if (text === null) return null;
  return cashOnItem(ctx, c, item, amount, text, endToEndId, "partial");
};

/** Early-payment discount taken within the terms: amount − round-half-up(amount × percent / 100). */
const discount: ScenarioGenerator = (ctx) => {
  const c = pickCustomer(ctx, (x) => x.discount !== null);
  const terms = c?.discount;
  if (!c || !terms) return null;
  const item = freshInvoice(ctx, c, { terms, partPaid: false, minAge: 1, maxAge: terms.discountDays });
  if (!item) return null;
  const amount = item.amountMinor - discountMinor(item.amountMinor, terms.discountPercent);
  const token = lightToken(ctx, item, 0.25);
  const endToEndId = endToEnd(ctx, c, item.id);
  const text = remittance(
    ctx,
    c,
    {
      purpose: ctx.rng.chance(0.7) ? "discount" : "invoice",
      refs: [token],
      discountPercent: terms.discountPercent,
      amountMinor: amount,
      currency: item.currency,
      endToEndId,
    },
    (t) => containsAll(t, [token]),
  );
  if (text === null) return null;
  return cashOnItem(ctx, c, item, amount, text, endToEndId, "discount");
};

/** An odd deduction (damaged goods, price dispute, returns, a discount taken too late), with a reference. */
const shortPay: ScenarioGenerator = (ctx) => {
  const { rng } = ctx;
  const c = pickCustomer(ctx);
  if (!c) return null;
  const late = c.discount !== null && rng.chance(0.25) ? c.discount : null;
  const item = late
    ? freshInvoice(ctx, c, {
        terms: late,
        partPaid: false,
        minAge: late.discountDays + 3,
        maxAge: late.discountDays + 40,
      })
    : freshInvoice(ctx, c);
  if (!item) return null;
  const amount = late
    ? item.amountMinor - discountMinor(item.amountMinor, late.discountPercent)
    : item.openMinor - deduction(rng, item.openMinor, item.currency);
  const token = lightToken(ctx, item, 0.25);
  const endToEndId = endToEnd(ctx, c, item.id);
  const text = remittance(
    ctx,
    c,
    {
      purpose: late ? "discount" : "short",
      refs: [token],
      ...(late ? { discountPercent: late.discountPercent } : {}),
      amountMinor: amount,
      currency: item.currency,
      endToEndId,
    },
    (t) => containsAll(t, [token]),
  );
  if (text === null || amount <= 0) return null;
  return cashOnItem(ctx, c, item, amount, text, endToEndId, "short-pay");
};

function transposedLarger(openMinor: number): number | null {
  const digits = String(openMinor).split("");
  for (let i = 0; i < digits.length - 1; i++) {
    if ((digits[i] ?? "") < (digits[i + 1] ?? "")) {
      const swapped = [...digits];
      swapped[i] = digits[i + 1] ?? "";
      swapped[i + 1] = digits[i] ?? "";
      return Number(swapped.join(""));
    }
  }
  return null;
}

/** More than the open amount (the item gets its open amount), or an already settled invoice paid again (nothing). */
const overpay: ScenarioGenerator = (ctx) => {
  const { rng, state } = ctx;
  const variant = rng.weighted<"part-paid" | "more" | "settled">([
    ["part-paid", 35],
    ["more", 25],
    ["settled", 40],
  ]);
  const c = pickCustomer(ctx, (x) => variant !== "settled" || x.record.accounts.length > 0);
  if (!c) return null;
  if (variant === "settled") {
    const currency = mainCurrency(c);
    const amount = amountFor(ctx, c, currency, 0.6);
    const settled = state.settledNumber(c, addDays(ctx.valueDate, -rng.int(25, 120)));
    if (!settled) return null;
    if (rng.chance(ctx.profile.name === "hard" ? 0.6 : 0.4)) {
      freshInvoice(ctx, c, { currency, amountMinor: amount, partPaid: false });
    }
    const endToEndId = endToEnd(ctx, c, settled.id);
    const text = remittance(
      ctx,
      c,
      { purpose: "invoice", refs: [settled.id], amountMinor: amount, currency, endToEndId },
      (t) => t.includes(settled.id),
    );
    if (text === null) return null;
    return fixedDraft(
      ctx,
      {
        amountMinor: amount,
        currency,
        payer: customerPayer(ctx, c, true),
        remittance: text,
        endToEndId,
        kind: "overpay",
      },
      [],
    );
  }
  const item = freshInvoice(ctx, c, { partPaid: variant === "part-paid" });
  if (!item) return null;
  let amount = item.amountMinor;
  if (variant === "more") {
    const unit = item.currency === "JPY" ? 1000 : 10000;
    const options = [
      transposedLarger(item.openMinor),
      (Math.floor(item.openMinor / unit) + 1) * unit,
      item.openMinor + rng.int(1, Math.max(1, Math.floor(item.openMinor / 20))),
    ].filter((x): x is number => x !== null && x > item.openMinor);
    amount = rng.pick(options);
  }
  if (amount <= item.openMinor) return null;
  const token = lightToken(ctx, item, 0.2);
  const endToEndId = endToEnd(ctx, c, item.id);
  const text = remittance(
    ctx,
    c,
    { purpose: "invoice", refs: [token], amountMinor: amount, currency: item.currency, endToEndId },
    (t) => containsAll(t, [token]),
  );
  if (text === null) return null;
  return fixedDraft(
    ctx,
    {
      amountMinor: amount,
      currency: item.currency,
      payer: customerPayer(ctx, c),
      remittance: text,
      endToEndId,
      kind: "overpay",
    },
    [full(item)],
  );
};

/** A foreign payment arriving short of a bank charge, with a reference. */
const bankFeeScenario: ScenarioGenerator = (ctx) => {
  const { rng } = ctx;
  const c =
    pickCustomer(ctx, (x) => !SEPA_COUNTRIES.has(x.country) || mainCurrency(x) !== "EUR" || x.currencies.length > 1) ??
    pickCustomer(ctx);
  if (!c) return null;
  const currency = c.currencies.find((cur) => cur !== "EUR") ?? mainCurrency(c);
  const item = freshInvoice(ctx, c, { currency });
  if (!item) return null;
  const fee = bankFee(rng, currency);
  if (fee * 5 > item.openMinor) return null;
  const amount = item.openMinor - fee;
  const token = lightToken(ctx, item, 0.3);
  const endToEndId = endToEnd(ctx, c, item.id);
  const text = remittance(
    ctx,
    c,
    { purpose: "invoice", refs: [token], refAmounts: [item.openMinor], amountMinor: amount, currency, endToEndId },
    (t) => containsAll(t, [token]),
  );
  if (text === null) return null;
  const name = bankPayerName(rng, c.name).toUpperCase();
  const account = rng.weighted<string | null>([
    [knownAccount(ctx, c), 4],
    [null, 4],
    [unknownAccount(ctx, c.country), 2],
  ]);
  return fixedDraft(
    ctx,
    {
      amountMinor: amount,
      currency,
      payer: { name, account },
      remittance: c.language === "ja" && rng.chance(0.3) ? `${text} TESURYO SASHIHIKI`.slice(0, 140) : text,
      endToEndId,
      kind: "bank-fee",
    },
    [{ itemId: item.id, amountMinor: amount }],
  );
};

/** Someone else pays (parent, factoring company, payment service provider, insurer, the owner), quoting the item. */
const thirdParty: ScenarioGenerator = (ctx) => {
  const { rng } = ctx;
  const c = pickCustomer(ctx);
  const item = c && freshInvoice(ctx, c);
  if (!c || !item) return null;
  const parent =
    c.groupId === null ? undefined : (ctx.byGroup.get(c.groupId) ?? []).find((m) => m.isHolding && m !== c);
  const kind = rng.weighted<string>([
    ["parent", parent ? 4 : 0],
    ["agent", 6],
    ["owner", c.name.person === null && rng.chance(0.3) ? 1.5 : 0],
  ]);
  let payer: Payer;
  let language = c.language;
  let country = c.country;
  if (kind === "parent" && parent) {
    payer = { name: bankPayerName(rng, parent.name), account: knownAccount(ctx, parent) };
  } else if (kind === "owner") {
    const owner = `${rng.pick(["J.", "M.", "A.", "K."])} ${c.name.stem}`;
    payer = { name: rng.chance(0.5) ? owner.toUpperCase() : owner, account: unknownAccount(ctx, c.country) };
  } else {
    const agent = rng.pick(ctx.thirdParties);
    payer = { name: rng.chance(0.6) ? agent.name.toUpperCase() : agent.name, account: agent.account };
    language = agent.language;
    country = agent.country;
  }
  const token = lightToken(ctx, item, rng.chance(ctx.profile.hardVariant) ? 0.6 : 0.2);
  const onBehalfOf = rng.chance(0.5) ? c.name.full : bankPayerName(rng, c.name);
  const text = remittance(
    ctx,
    { language, country },
    {
      purpose: rng.chance(0.6) ? "third-party" : "invoice",
      refs: [token],
      onBehalfOf,
      amountMinor: item.openMinor,
      currency: item.currency,
      endToEndId: "NOTPROVIDED",
    },
    (t) => containsAll(t, [token]),
  );
  if (text === null) return null;
  return fixedDraft(
    ctx,
    {
      amountMinor: item.openMinor,
      currency: item.currency,
      payer,
      remittance: text,
      endToEndId: "NOTPROVIDED",
      kind: "third-party",
    },
    [full(item)],
  );
};

/** Recognisable only by a varied name (no account in master data, no reference); equal items resolved later. */
const nameVariant: ScenarioGenerator = (ctx) => {
  const { rng } = ctx;
  const c = pickCustomer(ctx);
  if (!c) return null;
  const name = variedPayerName(rng, c.name, c.record.aliases);
  if (name === null) return null;
  const currency = currencyFor(ctx, c);
  const amount = amountFor(ctx, c, currency, 0.3);
  const similar = similarCustomers(ctx, c);
  if (amountOpenFor(ctx, similar, currency, amount)) return null;
  const item = freshInvoice(ctx, c, { currency, amountMinor: amount, partPaid: false, maxAge: 60 });
  if (!item) return null;
  if (rng.chance(ctx.profile.twin)) addTwin(ctx, c, item);
  forbidAmount(ctx, similar, currency, amount);
  const account = rng.chance(0.55) ? null : unknownAccount(ctx, c.country);
  const text = remittance(ctx, c, {
    purpose: "none",
    refs: [],
    amountMinor: amount,
    currency,
    endToEndId: "NOTPROVIDED",
  });
  if (text === null) return null;
  return singleDraft(
    ctx,
    {
      amountMinor: amount,
      currency,
      payer: { name, account },
      remittance: text,
      endToEndId: "NOTPROVIDED",
      kind: "name-variant",
    },
    c,
    item,
  );
};

/** The customer's purchase-order number instead of the invoice number: one item of the order, or all of it. */
const poRef: ScenarioGenerator = (ctx) => {
  const { rng, state } = ctx;
  const c = pickCustomer(ctx);
  if (!c) return null;
  const currency = currencyFor(ctx, c);
  const firstIssue = addDays(ctx.valueDate, -rng.int(10, 80));
  const po = state.newPoNumber(c, firstIssue);
  if (!po) return null;
  const count = rng.int(1, 4);
  const items: ItemDraft[] = [];
  for (let i = 0; i < count; i++) {
    const issueDate = i === 0 ? firstIssue : addDays(ctx.valueDate, -rng.int(1, 60));
    const item = freshInvoice(ctx, c, { currency, issueDate, poNumber: po, partPaid: false });
    if (!item) return null;
    items.push(item);
  }
  if (rng.chance(ctx.profile.twin)) {
    freshInvoice(ctx, c, { currency, issueDate: addDays(ctx.valueDate, rng.int(0, 3)), poNumber: po, partPaid: false });
  }
  let paid: ItemDraft[];
  if (count > 1 && rng.chance(0.5)) paid = items;
  else {
    const target = rng.pick(items);
    const equal = items.filter((i) => i.openMinor === target.openMinor);
    equal.sort((a, b) => cmp(a.dueDate, b.dueDate) || cmp(a.issueDate, b.issueDate) || cmp(a.id, b.id));
    paid = [equal[0] ?? target];
  }
  const amount = paid.reduce((sum, item) => sum + item.openMinor, 0);
  const poToken = rng.chance(0.3) ? po.replace(/^[A-Z]+[-/]?/, "") : po;
  const token = referenceKey(poToken).length >= 5 ? poToken : po;
  const endToEndId = endToEnd(ctx, c, po);
  const text = remittance(ctx, c, { purpose: "po", refs: [token], amountMinor: amount, currency, endToEndId }, (t) =>
    containsAll(t, [token]),
  );
  if (text === null) return null;
  return fixedDraft(
    ctx,
    { amountMinor: amount, currency, payer: customerPayer(ctx, c), remittance: text, endToEndId, kind: "po-ref" },
    paid.map(full),
  );
};

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Invoices paid net of a credit note of the same customer. */
const creditNetting: ScenarioGenerator = (ctx) => {
  const { rng, state } = ctx;
  const listing = rng.weighted<"all" | "invoices" | "none">([
    ["all", 65],
    ["invoices", 25],
    ["none", ctx.profile.name === "hard" ? 15 : 0],
  ]);
  const count = rng.int(1, 3);
  const c = pickCustomer(
    ctx,
    (x) => listing === "all" || (x.record.accounts.length > 0 && hasSmallPool(ctx, x, mainCurrency(x), count + 1)),
  );
  if (!c) return null;
  const currency = listing === "all" ? currencyFor(ctx, c) : mainCurrency(c);
  const invoices = freshInvoices(ctx, c, count, currency, 80);
  if (!invoices) return null;
  const gross = invoices.reduce((sum, item) => sum + item.openMinor, 0);
  const creditAmount = -rng.int(Math.max(1, Math.floor(gross / 20)), Math.floor((gross * 3) / 5));
  const creditOpen = rng.chance(0.2)
    ? creditAmount + rng.int(1, Math.max(1, Math.floor(-creditAmount / 2)))
    : creditAmount;
  const credit = state.newItem({
    customer: c,
    kind: "credit-note",
    currency,
    issueDate: addDays(ctx.valueDate, -rng.int(2, 50)),
    amountMinor: creditAmount,
    openMinor: creditOpen < 0 ? creditOpen : creditAmount,
  });
  if (!credit) return null;
  const items = [...invoices, credit];
  const amount = items.reduce((sum, item) => sum + item.openMinor, 0);
  if (amount <= 0) return null;
  const tokens = items.map((item) => lightToken(ctx, item, 0.25));
  const invoiceTokens = tokens.slice(0, -1);
  const creditToken = tokens[tokens.length - 1] ?? credit.id;
  const endToEndId = endToEnd(ctx, c);
  const text = remittance(ctx, c, {
    purpose: "netting",
    refs: listing === "none" ? [] : invoiceTokens,
    creditRefs: listing === "all" ? [creditToken] : [],
    amountMinor: amount,
    currency,
    endToEndId,
  });
  if (text === null || endsWithForeignNumber(ctx, text, tokens)) return null;
  const listed = new Set(items.filter((_, i) => containsAll(text, [tokens[i] ?? ""])).map((item) => item.id));
  if (listed.size < items.length) {
    if (c.record.accounts.length === 0 && listed.size === 0) return null;
    const rest = items.filter((item) => !listed.has(item.id));
    const target = rest.reduce((sum, item) => sum + item.openMinor, 0);
    if (!proveSubset(ctx, c, currency, target, new Set(rest.map((i) => i.id)), listed, 1)) return null;
  }
  return fixedDraft(
    ctx,
    {
      amountMinor: amount,
      currency,
      payer: customerPayer(ctx, c, listed.size < items.length),
      remittance: text,
      endToEndId,
      kind: "credit-netting",
    },
    items.map(full),
  );
};

/** A group company pays another group company's invoice, quoting it (its own open item may even match). */
const wrongCustomerRef: ScenarioGenerator = (ctx) => {
  const { rng } = ctx;
  const c = pickCustomer(ctx, (x) => x.groupId !== null && (ctx.byGroup.get(x.groupId)?.length ?? 0) >= 2);
  if (!c || c.groupId === null) return null;
  const others = (ctx.byGroup.get(c.groupId) ?? []).filter((m) => m !== c);
  const payerCustomer = others.find((m) => m.record.accounts.length > 0 && rng.chance(0.7)) ?? rng.pick(others);
  const item = freshInvoice(ctx, c);
  if (!item) return null;
  if (rng.chance(ctx.profile.name === "hard" ? 0.6 : 0.3)) {
    freshInvoice(ctx, payerCustomer, { currency: item.currency, amountMinor: item.openMinor, partPaid: false });
  }
  const token = lightToken(ctx, item, 0.3);
  const endToEndId = endToEnd(ctx, payerCustomer, item.id);
  const text = remittance(
    ctx,
    payerCustomer,
    { purpose: "invoice", refs: [token], amountMinor: item.openMinor, currency: item.currency, endToEndId },
    (t) => containsAll(t, [token]),
  );
  if (text === null) return null;
  const payer = { name: bankPayerName(rng, payerCustomer.name), account: knownAccount(ctx, payerCustomer) };
  return fixedDraft(
    ctx,
    {
      amountMinor: item.openMinor,
      currency: item.currency,
      payer,
      remittance: text,
      endToEndId,
      kind: "wrong-customer-ref",
    },
    [full(item)],
  );
};

export const SCENARIOS: Readonly<Record<ScenarioFamily, ScenarioGenerator>> = {
  exact,
  "ref-variant": refVariant,
  "no-ref": noRef,
  "multi-invoice": multiInvoice,
  partial,
  discount,
  "short-pay": shortPay,
  overpay,
  "bank-fee": bankFeeScenario,
  "third-party": thirdParty,
  "name-variant": nameVariant,
  "po-ref": poRef,
  unidentified,
  "credit-netting": creditNetting,
  "wrong-customer-ref": wrongCustomerRef,
};
