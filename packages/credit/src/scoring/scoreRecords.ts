import { type BusinessDate, O2CDecimal, roundDecimal } from "@o2c/core";
import type { Decimal } from "decimal.js";
import type { Model, PaymentRecord } from "../internal/parsed.js";
import type { ScoreExplanation, ScoreFactor } from "./ScoreExplanation.js";
import type { ScoreFactorName } from "./ScoringModel.js";

const ZERO = new O2CDecimal(0);
const ONE = new O2CDecimal(1);

/** A record's lateness on the as-of date; `undefined` while it is open and not due yet. */
function daysLate(record: PaymentRecord, asOf: BusinessDate): number | undefined {
  const settled = record.paidDate !== undefined && !record.paidDate.isAfter(asOf) ? record.paidDate : undefined;
  if (settled !== undefined) return Math.max(0, settled.daysSince(record.dueDate));
  const late = asOf.daysSince(record.dueDate);
  return late > 0 ? late : undefined;
}

function mean(values: readonly number[]): Decimal {
  if (values.length === 0) return ZERO;
  return new O2CDecimal(values.reduce((sum, v) => sum + v, 0)).dividedBy(values.length);
}

/** `1 - value / zeroAt`, clamped to [0, 1]: 1 at zero, 0 at `zeroAt` and beyond. */
function falling(value: Decimal, zeroAt: Decimal.Value): Decimal {
  return O2CDecimal.max(ZERO, O2CDecimal.min(ONE, ONE.minus(value.dividedBy(zeroAt))));
}

/** Shown values are rounded `halfUp` to 2 decimal places; the points are computed from the exact values. */
function shown(value: Decimal): string {
  return roundDecimal(value, 2, "halfUp").toFixed();
}

/**
 * Scores a payment history from 0 to 100 with the model's weights (see {@link ScoringModel}). Records issued after
 * the as-of date are ignored; amounts must all be in one currency (the caller converts). The result depends only
 * on the set of records, never on their order: every measure is a sum or a count.
 *
 * @returns The explanation, or `undefined` when no record was issued on or before the as-of date.
 */
export function scoreRecords(
  all: readonly PaymentRecord[],
  asOf: BusinessDate,
  model: Model,
): ScoreExplanation | undefined {
  const records = all.filter((r) => !r.issueDate.isAfter(asOf));
  if (records.length === 0) return undefined;

  const matured: { late: number; due: BusinessDate }[] = [];
  for (const record of records) {
    const late = daysLate(record, asOf);
    if (late !== undefined) matured.push({ late, due: record.dueDate });
  }
  const averageLate = mean(matured.map((m) => m.late));
  const lateCount = matured.filter((m) => m.late > 0).length;
  const lateShare = matured.length === 0 ? ZERO : new O2CDecimal(lateCount).dividedBy(matured.length);

  const cutoff = asOf.addDays(-model.trendWindowDays);
  const recent = matured.filter((m) => m.due.isAfter(cutoff)).map((m) => m.late);
  const older = matured.filter((m) => !m.due.isAfter(cutoff)).map((m) => m.late);
  const worsening = recent.length > 0 && older.length > 0 ? mean(recent).minus(mean(older)) : ZERO;

  const periodStart = asOf.addDays(-model.dsoPeriodDays);
  let sales = 0n;
  let open = 0n;
  for (const record of records) {
    if (record.issueDate.isAfter(periodStart)) sales += record.amount.minor;
    const paid = record.paidDate !== undefined && !record.paidDate.isAfter(asOf);
    if (!paid) open += record.amount.minor;
  }
  const dso =
    sales > 0n
      ? new O2CDecimal(open.toString()).dividedBy(sales.toString()).times(model.dsoPeriodDays)
      : new O2CDecimal(open > 0n ? model.dsoMaxDays : 0);
  const dsoSpan = model.dsoMaxDays - model.dsoTargetDays;
  const dsoFraction = falling(O2CDecimal.max(ZERO, dso.minus(model.dsoTargetDays)), dsoSpan);

  const disputed = records.filter((r) => r.disputed).length;
  const disputedShare = new O2CDecimal(disputed).dividedBy(records.length);

  const factor = (name: ScoreFactorName, value: Decimal, fraction: Decimal, explanation: string): ScoreFactor => {
    const weight = model.weights[name];
    const points = roundDecimal(fraction.times(weight), 0, "floor").toNumber();
    return { factor: name, value: shown(value), weight, points, explanation };
  };

  const factors: ScoreFactor[] = [
    factor(
      "averageDaysLate",
      averageLate,
      falling(averageLate, model.maxAverageDaysLate),
      `Invoices past their due date were paid ${shown(averageLate)} days late on average (${matured.length} invoices; no points at ${model.maxAverageDaysLate} days).`,
    ),
    factor(
      "lateShare",
      lateShare,
      falling(lateShare, model.maxLateShare),
      `${lateCount} of ${matured.length} invoices due were paid late or are overdue (no points at a share of ${model.maxLateShare.toFixed()}).`,
    ),
    factor(
      "trend",
      worsening,
      falling(O2CDecimal.max(ZERO, worsening), model.maxTrendWorsening),
      `Invoices due in the last ${model.trendWindowDays} days were paid ${shown(worsening)} days later on average than older ones (negative is better; no points at ${model.maxTrendWorsening} days worse).`,
    ),
    factor(
      "dso",
      dso,
      dsoFraction,
      `DSO over the last ${model.dsoPeriodDays} days is ${shown(dso)} days (every point up to ${model.dsoTargetDays}, none from ${model.dsoMaxDays}).`,
    ),
    factor(
      "disputes",
      disputedShare,
      falling(disputedShare, model.maxDisputedShare),
      `${disputed} of ${records.length} invoices were disputed (no points at a share of ${model.maxDisputedShare.toFixed()}).`,
    ),
  ];
  const score = factors.reduce((sum, f) => sum + f.points, 0);
  return { score, factors, invoiceCount: records.length };
}
