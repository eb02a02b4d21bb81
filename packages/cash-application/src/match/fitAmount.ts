import type { PreparedItem } from "../index/PreparedItem.js";
import type { AmountRule } from "../model/MatchResult.js";
import { completeSubsetSum, countSubsets } from "./completeSubsetSum.js";
import { findSubsetSum, type SubsetEntry, type SubsetSumResult } from "./findSubsetSum.js";
import type { ProposalLine } from "./Proposal.js";

/** What the amount fitting needs to know about the batch state and the options. */
export interface FitContext {
  readonly amount: number;
  /** The value date as the number yyyymmdd. */
  readonly valueDay: number;
  readonly feeTolerance: number;
  readonly feeMaxShare: number;
  readonly maxSize: number;
  readonly budget: number;
  /**
   * Digits of references at the end of a remittance cut at the bank's length limit (leading zeros kept); they
   * break ties between items of equal amount.
   */
  readonly cutDigits: readonly string[];
  /**
   * Whether an earlier payment of the batch left undecided (review, or unmatched with proposals below the minimum
   * score) proposed the item: among several items of exactly the amount, the first may be its.
   */
  readonly contested: (item: PreparedItem) => boolean;
  /** Available items of a customer in the payment currency issued before the value date, by due date. */
  readonly available: (customerId: string) => readonly PreparedItem[];
}

/** An allocation of the payment to a set of items by an amount rule. */
export interface Fit {
  readonly rule: AmountRule;
  readonly lines: readonly ProposalLine[];
  readonly detail: string;
  /** Whether the fit is one of several equally good ones. */
  readonly ambiguous: boolean;
}

/** Whether the early-payment discount may be taken on an item by a payment with this value date. */
export function discountApplies(item: PreparedItem, valueDay: number): boolean {
  return item.discounted !== null && valueDay <= item.discountUntilDay && item.open === item.amount;
}

/** A line of `amount` on `item`: every line is made here, so that all share one shape. */
function line(item: PreparedItem, amount: number): ProposalLine {
  return { item, amount };
}

/** Each item's open amount in full (lines are built by a loop into a literal: see proposeForPayment). */
function full(items: readonly PreparedItem[]): ProposalLine[] {
  const lines: ProposalLine[] = [];
  for (const item of items) lines.push(line(item, item.open));
  return lines;
}

/** `items` followed by `more`. */
function joined(items: readonly PreparedItem[], more: readonly PreparedItem[]): PreparedItem[] {
  const all = items.slice();
  for (const item of more) all.push(item);
  return all;
}

function byAmountThenDue(a: SubsetEntry & { due: number }, b: SubsetEntry & { due: number }): number {
  return a.amount - b.amount || a.due - b.due || a.index - b.index;
}

function entriesOf(items: readonly PreparedItem[], limit: number): SubsetEntry[] {
  const entries: (SubsetEntry & { due: number })[] = [];
  for (let i = 0; i < items.length && i < limit; i++) {
    const item = items[i] as PreparedItem;
    entries.push({ index: item.index, amount: item.open, due: item.dueDay });
  }
  return entries.sort(byAmountThenDue);
}

function fill(
  ctx: FitContext,
  customerId: string,
  exclude: readonly PreparedItem[] | null,
  target: number,
  creditsOnly: boolean,
): { items: PreparedItem[]; ambiguous: boolean } | null {
  const pool: PreparedItem[] = [];
  for (const i of ctx.available(customerId)) {
    if ((!creditsOnly || i.isCredit) && (exclude === null || !exclude.includes(i))) pool.push(i);
  }
  if (pool.length === 0) return null;
  const entries = entriesOf(pool, 40);
  // No search where its answer would not count: credit notes nobody quoted are netted only when a chance hit is
  // unlikely (many small credit notes make nearly any difference); among items where chance combinations are
  // expected (more than one), a combination found says nothing, and none found says little.
  if (creditsOnly && chanceOfCoincidence(entries, ctx.maxSize, null) > MAX_CHANCE) return null;
  const chance = creditsOnly ? null : chanceOfCoincidence(entries, ctx.maxSize, target);
  if (chance !== null && chance > SEARCH_UP_TO) return { items: [], ambiguous: true };
  const searched = findSubsetSum(entries, target, ctx.maxSize, ctx.budget);
  const result =
    searched.exhausted && (chance ?? chanceOfCoincidence(entries, ctx.maxSize, target)) <= COMPLETE_BELOW
      ? completed(entries, searched, target, ctx.maxSize)
      : searched;
  const first = result.solutions[0];
  // A search cut by its budget before any solution does not show that none exists.
  if (first === undefined) return result.exhausted ? { items: [], ambiguous: true } : null;
  const items: PreparedItem[] = [];
  for (const index of first) {
    const item = pool.find((i) => i.index === index);
    if (item !== undefined) items.push(item);
  }
  return { items, ambiguous: result.solutions.length > 1 || result.exhausted };
}

