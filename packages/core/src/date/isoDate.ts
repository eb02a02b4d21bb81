const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonthOf(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The year, month and day of an ISO 8601 calendar date `YYYY-MM-DD` (years 1000 to 9999), or `undefined` when the
 * string is not one or names a day the calendar does not have (`2026-02-30`).
 */
export function isoDateParts(value: unknown): { year: number; month: number; day: number } | undefined {
  const match = typeof value === "string" ? ISO_DATE.exec(value) : null;
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonthOf(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Whether a value is an ISO 8601 calendar date `YYYY-MM-DD` that exists (`2024-02-29` yes, `2026-02-30` no),
 * without building a date: the cheap check for hot validation paths that keep dates as strings.
 *
 * @param value - The candidate.
 * @returns `true` for a real calendar day between the years 1000 and 9999.
 * @example
 * ```ts
 * import { isIsoDate } from "@o2c/core";
 *
 * isIsoDate("2024-02-29") //=> true
 * isIsoDate("2026-02-30") //=> false
 * isIsoDate("14.10.2026") //=> false
 * ```
 * @since 0.1.0
 */
export function isIsoDate(value: unknown): value is string {
  return isoDateParts(value) !== undefined;
}
