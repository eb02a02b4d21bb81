import { BusinessDate } from "@o2c/core";
import { fail, type Location } from "./issues.js";

/** Reads `YYYY-MM-DD` or an ISO date-time (its date part, as written: no time-zone shift). */
export function readIsoDate(raw: string | undefined, at: Location): string {
  const text = raw?.trim() ?? "";
  if (text === "") throw fail("STATEMENT_MISSING_FIELD", "The date is missing", at);
  return checkDate(text.slice(0, 10), text, at);
}

/** Reads a SWIFT/BAI `YYMMDD` date; years 00-79 are 2000-2079, 80-99 are 1980-1999. */
export function readYymmdd(raw: string | undefined, at: Location): string {
  const text = raw?.trim() ?? "";
  if (text === "") throw fail("STATEMENT_MISSING_FIELD", "The date is missing", at);
  if (!/^\d{6}$/.test(text)) throw fail("STATEMENT_INVALID_DATE", `${JSON.stringify(text)} is not a YYMMDD date`, at);
  const yy = Number(text.slice(0, 2));
  const year = yy < 80 ? 2000 + yy : 1900 + yy;
  return checkDate(`${year}-${text.slice(2, 4)}-${text.slice(4, 6)}`, text, at);
}

/** Checks that an ISO date is a day of the calendar and returns it. */
export function checkDate(iso: string, original: string, at: Location): string {
  try {
    return BusinessDate.parse(iso).toString();
  } catch (error) {
    throw fail("STATEMENT_INVALID_DATE", `${JSON.stringify(original)} is not a valid date`, at, error);
  }
}
