import type { BusinessDate } from "@o2c/core";

/**
 * Day-count conventions for interest: `ACT/360` and `ACT/365F` count actual calendar days over a 360- or 365-day
 * year; `30E/360` (Eurobond basis) counts every month as 30 days (a 31st counts as the 30th) over a 360-day year.
 * @since 0.1.0
 */
export type DayCountConvention = "ACT/360" | "ACT/365F" | "30E/360";

/**
 * Days counted under a convention.
 * @since 0.1.0
 */
export interface DayCount {
  /** Days from the start (excluded) to the end (included); negative when the end is earlier. */
  readonly days: number;
  /** Days of the year under the convention: 360 or 365. */
  readonly yearDays: number;
}

/**
 * The days between two dates and the days of the year under a day-count convention.
 * @param convention - The convention.
 * @param from - Start date (excluded).
 * @param to - End date (included).
 * @returns `days` (negative when `to` is before `from`) and `yearDays`.
 * @example
 * ```ts
 * import { BusinessDate } from "@o2c/core";
 * import { countDays } from "@o2c/invoicing";
 * const from = BusinessDate.parse("2026-01-31");
 * const to = BusinessDate.parse("2026-03-31");
 * countDays("ACT/360", from, to) //=> { days: 59, yearDays: 360 }
 * countDays("ACT/365F", from, to) //=> { days: 59, yearDays: 365 }
 * countDays("30E/360", from, to) //=> { days: 60, yearDays: 360 }
 * ```
 * @since 0.1.0
 */
export function countDays(convention: DayCountConvention, from: BusinessDate, to: BusinessDate): DayCount {
  switch (convention) {
    case "ACT/360":
      return { days: to.daysSince(from), yearDays: 360 };
    case "ACT/365F":
      return { days: to.daysSince(from), yearDays: 365 };
    case "30E/360": {
      const d1 = Math.min(from.day, 30);
      const d2 = Math.min(to.day, 30);
      return { days: 360 * (to.year - from.year) + 30 * (to.month - from.month) + (d2 - d1), yearDays: 360 };
    }
  }
}
