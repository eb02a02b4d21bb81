import { parseWith } from "@o2c/core";
import { creditError } from "../errors.js";
import type { PaymentRecordInput } from "../model/PaymentRecord.js";
import { asOfSchema, paymentHistorySchema, scoringModelSchema } from "../schemas.js";
import type { ScoreExplanation } from "./ScoreExplanation.js";
import { DEFAULT_SCORING_MODEL, type ScoringModel } from "./ScoringModel.js";
import { scoreRecords } from "./scoreRecords.js";

/**
 * What {@link scorePaymentHistory} scores.
 * @since 0.1.0
 */
export interface ScorePaymentHistoryInput {
  /** One record per invoice, in any order, all in one currency. */
  readonly history: readonly PaymentRecordInput[];
  /** The date the score is for, `YYYY-MM-DD`; records issued later are ignored. */
  readonly asOf: string;
  /** The weights and thresholds; {@link DEFAULT_SCORING_MODEL} when omitted. */
  readonly model?: ScoringModel | undefined;
}

/**
 * Scores a customer's payment behaviour from 0 (worst) to 100 (best) and explains each factor's contribution.
 *
 * @remarks
 * Five factors (average days late, share of late invoices, trend, DSO, disputes) each earn `weight x fraction`
 * points rounded down to a whole point; the score is their sum, so the contributions add up to it exactly. The
 * result depends only on the set of records, never on their order. `decideCredit` converts a history in several
 * currencies into the credit currency first; this function takes one currency.
 *
 * @param input - The history, the as-of date and optionally the model.
 * @returns The explained score, or `undefined` when no invoice was issued on or before the as-of date.
 * @throws `ValidationError` (from `@o2c/core`) `INVALID_AMOUNT`, `NEGATIVE_AMOUNT`, `INVALID_DATE`, `INVALID_DATE_RANGE`,
 * `INVALID_WEIGHTS`, `INVALID_RANGE`, `OUT_OF_RANGE`, `REQUIRED`... with the path of the field.
 * @throws `O2CError` (from `@o2c/core`) `CURRENCY_MISMATCH` when the records are in more than one currency.
 * @example
 * ```ts
 * import { scorePaymentHistory } from "@o2c/credit";
 *
 * const result = scorePaymentHistory({
 *   asOf: "2026-10-14",
 *   history: [
 *     { invoiceId: "INV-1", customerId: "c1", amount: { amount: "1000.00", currency: "EUR" },
 *       issueDate: "2026-07-01", dueDate: "2026-07-31", paidDate: "2026-07-30" },
 *     { invoiceId: "INV-2", customerId: "c1", amount: { amount: "500.00", currency: "EUR" },
 *       issueDate: "2026-08-01", dueDate: "2026-08-31", paidDate: "2026-09-30", disputed: true },
 *   ],
 * });
 * result?.score //=> 52
 * result?.factors.map((f) => [f.factor, f.points]) //=> [["averageDaysLate", 22], ["lateShare", 0], ["trend", 10], ["dso", 20], ["disputes", 0]]
 * ```
 * @since 0.1.0
 */
export function scorePaymentHistory(input: ScorePaymentHistoryInput): ScoreExplanation | undefined {
  const history = parseWith(paymentHistorySchema, input.history, ["history"]);
  const asOf = parseWith(asOfSchema, input.asOf, ["asOf"]);
  const model = parseWith(scoringModelSchema, input.model ?? DEFAULT_SCORING_MODEL, ["model"]);
  const currency = history[0]?.amount.currency;
  for (const [index, record] of history.entries()) {
    if (record.amount.currency !== currency) {
      throw creditError(
        "CURRENCY_MISMATCH",
        `Record ${index} is in ${record.amount.currency}, the first in ${currency}`,
        {
          path: ["history", index, "amount", "currency"],
          details: { expected: currency, actual: record.amount.currency },
        },
      );
    }
  }
  return scoreRecords(history, asOf, model);
}
