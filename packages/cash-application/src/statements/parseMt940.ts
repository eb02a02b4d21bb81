import { parseWith } from "@o2c/core";
import { readMt940 } from "./internal/readMt940.js";
import type { ParsedStatement, StatementParseOptions } from "./ParsedStatement.js";
import { statementContentSchema, statementParseOptionsSchema } from "./parseCamt053.js";

/**
 * Parses a SWIFT MT940 customer statement: one statement per message (`:20:` to the next `:20:`), with or without
 * SWIFT FIN envelopes (`{1:...}{4:` ... `-}`) and bank header lines.
 *
 * @remarks
 * `:61:` gives the value date (`YYMMDD`, years 00-79 read as 20xx), the optional entry date (`MMDD`, rolled over
 * at the turn of the year), the mark (`C`, `D`, and the reversals `RC` booked as a debit and `RD` booked as a
 * credit), the amount with its decimal comma, the type code and the bank reference after `//`. `:86:` is read as
 * German `?NN` subfields with SEPA keywords (`EREF+` becomes the end-to-end id, `SVWZ+` the remittance, `KREF+` a
 * structured reference), Dutch `/TAG/` fields (`/EREF/`, `/REMI/`, `/NAME/`, `/IBAN/`) or free text. The currency
 * is the one of `:60F:`/`:60M:`. A `:61:` that cannot be read is skipped with a warning naming its line; a message
 * without `:20:`, `:25:` or an opening balance is skipped with a warning.
 *
 * @param text - The file content, already decoded (decode single-byte code pages such as CP1250 before).
 * @param options - `strict` to fail on the first bad record.
 * @returns The statements with their transactions, and the warnings.
 * @throws {@link StatementParseError} `STATEMENT_MISSING_FIELD` when the text has no `:20:` at all; in strict mode
 * also `STATEMENT_INVALID_AMOUNT`, `STATEMENT_INVALID_DATE`, `STATEMENT_MALFORMED_RECORD`,
 * `STATEMENT_UNKNOWN_CURRENCY`, `STATEMENT_MISSING_FIELD` and `STATEMENT_UNEXPECTED_RECORD` for a bad record.
 * @throws `ValidationError` `VALIDATION_FAILED` when `text` is not a string or the options are malformed.
 * @example
 * ```ts
 * import { parseMt940 } from "@o2c/cash-application";
 *
 * const text = [
 *   ":20:STMT-7",
 *   ":25:DE89370400440532013000",
 *   ":28C:7/1",
 *   ":60F:C251230EUR1000,00",
 *   ":61:2512311231C250,5NTRFNONREF//B5123",
 *   ":86:166?00GUTSCHRIFT?20EREF+E2E-42?21SVWZ+INV-1001 INV-1002?32ACME GMBH?31DE44500105175407324931",
 *   ":62F:C251231EUR1250,50",
 *   "-",
 * ].join("\n");
 * const tx = parseMt940(text).statements[0]?.transactions[0];
 * tx?.amount //=> "250.50"
 * tx?.valueDate //=> "2025-12-31"
 * tx?.endToEndId //=> "E2E-42"
 * tx?.remittance //=> "INV-1001 INV-1002"
 * tx?.payerName //=> "ACME GMBH"
 * ```
 * @since 0.1.0
 */
export function parseMt940(text: string, options?: StatementParseOptions): ParsedStatement {
  const content = parseWith(statementContentSchema, text, ["text"]);
  return readMt940(content, parseWith(statementParseOptionsSchema, options, ["options"]));
}
