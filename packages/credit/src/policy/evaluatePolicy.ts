import type { Money } from "@o2c/core";
import type { OverdueSummary } from "../exposure/overdueSummary.js";
import type { Policy } from "../internal/parsed.js";
import type { CreditReason, LimitCheck, MissingFxRate } from "../model/CreditDecision.js";
import type { CreditStatus } from "../model/CreditProfile.js";
import type { BureauReport } from "../ports/CreditBureau.js";
import type { ScoreExplanation } from "../scoring/ScoreExplanation.js";

/** Everything the policy rules look at, already computed and in the credit currency. */
export interface PolicyFacts {
  readonly policy: Policy;
  readonly currency: string;
  readonly statuses: readonly {
    readonly scope: "customer" | "group";
    readonly id: string;
    readonly status: CreditStatus;
  }[];
  readonly limits: readonly LimitCheck[];
  readonly overdue: OverdueSummary;
  /** Policy amounts converted into the credit currency (absent when their rate is missing). */
  readonly maxOverdueAmount?: Money | undefined;
  readonly firstOrderAbove?: Money | undefined;
  readonly orderAmount: Money;
  readonly isNewCustomer: boolean;
  readonly score?: ScoreExplanation | undefined;
  readonly bureau:
    | { readonly type: "report"; readonly report: BureauReport }
    | { readonly type: "unavailable"; readonly why: string }
    | undefined;
  readonly missingRates: readonly MissingFxRate[];
}

const EFFECT_ORDER = { reject: 0, hold: 1, info: 2 } as const;

/**
 * Runs every rule of the policy over the facts and returns the reasons, blocking ones first (reject, then hold,
 * then information), each group in the order of the rules.
 */
