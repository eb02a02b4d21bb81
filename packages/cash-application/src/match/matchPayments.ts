import { formatMinorUnits, getCurrency, O2CDecimal } from "@o2c/core";
import { buildCustomerIndex } from "../index/buildCustomerIndex.js";
import { buildItemIndex, dateNumber, type ItemIndex } from "../index/buildItemIndex.js";
import type { PreparedItem } from "../index/PreparedItem.js";
import { minorUnitsOf } from "../index/plainMinorUnits.js";
import type { Customer } from "../model/Customer.js";
import type { Allocation, Evidence, MatchResult, ReferenceMatchKind, Suggestion } from "../model/MatchResult.js";
import type { OpenItem } from "../model/OpenItem.js";
import type { PaymentInput } from "../model/PaymentInput.js";
import { extractNamedParties, mayNameParties } from "../references/extractNamedParties.js";
import { extractReferences, type ReferenceCandidate } from "../references/extractReferences.js";
import { compactReference, digitKey, digitsOf, repairOcr } from "../references/referenceKeys.js";
import { saysAdvancePayment } from "../references/saysAdvancePayment.js";
import { findReferenceHits, type ReferenceHits } from "./findReferenceHits.js";
import type { FitContext } from "./fitAmount.js";
import { identifyPayer } from "./identifyPayer.js";
import { type MatchOptions, type ResolvedOptions, resolveOptions } from "./MatchOptions.js";
import { allocationKey, type Proposal, type ProposalLine } from "./Proposal.js";
import { note, type PaymentAnalysis, proposeForPayment } from "./proposeForPayment.js";
import { validateMatchInput } from "./validateMatchInput.js";

/**
 * The input of {@link matchPayments}: customer master data, open items and the payments to match.
 *
 * @since 0.1.0
 */
export interface MatchInput {
  /** Customer master data. */
  readonly customers: readonly Customer[];
  /** Open invoices and credit notes. */
  readonly openItems: readonly OpenItem[];
  /** Incoming payments. */
  readonly payments: readonly PaymentInput[];
}

const MAX_SUGGESTIONS = 5;

function structuredCandidate(text: string, source: ReferenceCandidate["source"]): ReferenceCandidate {
  const compact = compactReference(text);
  const repaired = repairOcr(compact);
  return {
    text,
    compact,
    repaired,
    digits: digitKey(repaired),
    source,
    firstToken: -1,
    tokenCount: 1,
    atCutEnd: false,
  };
}

function toAllocations(proposal: Proposal): Allocation[] {
  const lines = proposal.lines;
  let repeated = false;
  for (let i = 1; i < lines.length && !repeated; i++) {
    for (let j = 0; j < i; j++)
      if ((lines[j] as ProposalLine).item === (lines[i] as ProposalLine).item) repeated = true;
  }
  if (!repeated) {
    // Each item once (the usual case): one allocation per line, in line order.
    const allocations: Allocation[] = [];
    for (const line of lines) {
      if (line.amount === 0) continue;
      allocations.push({ invoiceId: line.item.id, amount: formatMinorUnits(BigInt(line.amount), line.item.exponent) });
    }
    return allocations;
  }
  const byItem = new Map<string, { amount: number; exponent: number }>();
  for (const line of lines) {
    const known = byItem.get(line.item.id);
    byItem.set(line.item.id, { amount: (known?.amount ?? 0) + line.amount, exponent: line.item.exponent });
  }
  return [...byItem.entries()]
    .filter(([, v]) => v.amount !== 0)
    .map(([invoiceId, v]) => ({ invoiceId, amount: formatMinorUnits(BigInt(v.amount), v.exponent) }));
}

function toSuggestion(proposal: Proposal): Suggestion {
  return { allocations: toAllocations(proposal), score: proposal.score, evidence: proposal.evidence };
}

function feeTolerance(options: ResolvedOptions, currency: string, exponent: number): number {
  const value = options.bankFeeTolerance[currency] ?? options.bankFeeTolerance["*"] ?? "0";
  return new O2CDecimal(value).times(new O2CDecimal(10).pow(exponent)).floor().toNumber();
}

