/** ISO dates (YYYY-MM-DD) as whole days, and the TARGET2 business-day calendar used for value dates. */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01. */
export function toDayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`bad date ${iso}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** b − a in days. */
export function diffDays(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return (((toDayNumber(iso) + 4) % 7) + 7) % 7;
}

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** TARGET2 closing days: 1 Jan, Good Friday, Easter Monday, 1 May, 25 and 26 Dec. */
export function isTargetHoliday(iso: string): boolean {
  const monthDay = iso.slice(5);
  if (monthDay === "01-01" || monthDay === "05-01" || monthDay === "12-25" || monthDay === "12-26") return true;
  const easter = easterSunday(Number(iso.slice(0, 4)));
  return iso === addDays(easter, -2) || iso === addDays(easter, 1);
}

export function isBusinessDay(iso: string): boolean {
  const wd = weekday(iso);
  return wd !== 0 && wd !== 6 && !isTargetHoliday(iso);
}

/** The date itself when it is a business day, else the next one. */
export function nextBusinessDay(iso: string): string {
  let day = iso;
  while (!isBusinessDay(day)) day = addDays(day, 1);
  return day;
}

/** `count` consecutive business days starting at `start` (rolled forward to a business day). */
export function businessDays(start: string, count: number): string[] {
  const out: string[] = [];
  let day = nextBusinessDay(start);
  while (out.length < count) {
    out.push(day);
    day = nextBusinessDay(addDays(day, 1));
  }
  return out;
}

/** Last day of the month after the date's month (Japanese "end of next month" terms). */
export function endOfNextMonth(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return fromDayNumber(Date.UTC(year, month + 1, 0) / DAY_MS);
}

const MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

export type DateTextStyle = "dmy-dot" | "mdy-slash" | "dmy-slash" | "iso" | "d-mon-y" | "compact";

/** A date as typed in a remittance ("12.10.2026", "10/12/2026", "12 OCT 2026", "20261012"). */
export function dateForText(iso: string, style: DateTextStyle): string {
  const [y = "", m = "", d = ""] = iso.split("-");
  switch (style) {
    case "dmy-dot":
      return `${d}.${m}.${y}`;
    case "mdy-slash":
      return `${m}/${d}/${y}`;
    case "dmy-slash":
      return `${d}/${m}/${y}`;
    case "iso":
      return iso;
    case "d-mon-y":
      return `${Number(d)} ${MONTHS_EN[Number(m) - 1] ?? ""} ${y}`;
    case "compact":
      return `${y}${m}${d}`;
  }
}