/**
 * `result` of a search its budget cut, finished without a budget; `fill` asks for it only where a chance hit is
 * unlikely (at most {@link COMPLETE_BELOW} expected coincidences): then a unique solution is one, and none found means
 * none exists. Where chance hits are likely, finishing the search would only find more of them: the cut result stays.
 */
function completed(
  entries: readonly SubsetEntry[],
  result: SubsetSumResult,
  target: number,
  maxSize: number,
): SubsetSumResult {
  const amounts = new Float64Array(entries.length);
  for (let i = 0; i < entries.length; i++) amounts[i] = (entries[i] as SubsetEntry).amount;
  const solutions = completeSubsetSum(amounts, target, maxSize, COMPLETE_LIMIT);
  if (solutions === null) return result;
  const indexed: number[][] = [];
  for (const positions of solutions) {
    const indexes: number[] = [];
    for (const p of positions) indexes.push((entries[p] as SubsetEntry).index);
    indexed.push(indexes);
  }
  return { solutions: indexed, exhausted: false };
}

/**
 * Most expected chance combinations among a customer's items for a search by amount to be made: beyond one, finding
 * a combination says nothing (dev-large: the same decisions, half the search nodes).
 */
const SEARCH_UP_TO = 1;
/** Most expected chance hits for a search cut by its budget to be finished (see {@link completed}). */
const COMPLETE_BELOW = 0.01;
/** Most combinations of one half a finished search enumerates (C(40, 1..3) = 10,700 for six items of forty). */
const COMPLETE_LIMIT = 20_000;

/** Largest expected number of subsets hitting an arbitrary target by chance for a unique fit to count as found. */
const MAX_CHANCE = 0.001;

/**
 * The expected number of subsets (of at most `maxSize` entries) whose sum hits a target by coincidence: the number
 * of such subsets over the number of distinct sums they can spread over (the sum of the absolute amounts, in minor
 * units). A unique solution of a search where this is not small says little: among many payments, some target is
 * met by an unrelated combination.
 *
 * Given the `target`, the estimate is sharper: entries larger than the target plus all negative amounts cannot
 * take part, and round amounts make sums collide more often: when the target is a multiple of 10, 100, 1,000 minor
 * units and so on, the subsets of the entries that are such multiples too spread only over the multiples. The
 * largest of these expectations is returned.
 */
function chanceOfCoincidence(entries: readonly SubsetEntry[], maxSize: number, target: number | null): number {
  // Σ |negative amounts|: no entry larger than the target plus all credits can take part.
  let credits = 0;
  for (const e of entries) if (e.amount < 0) credits -= e.amount;
  const usable = (e: SubsetEntry): boolean => target === null || e.amount <= target + credits;
  let worst = 0;
  for (let step = 1; step <= 1_000_000 && (step === 1 || (target !== null && target % step === 0)); step *= 10) {
    let count = 0;
    let spread = 0;
    for (const e of entries) {
      if (e.amount % step !== 0 || !usable(e)) continue;
      count++;
      spread += Math.abs(e.amount);
    }
    if (count === 0) break;
    worst = Math.max(worst, countSubsets(count, maxSize) / Math.max(1, spread / step));
  }
  return worst;
}

/**
 * Fits the payment amount to a set of quoted items, trying in order: the exact sum, the sum after early-payment
 * discounts within terms, unlisted items of the same customer making up a larger payment, credit notes of the
 * customer netted into a smaller payment, a bank charge within tolerance, a part or short payment, an overpayment.
 */