/**
 * Marks the items a payment's references single out, so that no other payment's amount search takes them (FORMAT
 * rule 6): documents quoted strongly; the one item a cut-off reference names with exactly the amount paid; under a
 * quoted order number, all its items when the payment is their total, else the one item of exactly the amount
 * (none when several items of the order have that amount: the order does not say which).
 */
function claimQuoted(hits: ReferenceHits, paid: number, claimed: Uint8Array): void {
  let cut: PreparedItem | null = null;
  let cuts = 0;
  for (const hit of hits.documents.values()) {
    if (hit.quality >= 0.85) claimed[hit.item.index] = 1;
    else if (hit.how === "truncated" && hit.item.open === paid) {
      cut = hit.item;
      cuts++;
    }
  }
  if (cut !== null && cuts === 1) claimed[cut.index] = 1;
  if (hits.orders.size === 0) return;
  let total = 0;
  let exact: PreparedItem | null = null;
  let exacts = 0;
  for (const hit of hits.orders.values()) {
    total += hit.item.open;
    if (hit.item.open === paid) {
      exact = hit.item;
      exacts++;
    }
  }
  if (total === paid) for (const hit of hits.orders.values()) claimed[hit.item.index] = 1;
  else if (exact !== null && exacts === 1) claimed[exact.index] = 1;
}

/** What a payment's references resolve to, found before any payment is decided. */
interface ReferenceFindings {
  /** The amount paid in minor units. */
  readonly paid: number;
  /** The value date as the number yyyymmdd. */
  readonly valueDay: number;
  readonly hits: ReferenceHits;
  readonly customerNumbers: readonly string[];
  readonly cutDigits: readonly string[];
}

/**
 * Reads and resolves the references of every payment, and marks the items they single out as claimed (see
 * {@link claimQuoted}). A function of its own, so that the compiler optimizes this loop and the decisions' loop each
 * with its own feedback.
 */
function readReferences(
  payments: readonly PaymentInput[],
  items: ItemIndex,
  options: ResolvedOptions,
  claimed: Uint8Array,
): ReferenceFindings[] {
  const found: ReferenceFindings[] = new Array(payments.length);
  for (let position = 0; position < payments.length; position++) {
    const payment = payments[position] as PaymentInput;
    const extracted = extractReferences(payment.remittance);
    const extra: ReferenceCandidate[] = [];
    for (const ref of payment.structuredReferences ?? []) {
      const compact = compactReference(ref);
      const creditorReference = /^RF\d\d/.test(compact);
      extra.push(
        structuredCandidate(
          creditorReference ? compact.slice(4) : ref,
          creditorReference ? "creditor-reference" : "structured",
        ),
      );
    }
    if (payment.endToEndId !== null) extra.push(structuredCandidate(payment.endToEndId, "end-to-end"));
    const valueDay = dateNumber(payment.valueDate);
    const hits = findReferenceHits(extracted, extra, items, payment.currency, valueDay, options.weights);
    const paid = minorUnitsOf(payment.amount, getCurrency(payment.currency).exponent);
    claimQuoted(hits, paid, claimed);
    const cutDigits: string[] = [];
    for (const c of extracted.candidates) {
      if (!c.atCutEnd) continue;
      const raw = digitsOf(c.repaired);
      if (raw.length >= 4) cutDigits.push(raw);
    }
    found[position] = { paid, valueDay, hits, customerNumbers: extracted.customerNumbers, cutDigits };
  }
  return found;
}

/** What holds for all of a customer's items: their one currency (`null` when several) and the last issue day. */
interface CustomerSummary {
  readonly currency: string | null;
  readonly lastIssueDay: number;
}

const NO_ITEMS: CustomerSummary = { currency: null, lastIssueDay: 0 };

function summarize(items: readonly PreparedItem[]): CustomerSummary {
  let currency: string | null = items[0]?.currency ?? null;
  let lastIssueDay = 0;
  for (const i of items) {
    if (i.currency !== currency) currency = null;
    if (i.issueDay > lastIssueDay) lastIssueDay = i.issueDay;
  }
  return { currency, lastIssueDay };
}

