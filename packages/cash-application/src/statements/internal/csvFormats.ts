import type { CsvMapping } from "../csvMapping.js";
import { fail, type Location } from "./issues.js";
import { CSV_DATE_FORMATS } from "./readCsv.js";

/** A non-empty cell of a sampled data row: its text, the line it is on and its column's name. */
export interface CsvSample {
  readonly value: string;
  readonly line: number;
  readonly column: string;
}

type DateFormat = NonNullable<CsvMapping["dateFormat"]>;

/** How amounts are written: the decimal separator and the thousands separator, when one is used. */
export interface NumberFormat {
  readonly decimalSeparator: "." | ",";
  readonly thousandsSeparator?: "," | "." | "'" | " ";
}

/** Delimiters tried on the header line; on a tie the earlier one wins. */
const DELIMITERS = [";", ",", "\t"] as const;

/** The date formats a mapping can name, in the CSV reader's order, as the reader matches them. */
const DATE_SHAPES = (Object.keys(CSV_DATE_FORMATS) as DateFormat[]).map((format) => ({
  format,
  pattern: CSV_DATE_FORMATS[format],
}));

/**
 * The ways of writing amounts that the CSV reader understands, simplest first: a sample is read the simplest way
 * that reads every value, and only when every way that reads them all gives the same numbers.
 */
const NUMBER_FORMATS: readonly NumberFormat[] = [
  { decimalSeparator: "." },
  { decimalSeparator: "," },
  { decimalSeparator: ".", thousandsSeparator: "," },
  { decimalSeparator: ",", thousandsSeparator: "." },
  { decimalSeparator: ".", thousandsSeparator: "'" },
  { decimalSeparator: ".", thousandsSeparator: " " },
  { decimalSeparator: ",", thousandsSeparator: " " },
];

