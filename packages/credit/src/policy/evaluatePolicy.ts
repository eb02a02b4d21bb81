import type { Money } from "@o2c/core";
import type { OverdueSummary } from "../exposure/overdueSummary.js";
import type { Policy } from "../internal/parsed.js";
import type { CreditReason, CreditReasonCode, LimitCheck, MissingFxRate } from "../model/CreditDecision.js";
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

type RuleCheck = (facts: PolicyFacts) => CreditReason[];

const STATUS_REASONS: Readonly<
  Record<Exclude<CreditStatus, "active">, { code: CreditReasonCode; effect: "reject" | "hold"; says: string }>
> = {
  blocked: { code: "CUSTOMER_BLOCKED", effect: "reject", says: "is blocked for credit" },
  watch: { code: "CUSTOMER_ON_WATCH_LIST", effect: "hold", says: "is on the watch list: every order is reviewed" },
  cashInAdvance: {
    code: "CASH_IN_ADVANCE_REQUIRED",
    effect: "hold",
    says: "buys on cash in advance only: the order waits for payment",
  },
};

function statusReasons(facts: PolicyFacts): CreditReason[] {
  return facts.statuses.flatMap(({ scope, id, status }): CreditReason[] => {
    if (status === "active") return [];
    const { code, effect, says } = STATUS_REASONS[status];
    return [{ code, effect, message: `The ${scope} ${id} ${says}.`, figures: { scope, id } }];
  });
}

function fxReasons(facts: PolicyFacts): CreditReason[] {
  if (facts.missingRates.length === 0) return [];
  const date = facts.missingRates[0]?.date ?? "";
  const pairs = [...new Set(facts.missingRates.map((m) => `${m.from.currency}/${m.to}`))].sort().join(", ");
  const subjects = [...new Set(facts.missingRates.map((m) => m.subject))].join(", ");
  const failed = facts.missingRates.some((m) => m.why === "sourceFailed");
  return [
    {
      code: "FX_RATE_MISSING",
      effect: "hold",
      message: `${failed ? "The FX source failed" : "No exchange rate was published"} for ${pairs} on ${date}: the exposure is not known, so the order is held.`,
      figures: { pairs, date, subjects, why: failed ? "sourceFailed" : "notPublished" },
    },
  ];
}

function limitReasons(facts: PolicyFacts): CreditReason[] {
  const { currency } = facts;
  return facts.limits.flatMap((limit): CreditReason[] => {
    const scope = limit.scope;
    const figures = {
      scope,
      currency,
      effectiveLimit: limit.effectiveLimit.amount,
      exposure: limit.exposure.amount,
      headroom: limit.headroom.amount,
    };
    const increases = limit.increases.map(
      (increase): CreditReason => ({
        code: "TEMPORARY_INCREASE_APPLIED",
        effect: "info",
        message: `The ${scope} limit includes a temporary increase of ${increase.amount.amount} ${currency} until ${increase.validUntil} (${increase.reason}).`,
        figures: { scope, amount: increase.amount.amount, currency, validUntil: increase.validUntil },
      }),
    );
    if (!limit.exceeded) {
      const within: CreditReason = {
        code: "WITHIN_LIMIT",
        effect: "info",
        message: `The ${scope} exposure of ${limit.exposure.amount} ${currency} is within the ${scope} limit of ${limit.effectiveLimit.amount} ${currency}.`,
        figures,
      };
      return [within, ...increases];
    }
    const over = limit.headroom.amount.replace(/^-/, "");
    const exceeded: CreditReason = {
      code: scope === "customer" ? "LIMIT_EXCEEDED" : "GROUP_LIMIT_EXCEEDED",
      effect: facts.policy.limitExceeded,
      message: `The ${scope} exposure of ${limit.exposure.amount} ${currency} is ${over} ${currency} over the ${scope} limit of ${limit.effectiveLimit.amount} ${currency}.`,
      figures: { ...figures, amountOverLimit: over },
    };
    return [exceeded, ...increases];
  });
}