/** The items of `live` in `currency` issued before the value day (`live` itself when all are). */
function availableOf(
  live: readonly PreparedItem[],
  summary: CustomerSummary,
  currency: string,
  day: number,
): readonly PreparedItem[] {
  // The customer's items (all of them, so also those still live) are in one currency and issued before `day`.
  if (summary.currency === currency && summary.lastIssueDay < day) return live;
  let all = true;
  for (const i of live) {
    if (i.currency !== currency || i.issueDay >= day) {
      all = false;
      break;
    }
  }
  if (all) return live;
  const list: PreparedItem[] = [];
  for (const i of live) if (i.currency === currency && i.issueDay < day) list.push(i);
  return list;
}

function comparePayments(a: PaymentInput, b: PaymentInput): number {
  if (a.valueDate !== b.valueDate) return a.valueDate < b.valueDate ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Matches incoming payments to open items and decides for each payment: `applied`, `review` or `unmatched`.
 *
 * @remarks
 * **How a payment is matched.** The payer is identified by account (IBAN), by a customer number quoted in the
 * remittance, by name (normalized: transliteration, case, punctuation, legal forms, abbreviations, cut-off
 * words, word order; token-set similarity with Jaro-Winkler for near spellings; not searched among all customers
 * when the customer the account, or else the one quoted customer number, names has the payer's name), and by the customer a third party names in the remittance
 * (`on behalf of X`, `im Auftrag von X`, `pour le compte de X`: see `extractNamedParties`; evidence
 * `named-party`). References are read from the
 * remittance, the end-to-end id and structured references (ISO 11649 `RF`, EDI 820 `RMR`), and resolved through
 * indexes: exact and OCR-repaired document numbers, digit keys (prefixes, separators and leading zeros dropped; also
 * the digits as printed, where OCR repair read a word between digit groups as digits: `2026-4549` for `2026-INV-4549`),
 * zero-less keys, trailing digits (leading zeros kept), cut-off prefixes and purchase-order numbers; only when no key
 * matches, document numbers one letter edit away are found (`1NV2026060978` for `INV2026060978`; a digit changed
 * for another digit never counts, numbers of different customers can be one digit apart) through the digit keys
 * such an edit can leave: the same digits, one digit dropped, or one digit where the query has a letter. A token that
 * matches only an order number does not hide a longer document number it is part of, and printed groups
 * (`INV-2026-42635`) are looked up beside digit keys. Items a payment singles out are reserved for it before any
 * amount search runs: strongly quoted documents, the one item of exactly the amount a cut-off reference names, and
 * under a quoted order its items when the payment is their total, else its one item of exactly the amount (none
 * when several have it: the order does not say which). Proposals come by path, strongest
 * first: quoted documents, then purchase orders, then weak references and payer-plus-amount together. The amount is
 * fitted by rules: exact, sum of several items, early-payment discount within terms (rounded half up to minor
 * units), unlisted items of the customer making up a larger payment (combinations of up to `maxCombinationSize`
 * items, searched within `searchBudget` nodes and finished without it where a chance combination is unlikely), credit notes netted (unquoted credit notes
 * only when a coincidental combination is unlikely: the number of combinations searched over the spread of their
 * sums stays below 0.001), bank charge within
 * tolerance, part or short payment (the item receives the cash, the rest stays open), overpayment (the rest stays
 * unapplied on account; not a sure fit when the payment is more than double the quoted documents and the search for
 * further items of the customer making up the rest was cut by its budget).
 *
 * **Scores.** A reference proposal scores `quality(reference) × weight(amount rule) × payer factor` (1 when the
 * payer is the item's customer, `otherPayer` when the payer is clearly someone else, `unknownPayer` otherwise),
 * combined with the payer evidence as `1 − (1 − byReference)(1 − payerScore × weight(rule) × 0.9)`. A proposal
 * without reference scores `payerScore × payerAmount[rule]`. Every proposal lists its evidence.
 *
 * **Doubt.** A proposal is halved (and so goes to review) when the remittance quotes a document number that is not
 * open (a settled invoice paid again) and the proposal rests on payer and amount or a weak reference; when quoted
 * documents are partly settled or unknown and the amount rule is loose (overpayment, unlisted items, partial);
 * when several quoted documents do not cover the payment; when several items of exactly the amount exist and an
 * earlier payment of the batch left undecided was proposed the first of them (it may be that payment's); when several
 * items of exactly the amount exist and a
 * reference cut off at the end of the remittance names none of them (when it names one, that one is taken); when
 * a reference at the cut end names a document of another customer than the one the payer clearly is; when the
 * remittance says the payment is made in advance (`Vorauszahlung`, `acompte`, `przedpłata`, `advance payment`) and
 * the proposal rests on payer and amount (note `ADVANCE_PAYMENT`); when a weak reading of the remittance names one
 * item of another customer that fits the amount tightly and the proposal rests on payer and amount (note
 * `REFERENCED_ELSEWHERE`). Weak readings
 * of further documents of the quoted customer join the quoted ones when only together they fit the amount tightly;
 * a proposal that allocates no positive cash (credit notes alone) is never made.
 *
 * **Decisions and tuning.** The best proposal is `applied` when its score reaches `threshold` (default 0.8) and no
 * proposal with another allocation comes within `ambiguityMargin` (0.1); otherwise `review` with ranked
 * suggestions, or `unmatched` below `minimumScore` (0.3). Raise `threshold` for fewer wrong postings, lower it for
 * more touchless ones; `bankFeeTolerance` and `bankFeeMaxShare` bound bank charges; `weights` re-weights reference
 * kinds and amount rules. Payments quoting documents strongly are processed first, then all others in (value
 * date, id) order (so among equal items the earlier payment gets the earlier item, FORMAT rule 7), and every item
 * receives cash from at most one payment, so results do not depend on input order. A payment the `knowledge` port
 * reports as applied is not applied again.
 *
 * @param input - Customers, open items and payments (validated here).
 * @param options - Threshold, tolerances, weights, knowledge, progress callback.
 * @returns One result per payment, in input order.
 * @throws `ValidationError` (`VALIDATION_FAILED`) when the input is malformed; issue paths start with
 *   `customers`, `openItems` or `payments` and the record's position.
 * @example
 * ```ts
 * import { matchPayments } from "@o2c/cash-application";
 *
 * const [result] = matchPayments({
 *   customers: [{ id: "C1", name: "Müller Maschinenbau GmbH", aliases: [], accounts: ["DE89370400440532013000"], country: "DE" }],
 *   openItems: [{ id: "INV-2026-004512", customerId: "C1", kind: "invoice", currency: "EUR", issueDate: "2026-09-14",
 *     dueDate: "2026-10-14", amount: "1190.00", openAmount: "1190.00", poNumber: null,
 *     terms: { discountPercent: "2", discountDays: 10 } }],
 *   payments: [{ id: "P1", valueDate: "2026-09-20", amount: "1166.20", currency: "EUR", payerName: "MUELLER MASCHINENBAU",
 *     payerAccount: "DE89370400440532013000", remittance: "Rechnung 2026004512 abzgl. 2% Skonto", endToEndId: null }],
 * });
 * result?.status //=> "applied"
 * result?.allocations //=> [{ invoiceId: "INV-2026-004512", amount: "1166.20" }]
 * ```
 * @since 0.1.0
 */
export function matchPayments(input: MatchInput, options: MatchOptions = {}): MatchResult[] {
  const parsed = validateMatchInput(input);
  const resolved = resolveOptions(options);
  const knowledge = options.knowledge;
  const items = buildItemIndex(parsed.openItems);
  const customers = buildCustomerIndex(parsed.customers, {
    accounts: knowledge?.learnedAccounts() ?? [],
    aliases: knowledge?.learnedAliases() ?? [],
  });
  const consumed = new Uint8Array(items.items.length);
  // Items strongly quoted by some payment are kept for the quoting payments (FORMAT rule 6): no other payment's
  // amount search may take them.
  const claimed = new Uint8Array(items.items.length);
  const isAvailable = (item: PreparedItem): boolean => consumed[item.index] === 0;
  const noHabits = new Map<ReferenceMatchKind, number>();
  const habits = (customerId: string) => knowledge?.referenceHabits(customerId) ?? noHabits;

  const payments = parsed.payments;
  // What the references say, for every payment before any is decided (the order of decisions depends on it); the
  // payer is identified only when its payment is decided, so that its candidates need not be kept meanwhile.
  const found = readReferences(payments, items, resolved, claimed);
  // Payments quoting documents settle those first, then payments quoting orders, then the rest (FORMAT rule 6).
  const tiers = new Uint8Array(payments.length);
  for (let position = 0; position < payments.length; position++) {
    const a = found[position] as ReferenceFindings;
    let t = a.hits.orders.size > 0 ? 1 : 2;
    for (const h of a.hits.documents.values()) if (h.quality >= 0.85) t = 0;
    tiers[position] = t;
  }
  // Order references claim what they single out (above); among items they do not single out (equal amounts under
  // one order), the earlier payment gets the earlier item whether it quotes the order or not (FORMAT rule 7).
  const ordered = Array.from({ length: payments.length }, (_, i) => i).sort((a, b) =>
    comparePayments(payments[a] as PaymentInput, payments[b] as PaymentInput),
  );
  const queue = [...ordered.filter((p) => tiers[p] === 0), ...ordered.filter((p) => tiers[p] !== 0)];
  const tolerances = new Map<string, number>();
  const availableCache = new Map<string, readonly PreparedItem[]>();
  // Each customer's items neither consumed nor claimed, by due date; consumed items leave the list.
  const live = new Map<string, PreparedItem[]>();
  const summaries = new Map<string, CustomerSummary>();
  const liveOf = (customerId: string): PreparedItem[] => {
    let list = live.get(customerId);
    if (list === undefined) {
      list = [];
      const all = items.byCustomer.get(customerId);
      if (all !== undefined) {
        for (const i of all) if (consumed[i.index] === 0 && claimed[i.index] === 0) list.push(i);
      }
      live.set(customerId, list);
      summaries.set(customerId, all === undefined ? NO_ITEMS : summarize(all));
    }
    return list;
  };
  const results: MatchResult[] = new Array(payments.length);
  // Items proposed for payments left undecided so far (see FitContext.contested).
  const contested = new Uint8Array(items.items.length);
  let done = 0;
  for (const position of queue) {
    const payment = payments[position] as PaymentInput;
    const { paid: amount, valueDay: day, hits, customerNumbers, cutDigits } = found[position] as ReferenceFindings;
    const payers = identifyPayer(
      payment.payerName,
      payment.payerAccount,
      customerNumbers,
      mayNameParties(payment.remittance) ? extractNamedParties(payment.remittance) : [],
      customers,
      resolved.nameThreshold,
    );
    const analysis: PaymentAnalysis = {
      hits,
      payers,
      habits,
      cutDigits,
      advance: saysAdvancePayment(payment.remittance),
    };
    const exponent = getCurrency(payment.currency).exponent;
    availableCache.clear();
    const ctx: FitContext = {
      amount,
      valueDay: day,
      feeTolerance:
        tolerances.get(payment.currency) ??
        tolerances.set(payment.currency, feeTolerance(resolved, payment.currency, exponent)).get(payment.currency) ??
        0,
      feeMaxShare: resolved.bankFeeMaxShare,
      maxSize: resolved.maxCombinationSize,
      budget: resolved.searchBudget,
      cutDigits: analysis.cutDigits,
      contested: (item) => contested[item.index] === 1,
      available: (customerId) => {
        let list = availableCache.get(customerId);
        if (list === undefined) {
          const own = liveOf(customerId);
          list = availableOf(own, summaries.get(customerId) as CustomerSummary, payment.currency, day);
          availableCache.set(customerId, list);
        }
        return list;
      },
    };
    const result = decide(
      payment,
      analysis,
      ctx,
      isAvailable,
      resolved,
      exponent,
      knowledge?.isApplied(payment.id) ?? false,
    );
    if (result.status === "applied" || result.reserve) {
      for (const line of result.proposal?.lines ?? []) {
        if (consumed[line.item.index] === 1) continue;
        consumed[line.item.index] = 1;
        const own = live.get(line.item.customerId);
        const at = own?.indexOf(line.item) ?? -1;
        if (at >= 0) own?.splice(at, 1);
      }
    }
    if (result.status !== "applied" && !result.reserve) {
      for (const p of result.proposals) for (const line of p.lines) contested[line.item.index] = 1;
    }
    results[position] = result.result;
    options.onProgress?.(++done, queue.length);
  }
  return results;
}

interface Decision {
  readonly result: MatchResult;
  readonly status: MatchResult["status"];
  readonly proposal: Proposal | undefined;
  /** Every proposal made, best first. */
  readonly proposals: readonly Proposal[];
  /** Whether the proposal's items are reserved for this payment although it goes to review (it quotes them). */
  readonly reserve: boolean;
}

/** Adds a note when `when` holds (called on every path, so that the rare notes do not meet code optimized without them). */
function noteIf(notes: Evidence[], when: boolean, code: string, message: string): void {
  if (when) notes.push(note(code, message));
}

/** The one place decisions are made, so that they all share one shape. */
function decision(
  payment: PaymentInput,
  status: MatchResult["status"],
  proposals: readonly Proposal[],
  proposal: Proposal | undefined,
  reserve: boolean,
  allocations: Allocation[],
  unapplied: string,
  suggestions: Suggestion[],
  confidence: number,
  evidence: Evidence[],
): Decision {
  return {
    status,
    proposal,
    proposals,
    reserve,
    result: { paymentId: payment.id, status, allocations, unapplied, suggestions, confidence, evidence },
  };
}

function decide(
  payment: PaymentInput,
  analysis: PaymentAnalysis,
  ctx: FitContext,
  isAvailable: (item: PreparedItem) => boolean,
  options: ResolvedOptions,
  exponent: number,
  alreadyApplied: boolean,
): Decision {
  const { proposals, settled } = proposeForPayment(analysis, ctx, isAvailable, options);
  const best = proposals.length > 0 ? proposals[0] : undefined;
  const notes: Evidence[] = [];
  const hits = analysis.hits;
  noteIf(notes, settled, "SETTLED_REFERENCE", "the quoted document is settled already");
  noteIf(
    notes,
    hits.dropped > 0 && hits.documents.size === 0 && hits.orders.size === 0,
    "CURRENCY_MISMATCH",
    "a quoted document is in another currency or issued later",
  );
  const suggestions: Suggestion[] = [];
  const seen = new Set<string>();
  // Allocation keys sort and join strings: computed at most once per proposal.
  const keys = new Map<Proposal, string>();
  const keyOf = (p: Proposal): string => {
    let key = keys.get(p);
    if (key === undefined) {
      key = allocationKey(p);
      keys.set(p, key);
    }
    return key;
  };
  for (const p of proposals) {
    const key = keyOf(p);
    if (seen.has(key) || p.lines.length === 0) continue;
    seen.add(key);
    suggestions.push(toSuggestion(p));
    if (suggestions.length >= MAX_SUGGESTIONS) break;
  }
  const whole = formatMinorUnits(BigInt(ctx.amount), exponent);
  if (best === undefined || best.score < options.minimumScore || best.lines.length === 0) {
    const status = settled ? "review" : "unmatched";
    return decision(payment, status, proposals, undefined, false, [], whole, suggestions, best?.score ?? 0, notes);
  }
  const bestKey = keyOf(best);
  let rival: Proposal | undefined;
  for (const p of proposals) {
    if (p.path === best.path && p.score >= best.score - options.ambiguityMargin && keyOf(p) !== bestKey) {
      rival = p;
      break;
    }
  }
  noteIf(notes, rival !== undefined, "AMBIGUOUS", "another allocation is almost as plausible");
  noteIf(notes, alreadyApplied, "ALREADY_APPLIED", "this payment was applied before");
  const evidence: Evidence[] = [];
  for (const e of best.evidence) evidence.push(e);
  for (const e of notes) evidence.push(e);
  const applies = best.score >= options.threshold && rival === undefined && !alreadyApplied;
  const reserve = !alreadyApplied && best.path === "reference";
  if (!applies)
    return decision(payment, "review", proposals, best, reserve, [], whole, suggestions, best.score, evidence);
  let used = 0;
  for (const line of best.lines) used += line.amount;
  const unapplied = formatMinorUnits(BigInt(ctx.amount - used), exponent);
  return decision(
    payment,
    "applied",
    proposals,
    best,
    reserve,
    toAllocations(best),
    unapplied,
    suggestions,
    best.score,
    evidence,
  );
}
