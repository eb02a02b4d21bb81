import {
  type BusinessDate,
  businessDateSchema,
  currencyCodeSchema,
  decimalSchema,
  Money,
  moneySchema,
} from "@o2c/core";
import { z } from "zod";
import type { Group, Increase, Model, OpenItem, PaymentRecord, Policy, Profile, Request } from "./internal/parsed.js";

// Zod schemas of every input credit takes from outside: the request, and what the data source, the policy and the
// scoring model hand in. Issue codes are o2c's (core's for amounts, dates and currencies; NEGATIVE_AMOUNT,
// INVALID_DATE_RANGE, INVALID_WEIGHTS here).

function issue(ctx: z.core.$RefinementCtx, code: string, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: "custom", path, message, params: { code }, input: undefined });
}

const text = z.string().min(1);
const count = z.number().int().nonnegative();

/** A money DTO or a Money value, parsed to Money. */
const money = z.preprocess((value) => (value instanceof Money ? value.toJSON() : value), moneySchema);

/** An amount that must not be negative: the kind of an item, not its sign, says whether it adds or subtracts. */
const nonNegativeMoney = money.superRefine((value, ctx) => {
  if (value.isNegative()) {
    issue(ctx, "NEGATIVE_AMOUNT", ["amount"], `Expected an amount of zero or more, got ${value.toString()}`);
  }
});

const statusSchema = z.enum(["active", "watch", "cashInAdvance", "blocked"]);
const actionSchema = z.enum(["hold", "reject"]);

const increaseSchema = z
  .object({ amount: nonNegativeMoney, validFrom: businessDateSchema, validUntil: businessDateSchema, reason: text })
  .superRefine((value, ctx) => {
    if (value.validUntil.isBefore(value.validFrom)) {
      issue(ctx, "INVALID_DATE_RANGE", ["validUntil"], "validUntil is before validFrom");
    }
  });

export const requestSchema: z.ZodType<Request> = z.object({
  customerId: text,
  orderId: text.optional(),
  amount: nonNegativeMoney,
  asOf: businessDateSchema,
}) as unknown as z.ZodType<Request>;

export const profileSchema: z.ZodType<Profile> = z
  .object({
    customerId: text,
    currency: currencyCodeSchema,
    limit: nonNegativeMoney.optional(),
    groupId: text.optional(),
    status: statusSchema.default("active"),
    temporaryIncreases: z.array(increaseSchema).default([]),
  })
  .transform(({ temporaryIncreases, ...rest }) => ({
    ...rest,
    increases: temporaryIncreases as Increase[],
  })) as unknown as z.ZodType<Profile>;

export const groupSchema: z.ZodType<Group> = z
  .object({
    groupId: text,
    currency: currencyCodeSchema,
    limit: nonNegativeMoney,
    status: statusSchema.default("active"),
    temporaryIncreases: z.array(increaseSchema).default([]),
  })
  .transform(({ temporaryIncreases, ...rest }) => ({
    ...rest,
    increases: temporaryIncreases as Increase[],
  })) as unknown as z.ZodType<Group>;

export const openItemsSchema: z.ZodType<readonly OpenItem[]> = z.array(
  z.object({
    id: text,
    customerId: text,
    kind: z.enum(["receivable", "invoice", "order", "unappliedCash", "creditNote"]),
    amount: nonNegativeMoney,
    dueDate: businessDateSchema.optional(),
  }),
) as unknown as z.ZodType<readonly OpenItem[]>;

export const paymentHistorySchema: z.ZodType<readonly PaymentRecord[]> = z.array(
  z
    .object({
      invoiceId: text,
      customerId: text,
      amount: nonNegativeMoney,
      issueDate: businessDateSchema,
      dueDate: businessDateSchema,
      paidDate: businessDateSchema.optional(),
      disputed: z.boolean().default(false),
    })
    .superRefine((value, ctx) => {
      if (value.dueDate.isBefore(value.issueDate)) {
        issue(ctx, "INVALID_DATE_RANGE", ["dueDate"], "dueDate is before issueDate");
      }
      if (value.paidDate?.isBefore(value.issueDate)) {
        issue(ctx, "INVALID_DATE_RANGE", ["paidDate"], "paidDate is before issueDate");
      }
    }),
) as unknown as z.ZodType<readonly PaymentRecord[]>;