export function fitQuoted(items: readonly PreparedItem[], ctx: FitContext, searchCustomer = true): Fit {
  const amount = ctx.amount;
  let sum = 0;
  let discountedSum = 0;
  let anyDiscount = false;
  for (const item of items) {
    sum += item.open;
    if (discountApplies(item, ctx.valueDay)) {
      anyDiscount = true;
      discountedSum += item.discounted ?? item.open;
    } else discountedSum += item.open;
  }
  const hasCredit = items.some((i) => i.isCredit);
  if (amount === sum) {
    const rule: AmountRule = items.length === 1 ? "exact" : hasCredit ? "credit-netting" : "sum";
    return { rule, lines: full(items), detail: "payment equals the open amount", ambiguous: false };
  }
  if (anyDiscount && amount === discountedSum) {
    const lines: ProposalLine[] = [];
    for (const item of items) {
      lines.push(line(item, discountApplies(item, ctx.valueDay) ? (item.discounted ?? item.open) : item.open));
    }
    return { rule: "discount", lines, detail: "early-payment discount taken within terms", ambiguous: false };
  }
  const customerId = items[0]?.customerId ?? "";
  const exclude = items;
  if (amount > sum) {
    const extra = searchCustomer ? fill(ctx, customerId, exclude, amount - sum, false) : null;
    if (extra !== null && !extra.ambiguous) {
      return {
        rule: "unlisted-items",
        lines: full(joined(items, extra.items)),
        detail: `${extra.items.length} further open item(s) of the customer make up the payment`,
        ambiguous: false,
      };
    }
    // When further items of the customer may make up the rest (several ways, or a search cut short), the rest is
    // not known to be an overpayment.
    const unsure = extra !== null && (extra.items.length > 0 || amount - sum > sum);
    return {
      rule: "overpayment",
      lines: full(items),
      detail: unsure
        ? "payment exceeds the open amount; further open items of the customer may make up the rest"
        : "payment exceeds the open amount; rest stays on account",
      ambiguous: unsure,
    };
  }
  const credits = searchCustomer ? fill(ctx, customerId, exclude, amount - sum, true) : null;
  if (credits !== null && !credits.ambiguous) {
    return {
      rule: "credit-netting",
      lines: full(joined(items, credits.items)),
      detail: "credit note(s) of the customer netted",
      ambiguous: false,
    };
  }
  if (items.length === 1 && items[0] !== undefined) {
    const item = items[0];
    const shortBy = item.open - amount;
    const isFee = shortBy <= ctx.feeTolerance && shortBy <= item.open * ctx.feeMaxShare;
    return {
      rule: isFee ? "bank-fee" : "partial",
      lines: [line(item, amount)],
      detail: isFee ? "short by a bank charge within tolerance" : "part or short payment; the rest stays open",
      ambiguous: false,
    };
  }
  const subset = findSubsetSum(entriesOf(items, items.length), amount, ctx.maxSize, ctx.budget);
  const first = subset.solutions[0];
  if (first !== undefined) {
    const chosen: PreparedItem[] = [];
    for (const item of items) if (first.includes(item.index)) chosen.push(item);
    return {
      rule: "combination",
      lines: full(chosen),
      detail: "some of the quoted items make up the payment",
      ambiguous: subset.solutions.length > 1 || subset.exhausted,
    };
  }
  let left = amount;
  const lines: ProposalLine[] = [];
  for (const item of items) {
    if (left <= 0 || item.isCredit) continue;
    const take = Math.min(left, item.open);
    lines.push(line(item, take));
    left -= take;
  }
  return { rule: "partial", lines, detail: "payment spread over the quoted items by due date", ambiguous: true };
}

/**
 * Fits the payment to a customer's open items without a quoted reference: one item with exactly the amount (the
 * one due first among equals), one item with its discount taken within terms, a unique combination of items
 * (credit notes included), one item short by a bank charge within tolerance.
 */
export function fitByAmount(customerId: string, ctx: FitContext): Fit | null {
  const pool = ctx.available(customerId);
  const exacts: PreparedItem[] = [];
  for (const item of pool) if (item.open === ctx.amount) exacts.push(item);
  const exact = exacts[0];
  if (exact !== undefined) {
    if (exacts.length > 1 && ctx.cutDigits.length > 0) {
      // Equal amounts: a cut-off reference at the end of the remittance says which one (FORMAT rule 7 only applies
      // when the payment does not say); when it names none of them, the choice is left to a person.
      const named = exacts.find((i) => ctx.cutDigits.some((d) => i.rawDigits.startsWith(d) || i.digits.startsWith(d)));
      if (named !== undefined) {
        return {
          rule: "exact",
          lines: full([named]),
          detail: "an open item of exactly the amount, named by a cut-off reference",
          ambiguous: false,
        };
      }
      return {
        rule: "exact",
        lines: full([exact]),
        detail: "several open items of exactly the amount",
        ambiguous: true,
      };
    }
    if (exacts.length > 1 && ctx.contested(exact)) {
      return {
        rule: "exact",
        lines: full([exact]),
        detail: "several open items of exactly the amount, and an undecided earlier payment may be for the first",
        ambiguous: true,
      };
    }
    return { rule: "exact", lines: full([exact]), detail: "an open item of exactly the amount", ambiguous: false };
  }
  const discounted = pool.find((i) => discountApplies(i, ctx.valueDay) && i.discounted === ctx.amount);
  if (discounted !== undefined) {
    return {
      rule: "discount",
      lines: [line(discounted, ctx.amount)],
      detail: "an open item less its early-payment discount within terms",
      ambiguous: false,
    };
  }
  const combination = fill(ctx, customerId, null, ctx.amount, false);
  if (combination !== null && combination.items.length > 0) {
    return {
      rule: "combination",
      lines: full(combination.items),
      detail: `${combination.items.length} open items add up to the payment`,
      ambiguous: combination.ambiguous,
    };
  }
  const fees: PreparedItem[] = [];
  for (const item of pool) {
    const shortBy = item.open - ctx.amount;
    if (shortBy > 0 && shortBy <= ctx.feeTolerance && shortBy <= item.open * ctx.feeMaxShare) fees.push(item);
  }
  const fee = fees[0];
  if (fee !== undefined) {
    return {
      rule: "bank-fee",
      lines: [line(fee, ctx.amount)],
      detail: "an open item short by a bank charge within tolerance",
      ambiguous: fees.length > 1,
    };
  }
  return null;
}
