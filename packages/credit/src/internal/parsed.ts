import type { BusinessDate, Money } from "@o2c/core";
import type { Decimal } from "decimal.js";
import type { PolicyAction } from "../model/CreditPolicy.js";
import type { CreditStatus } from "../model/CreditProfile.js";
import type { OpenItemKind } from "../model/OpenItem.js";
import type { ScoreFactorName } from "../scoring/ScoringModel.js";

// Validated forms of the boundary inputs: amounts as Money, dates as BusinessDate, decimals as decimal.js.

export interface Increase {
  readonly amount: Money;
  readonly validFrom: BusinessDate;
  readonly validUntil: BusinessDate;
  readonly reason: string;
}

export interface Profile {
  readonly customerId: string;
  readonly currency: string;
  readonly limit?: Money | undefined;
  readonly groupId?: string | undefined;
  readonly status: CreditStatus;
  readonly increases: readonly Increase[];
}

export interface Group {
  readonly groupId: string;
  readonly currency: string;
  readonly limit: Money;
  readonly status: CreditStatus;
  readonly increases: readonly Increase[];
}

export interface OpenItem {
  readonly id: string;
  readonly customerId: string;
  readonly kind: OpenItemKind;
  readonly amount: Money;
  readonly dueDate?: BusinessDate | undefined;
}

export interface PaymentRecord {
  readonly invoiceId: string;
  readonly customerId: string;
  readonly amount: Money;
  readonly issueDate: BusinessDate;
  readonly dueDate: BusinessDate;
  readonly paidDate?: BusinessDate | undefined;
  readonly disputed: boolean;
}

export interface Request {
  readonly customerId: string;
  readonly orderId?: string | undefined;
  readonly amount: Money;
  readonly asOf: BusinessDate;
}

export interface Rule<T> {
  readonly threshold: T;
  readonly action: PolicyAction;
}

export interface Policy {
  readonly limitExceeded: PolicyAction;
  readonly maxDaysOverdue?: Rule<number> | undefined;
  readonly maxOverdueAmount?: Rule<Money> | undefined;
  readonly maxOverdueInvoices?: Rule<number> | undefined;
  readonly minScore?: Rule<number> | undefined;
  readonly minBureauScore?: Rule<number> | undefined;
  readonly firstOrderAbove?: Rule<Money> | undefined;
}

export interface Model {
  readonly weights: Readonly<Record<ScoreFactorName, number>>;
  readonly maxAverageDaysLate: number;
  readonly maxLateShare: Decimal;
  readonly trendWindowDays: number;
  readonly maxTrendWorsening: number;
  readonly dsoPeriodDays: number;
  readonly dsoTargetDays: number;
  readonly dsoMaxDays: number;
  readonly maxDisputedShare: Decimal;
}