export const policySchema: z.ZodType<Policy> = z
  .object({
    limitExceeded: z.object({ action: actionSchema }).optional(),
    maxDaysOverdue: z.object({ days: count, action: actionSchema }).optional(),
    maxOverdueAmount: z.object({ amount: nonNegativeMoney, action: actionSchema }).optional(),
    maxOverdueInvoices: z.object({ count, action: actionSchema }).optional(),
    minScore: z.object({ score: count.max(100), action: actionSchema }).optional(),
    minBureauScore: z.object({ score: count.max(100), action: actionSchema }).optional(),
    firstOrderAbove: z.object({ amount: nonNegativeMoney, action: actionSchema }).optional(),
  })
  .transform((p) => ({
    limitExceeded: p.limitExceeded?.action ?? "hold",
    maxDaysOverdue: p.maxDaysOverdue && { threshold: p.maxDaysOverdue.days, action: p.maxDaysOverdue.action },
    maxOverdueAmount: p.maxOverdueAmount && { threshold: p.maxOverdueAmount.amount, action: p.maxOverdueAmount.action },
    maxOverdueInvoices: p.maxOverdueInvoices && {
      threshold: p.maxOverdueInvoices.count,
      action: p.maxOverdueInvoices.action,
    },
    minScore: p.minScore && { threshold: p.minScore.score, action: p.minScore.action },
    minBureauScore: p.minBureauScore && { threshold: p.minBureauScore.score, action: p.minBureauScore.action },
    firstOrderAbove: p.firstOrderAbove && { threshold: p.firstOrderAbove.amount, action: p.firstOrderAbove.action },
  })) as unknown as z.ZodType<Policy>;

const share = decimalSchema.superRefine((value, ctx) => {
  if (value.lessThanOrEqualTo(0) || value.greaterThan(1)) {
    issue(ctx, "OUT_OF_RANGE", [], `Expected a share above 0 and at most 1, got ${value.toFixed()}`);
  }
});
const positiveDays = z.number().int().positive();

export const scoringModelSchema: z.ZodType<Model> = z
  .object({
    weights: z.object({
      averageDaysLate: count,
      lateShare: count,
      trend: count,
      dso: count,
      disputes: count,
    }),
    maxAverageDaysLate: positiveDays,
    maxLateShare: share,
    trendWindowDays: positiveDays,
    maxTrendWorsening: positiveDays,
    dsoPeriodDays: positiveDays,
    dsoTargetDays: count,
    dsoMaxDays: positiveDays,
    maxDisputedShare: share,
  })
  .superRefine((value, ctx) => {
    const w = value.weights;
    const sum = w.averageDaysLate + w.lateShare + w.trend + w.dso + w.disputes;
    if (sum !== 100) issue(ctx, "INVALID_WEIGHTS", ["weights"], `The weights must sum to 100, they sum to ${sum}`);
    if (value.dsoMaxDays <= value.dsoTargetDays) {
      issue(ctx, "INVALID_RANGE", ["dsoMaxDays"], "dsoMaxDays must be above dsoTargetDays");
    }
  }) as unknown as z.ZodType<Model>;

/** The as-of date alone, for functions that take one. */
export const asOfSchema: z.ZodType<BusinessDate, string> = businessDateSchema;

/** A manual override as `overrideCredit` takes it (the id and time come from the ports). */
export const overrideRequestSchema = z
  .object({
    customerId: text,
    orderId: text.optional(),
    maxExposure: nonNegativeMoney,
    reason: z.string(),
    approvedBy: text,
    validFrom: businessDateSchema,
    validUntil: businessDateSchema,
  })
  .superRefine((value, ctx) => {
    if (value.reason.trim() === "") {
      issue(ctx, "REASON_REQUIRED", ["reason"], "An override needs a reason a person can read later");
    }
    if (value.validUntil.isBefore(value.validFrom)) {
      issue(ctx, "INVALID_DATE_RANGE", ["validUntil"], "validUntil is before validFrom");
    }
  });

/** A recorded override, as the host hands it back to `decideCredit`. */
export const overrideRecordSchema = z
  .object({
    id: text,
    customerId: text,
    orderId: text.optional(),
    maxExposure: nonNegativeMoney,
    reason: text,
    approvedBy: text,
    validFrom: businessDateSchema,
    validUntil: businessDateSchema,
    recordedAt: text,
  })
  .array();

/** A bureau's report, checked before it counts. */
export const bureauReportSchema = z.object({
  provider: text,
  score: count.max(100),
  reportDate: businessDateSchema,
  rating: z.string().optional(),
});