const GROUPED: Readonly<Record<string, RegExp>> = {
  ",": /^\d{1,3}(?:,\d{3})+$/,
  ".": /^\d{1,3}(?:\.\d{3})+$/,
  "'": /^\d{1,3}(?:'\d{3})+$/,
  // The reader drops every kind of space when the separator is a space (no-break spaces included).
  " ": /^\d{1,3}(?:\s\d{3})+$/,
};

/**
 * The delimiter that splits the first line into the most fields (delimiters inside double quotes do not count).
 */
export function inferDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (text[i] === "\r" || text[i] === "\n") i++;
  for (; i < text.length; i++) {
    const char = text[i] ?? "";
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\r" || char === "\n")) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string = DELIMITERS[0];
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Whether a cell is written like a date in one of the formats (a header cell never is). */
export function looksLikeDate(cell: string): boolean {
  const text = cell.trim();
  return DATE_SHAPES.some((shape) => shape.pattern.test(text));
}

/**
 * The one date format every sampled date is written in (`empty` locates the error when there is none). Slashed
 * dates are read month first only when a sampled day above 12 shows it (`03/17/2026`); day-first ones
 * (`13/06/2026`) and ones that could be either are refused rather than guessed.
 */
export function inferDateFormat(samples: readonly CsvSample[], empty: Location): DateFormat {
  const first = samples[0];
  if (first === undefined) {
    throw fail("STATEMENT_UNKNOWN_FORMAT", "The first rows have no dates, so their format cannot be told", empty);
  }
  const shape = DATE_SHAPES.find((s) => s.pattern.test(first.value.trim()));
  if (shape === undefined) {
    throw fail(
      "STATEMENT_UNKNOWN_FORMAT",
      `The date ${JSON.stringify(first.value.trim())} is not written as YYYY-MM-DD, DD.MM.YYYY or MM/DD/YYYY: convert the dates or pass an explicit mapping`,
      { line: first.line, field: first.column },
    );
  }
  const odd = samples.find((s) => !shape.pattern.test(s.value.trim()));
  if (odd !== undefined) {
    throw fail(
      "STATEMENT_UNKNOWN_FORMAT",
      `The date ${JSON.stringify(odd.value.trim())} is not written as ${shape.format} like the dates before it: convert the dates or pass an explicit mapping`,
      { line: odd.line, field: odd.column },
    );
  }
  if (shape.format === "MM/DD/YYYY") {
    const part = (s: CsvSample, name: "m" | "d"): number => Number(shape.pattern.exec(s.value.trim())?.groups?.[name]);
    const dayFirst = samples.find((s) => part(s, "m") > 12);
    if (dayFirst !== undefined) {
      throw fail(
        "STATEMENT_UNKNOWN_FORMAT",
        `The date ${JSON.stringify(dayFirst.value.trim())} is written day first (DD/MM/YYYY), which cannot be read: export the dates as YYYY-MM-DD or DD.MM.YYYY`,
        { line: dayFirst.line, field: dayFirst.column },
      );
    }
    // Month first only when some date proves it: 05/06/2026 alone may be the 5th of June, and a value date read
    // wrongly moves discount periods and due dates without any error.
    if (!samples.some((s) => part(s, "d") > 12)) {
      throw fail(
        "STATEMENT_UNKNOWN_FORMAT",
        `The dates such as ${JSON.stringify(first.value.trim())} may be month first or day first, and no day above 12 tells which: pass an explicit mapping with its dateFormat, or export the dates as YYYY-MM-DD`,
        { line: first.line, field: first.column },
      );
    }
  }
  return shape.format;
}

/** An amount as a plain decimal (`-1234.5`) when it is written in the format, else `undefined`. */
function readNumber(raw: string, format: NumberFormat): string | undefined {
  const text = raw.trim();
  const sign = text.startsWith("-") || text.startsWith("+") ? text.charAt(0) : "";
  const body = text.slice(sign.length);
  const at = body.indexOf(format.decimalSeparator);
  if (at !== body.lastIndexOf(format.decimalSeparator)) return undefined;
  const whole = at === -1 ? body : body.slice(0, at);
  const fraction = at === -1 ? "" : body.slice(at + 1);
  if (at !== -1 && !/^\d+$/.test(fraction)) return undefined;
  const grouped = format.thousandsSeparator !== undefined && GROUPED[format.thousandsSeparator]?.test(whole) === true;
  if (!grouped && !/^\d+$/.test(whole)) return undefined;
  const digits = whole.replace(/\D/g, "");
  return `${sign === "-" ? "-" : ""}${digits}${at === -1 ? "" : `.${fraction}`}`;
}

/**
 * How the sampled amounts are written (`empty` locates the error when there is none): the simplest number format
 * that reads them all, provided every other format that reads them all reads the same numbers (`1,250` alone could
 * be 1250 or 1.250: refused).
 */
export function inferNumberFormat(samples: readonly CsvSample[], empty: Location): NumberFormat {
  const first = samples[0];
  if (first === undefined) {
    throw fail("STATEMENT_UNKNOWN_FORMAT", "The first rows have no amounts, so their format cannot be told", empty);
  }
  const fitting = NUMBER_FORMATS.filter((format) => samples.every((s) => readNumber(s.value, format) !== undefined));
  const chosen = fitting[0];
  if (chosen === undefined) {
    const odd = samples.find((s) => NUMBER_FORMATS.every((format) => readNumber(s.value, format) === undefined));
    const shown = odd ?? first;
    throw fail(
      "STATEMENT_UNKNOWN_FORMAT",
      odd === undefined
        ? `The amounts are not all written the same way (${samples
            .slice(0, 5)
            .map((s) => JSON.stringify(s.value.trim()))
            .join(", ")}): pass an explicit mapping`
        : `The amount ${JSON.stringify(odd.value.trim())} is not a plain number such as 1234.56, 1,234.56 or 1.234,56: convert the amounts or pass an explicit mapping`,
      { line: shown.line, field: shown.column },
    );
  }
  for (const s of samples) {
    const mine = readNumber(s.value, chosen);
    const other = fitting.map((format) => readNumber(s.value, format)).find((read) => read !== mine);
    if (other !== undefined) {
      throw fail(
        "STATEMENT_UNKNOWN_FORMAT",
        `The amount ${JSON.stringify(s.value.trim())} could be ${mine} or ${other}, and no other amount in the first rows tells which separator is the decimal one: pass an explicit mapping with decimalSeparator`,
        { line: s.line, field: s.column },
      );
    }
  }
  return chosen;
}
