import type { MatchKnowledge } from "../learning/MatchKnowledge.js";
import type { AmountRule, ReferenceMatchKind } from "../model/MatchResult.js";

/**
 * The weights behind every score. Each is a number in 0..1; see {@link matchPayments} for how they combine.
 *
 * @since 0.1.0
 */
export interface ScoringWeights {
  /** Strength of each kind of reference match. */
  readonly reference: Readonly<Record<ReferenceMatchKind, number>>;
  /** How well each amount rule supports a proposal found by reference. */
  readonly amount: Readonly<Record<AmountRule, number>>;
  /** Strength of a proposal found by payer and amount alone, per rule, before the payer score multiplies it. */
  readonly payerAmount: Readonly<Record<"exact" | "discount" | "combination" | "bank-fee", number>>;
  /** Factor on a reference proposal when the payer was identified as a different customer (third party, group). */
  readonly otherPayer: number;
  /** Factor on a reference proposal when the payer is not identified at all. */
  readonly unknownPayer: number;
}

/**
 * Options of {@link matchPayments}.
 *
 * @since 0.1.0
 */
export interface MatchOptions {
  /** Confidence from which a proposal is applied without review. Default 0.8. */
  readonly threshold?: number | undefined;
  /** Below this score a payment is `unmatched` instead of `review`. Default 0.3. */
  readonly minimumScore?: number | undefined;
  /** A second proposal within this distance of the best makes the payment ambiguous (review). Default 0.1. */
  readonly ambiguityMargin?: number | undefined;
  /** Smallest name similarity that counts as a payer candidate. Default 0.6. */
  readonly nameThreshold?: number | undefined;
  /**
   * Largest bank charge accepted as `bank-fee`, per currency, as a decimal string in the currency's major unit;
   * key `"*"` for every other currency. Default `{ "*": "25", JPY: "3000" }`.
   */
  readonly bankFeeTolerance?: Readonly<Record<string, string>> | undefined;
  /** Largest bank charge as a share of the open amount. Default 0.1. */
  readonly bankFeeMaxShare?: number | undefined;
  /** Largest number of items combined by the subset search. Default 6. */
  readonly maxCombinationSize?: number | undefined;
  /**
   * Nodes the subset search may visit per search. Default 5000. A search the budget cuts is finished by meeting in
   * the middle where a chance combination among the customer's items is unlikely (at most 0.01 expected); otherwise
   * a combination it found is not taken as the only one (the payment goes to review). Where more than one chance
   * combination is expected, no search is made.
   */
  readonly searchBudget?: number | undefined;
  /** Overrides of the scoring weights. */
  readonly weights?: Partial<ScoringWeights> | undefined;
  /** Learned accounts, aliases and reference habits, and the payments already applied. */
  readonly knowledge?: MatchKnowledge | undefined;
  /** Called after each payment with the number done and the total (for progress display). */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * The default weights.
 *
 * @since 0.1.0
 */
export const DEFAULT_WEIGHTS: ScoringWeights = {
  reference: {
    exact: 1,
    "creditor-reference": 1,
    rmr: 1,
    ocr: 0.95,
    digits: 0.92,
    "purchase-order": 0.9,
    zeroless: 0.7,
    truncated: 0.55,
    fuzzy: 0.8,
    suffix: 0.45,
  },
  amount: {
    exact: 1,
    sum: 1,
    discount: 0.97,
    "credit-netting": 0.95,
    "bank-fee": 0.92,
    partial: 0.88,
    "short-payment": 0.88,
    overpayment: 0.88,
    "unlisted-items": 0.85,
    combination: 0.6,
  },
  payerAmount: { exact: 0.92, discount: 0.88, combination: 0.85, "bank-fee": 0.82 },
  otherPayer: 0.9,
  unknownPayer: 0.95,
};

/** Options with every default filled in. */
export interface ResolvedOptions {
  readonly threshold: number;
  readonly minimumScore: number;
  readonly ambiguityMargin: number;
  readonly nameThreshold: number;
  readonly bankFeeTolerance: Readonly<Record<string, string>>;
  readonly bankFeeMaxShare: number;
  readonly maxCombinationSize: number;
  readonly searchBudget: number;
  readonly weights: ScoringWeights;
}

/** Fills in the defaults. */
export function resolveOptions(options: MatchOptions): ResolvedOptions {
  return {
    threshold: options.threshold ?? 0.8,
    minimumScore: options.minimumScore ?? 0.3,
    ambiguityMargin: options.ambiguityMargin ?? 0.1,
    nameThreshold: options.nameThreshold ?? 0.6,
    bankFeeTolerance: options.bankFeeTolerance ?? { "*": "25", JPY: "3000" },
    bankFeeMaxShare: options.bankFeeMaxShare ?? 0.1,
    maxCombinationSize: options.maxCombinationSize ?? 6,
    searchBudget: options.searchBudget ?? 5000,
    weights: {
      ...DEFAULT_WEIGHTS,
      ...options.weights,
      reference: { ...DEFAULT_WEIGHTS.reference, ...options.weights?.reference },
      amount: { ...DEFAULT_WEIGHTS.amount, ...options.weights?.amount },
      payerAmount: { ...DEFAULT_WEIGHTS.payerAmount, ...options.weights?.payerAmount },
    },
  };
}
