// One module per function: the package root re-exports all of date-fns, about 300 modules to resolve and compile on
// every start of a program that does not bundle.
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { addYears } from "date-fns/addYears";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { endOfMonth } from "date-fns/endOfMonth";
import { getDaysInMonth } from "date-fns/getDaysInMonth";
import { lastDayOfMonth } from "date-fns/lastDayOfMonth";
import { setDate } from "date-fns/setDate";
import { startOfMonth } from "date-fns/startOfMonth";
import type { ErrorPath } from "../errors/O2CError.js";
import { ValidationError } from "../errors/ValidationError.js";
import { daysInMonthOf, isoDateParts } from "./isoDate.js";

/**
 * A calendar date without time or time zone (`2026-10-14`): the date of an invoice, a due date, a value date.
 * Immutable; arithmetic is on calendar days, never on hours, so no time-zone or daylight-saving shift can move it.
 *
 * @remarks
 * Internally a date-fns computation runs on a local `Date` at noon, which no daylight-saving change can push over
 * midnight; only the year, month and day leave this class.
 *
 * @example
 * ```ts
 * import { BusinessDate } from "@o2c/core";
 *
 * const issued = BusinessDate.parse("2026-01-31");
 * issued.addMonths(1).toString() //=> "2026-02-28"
 * issued.addDays(30).toString() //=> "2026-03-02"
 * issued.endOfMonth().addDays(10).toString() //=> "2026-02-10"
 * BusinessDate.parse("2026-03-02").daysSince(issued) //=> 30
 * ```
 * @since 0.1.0
 */
export class BusinessDate {
  /** The year, for example 2026. */
  readonly year: number;
  /** The month, 1 to 12. */
  readonly month: number;
  /** The day of the month, 1 to 31. */
  readonly day: number;

  private constructor(year: number, month: number, day: number) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * Parses an ISO 8601 calendar date `YYYY-MM-DD`.
   *
   * @param value - The date string.
   * @param path - Path of the field, for the error.
   * @returns The date.
   * @throws {@link ValidationError} `INVALID_DATE` for another format, a day that does not exist (`2026-02-30`) or a
   * year before 1000.
   */
  static parse(value: unknown, path: ErrorPath = []): BusinessDate {
    const parts = isoDateParts(value);
    if (parts === undefined) {
      const shown = typeof value === "string" ? JSON.stringify(value) : typeof value;
      const wellFormed = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
      throw ValidationError.single(
        "INVALID_DATE",
        path,
        wellFormed ? `${shown} is not a day of the calendar` : `Expected a date as YYYY-MM-DD, got ${shown}`,
      );
    }
    const { year, month, day } = parts;
    return new BusinessDate(year, month, day);
  }

  /**
   * The date from its parts.
   *
   * @throws {@link ValidationError} `INVALID_DATE` when the parts do not name a day of the calendar.
   */
  static from(parts: { year: number; month: number; day: number }): BusinessDate {
    const { year, month, day } = parts;
    if (
      ![year, month, day].every(Number.isSafeInteger) ||
      year < 1000 ||
      year > 9999 ||
      month < 1 ||
      month > 12 ||
      day < 1 ||
      day > daysInMonthOf(year, month)
    ) {
      throw ValidationError.single("INVALID_DATE", [], `${year}-${month}-${day} is not a day of the calendar`);
    }
    return new BusinessDate(year, month, day);
  }

  /**
   * The calendar date of an instant in a time zone, for example "today" from a {@link Clock}.
   *
   * @param instant - The instant.
   * @param timeZone - An IANA time zone such as `"Europe/Berlin"`; UTC when omitted.
   */
  static fromInstant(instant: Date, timeZone = "UTC"): BusinessDate {
    const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
      .formatToParts(instant)
      .reduce<Record<string, string>>((acc, part) => {
        acc[part.type] = part.value;
        return acc;
      }, {});
    return BusinessDate.from({ year: Number(parts["year"]), month: Number(parts["month"]), day: Number(parts["day"]) });
  }

  /** The date `days` calendar days later (earlier when negative). */
  addDays(days: number): BusinessDate {
    return fromLocal(addDays(this.#local(), days));
  }

  /** The same day `months` months later, clamped to the end of a shorter month (Jan 31 + 1 month = Feb 28). */
  addMonths(months: number): BusinessDate {
    return fromLocal(addMonths(this.#local(), months));
  }

  /** The same day `years` years later, Feb 29 clamped to Feb 28. */
  addYears(years: number): BusinessDate {
    return fromLocal(addYears(this.#local(), years));
  }

  /** The first day of this date's month. */
  startOfMonth(): BusinessDate {
    return fromLocal(startOfMonth(this.#local()));
  }

  /** The last day of this date's month. */
  endOfMonth(): BusinessDate {
    return fromLocal(lastDayOfMonth(endOfMonth(this.#local())));
  }

  /** The given day of this date's month, clamped to the month's last day (day 31 in April is April 30). */
  withDayOfMonth(day: number): BusinessDate {
    const local = this.#local();
    return fromLocal(setDate(local, Math.min(Math.max(1, day), getDaysInMonth(local))));
  }

  /** Number of days in this date's month. */
  daysInMonth(): number {
    return getDaysInMonth(this.#local());
  }

  /** Calendar days from `earlier` to this date: positive when this date is later. */
  daysSince(earlier: BusinessDate): number {
    return differenceInCalendarDays(this.#local(), earlier.#local());
  }

  /** `-1`, `0` or `1` as this date is before, equal to or after the other. */
  compare(other: BusinessDate): -1 | 0 | 1 {
    const a = this.#ordinal();
    const b = other.#ordinal();
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** Whether both are the same day. */
  equals(other: BusinessDate): boolean {
    return this.compare(other) === 0;
  }

  /** Whether this date is before the other. */
  isBefore(other: BusinessDate): boolean {
    return this.compare(other) < 0;
  }

  /** Whether this date is after the other. */
  isAfter(other: BusinessDate): boolean {
    return this.compare(other) > 0;
  }

  /** ISO weekday: 1 is Monday, 7 is Sunday. */
  isoWeekday(): number {
    const day = this.#local().getDay();
    return day === 0 ? 7 : day;
  }

  /** The ISO 8601 form `YYYY-MM-DD`. */
  toString(): string {
    return `${String(this.year).padStart(4, "0")}-${String(this.month).padStart(2, "0")}-${String(this.day).padStart(2, "0")}`;
  }

  /** Serialised in its ISO 8601 form. */
  toJSON(): string {
    return this.toString();
  }

  #ordinal(): number {
    return this.year * 10_000 + this.month * 100 + this.day;
  }

  #local(): Date {
    const local = new Date(2000, 0, 1, 12);
    local.setFullYear(this.year, this.month - 1, this.day);
    return local;
  }
}

function fromLocal(local: Date): BusinessDate {
  return BusinessDate.from({ year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() });
}
