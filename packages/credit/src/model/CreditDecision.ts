import type { MoneyJSON } from "@o2c/core";
import type { BureauReport } from "../ports/CreditBureau.js";
import type { ScoreExplanation } from "../scoring/ScoreExplanation.js";
import type { CreditOverride } from "./CreditOverride.js";

/**
 * Stable codes of the reasons behind a credit decision.
 *
 * Hold or reject, depending on the policy: `LIMIT_EXCEEDED`, `GROUP_LIMIT_EXCEEDED`, `DAYS_OVERDUE_EXCEEDED`,
 * `OVERDUE_AMOUNT_EXCEEDED`, `OVERDUE_INVOICES_EXCEEDED`, `SCORE_BELOW_THRESHOLD`, `BUREAU_SCORE_BELOW_THRESHOLD`,
 * `FIRST_ORDER_ABOVE_THRESHOLD`. Always reject: `CUSTOMER_BLOCKED`. Always hold: `CUSTOMER_ON_WATCH_LIST`,
 * `CASH_IN_ADVANCE_REQUIRED`, `FX_RATE_MISSING`, `BUREAU_UNAVAILABLE`. Information only: `WITHIN_LIMIT`,
 * `TEMPORARY_INCREASE_APPLIED`, `OVERRIDE_APPLIED`.
 *
 * @since 0.1.0
 */
export type CreditReasonCode =
  | "LIMIT_EXCEEDED"
  | "GROUP_LIMIT_EXCEEDED"
  | "DAYS_OVERDUE_EXCEEDED"
  | "OVERDUE_AMOUNT_EXCEEDED"
  | "OVERDUE_INVOICES_EXCEEDED"
  | "SCORE_BELOW_THRESHOLD"
  | "BUREAU_SCORE_BELOW_THRESHOLD"
  | "FIRST_ORDER_ABOVE_THRESHOLD"
  | "CUSTOMER_BLOCKED"
  | "CUSTOMER_ON_WATCH_LIST"
  | "CASH_IN_ADVANCE_REQUIRED"
  | "FX_RATE_MISSING"
  | "BUREAU_UNAVAILABLE"
  | "WITHIN_LIMIT"
  | "TEMPORARY_INCREASE_APPLIED"
  | "OVERRIDE_APPLIED";

/**
 * One reason behind a decision: a stable code, its effect, a sentence and the figures it rests on.
 * @since 0.1.0
 */
export interface CreditReason {
  /** Stable code to branch on. */
  readonly code: CreditReasonCode;
  /** What the reason does to the order: `reject` and `hold` block it, `info` explains. */
  readonly effect: "reject" | "hold" | "info";
  /** One sentence for a credit manager; may be reworded between versions. */
  readonly message: string;
  /** The figures behind the reason (amounts as decimal strings with their currency, days, counts, scores). */
  readonly figures: Readonly<Record<string, string | number>>;
}

/**
 * A conversion of an amount into the credit currency: the rate, its date and its source, rounded `halfUp` to the
 * credit currency's minor unit.
 * @since 0.1.0
 */
export interface FxConversion {
  /** What was converted: an exposure component, a policy threshold or the payment history. */
  readonly subject: string;
  /** The amount before conversion. */
  readonly from: MoneyJSON;
  /** The amount after conversion, rounded `halfUp` to the credit currency's minor unit. */
  readonly to: MoneyJSON;
  /** Units of the credit currency per unit of `from.currency`, exact. */
  readonly rate: string;
  /** The date the rate is for, `YYYY-MM-DD`. */
  readonly rateDate: string;
  /** Who published the rate. */
  readonly source: string;
  /** Always `halfUp`: the rounding of the converted amount. */
  readonly rounding: "halfUp";
}

/**
 * A currency pair the `FxRates` port had no rate for on the as-of date.
 * @since 0.1.0
 */
export interface MissingFxRate {
  /** What could not be converted. */
  readonly subject: string;
  /** The amount that could not be converted. */
  readonly from: MoneyJSON;
  /** The credit currency. */
  readonly to: string;
  /** The as-of date asked for. */
  readonly date: string;
  /** `notPublished` when the source has no rate on or before the date, `sourceFailed` when the `FxRates` port threw. */
  readonly why: "notPublished" | "sourceFailed";
}

/**
 * The exposure of a customer (or a group) in its credit currency, component by component.
 *
 * @remarks
 * `total = openReceivables + unpaidInvoices + uninvoicedOrders + currentOrder - unappliedCash - creditNotes`.
 * Amounts in other currencies are summed per currency and component, then converted once each (see `conversions`).
 * When a rate is missing the amount is left out of the total, listed in `missingRates`, and `complete` is false.
 * @since 0.1.0
 */
