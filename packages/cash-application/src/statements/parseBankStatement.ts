import { parseWith } from "@o2c/core";
import { z } from "zod";
import { type CsvMapping, csvMappingSchema } from "./csvMapping.js";
import { detectStatementFormat } from "./detectStatementFormat.js";
import { fail } from "./internal/issues.js";
import { readBai2 } from "./internal/readBai2.js";
import { readCamt } from "./internal/readCamt.js";
import { readCsv } from "./internal/readCsv.js";
import { readMt940 } from "./internal/readMt940.js";
import type { ParsedStatement } from "./ParsedStatement.js";
import { statementContentSchema } from "./parseCamt053.js";

/**
 * Options of {@link parseBankStatement}.
 *
 * @since 0.1.0
 */
export interface ParseBankStatementOptions {
  /** The column mapping; required for CSV content. */
  readonly csv?: CsvMapping | undefined;
  /** When `true`, a problem that would be a warning throws instead (for CSV, the mapping's own `strict` also counts). */
  readonly strict?: boolean | undefined;
}

const optionsSchema: z.ZodType<ParseBankStatementOptions> = z
  .object({ csv: csvMappingSchema.optional(), strict: z.boolean().optional() })
  .optional()
  .transform((value) => value ?? {});

/**
 * Parses a bank statement file of any supported format, detected with {@link detectStatementFormat}.
 *
 * @param content - The file content, decoded to a string.
 * @param options - The CSV mapping (required for CSV) and `strict`.
 * @returns The parsed statement.
 * @throws {@link StatementParseError} `STATEMENT_UNKNOWN_FORMAT` when no format fits, or when the content is CSV
 * and no mapping is given (field `csv`); otherwise the errors of the format's parser.
 * @throws `ValidationError` `VALIDATION_FAILED` when `content` is not a string or the options are malformed.
 * @example
 * ```ts
 * import { parseBankStatement } from "@o2c/cash-application";
 *
 * const parsed = parseBankStatement("date,amount\n2026-03-02,-12.50\n", { csv: { date: "date", amount: "amount", currencyCode: "EUR" } });
 * parsed.format //=> "csv"
 * parsed.statements[0]?.transactions[0]?.direction //=> "debit"
 * ```
 * @since 0.1.0
 */
export function parseBankStatement(content: string, options?: ParseBankStatementOptions): ParsedStatement {
  const text = parseWith(statementContentSchema, content, ["content"]);
  const { csv, strict } = parseWith(optionsSchema, options, ["options"]);
  const format = detectStatementFormat(text);
  switch (format) {
    case "camt.053":
    case "camt.054":
      return readCamt(text, format, { strict });
    case "mt940":
      return readMt940(text, { strict });
    case "bai2":
      return readBai2(text, { strict });
    case "csv":
      if (csv === undefined) {
        throw fail("STATEMENT_UNKNOWN_FORMAT", "The content looks like CSV: pass options.csv with a column mapping", {
          line: 1,
          field: "csv",
          path: ["options", "csv"],
        });
      }
      return readCsv(text, strict === undefined ? csv : { ...csv, strict: strict || csv.strict === true });
    default:
      throw fail("STATEMENT_UNKNOWN_FORMAT", "The content is none of camt.053, camt.054, MT940, BAI2 or CSV", {
        line: 1,
      });
  }
}