function overdueReasons(facts: PolicyFacts): CreditReason[] {
  const { policy, overdue, currency } = facts;
  const reasons: CreditReason[] = [];
  const days = policy.maxDaysOverdue;
  if (days !== undefined && overdue.maxDaysOverdue > days.threshold) {
    reasons.push({
      code: "DAYS_OVERDUE_EXCEEDED",
      effect: days.action,
      message: `An item is ${overdue.maxDaysOverdue} days overdue, more than the ${days.threshold} days allowed.`,
      figures: { maxDaysOverdue: overdue.maxDaysOverdue, allowedDays: days.threshold },
    });
  }
  const amount = facts.maxOverdueAmount;
  if (policy.maxOverdueAmount !== undefined && amount !== undefined && overdue.amount.greaterThan(amount)) {
    reasons.push({
      code: "OVERDUE_AMOUNT_EXCEEDED",
      effect: policy.maxOverdueAmount.action,
      message: `${overdue.amount.toString()} ${currency} is overdue, more than the ${amount.toString()} ${currency} allowed.`,
      figures: { overdueAmount: overdue.amount.toString(), allowedAmount: amount.toString(), currency },
    });
  }
  const count = policy.maxOverdueInvoices;
  if (count !== undefined && overdue.count > count.threshold) {
    reasons.push({
      code: "OVERDUE_INVOICES_EXCEEDED",
      effect: count.action,
      message: `${overdue.count} items are overdue, more than the ${count.threshold} allowed.`,
      figures: { overdueCount: overdue.count, allowedCount: count.threshold },
    });
  }
  return reasons;
}

function scoreReasons(facts: PolicyFacts): CreditReason[] {
  const rule = facts.policy.minScore;
  if (rule === undefined || facts.score === undefined || facts.score.score >= rule.threshold) return [];
  return [
    {
      code: "SCORE_BELOW_THRESHOLD",
      effect: rule.action,
      message: `The payment behaviour score is ${facts.score.score}, below the ${rule.threshold} required.`,
      figures: { score: facts.score.score, minScore: rule.threshold },
    },
  ];
}

function bureauReasons(facts: PolicyFacts): CreditReason[] {
  const rule = facts.policy.minBureauScore;
  if (rule === undefined) return [];
  const bureau = facts.bureau;
  if (bureau === undefined || bureau.type === "unavailable") {
    const why = bureau?.why ?? "no bureau is configured";
    return [
      {
        code: "BUREAU_UNAVAILABLE",
        effect: "hold",
        message: `The policy asks for a bureau score, but ${why}.`,
        figures: { why },
      },
    ];
  }
  const { report } = bureau;
  if (report.score >= rule.threshold) return [];
  return [
    {
      code: "BUREAU_SCORE_BELOW_THRESHOLD",
      effect: rule.action,
      message: `${report.provider} scores the customer ${report.score}, below the ${rule.threshold} required.`,
      figures: { provider: report.provider, score: report.score, minScore: rule.threshold },
    },
  ];
}

function firstOrderReasons(facts: PolicyFacts): CreditReason[] {
  const rule = facts.policy.firstOrderAbove;
  const allowed = facts.firstOrderAbove;
  if (!facts.isNewCustomer || rule === undefined || allowed === undefined) return [];
  if (!facts.orderAmount.greaterThan(allowed)) return [];
  const { currency } = facts;
  return [
    {
      code: "FIRST_ORDER_ABOVE_THRESHOLD",
      effect: rule.action,
      message: `First order of a new customer: ${facts.orderAmount.toString()} ${currency} is above the ${allowed.toString()} ${currency} allowed without review.`,
      figures: { orderAmount: facts.orderAmount.toString(), allowedAmount: allowed.toString(), currency },
    },
  ];
}

const RULES: readonly RuleCheck[] = [
  statusReasons,
  fxReasons,
  limitReasons,
  overdueReasons,
  scoreReasons,
  bureauReasons,
  firstOrderReasons,
];

/**
 * Runs every rule of the policy over the facts and returns the reasons, blocking ones first (reject, then hold,
 * then information), each group in the order of the rules.
 */
export function evaluatePolicy(facts: PolicyFacts): CreditReason[] {
  return RULES.flatMap((rule) => rule(facts))
    .map((reason, index) => ({ reason, index }))
    .sort((a, b) => EFFECT_ORDER[a.reason.effect] - EFFECT_ORDER[b.reason.effect] || a.index - b.index)
    .map(({ reason }) => reason);
}
