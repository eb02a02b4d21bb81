import { currencyCodeSchema, parseWith } from "@o2c/core";
import { z } from "zod";
import type { CsvMapping } from "./csvMapping.js";
import { type CsvRole, currencyInName, findColumns, findDirectionColumn } from "./internal/csvColumnNames.js";
import {
  type CsvSample,
  inferDateFormat,
  inferDelimiter,
  inferNumberFormat,
  looksLikeDate,
  type NumberFormat,
} from "./internal/csvFormats.js";
import { type CsvRow, readCsvRows } from "./internal/csvRows.js";
import { fail } from "./internal/issues.js";
import { statementContentSchema } from "./parseCamt053.js";

/**
 * Options of {@link inferCsvMapping}.
 *
 * @since 0.2.0
 */
export interface InferCsvMappingOptions {
  /** ISO 4217 code of every row when the file has no currency column. */
  readonly currencyCode?: string | undefined;
}

const optionsSchema: z.ZodType<InferCsvMappingOptions> = z
  .object({ currencyCode: currencyCodeSchema.optional() })
  .optional()
  .transform((value) => value ?? {});

/** How many data rows are read to tell the date and number formats. */
const SAMPLE_ROWS = 20;

/** The columns mapped by name when the header has them, besides the dates and amounts. */
const TEXT_ROLES = ["payerName", "payerAccount", "remittance", "endToEndId", "bankReference"] as const;

/**
 * Infers the column mapping of a CSV bank export from its header row and first data rows, for
 * {@link parseCsvStatement} or {@link parseBankStatement}.
 *
 * @remarks
 * Column names are compared in lower case without accents, spaces or punctuation (`Währung` is `waehrung`) against
 * the usual names in English, German, French, Spanish and Dutch: a value date (`Value Date`, `Valuta`,
 * `Wertstellung`, `Date valeur`) is preferred over a booking date (`Booking Date`, `Buchungstag`, `Datum`), which
 * then becomes `bookingDate`; a signed amount (`Amount`, `Betrag`, `Montant`, `Importe`, `Bedrag`, also with a
 * currency code such as `Betrag (EUR)`) over `debit`/`credit` columns (`Soll`/`Haben`, `Débit`/`Crédit`); a currency
 * column (`Currency`, `Währung`, `Devise`) over `options.currencyCode`, and that over the code the amount columns'
 * names end in (`Betrag (EUR)`). Payer name, payer account, remittance text, end-to-end id and bank reference are
 * mapped when a column has one of their names. A column serves one role at
 * most. The delimiter (`;`, `,` or tab) is the one that splits the header line into the most fields.
 *
 * The date and number formats are read from the first 20 data rows, and a guess is refused rather than risked: the
 * dates must all be `YYYY-MM-DD`, all `DD.MM.YYYY` or all `MM/DD/YYYY` (slashed dates are read month first only
 * when a day above 12 shows it, as in `03/17/2026`; dates that could be either, or are day first, are refused);
 * the amounts must be written one way only, and a value such as `1,250` that reads as 1250 or as 1.250 needs
 * another row that tells the decimal separator. An amount column next to a debit/credit indicator column
 * (`Soll/Haben`, `Af Bij`) is refused unless a sampled amount is negative, since its amounts may carry no sign. A later row written otherwise becomes a warning when the file is parsed.
 * @param content - The CSV content, decoded to a string.
 * @param options - The currency of every row, for a file without a currency column.
 * @returns A mapping by column name (`headerRow: true`) with the delimiter, date format and number format.
 * @throws {@link StatementParseError} `STATEMENT_MISSING_FIELD` on line 1 with field `date`, `amount` or `currency`
 * when no column has a known name for it (and, for the currency, no `currencyCode` is given);
 * `STATEMENT_UNKNOWN_FORMAT` when the dates or amounts are not written in one format that can be told, or the
 * amounts may be unsigned; `STATEMENT_MALFORMED_RECORD` when the file is empty, has no header row or no data row,
 * or has an unclosed quote.
 * @throws `ValidationError` `VALIDATION_FAILED` when `content` is not a string or `currencyCode` is not an ISO 4217
 * code (issue code `UNKNOWN_CURRENCY`).
 * @example
 * ```ts
 * import { inferCsvMapping, parseCsvStatement } from "@o2c/cash-application";
 *
 * const csv =
 *   "Buchungstag;Valutadatum;Auftraggeber/Begünstigter;Verwendungszweck;Betrag;Währung\n" +
 *   '02.03.2026;03.03.2026;ACME GmbH;RE 1001;"1.190,00";EUR\n';
 * const mapping = inferCsvMapping(csv);
 * [mapping.date, mapping.bookingDate, mapping.amount] //=> ["Valutadatum", "Buchungstag", "Betrag"]
 * [mapping.currency, mapping.payerName, mapping.remittance] //=> ["Währung", "Auftraggeber/Begünstigter", "Verwendungszweck"]
 * [mapping.delimiter, mapping.dateFormat] //=> [";", "DD.MM.YYYY"]
 * [mapping.decimalSeparator, mapping.thousandsSeparator] //=> [",", "."]
 * const tx = parseCsvStatement(csv, mapping).statements[0]?.transactions[0];
 * [tx?.valueDate, tx?.amount, tx?.currency] //=> ["2026-03-03", "1190.00", "EUR"]
 * inferCsvMapping("Date,Amount,Text\n2026-03-02,119.00,INV-1\n", { currencyCode: "USD" }).currencyCode //=> "USD"
 * ```
 * @since 0.2.0
 */
