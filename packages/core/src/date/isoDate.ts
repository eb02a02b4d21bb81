/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonthOf(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digitAt(text: string, at: number): number {
  const d = text.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * An ISO 8601 calendar date `YYYY-MM-DD` (years 1000 to 9999) as the number yyyymmdd, or -1 when the value is not
 * one or names a day the calendar does not have (`2026-02-30`). Read character by character and allocation-free: it
 * sits on hot validation paths (a hundred thousand open items, two dates each).
 */
function isoDateNumber(value: unknown): number {
  if (typeof value !== "string" || value.length !== 10) return -1;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  const y0 = digitAt(value, 0);
  const y1 = digitAt(value, 1);
  const y2 = digitAt(value, 2);
  const y3 = digitAt(value, 3);
  const m0 = digitAt(value, 5);
  const m1 = digitAt(value, 6);
  const d0 = digitAt(value, 8);
  const d1 = digitAt(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return -1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonthOf(year, month)) return -1;
  return year * 10_000 + month * 100 + day;
}

/**
 * The year, month and day of an ISO 8601 calendar date `YYYY-MM-DD` (years 1000 to 9999), or `undefined` when the
 * string is not one or names a day the calendar does not have (`2026-02-30`).
 */
export function isoDateParts(value: unknown): { year: number; month: number; day: number } | undefined {
  const n = isoDateNumber(value);
  if (n < 0) return undefined;
  return { year: Math.floor(n / 10_000), month: Math.floor(n / 100) % 100, day: n % 100 };
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
  return isoDateNumber(value) >= 0;
}
