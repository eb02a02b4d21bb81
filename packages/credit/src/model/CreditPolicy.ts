import type { MoneyJSON } from "@o2c/core";

/**
 * What a policy rule does when it fires: hold the order for a credit manager's review, or reject it.
 * @since 0.1.0
 */
export type PolicyAction = "hold" | "reject";

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
  readonly limitExceeded?: { readonly action: PolicyAction } | undefined;
  /** Fires when any receivable or invoice is overdue by more than `days` days on the as-of date. */
  readonly maxDaysOverdue?: { readonly days: number; readonly action: PolicyAction } | undefined;
  /** Fires when the customer's overdue receivables and invoices add up to more than `amount`. */
  readonly maxOverdueAmount?: { readonly amount: MoneyJSON; readonly action: PolicyAction } | undefined;
  /** Fires when more than `count` receivables and invoices are overdue. */
  readonly maxOverdueInvoices?: { readonly count: number; readonly action: PolicyAction } | undefined;
  /** Fires when the payment behaviour score (0-100) is below `score`; not checked without payment history. */
  readonly minScore?: { readonly score: number; readonly action: PolicyAction } | undefined;
  /** Fires when the external bureau's score (0-100) is below `score`; needs a `CreditBureau` in the context. */
  readonly minBureauScore?: { readonly score: number; readonly action: PolicyAction } | undefined;
  /**
   * Fires on the first order of a new customer (no payment history and no open item) above `amount`.
   */
  readonly firstOrderAbove?: { readonly amount: MoneyJSON; readonly action: PolicyAction } | undefined;
}

/**
 * The policy used when the context gives none: hold on a limit breach, nothing else.
 * @since 0.1.0
 */
export const DEFAULT_CREDIT_POLICY: CreditPolicyInput = Object.freeze({
  limitExceeded: Object.freeze({ action: "hold" as const }),
});