export function inferCsvMapping(content: string, options?: InferCsvMappingOptions): CsvMapping {
  const text = parseWith(statementContentSchema, content, ["content"]);
  const { currencyCode } = parseWith(optionsSchema, options, ["options"]);
  const delimiter = inferDelimiter(text);
  const head = readHead(readCsvRows(text, delimiter));
  const columns = findColumns(head.names);
  // Without a currency column or option, the code an amount column's name ends in (`Betrag (EUR)`) is the currency.
  const currency = currencyCode ?? headerCurrency(head.names, columns);
  const roles = requireRoles(head, columns, currency);
  const formats = inferFormats(head, roles);
  const { names } = head;
  const named: { -readonly [K in CsvRole]?: string } = {};
  const optional: readonly CsvRole[] = roles.amount === undefined ? ["debit", "credit", ...TEXT_ROLES] : TEXT_ROLES;
  for (const role of optional) {
    const index = columns.get(role);
    if (index !== undefined) named[role] = names[index] ?? "";
  }
  return {
    date: names[roles.date] ?? "",
    ...(roles.bookingDate === undefined ? {} : { bookingDate: names[roles.bookingDate] ?? "" }),
    ...(roles.amount === undefined ? {} : { amount: names[roles.amount] ?? "" }),
    ...(roles.currency === undefined ? { currencyCode: currency } : { currency: names[roles.currency] ?? "" }),
    ...named,
    delimiter,
    headerRow: true,
    ...formats,
  };
}

/** The header row's column names and the data rows sampled for the formats. */
interface Head {
  readonly names: readonly string[];
  readonly line: number;
  readonly sample: readonly CsvRow[];
}

function readHead(rows: readonly CsvRow[]): Head {
  const header = rows[0];
  if (header === undefined) {
    throw fail("STATEMENT_MALFORMED_RECORD", "The file is empty: expected a header row and transactions", { line: 1 });
  }
  const names = header.fields.map((name) => name.trim());
  if (names.some(looksLikeDate)) {
    throw fail(
      "STATEMENT_MALFORMED_RECORD",
      "The first row holds data, not column names: pass an explicit mapping with headerRow: false and column numbers",
      { line: header.line },
    );
  }
  const sample = rows.slice(1, 1 + SAMPLE_ROWS);
  if (sample.length === 0) {
    throw fail("STATEMENT_MALFORMED_RECORD", "The file has a header row but no transactions", { line: header.line });
  }
  return { names, line: header.line, sample };
}

/** The column indexes of the dates, amounts and currency: `date` is the value date when there is one. */
interface Roles {
  readonly date: number;
  readonly bookingDate: number | undefined;
  readonly amount: number | undefined;
  readonly debit: number | undefined;
  readonly credit: number | undefined;
  readonly currency: number | undefined;
}

