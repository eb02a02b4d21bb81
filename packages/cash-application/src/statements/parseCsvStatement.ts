import { parseWith } from "@o2c/core";
import { type CsvMapping, csvMappingSchema } from "./csvMapping.js";
import { readCsv } from "./internal/readCsv.js";
import type { ParsedStatement } from "./ParsedStatement.js";
import { statementContentSchema } from "./parseCamt053.js";

/**
 * Parses a CSV bank export with a column mapping into one statement.
 *
 * @remarks
 * Fields follow RFC 4180 (quoted fields may hold the delimiter, line breaks and doubled quotes). Amounts are read as
 * written, never through a float: the decimal separator and an optional thousands separator come from the mapping,
 * and a negative amount (or the `debit` column) is a debit. A row that cannot be read is skipped with a warning
 * naming its line and column; `strict` turns it into an error. The statement's currency is the fixed
 * `currencyCode`, or the rows' currency when they all share one (else `""`).
 *
 * @param text - The CSV content.
 * @param mapping - Columns and number/date formats; `strict` to fail on the first bad row.
 * @returns One statement with a transaction per row, and the warnings.
 * @throws {@link StatementParseError} `STATEMENT_MISSING_FIELD` (a mapped column is not in the header),
 * `STATEMENT_MALFORMED_RECORD` (unclosed quote); in strict mode also `STATEMENT_INVALID_AMOUNT`,
 * `STATEMENT_INVALID_DATE`, `STATEMENT_UNKNOWN_CURRENCY` and `STATEMENT_MISSING_FIELD` for a bad row.
 * @throws `ValidationError` `VALIDATION_FAILED` for a malformed mapping (issue codes `REQUIRED`,
 * `INVALID`...).
 * @example
 * ```ts
 * import { parseCsvStatement } from "@o2c/cash-application";
 *
 * const csv = 'Datum;Betrag;Name;Verwendungszweck\n02.03.2026;"1.190,00";ACME GmbH;"RE 1001; RE 1002"\n';
 * const parsed = parseCsvStatement(csv, {
 *   date: "Datum",
 *   amount: "Betrag",
 *   payerName: "Name",
 *   remittance: "Verwendungszweck",
 *   currencyCode: "EUR",
 *   delimiter: ";",
 *   decimalSeparator: ",",
 *   thousandsSeparator: ".",
 *   dateFormat: "DD.MM.YYYY",
 * });
 * const tx = parsed.statements[0]?.transactions[0];
 * tx?.amount //=> "1190.00"
 * tx?.valueDate //=> "2026-03-02"
 * tx?.remittance //=> "RE 1001; RE 1002"
 * ```
 * @since 0.1.0
 */
export function parseCsvStatement(text: string, mapping: CsvMapping): ParsedStatement {
  const content = parseWith(statementContentSchema, text, ["text"]);
  return readCsv(content, parseWith(csvMappingSchema, mapping, ["mapping"]));
}
