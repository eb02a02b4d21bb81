/**
 * The factors of the payment behaviour score.
 *
 * - `averageDaysLate`: mean days late over invoices paid (or still open) past their due date, early counted as 0.
 * - `lateShare`: share of invoices paid late or open past their due date.
 * - `trend`: mean days late of invoices due in the last `trendWindowDays` minus that of older ones.
 * - `dso`: days sales outstanding over the last `dsoPeriodDays`: open amount / amount invoiced in the period x period
 *   days; `dsoMaxDays` when something is open but nothing was invoiced in the period, 0 when nothing is open.
 * - `disputes`: share of invoices disputed.
 *
 * @since 0.1.0
 */
export type ScoreFactorName = "averageDaysLate" | "lateShare" | "trend" | "dso" | "disputes";

/**
 * The scoring model as data: the weight of each factor in points and the thresholds at which a factor earns
 * nothing. Hosts may change any of it.
 *
 * @remarks
 * Each factor earns `weight x fraction` points, rounded down to a whole point, where `fraction` runs from 1 (best)
 * to 0 (at or past the threshold) linearly. The score is the sum of the points, so each factor's contribution adds
 * up to the score exactly. The weights are integers that sum to 100.
 * @since 0.1.0
 */
export interface ScoringModel {
  /** Points each factor can earn; non-negative integers summing to 100. */
  readonly weights: Readonly<Record<ScoreFactorName, number>>;
  /** Mean days late at which `averageDaysLate` earns nothing (default 60). */
  readonly maxAverageDaysLate: number;
  /** Share of late invoices, a decimal string in (0, 1], at which `lateShare` earns nothing (default `"0.5"`). */
  readonly maxLateShare: string;
  /** Days back from the as-of date that count as "recent" for the trend (default 90). */
  readonly trendWindowDays: number;
  /** Worsening of mean days late, recent minus older, at which `trend` earns nothing (default 30). */
  readonly maxTrendWorsening: number;
  /** Period of the DSO in days, back from the as-of date (default 90). */
  readonly dsoPeriodDays: number;
  /** DSO at or below which `dso` earns every point (default 30). */
  readonly dsoTargetDays: number;
  /** DSO at or above which `dso` earns nothing (default 90). */
  readonly dsoMaxDays: number;
  /** Share of disputed invoices, a decimal string in (0, 1], at which `disputes` earns nothing (default `"0.25"`). */
  readonly maxDisputedShare: string;
}

/**
 * The scoring model used when the context gives none.
 * @since 0.1.0
 */
export const DEFAULT_SCORING_MODEL: ScoringModel = Object.freeze({
  weights: Object.freeze({ averageDaysLate: 30, lateShare: 25, trend: 10, dso: 20, disputes: 15 }),
  maxAverageDaysLate: 60,
  maxLateShare: "0.5",
  trendWindowDays: 90,
  maxTrendWorsening: 30,
  dsoPeriodDays: 90,
  dsoTargetDays: 30,
  dsoMaxDays: 90,
  maxDisputedShare: "0.25",
});