export function evaluatePolicy(facts: PolicyFacts): CreditReason[] {
  const reasons: CreditReason[] = [];
  const { policy, currency, overdue } = facts;

  for (const { scope, id, status } of facts.statuses) {
    if (status === "blocked") {
      reasons.push({
        code: "CUSTOMER_BLOCKED",
        effect: "reject",
        message: `The ${scope} ${id} is blocked for credit.`,
        figures: { scope, id },
      });
    } else if (status === "watch") {
      reasons.push({
        code: "CUSTOMER_ON_WATCH_LIST",
        effect: "hold",
        message: `The ${scope} ${id} is on the watch list: every order is reviewed.`,
        figures: { scope, id },
      });
    } else if (status === "cashInAdvance") {
      reasons.push({
        code: "CASH_IN_ADVANCE_REQUIRED",
        effect: "hold",
        message: `The ${scope} ${id} buys on cash in advance only: hold until paid.`,
        figures: { scope, id },
      });
    }
  }

  if (facts.missingRates.length > 0) {
    const pairs = [...new Set(facts.missingRates.map((m) => `${m.from.currency}/${m.to}`))].sort().join(", ");
    reasons.push({
      code: "FX_RATE_MISSING",
      effect: "hold",
      message: `No exchange rate for ${pairs} on ${facts.missingRates[0]?.date}: the exposure is unknown, so the order is held.`,
      figures: {
        pairs,
        date: facts.missingRates[0]?.date ?? "",
        subjects: [...new Set(facts.missingRates.map((m) => m.subject))].join(", "),
      },
    });
  }

  for (const limit of facts.limits) {
    const scope = limit.scope === "customer" ? "customer" : "group";
    const figures = {
      currency,
      effectiveLimit: limit.effectiveLimit.amount,
      exposure: limit.exposure.amount,
      headroom: limit.headroom.amount,
    };
    if (limit.exceeded) {
      const over = limit.headroom.amount.replace(/^-/, "");
      reasons.push({
        code: limit.scope === "customer" ? "LIMIT_EXCEEDED" : "GROUP_LIMIT_EXCEEDED",
        effect: policy.limitExceeded,
        message: `The ${scope} exposure of ${limit.exposure.amount} ${currency} is ${over} ${currency} over the ${scope} limit of ${limit.effectiveLimit.amount} ${currency}.`,
        figures: { ...figures, amountOverLimit: over },
      });
    } else {
      reasons.push({
        code: "WITHIN_LIMIT",
        effect: "info",
        message: `The ${scope} exposure of ${limit.exposure.amount} ${currency} is within the ${scope} limit of ${limit.effectiveLimit.amount} ${currency}.`,
        figures: { ...figures, scope },
      });
    }
    for (const increase of limit.increases) {
      reasons.push({
        code: "TEMPORARY_INCREASE_APPLIED",
        effect: "info",
        message: `The ${scope} limit includes a temporary increase of ${increase.amount.amount} ${currency} until ${increase.validUntil} (${increase.reason}).`,
        figures: { scope, amount: increase.amount.amount, currency, validUntil: increase.validUntil },
      });
    }
  }

  const rule = policy.maxDaysOverdue;
  if (rule !== undefined && overdue.maxDaysOverdue > rule.threshold) {
    reasons.push({
      code: "DAYS_OVERDUE_EXCEEDED",
      effect: rule.action,
      message: `An item is ${overdue.maxDaysOverdue} days overdue, more than the ${rule.threshold} days allowed.`,
      figures: { maxDaysOverdue: overdue.maxDaysOverdue, allowedDays: rule.threshold },
    });
  }
  if (
    policy.maxOverdueAmount !== undefined &&
    facts.maxOverdueAmount !== undefined &&
    overdue.amount.greaterThan(facts.maxOverdueAmount)
  ) {
    reasons.push({
      code: "OVERDUE_AMOUNT_EXCEEDED",
      effect: policy.maxOverdueAmount.action,
      message: `${overdue.amount.toString()} ${currency} is overdue, more than the ${facts.maxOverdueAmount.toString()} ${currency} allowed.`,
      figures: { overdueAmount: overdue.amount.toString(), allowedAmount: facts.maxOverdueAmount.toString(), currency },
    });
  }
  const countRule = policy.maxOverdueInvoices;
  if (countRule !== undefined && overdue.count > countRule.threshold) {
    reasons.push({
      code: "OVERDUE_INVOICES_EXCEEDED",
      effect: countRule.action,
      message: `${overdue.count} items are overdue, more than the ${countRule.threshold} allowed.`,
      figures: { overdueCount: overdue.count, allowedCount: countRule.threshold },
    });
  }
  if (policy.minScore !== undefined && facts.score !== undefined && facts.score.score < policy.minScore.threshold) {
    reasons.push({
      code: "SCORE_BELOW_THRESHOLD",
      effect: policy.minScore.action,
      message: `The payment behaviour score is ${facts.score.score}, below the ${policy.minScore.threshold} required.`,
      figures: { score: facts.score.score, minScore: policy.minScore.threshold },
    });
  }
  if (policy.minBureauScore !== undefined) {
    const bureau = facts.bureau;
    if (bureau === undefined || bureau.type === "unavailable") {
      reasons.push({
        code: "BUREAU_UNAVAILABLE",
        effect: "hold",
        message: `The policy asks for a bureau score, but ${bureau?.why ?? "no bureau is configured"}.`,
        figures: { why: bureau?.why ?? "no bureau is configured" },
      });
    } else if (bureau.report.score < policy.minBureauScore.threshold) {
      reasons.push({
        code: "BUREAU_SCORE_BELOW_THRESHOLD",
        effect: policy.minBureauScore.action,
        message: `${bureau.report.provider} scores the customer ${bureau.report.score}, below the ${policy.minBureauScore.threshold} required.`,
        figures: {
          provider: bureau.report.provider,
          score: bureau.report.score,
          minScore: policy.minBureauScore.threshold,
        },
      });
    }
  }
  if (
    facts.isNewCustomer &&
    policy.firstOrderAbove !== undefined &&
    facts.firstOrderAbove !== undefined &&
    facts.orderAmount.greaterThan(facts.firstOrderAbove)
  ) {
    reasons.push({
      code: "FIRST_ORDER_ABOVE_THRESHOLD",
      effect: policy.firstOrderAbove.action,
      message: `First order of a new customer: ${facts.orderAmount.toString()} ${currency} is above the ${facts.firstOrderAbove.toString()} ${currency} allowed without review.`,
      figures: { orderAmount: facts.orderAmount.toString(), allowedAmount: facts.firstOrderAbove.toString(), currency },
    });
  }
  return reasons
    .map((reason, index) => ({ reason, index }))
    .sort((a, b) => EFFECT_ORDER[a.reason.effect] - EFFECT_ORDER[b.reason.effect] || a.index - b.index)
    .map(({ reason }) => reason);
}
