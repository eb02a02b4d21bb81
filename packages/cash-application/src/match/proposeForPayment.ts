import type { PreparedItem } from "../index/PreparedItem.js";
import type { Evidence, ReferenceMatchKind } from "../model/MatchResult.js";
import type { ReferenceHit, ReferenceHits } from "./findReferenceHits.js";
import type { Fit, FitContext } from "./fitAmount.js";
import { fitByAmount, fitQuoted } from "./fitAmount.js";
import type { PayerCandidate } from "./identifyPayer.js";
import type { ResolvedOptions } from "./MatchOptions.js";
import type { Proposal, ProposalPath } from "./Proposal.js";

/** Everything known about one payment before proposals are made. */
export interface PaymentAnalysis {
  readonly hits: ReferenceHits;
  readonly payers: readonly PayerCandidate[];
  /** Reference kinds each candidate customer habitually uses (learned). */
  readonly habits: (customerId: string) => ReadonlyMap<ReferenceMatchKind, number>;
  /** Digits of references at the cut end of the remittance (see {@link FitContext.cutDigits}). */
  readonly cutDigits: readonly string[];
}

const STRONG = 0.85;
const PAYER_CONFIRMS = 0.8;
/** Factor on proposals the remittance casts doubt on (they stay as suggestions, for review). */
const DOUBT = 0.5;
const TIGHT_RULES: ReadonlySet<string> = new Set(["exact", "sum", "discount", "credit-netting", "bank-fee"]);

function ruleOf(p: Proposal): string {
  for (const e of p.evidence) if (e.type === "amount") return e.rule;
  return "";
}

