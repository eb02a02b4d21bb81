import type { MoneyJSON } from "@o2c/core";

/**
 * What a policy rule does when it fires: hold the order for a credit manager's review, or reject it.
 * @since 0.1.0
 */
export type PolicyAction = "hold" | "reject";

/**
 * A rule with only an action: what happens when it fires.
 * @since 0.1.0
 */
export interface ActionRule {
  /** Hold for review or reject. */
  readonly action: PolicyAction;
}

/**
 * A rule with a threshold in days.
 * @since 0.1.0
 */
export interface DaysRule extends ActionRule {
  /** Days allowed; the rule fires above them. A non-negative integer. */
  readonly days: number;
}

/**
 * A rule with a threshold amount.
 * @since 0.1.0
 */
export interface AmountRule extends ActionRule {
  /** Amount allowed, zero or more; the rule fires above it. Converted into the credit currency when needed. */
  readonly amount: MoneyJSON;
}

/**
 * A rule with a threshold count.
 * @since 0.1.0
 */
export interface CountRule extends ActionRule {
  /** Number allowed; the rule fires above it. A non-negative integer. */
  readonly count: number;
}

/**
 * A rule with a minimum score.
 * @since 0.1.0
 */
export interface ScoreRule extends ActionRule {
  /** Lowest acceptable score, an integer from 0 to 100; the rule fires below it. */
  readonly score: number;
}

/**
 * The credit policy as data: which rules apply, their thresholds and what each does when it fires.
 *
 * @remarks
 * Every rule but `limitExceeded` is off when omitted. Amounts in another currency than the customer's credit
 * currency are converted through `FxRates` like the exposure. A rule fires when its threshold is strictly
 * exceeded (more days, a larger amount, more invoices, a lower score).
 * @since 0.1.0
 */
export interface CreditPolicyInput {
  /** What a limit breach does (customer or group limit); `hold` when omitted. */
  readonly limitExceeded?: ActionRule | undefined;
  /** Fires when any receivable or invoice is overdue by more than `days` days on the as-of date. */
  readonly maxDaysOverdue?: DaysRule | undefined;
  /** Fires when the customer's overdue receivables and invoices add up to more than `amount`. */
  readonly maxOverdueAmount?: AmountRule | undefined;
  /** Fires when more than `count` receivables and invoices are overdue. */
  readonly maxOverdueInvoices?: CountRule | undefined;
  /** Fires when the payment behaviour score (0-100) is below `score`; not checked without payment history. */
  readonly minScore?: ScoreRule | undefined;
  /** Fires when the external bureau's score (0-100) is below `score`; needs a `CreditBureau` in the context. */
  readonly minBureauScore?: ScoreRule | undefined;
  /**
   * Fires on the first order of a new customer (no payment history and no open item) above `amount`.
   */
  readonly firstOrderAbove?: AmountRule | undefined;
}

/**
 * The policy used when the context gives none: hold on a limit breach, nothing else.
 * @since 0.1.0
 */
export const DEFAULT_CREDIT_POLICY: CreditPolicyInput = Object.freeze({
  limitExceeded: Object.freeze({ action: "hold" as const }),
});