export interface ExposureBreakdown {
  /** The credit currency. */
  readonly currency: string;
  /** Open receivables other than invoices. */
  readonly openReceivables: MoneyJSON;
  /** Invoiced but unpaid. */
  readonly unpaidInvoices: MoneyJSON;
  /** Confirmed orders not invoiced yet. */
  readonly uninvoicedOrders: MoneyJSON;
  /** The order being checked (zero in a group's exposure when it belongs to another member). */
  readonly currentOrder: MoneyJSON;
  /** Unapplied cash, subtracted. */
  readonly unappliedCash: MoneyJSON;
  /** Open credit notes, subtracted. */
  readonly creditNotes: MoneyJSON;
  /** The exposure. */
  readonly total: MoneyJSON;
  /** Every conversion into the credit currency. */
  readonly conversions: readonly FxConversion[];
  /** Amounts that could not be converted. */
  readonly missingRates: readonly MissingFxRate[];
  /** Whether every amount could be converted. */
  readonly complete: boolean;
}

/**
 * A temporary limit increase that counted on the as-of date.
 * @since 0.1.0
 */
export interface AppliedIncrease {
  /** The increase. */
  readonly amount: MoneyJSON;
  /** First day it counts. */
  readonly validFrom: string;
  /** Last day it counts. */
  readonly validUntil: string;
  /** Why it was granted. */
  readonly reason: string;
}

/**
 * One limit checked: the customer's own or its group's.
 * @since 0.1.0
 */
export interface LimitCheck {
  /** Whose limit. */
  readonly scope: "customer" | "group";
  /** The customer's or the group's id. */
  readonly id: string;
  /** The limit without temporary increases. */
  readonly baseLimit: MoneyJSON;
  /** The temporary increases valid on the as-of date (expired ones are left out). */
  readonly increases: readonly AppliedIncrease[];
  /** `baseLimit` plus the valid increases. */
  readonly effectiveLimit: MoneyJSON;
  /** The exposure checked against it (the group's, for a group limit), the order included. */
  readonly exposure: MoneyJSON;
  /** `effectiveLimit - exposure`; negative when exceeded. */
  readonly headroom: MoneyJSON;
  /** Whether the exposure is above the effective limit. */
  readonly exceeded: boolean;
}

/**
 * What every credit decision carries, whatever its outcome.
 * @since 0.1.0
 */
export interface CreditDecisionBase {
  /** The customer. */
  readonly customerId: string;
  /** The order checked, when the request named one. */
  readonly orderId?: string | undefined;
  /** The date the decision was made for, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The order's amount as requested, in its own currency. */
  readonly orderAmount: MoneyJSON;
  /** Every reason, the blocking ones first. */
  readonly reasons: readonly CreditReason[];
  /** The customer's exposure, the order included. */
  readonly exposure: ExposureBreakdown;
  /** The group's exposure, the order included, when the customer is in a group. */
  readonly groupExposure?: ExposureBreakdown | undefined;
  /** Each limit checked (the customer's, the group's). */
  readonly limits: readonly LimitCheck[];
  /** By how much the exposure exceeds the tightest limit, in the credit currency; absent when within every limit. */
  readonly amountOverLimit?: MoneyJSON | undefined;
  /** The payment behaviour score, when the customer has payment history. */
  readonly score?: ScoreExplanation | undefined;
  /** The external bureau's report, when a bureau was asked and answered. */
  readonly bureau?: BureauReport | undefined;
}

/**
 * The order may go ahead on credit (possibly through a manual override, then named in `override`).
 * @since 0.1.0
 */
export interface ApprovedCreditDecision extends CreditDecisionBase {
  /** The outcome. */
  readonly outcome: "approved";
  /** The manual override that approved an order the policy would have held or rejected. */
  readonly override?: CreditOverride | undefined;
}

/**
 * The order waits for a credit manager's review (or for payment in advance, or for a missing FX rate).
 * @since 0.1.0
 */
export interface HeldCreditDecision extends CreditDecisionBase {
  /** The outcome. */
  readonly outcome: "hold";
}

/**
 * The order must not go ahead on credit.
 * @since 0.1.0
 */
export interface RejectedCreditDecision extends CreditDecisionBase {
  /** The outcome. */
  readonly outcome: "rejected";
}

/**
 * A credit decision, tagged by `outcome`: approved, held for review or rejected, with its reasons and figures.
 * @since 0.1.0
 */
export type CreditDecision = ApprovedCreditDecision | HeldCreditDecision | RejectedCreditDecision;