/**
 * The ISO 4217 code the names of the amount, debit and credit columns end in (`Betrag (EUR)`, `Debit EUR`), when
 * they name one and the same; otherwise `undefined`.
 */
function headerCurrency(names: readonly string[], columns: ReadonlyMap<CsvRole, number>): string | undefined {
  const codes = new Set<string>();
  for (const role of ["amount", "debit", "credit"] as const) {
    const index = columns.get(role);
    if (index === undefined) continue;
    codes.add(currencyInName(names[index] ?? "") ?? "");
  }
  const [only] = codes;
  return codes.size === 1 && only !== "" ? only : undefined;
}

function requireRoles(head: Head, columns: ReadonlyMap<CsvRole, number>, currencyCode: string | undefined): Roles {
  const listed = head.names
    .filter((name) => name !== "")
    .map((name) => JSON.stringify(name))
    .join(", ");
  const missing = (field: string, known: string, action: string) =>
    fail(
      "STATEMENT_MISSING_FIELD",
      `No ${field} column found among the column names ${listed} (known names include ${known}). ${action}`,
      { line: head.line, field },
    );
  const valueDate = columns.get("date");
  const bookingDate = columns.get("bookingDate");
  const date = valueDate ?? bookingDate;
  if (date === undefined) {
    throw missing(
      "date",
      '"Value Date", "Booking Date", "Valuta", "Buchungstag", "Datum", "Date valeur"',
      "Pass an explicit CSV mapping that names the date column.",
    );
  }
  const roles: Roles = {
    date,
    bookingDate: valueDate === undefined ? undefined : bookingDate,
    amount: columns.get("amount"),
    debit: columns.get("debit"),
    credit: columns.get("credit"),
    currency: columns.get("currency"),
  };
  if (roles.amount === undefined && roles.debit === undefined && roles.credit === undefined) {
    throw missing(
      "amount",
      '"Amount", "Betrag", "Montant", "Importe", "Bedrag", or "Debit" and "Credit", "Soll" and "Haben"',
      "Pass an explicit CSV mapping that names the amount column, or the debit and credit columns.",
    );
  }
  if (roles.currency === undefined && currencyCode === undefined) {
    throw missing(
      "currency",
      '"Currency", "Währung", "Devise", "Moneda"',
      'Give the currency of every row as currencyCode (such as "EUR"), or pass an explicit CSV mapping that names the currency column.',
    );
  }
  return roles;
}

/** The date and number formats of the sampled rows; refuses unsigned amounts beside a debit/credit indicator. */
function inferFormats(head: Head, roles: Roles): Pick<CsvMapping, "dateFormat"> & NumberFormat {
  const { names, sample } = head;
  const first = sample[0]?.line ?? head.line + 1;
  const samplesOf = (indexes: readonly (number | undefined)[]): CsvSample[] =>
    sample.flatMap((row) =>
      indexes.flatMap((index) => {
        const value = index === undefined ? "" : (row.fields[index]?.trim() ?? "");
        return index === undefined || value === "" ? [] : [{ value, line: row.line, column: names[index] ?? "" }];
      }),
    );
  const dateFormat = inferDateFormat(samplesOf([roles.date, roles.bookingDate]), {
    line: first,
    field: names[roles.date],
  });
  const money = roles.amount === undefined ? [roles.debit, roles.credit] : [roles.amount];
  const amounts = samplesOf(money);
  const numberFormat = inferNumberFormat(amounts, {
    line: first,
    field: names[money.find((i) => i !== undefined) ?? 0],
  });
  const direction = findDirectionColumn(names);
  if (roles.amount !== undefined && direction !== -1 && !amounts.some((s) => s.value.startsWith("-"))) {
    throw fail(
      "STATEMENT_UNKNOWN_FORMAT",
      `The amounts in ${JSON.stringify(names[roles.amount])} carry no sign, and the column ${JSON.stringify(names[direction])} may be what tells debits from credits, which a mapping cannot read: export signed amounts or debit and credit columns, or pass an explicit mapping if every row is a credit`,
      { line: head.line, field: names[direction] },
    );
  }
  return { dateFormat, ...numberFormat };
}
