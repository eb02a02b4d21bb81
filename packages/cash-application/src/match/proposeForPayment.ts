import type { PreparedItem } from "../index/PreparedItem.js";
import type { Evidence, ReferenceMatchKind } from "../model/MatchResult.js";
import type { ReferenceHit, ReferenceHits } from "./findReferenceHits.js";
import type { Fit, FitContext } from "./fitAmount.js";
import { fitByAmount, fitQuoted } from "./fitAmount.js";
import type { PayerCandidate } from "./identifyPayer.js";
import type { ResolvedOptions } from "./MatchOptions.js";
import type { Proposal, ProposalLine, ProposalPath } from "./Proposal.js";

/** Everything known about one payment before proposals are made. */
export interface PaymentAnalysis {
  readonly hits: ReferenceHits;
  readonly payers: readonly PayerCandidate[];
  /** Reference kinds each candidate customer habitually uses (learned). */
  readonly habits: (customerId: string) => ReadonlyMap<ReferenceMatchKind, number>;
  /** Digits of references at the cut end of the remittance (see {@link FitContext.cutDigits}). */
  readonly cutDigits: readonly string[];
  /** Whether the remittance says the payment is made in advance (see `saysAdvancePayment`). */
  readonly advance: boolean;
}

const STRONG = 0.85;
const PAYER_CONFIRMS = 0.8;
/** Factor on proposals the remittance casts doubt on (they stay as suggestions, for review). */
const DOUBT = 0.5;
const TIGHT_RULES: ReadonlySet<string> = new Set(["exact", "sum", "discount", "credit-netting", "bank-fee"]);

// Lists here are built by loops rather than by `map`/`filter`/spreads, each from one literal per element type, and
// proposals by one function. An array derived from an empty one keeps the empty one's elements kind, and optimized
// code that meets a new kind or shape late is thrown away and compiled again: on one core that cost more than the
// loops (with --trace-deopt: 60 bailouts in a cold dev-large run before, about 30 after). A literal's allocation site
// learns the kind of what is pushed into its arrays and makes later ones with it, so an empty list from the shared
// literal has the kind of a full one.
function itemList(): PreparedItem[] {
  return [];
}

function proposalList(): Proposal[] {
  return [];
}

function evidenceList(): Evidence[] {
  return [];
}

/** The one place proposals are made, so that they all share one shape. */
function proposal(
  lines: readonly ProposalLine[],
  score: number,
  evidence: readonly Evidence[],
  path: ProposalPath,
): Proposal {
  return { lines, score, evidence, path };
}

function ruleOf(p: Proposal): string {
  for (const e of p.evidence) if (e.type === "amount") return e.rule;
  return "";
}

function isTight(p: Proposal): boolean {
  return TIGHT_RULES.has(ruleOf(p));
}

/** A note in a proposal's or decision's evidence. */
export function note(code: string, message: string): Evidence {
  return { type: "note", code, message };
}

function doubt(p: Proposal, code: string, message: string): Proposal {
  const evidence: Evidence[] = evidenceList();
  for (const e of p.evidence) evidence.push(e);
  evidence.push(note(code, message));
  return proposal(p.lines, round(p.score * DOUBT), evidence, p.path);
}

