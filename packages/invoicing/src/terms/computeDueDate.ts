import type { BusinessDate } from "@o2c/core";
import type { DueDateRule } from "./PaymentTerms.js";

/**
 * The due date a rule gives for an invoice date.
 * @param rule - Net N, end of month + N, end of the following month + N, or a fixed day of the month.
 * @param issueDate - The invoice date.
 * @returns The due date.
 * @example
 * ```ts
 * import { BusinessDate } from "@o2c/core";
 * import { computeDueDate } from "@o2c/invoicing";
 * const issued = BusinessDate.parse("2026-01-20");
 * computeDueDate({ type: "net", days: 30 }, issued).toString() //=> "2026-02-19"
 * computeDueDate({ type: "endOfMonth", days: 10 }, issued).toString() //=> "2026-02-10"
 * computeDueDate({ type: "endOfFollowingMonth", days: 0 }, issued).toString() //=> "2026-02-28"
 * computeDueDate({ type: "dayOfMonth", day: 15 }, issued).toString() //=> "2026-02-15"
 * computeDueDate({ type: "dayOfMonth", day: 31, minimumDays: 14 }, issued).toString() //=> "2026-02-28"
 * ```
 * @since 0.1.0
 */
export function computeDueDate(rule: DueDateRule, issueDate: BusinessDate): BusinessDate {
  switch (rule.type) {
    case "net":
      return issueDate.addDays(rule.days);
    case "endOfMonth":
      return issueDate.endOfMonth().addDays(rule.days);
    case "endOfFollowingMonth":
      return issueDate.startOfMonth().addMonths(1).endOfMonth().addDays(rule.days);
    case "dayOfMonth": {
      const earliest = issueDate.addDays(rule.minimumDays ?? 0);
      const sameMonth = earliest.withDayOfMonth(rule.day);
      return sameMonth.isBefore(earliest) ? earliest.startOfMonth().addMonths(1).withDayOfMonth(rule.day) : sameMonth;
    }
  }
}
