import type { ScoreFactorName } from "./ScoringModel.js";

/**
 * One factor of the payment behaviour score: what was measured and how many points it earned.
 * @since 0.1.0
 */
export interface ScoreFactor {
  /** Which factor. */
  readonly factor: ScoreFactorName;
  /** The measured value as an exact decimal string: days for `averageDaysLate`, `trend`, `dso`; a share in [0, 1] otherwise. */
  readonly value: string;
  /** The most points this factor can earn (its weight). */
  readonly weight: number;
  /** Points earned, 0 to `weight`; the points of all factors sum to the score. */
  readonly points: number;
  /** One sentence a credit manager understands. */
  readonly explanation: string;
}

/**
 * An explainable payment behaviour score: 0 (worst) to 100 (best) and the contribution of each factor.
 * @since 0.1.0
 */
export interface ScoreExplanation {
  /** The score, the exact sum of the factors' points. */
  readonly score: number;
  /** Each factor, in the order of {@link ScoreFactorName}. */
  readonly factors: readonly ScoreFactor[];
  /** Number of invoices the score is based on. */
  readonly invoiceCount: number;
}