function payerEvidence(p: PayerCandidate): Evidence {
  return { type: "payer", customerId: p.customerId, how: p.how, matched: p.matched, score: round(p.score) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function refEvidence(hit: ReferenceHit): Evidence {
  return { type: "reference", invoiceId: hit.item.id, text: hit.text, how: hit.how, quality: round(hit.quality) };
}

/** The items by customer, in order of first appearance, each group in the items' order. */
function groupByCustomer(items: readonly PreparedItem[]): PreparedItem[][] {
  const groups = new Map<string, PreparedItem[]>();
  const list: PreparedItem[][] = [];
  for (const item of items) {
    let group = groups.get(item.customerId);
    if (group === undefined) {
      group = [];
      groups.set(item.customerId, group);
      list.push(group);
    }
    group.push(item);
  }
  return list;
}

function scoreReferenceFit(
  fit: Fit,
  hits: ReadonlyMap<number, ReferenceHit>,
  analysis: PaymentAnalysis,
  options: ResolvedOptions,
  path: ProposalPath,
): Proposal {
  const w = options.weights;
  const customers = new Set<string>();
  const evidence: Evidence[] = evidenceList();
  let quality = 1;
  for (const line of fit.lines) {
    customers.add(line.item.customerId);
    const hit = hits.get(line.item.index);
    if (hit === undefined) continue;
    evidence.push(refEvidence(hit));
    let q = hit.quality;
    if ((analysis.habits(hit.item.customerId).get(hit.how) ?? 0) > 0) q = Math.max(q, Math.min(0.95, q + 0.4));
    quality = Math.min(quality, q);
  }
  if (evidence.length === 0) quality = 0;
  const amountWeight = w.amount[fit.rule] * (fit.ambiguous ? 0.6 : 1);
  const payer = analysis.payers.find((p) => customers.has(p.customerId) && p.score >= PAYER_CONFIRMS);
  const strongOther = analysis.payers.find((p) => !customers.has(p.customerId) && p.score >= 0.9);
  const factor = payer !== undefined ? 1 : strongOther !== undefined ? w.otherPayer : w.unknownPayer;
  const byReference = quality * amountWeight * factor;
  const byPayer = payer !== undefined ? payer.score * amountWeight * 0.9 : 0;
  const score = 1 - (1 - byReference) * (1 - byPayer);
  if (payer !== undefined) evidence.push(payerEvidence(payer));
  else if (strongOther !== undefined) evidence.push(payerEvidence(strongOther));
  evidence.push(amountEvidence(fit));
  return proposal(fit.lines, round(score), evidence, path);
}

function amountEvidence(fit: Fit): Evidence {
  return { type: "amount", rule: fit.rule, detail: fit.detail };
}

function fromQuoted(
  hits: ReadonlyMap<number, ReferenceHit>,
  selected: readonly PreparedItem[],
  ctx: FitContext,
  analysis: PaymentAnalysis,
  options: ResolvedOptions,
  path: ProposalPath,
): Proposal[] {
  const proposals: Proposal[] = proposalList();
  if (selected.length === 0) return proposals;
  const sets = groupByCustomer(selected);
  if (sets.length > 1) sets.push(selected.slice());
  for (const set of sets) {
    if (path === "weak-reference" || path === "purchase-order") {
      // A weak or order reference may point at several items: the quoted items together when they add up, else
      // the item (due first) whose amount fits exactly, else each item alone.
      const sorted = set.slice().sort(byIndex);
      const together = sorted.length > 1 && sorted.length <= 12 ? fitQuoted(sorted, ctx, false) : null;
      if (
        together !== null &&
        (together.rule === "sum" || together.rule === "discount" || together.rule === "credit-netting")
      ) {
        keepIfCash(proposals, scoreReferenceFit(together, hits, analysis, options, path));
        continue;
      }
      const fits: Fit[] = [];
      for (const item of sorted) fits.push(fitQuoted([item], ctx, sorted.length <= 3));
      const tight = firstWithRule(fits, "exact") ?? firstWithRule(fits, "discount");
      if (tight !== undefined) {
        keepIfCash(proposals, scoreReferenceFit(tight, hits, analysis, options, path));
        continue;
      }
      for (const fit of fits) keepIfCash(proposals, scoreReferenceFit(fit, hits, analysis, options, path));
      if (together !== null) keepIfCash(proposals, scoreReferenceFit(together, hits, analysis, options, path));
    } else {
      keepIfCash(proposals, scoreReferenceFit(fitQuoted(set, ctx), hits, analysis, options, path));
    }
  }
  return proposals;
}

function byIndex(a: PreparedItem, b: PreparedItem): number {
  return a.index - b.index;
}

function firstWithRule(fits: readonly Fit[], rule: Fit["rule"]): Fit | undefined {
  for (const fit of fits) if (fit.rule === rule) return fit;
  return undefined;
}

/** Adds the proposal when it puts cash on at least one item in total (see {@link allocatesCash}). */
function keepIfCash(proposals: Proposal[], p: Proposal): void {
  if (allocatesCash(p)) proposals.push(p);
}

/**
 * Whether the proposal rests on a reference read at the cut end of the remittance (it may be the first digits of a
 * longer number) for an item of a customer the payer is not, while the payer is clearly another customer.
 */
function cutForOther(p: Proposal, analysis: PaymentAnalysis): boolean {
  let cut = false;
  for (const line of p.lines) if (analysis.hits.documents.get(line.item.index)?.atCutEnd === true) cut = true;
  if (!cut || confirmedByPayer(p, analysis)) return false;
  return analysis.payers.some((x) => x.score >= PAYER_CONFIRMS);
}

/** Whether a proposal puts cash on at least one item in total (credit notes alone cannot absorb a payment). */
function allocatesCash(p: Proposal): boolean {
  let total = 0;
  for (const line of p.lines) total += line.amount;
  return total > 0;
}

function fromPayer(ctx: FitContext, analysis: PaymentAnalysis, options: ResolvedOptions): Proposal[] {
  const proposals: Proposal[] = proposalList();
  const payers = analysis.payers;
  for (let k = 0; k < payers.length && k < 4; k++) {
    const payer = payers[k] as PayerCandidate;
    const fit = fitByAmount(payer.customerId, ctx);
    if (fit === null) continue;
    const rule = fit.rule === "exact" || fit.rule === "discount" || fit.rule === "bank-fee" ? fit.rule : "combination";
    let score = payer.score * options.weights.payerAmount[rule] * (fit.ambiguous ? 0.5 : 1);
    const evidence: Evidence[] = evidenceList();
    evidence.push(payerEvidence(payer));
    evidence.push(amountEvidence(fit));
    if (analysis.hits.unresolved) {
      score *= DOUBT;
      evidence.push(note("UNRESOLVED_REFERENCE", DOUBTS.UNRESOLVED_REFERENCE));
    }
    if (analysis.advance) {
      score *= DOUBT;
      evidence.push(note("ADVANCE_PAYMENT", DOUBTS.ADVANCE_PAYMENT));
    }
    proposals.push(proposal(fit.lines, round(score), evidence, "payer"));
  }
  return proposals;
}

/**
 * Makes the proposals for one payment, by path: quoted document references first (a quoted reference wins), then
 * purchase-order references, then weak references (trailing digits, zero-less, cut-off), then payer and amount.
 * Returns the proposals of the first path that produced one, followed by the others' as further suggestions.
 */
export function proposeForPayment(
  analysis: PaymentAnalysis,
  ctx: FitContext,
  isAvailable: (item: PreparedItem) => boolean,
  options: ResolvedOptions,
): { proposals: Proposal[]; settled: boolean } {
  const hits = analysis.hits;
  const documents = hits.documents;
  let strongCount = 0;
  const strongAvailable: PreparedItem[] = itemList();
  for (const h of documents.values()) {
    if (h.quality < STRONG) continue;
    strongCount++;
    if (isAvailable(h.item)) strongAvailable.push(h.item);
  }
  const settled = strongCount > 0 && strongAvailable.length === 0;
  const paths: Proposal[][] = [];
  const minimum = options.minimumScore;
  // Several documents quoted but the payment is larger than what is open on them, or some of them are settled: a
  // listed document is missing, so the rest of the payment cannot be placed with confidence.
  // The same when a quoted document number matches no open item at all.
  const partlySettled = strongAvailable.length > 0 && strongAvailable.length < strongCount;
  let quoted = fromQuoted(documents, strongAvailable, ctx, analysis, options, "reference");
  // A weak reading of another document of the same customer (`RE26-45568` for RE26045568 next to a credit note
  // quoted in full) joins the quoted ones when together they fit the amount tightly and alone they do not.
  const customers = new Set<string>();
  for (const item of strongAvailable) customers.add(item.customerId);
  const weakSame: PreparedItem[] = itemList();
  for (const h of documents.values()) {
    if (h.quality < STRONG && customers.has(h.item.customerId) && isAvailable(h.item)) weakSame.push(h.item);
  }
  if (weakSame.length > 0 && weakSame.length <= 3 && !someTight(quoted)) {
    const both = strongAvailable.slice();
    for (const item of weakSame) both.push(item);
    const joined: Proposal[] = proposalList();
    for (const p of fromQuoted(documents, both, ctx, analysis, options, "reference")) {
      if (isTight(p) && allOfCustomers(p, customers)) joined.push(p);
    }
    for (const p of quoted) joined.push(p);
    quoted = joined;
  }
  const byReference: Proposal[] = proposalList();
  for (const p of quoted)
    byReference.push(doubtedFor(p, quotedDoubt(p, partlySettled || hits.quotesUnknown, analysis)));
  paths.push(byReference);
  if (qualifies(byReference, minimum)) return finish(paths, minimum, settled);
  const orders: PreparedItem[] = itemList();
  for (const h of hits.orders.values()) if (isAvailable(h.item)) orders.push(h.item);
  const byOrder = fromQuoted(hits.orders, orders, ctx, analysis, options, "purchase-order");
  paths.push(byOrder);
  if (qualifies(byOrder, minimum)) return finish(paths, minimum, settled);
  const weak: PreparedItem[] = itemList();
  for (const h of documents.values()) if (h.quality < STRONG && isAvailable(h.item)) weak.push(h.item);
  // Weak references and payer-and-amount compete in one pool: a stray number must not outrank a clear payer match.
  // A payer-and-amount guess yields to a weak reference to another item of the same customer that the payer confirms.
  const pool: Proposal[] = proposalList();
  const confirmedWeak = new Set<string>();
  // A weak reference to another customer's item of exactly the amount (or a tight fit) is no stray number: a
  // payer-and-amount guess for a different item is then in doubt. Not when weak readings fit several such items:
  // then the number says nothing.
  let tightElsewhere = 0;
  for (const p of fromQuoted(documents, weak, ctx, analysis, options, "weak-reference")) {
    const reason = weakDoubt(p, hits.unresolved || settled);
    const kept = doubtedFor(p, reason);
    pool.push(kept);
    if (hasPayerEvidence(kept)) for (const line of kept.lines) confirmedWeak.add(line.item.customerId);
    if (reason === null && isTight(p) && !confirmedByPayer(p, analysis)) tightElsewhere++;
  }
  if (!settled) {
    for (const p of fromPayer(ctx, analysis, options)) {
      if (confirmedWeak.has(p.lines[0]?.item.customerId ?? "")) continue;
      pool.push(tightElsewhere === 1 ? doubtedFor(p, "REFERENCED_ELSEWHERE") : p);
    }
  }
  paths.push(pool);
  return finish(paths, minimum, settled);
}

function qualifies(list: readonly Proposal[], minimum: number): boolean {
  for (const p of list) if (p.score >= minimum) return true;
  return false;
}

function someTight(list: readonly Proposal[]): boolean {
  for (const p of list) if (isTight(p)) return true;
  return false;
}

function allOfCustomers(p: Proposal, customers: ReadonlySet<string>): boolean {
  for (const line of p.lines) if (!customers.has(line.item.customerId)) return false;
  return true;
}

/** Whether the payer is identified, with confidence, as the customer of one of the proposal's items. */
function confirmedByPayer(p: Proposal, analysis: PaymentAnalysis): boolean {
  for (const x of analysis.payers) {
    if (x.score < PAYER_CONFIRMS) continue;
    for (const line of p.lines) if (line.item.customerId === x.customerId) return true;
  }
  return false;
}

function hasPayerEvidence(p: Proposal): boolean {
  for (const e of p.evidence) if (e.type === "payer") return true;
  return false;
}

/** The doubts the remittance can cast on a proposal, with the note each one leaves. */
const DOUBTS = {
  PARTLY_SETTLED: "some quoted documents are settled already",
  CUT_REFERENCE: "a reference at the cut end names another customer's document",
  QUOTED_ITEMS_SHORT: "the quoted documents do not account for the whole payment",
  UNRESOLVED_REFERENCE: "the remittance quotes a document number that is not open",
  FUZZY_REFERENCE: "fuzzy reference, loose amount",
  REFERENCED_ELSEWHERE: "the remittance points to another customer's item that fits the amount",
  ADVANCE_PAYMENT: "the remittance says the payment is made in advance, before any invoice",
} as const;

type Doubt = keyof typeof DOUBTS;

/** `p` halved with the note of `reason`, or `p` itself without a reason (one call site for every kind of doubt). */
function doubtedFor(p: Proposal, reason: Doubt | null): Proposal {
  return reason === null ? p : doubt(p, reason, DOUBTS[reason]);
}

/** Why a proposal on quoted documents is doubtful, if it is. */
function quotedDoubt(p: Proposal, incomplete: boolean, analysis: PaymentAnalysis): Doubt | null {
  const rule = ruleOf(p);
  if (incomplete && !TIGHT_RULES.has(rule)) return "PARTLY_SETTLED";
  if (cutForOther(p, analysis)) return "CUT_REFERENCE";
  if (rule === "overpayment" && p.lines.length > 1) return "QUOTED_ITEMS_SHORT";
  return null;
}

/** Why a proposal on weak references is doubtful: a quoted number is not open, or a fuzzy reading meets a loose amount. */
function weakDoubt(p: Proposal, unresolved: boolean): Doubt | null {
  if (unresolved) return "UNRESOLVED_REFERENCE";
  // A fuzzy reading alone supports only a tight amount.
  let onlyFuzzy = true;
  for (const e of p.evidence) if (e.type === "reference" && e.how !== "fuzzy") onlyFuzzy = false;
  return onlyFuzzy && !isTight(p) ? "FUZZY_REFERENCE" : null;
}

function byScoreThenFirstItem(a: Proposal, b: Proposal): number {
  return b.score - a.score || (a.lines[0]?.item.index ?? 0) - (b.lines[0]?.item.index ?? 0);
}

function finish(
  paths: readonly Proposal[][],
  minimum: number,
  settled: boolean,
): { proposals: Proposal[]; settled: boolean } {
  let chosen = -1;
  for (let k = 0; k < paths.length && chosen < 0; k++) if (qualifies(paths[k] as Proposal[], minimum)) chosen = k;
  const first = proposalList();
  if (chosen >= 0) appendAll(first, paths[chosen] as Proposal[]);
  first.sort(byScoreThenFirstItem);
  const rest = proposalList();
  for (let k = 0; k < paths.length; k++) if (k !== chosen) appendAll(rest, paths[k] as Proposal[]);
  rest.sort(byScoreThenFirstItem);
  appendAll(first, rest);
  return { proposals: first, settled };
}

/** Appends `more` to `list` (one helper for every such loop, so that each has type feedback early). */
function appendAll(list: Proposal[], more: readonly Proposal[]): void {
  for (const p of more) list.push(p);
}
