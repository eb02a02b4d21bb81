import { type BusinessDate, Money } from "@o2c/core";
import type { OpenItem } from "../internal/parsed.js";
import type { MissingFxRate } from "../model/CreditDecision.js";
import type { CreditCurrencyConverter } from "./convertToCreditCurrency.js";

/** What is overdue on the as-of date among a customer's receivables and invoices. */
export interface OverdueSummary {
  /** Days the oldest overdue item is past its due date (0 when nothing is overdue). */
  readonly maxDaysOverdue: number;
  /** Number of overdue items. */
  readonly count: number;
  /** Their open amount in the credit currency (what could be converted). */
  readonly amount: Money;
  /** Overdue amounts that could not be converted. */
  readonly missingRates: readonly MissingFxRate[];
}

/**
 * Receivables and invoices whose due date is before the as-of date. Amounts are summed per currency, then each sum
 * is converted once (`halfUp`, credit currency's minor unit).
 */
export function summariseOverdue(
  items: readonly OpenItem[],
  asOf: BusinessDate,
  converter: CreditCurrencyConverter,
): OverdueSummary {
  let maxDaysOverdue = 0;
  let count = 0;
  const byCurrency = new Map<string, Money>();
  for (const item of items) {
    if ((item.kind !== "invoice" && item.kind !== "receivable") || item.dueDate === undefined) continue;
    const days = asOf.daysSince(item.dueDate);
    if (days <= 0 || item.amount.isZero()) continue;
    count += 1;
    maxDaysOverdue = Math.max(maxDaysOverdue, days);
    const previous = byCurrency.get(item.amount.currency);
    byCurrency.set(item.amount.currency, previous === undefined ? item.amount : previous.add(item.amount));
  }
  let amount = Money.zero(converter.currency);
  const missingRates: MissingFxRate[] = [];
  for (const currency of [...byCurrency.keys()].sort()) {
    const sum = byCurrency.get(currency);
    if (sum === undefined) continue;
    const result = converter.convert(sum, "overdue");
    if (result.type === "missing") missingRates.push(result.missing);
    else amount = amount.add(result.amount);
  }
  return { maxDaysOverdue, count, amount, missingRates };
}