function doubt(p: Proposal, code: string, message: string): Proposal {
  return {
    ...p,
    score: round(p.score * DOUBT),
    evidence: [...p.evidence, { type: "note", code, message }],
  };
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

function groupByCustomer(items: readonly PreparedItem[]): PreparedItem[][] {
  const groups = new Map<string, PreparedItem[]>();
  for (const item of items) {
    const list = groups.get(item.customerId);
    if (list === undefined) groups.set(item.customerId, [item]);
    else list.push(item);
  }
  return [...groups.values()];
}

function scoreReferenceFit(
  fit: Fit,
  hits: ReadonlyMap<number, ReferenceHit>,
  analysis: PaymentAnalysis,
  options: ResolvedOptions,
  path: ProposalPath,
): Proposal {
  const w = options.weights;
  const customers = new Set(fit.lines.map((l) => l.item.customerId));
  const quoted = fit.lines.map((l) => hits.get(l.item.index)).filter((h): h is ReferenceHit => h !== undefined);
  let quality = 1;
  for (const hit of quoted) {
    let q = hit.quality;
    if ((analysis.habits(hit.item.customerId).get(hit.how) ?? 0) > 0) q = Math.max(q, Math.min(0.95, q + 0.4));
    quality = Math.min(quality, q);
  }
  if (quoted.length === 0) quality = 0;
  const amountWeight = w.amount[fit.rule] * (fit.ambiguous ? 0.6 : 1);
  const payer = analysis.payers.find((p) => customers.has(p.customerId) && p.score >= PAYER_CONFIRMS);
  const strongOther = analysis.payers.find((p) => !customers.has(p.customerId) && p.score >= 0.9);
  const factor = payer !== undefined ? 1 : strongOther !== undefined ? w.otherPayer : w.unknownPayer;
  const byReference = quality * amountWeight * factor;
  const byPayer = payer !== undefined ? payer.score * amountWeight * 0.9 : 0;
  const score = 1 - (1 - byReference) * (1 - byPayer);
  const evidence: Evidence[] = quoted.map(refEvidence);
  if (payer !== undefined) evidence.push(payerEvidence(payer));
  else if (strongOther !== undefined) evidence.push(payerEvidence(strongOther));
  evidence.push({ type: "amount", rule: fit.rule, detail: fit.detail });
  return { lines: fit.lines, score: round(score), evidence, path };
}

function fromQuoted(
  hits: ReadonlyMap<number, ReferenceHit>,
  selected: readonly PreparedItem[],
  ctx: FitContext,
  analysis: PaymentAnalysis,
  options: ResolvedOptions,
  path: ProposalPath,
): Proposal[] {
  if (selected.length === 0) return [];
  const proposals: Proposal[] = [];
  const groups = groupByCustomer(selected);
  const sets = groups.length > 1 ? [...groups, selected] : groups;
  for (const set of sets) {
    if (path === "weak-reference" || path === "purchase-order") {
      // A weak or order reference may point at several items: the quoted items together when they add up, else
      // the item (due first) whose amount fits exactly, else each item alone.
      const sorted = [...set].sort((a, b) => a.index - b.index);
      const together = sorted.length > 1 && sorted.length <= 12 ? fitQuoted(sorted, ctx, false) : null;
      if (
        together !== null &&
        (together.rule === "sum" || together.rule === "discount" || together.rule === "credit-netting")
      ) {
        proposals.push(scoreReferenceFit(together, hits, analysis, options, path));
        continue;
      }
      const fits = sorted.map((item) => fitQuoted([item], ctx, sorted.length <= 3));
      const tight = fits.find((f) => f.rule === "exact") ?? fits.find((f) => f.rule === "discount");
      if (tight !== undefined) {
        proposals.push(scoreReferenceFit(tight, hits, analysis, options, path));
        continue;
      }
      for (const fit of fits) proposals.push(scoreReferenceFit(fit, hits, analysis, options, path));
      if (together !== null) proposals.push(scoreReferenceFit(together, hits, analysis, options, path));
    } else {
      proposals.push(scoreReferenceFit(fitQuoted(set, ctx), hits, analysis, options, path));
    }
  }
  return proposals.filter(allocatesCash);
}

/**
 * Whether the proposal rests on a reference read at the cut end of the remittance (it may be the first digits of a
 * longer number) for an item of a customer the payer is not, while the payer is clearly another customer.
 */
function cutForOther(p: Proposal, analysis: PaymentAnalysis): boolean {
  const customers = new Set(p.lines.map((l) => l.item.customerId));
  let cut = false;
  for (const line of p.lines) if (analysis.hits.documents.get(line.item.index)?.atCutEnd === true) cut = true;
  if (!cut) return false;
  const confirmed = analysis.payers.some((x) => customers.has(x.customerId) && x.score >= PAYER_CONFIRMS);
  const other = analysis.payers.some((x) => !customers.has(x.customerId) && x.score >= PAYER_CONFIRMS);
  return other && !confirmed;
}

/** Whether a proposal puts cash on at least one item in total (credit notes alone cannot absorb a payment). */
function allocatesCash(p: Proposal): boolean {
  let total = 0;
  for (const line of p.lines) total += line.amount;
  return total > 0;
}

function fromPayer(ctx: FitContext, analysis: PaymentAnalysis, options: ResolvedOptions): Proposal[] {
  const proposals: Proposal[] = [];
  for (const payer of analysis.payers.slice(0, 4)) {
    const fit = fitByAmount(payer.customerId, ctx);
    if (fit === null) continue;
    const rule = fit.rule === "exact" || fit.rule === "discount" || fit.rule === "bank-fee" ? fit.rule : "combination";
    let score = payer.score * options.weights.payerAmount[rule] * (fit.ambiguous ? 0.5 : 1);
    const evidence: Evidence[] = [payerEvidence(payer), { type: "amount", rule: fit.rule, detail: fit.detail }];
    if (analysis.hits.unresolved) {
      score *= 0.5;
      evidence.push({
        type: "note",
        code: "UNRESOLVED_REFERENCE",
        message: "the remittance quotes a document number that is not open",
      });
    }
    proposals.push({ lines: fit.lines, score: round(score), evidence, path: "payer" });
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
  const documents = [...analysis.hits.documents.values()];
  const strong = documents.filter((h) => h.quality >= STRONG);
  const strongAvailable = strong.filter((h) => isAvailable(h.item)).map((h) => h.item);
  const settled = strong.length > 0 && strongAvailable.length === 0;
  const paths: Proposal[][] = [];
  const minimum = options.minimumScore;
  const qualifies = (list: readonly Proposal[]): boolean => list.some((x) => x.score >= minimum);
  // Several documents quoted but the payment is larger than what is open on them, or some of them are settled: a
  // listed document is missing, so the rest of the payment cannot be placed with confidence.
  // The same when a quoted document number matches no open item at all.
  const partlySettled = strongAvailable.length > 0 && strongAvailable.length < strong.length;
  let quoted = fromQuoted(analysis.hits.documents, strongAvailable, ctx, analysis, options, "reference");
  // A weak reading of another document of the same customer (`RE26-45568` for RE26045568 next to a credit note
  // quoted in full) joins the quoted ones when together they fit the amount tightly and alone they do not.
  const customers = new Set(strongAvailable.map((i) => i.customerId));
  const weakSame = documents
    .filter((h) => h.quality < STRONG && customers.has(h.item.customerId) && isAvailable(h.item))
    .map((h) => h.item);
  if (weakSame.length > 0 && weakSame.length <= 3 && !quoted.some((p) => TIGHT_RULES.has(ruleOf(p)))) {
    const together = fromQuoted(
      analysis.hits.documents,
      [...strongAvailable, ...weakSame],
      ctx,
      analysis,
      options,
      "reference",
    ).filter((p) => TIGHT_RULES.has(ruleOf(p)) && p.lines.every((l) => customers.has(l.item.customerId)));
    quoted = [...together, ...quoted];
  }
  paths.push(
    quoted.map((p) => {
      const rule = ruleOf(p);
      if ((partlySettled || analysis.hits.quotesUnknown) && !TIGHT_RULES.has(rule)) {
        return doubt(p, "PARTLY_SETTLED", "some quoted documents are settled already");
      }
      if (cutForOther(p, analysis)) {
        return doubt(p, "CUT_REFERENCE", "a reference at the cut end names another customer's document");
      }
      if (rule === "overpayment" && p.lines.length > 1) {
        return doubt(p, "QUOTED_ITEMS_SHORT", "the quoted documents do not account for the whole payment");
      }
      return p;
    }),
  );
  if (qualifies(paths[0] ?? [])) return finish(paths, minimum, settled);
  const orders = [...analysis.hits.orders.values()].filter((h) => isAvailable(h.item)).map((h) => h.item);
  paths.push(fromQuoted(analysis.hits.orders, orders, ctx, analysis, options, "purchase-order"));
  if (qualifies(paths[1] ?? [])) return finish(paths, minimum, settled);
  const weak = documents.filter((h) => h.quality < STRONG && isAvailable(h.item)).map((h) => h.item);
  const weakProposals = fromQuoted(analysis.hits.documents, weak, ctx, analysis, options, "weak-reference").map((p) => {
    if (analysis.hits.unresolved || settled) {
      return doubt(p, "UNRESOLVED_REFERENCE", "the remittance quotes a document number that is not open");
    }
    // A fuzzy reading alone supports only a tight amount.
    const onlyFuzzy = p.evidence.every((e) => e.type !== "reference" || e.how === "fuzzy");
    if (onlyFuzzy && !TIGHT_RULES.has(ruleOf(p))) return doubt(p, "FUZZY_REFERENCE", "fuzzy reference, loose amount");
    return p;
  });
  // Weak references and payer-and-amount compete in one pool: a stray number must not outrank a clear payer match.
  // A payer-and-amount guess yields to a weak reference to another item of the same customer that the payer confirms.
  const confirmedWeak = new Set(
    weakProposals
      .filter((p) => p.evidence.some((e) => e.type === "payer"))
      .flatMap((p) => p.lines.map((l) => l.item.customerId)),
  );
  const byPayer = settled
    ? []
    : fromPayer(ctx, analysis, options).filter((p) => !confirmedWeak.has(p.lines[0]?.item.customerId ?? ""));
  paths.push([...weakProposals, ...byPayer]);
  return finish(paths, minimum, settled);
}

function finish(
  paths: readonly Proposal[][],
  minimum: number,
  settled: boolean,
): { proposals: Proposal[]; settled: boolean } {
  const order = (a: Proposal, b: Proposal): number =>
    b.score - a.score || (a.lines[0]?.item.index ?? 0) - (b.lines[0]?.item.index ?? 0);
  const chosen = paths.findIndex((p) => p.some((x) => x.score >= minimum));
  if (chosen < 0) return { proposals: paths.flat().sort(order), settled };
  const first = [...(paths[chosen] ?? [])].sort(order);
  const rest = paths
    .filter((_, i) => i !== chosen)
    .flat()
    .sort(order);
  return { proposals: [...first, ...rest], settled };
}
