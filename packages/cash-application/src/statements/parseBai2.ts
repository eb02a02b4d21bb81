import { parseWith } from "@o2c/core";
import { z } from "zod";
import { readBai2 } from "./internal/readBai2.js";
import type { ParsedStatement, StatementParseOptions } from "./ParsedStatement.js";
import { statementContentSchema } from "./parseCamt053.js";

/**
 * Options of {@link parseBai2}.
 *
 * @since 0.1.0
 */
export interface Bai2ParseOptions extends StatementParseOptions {
  /**
   * What a control total or record count that disagrees with the records does: `"error"` (default) throws
   * `STATEMENT_CHECKSUM_MISMATCH`; `"warn"` reports it as a warning and keeps every record (for banks known to
   * send wrong trailers). `strict` makes both throw.
   */
  readonly controlTotals?: "error" | "warn" | undefined;
}

const bai2OptionsSchema: z.ZodType<Bai2ParseOptions> = z
  .object({ strict: z.boolean().optional(), controlTotals: z.enum(["error", "warn"]).optional() })
  .optional()
  .transform((value) => value ?? {});

/**
 * Parses a BAI2 cash management balance report: every account (`03` to `49`) becomes a statement, every `16`
 * detail a transaction whose text is continued by its `88` records.
 *
 * @remarks
 * Amounts are implied-decimal integers in the account's currency minor units (`12345` is 123.45 USD, 12345 JPY);
 * the currency is the account's (`03`), else the group's (`02`), else USD. Records may end with `/` or not, several
 * may share a line, and a record may continue on the next line; text fields keep their commas and slashes. Type codes
 * 100-399 (and 900-949) are credits, the others debits. Control totals and record counts of `49`, `98` and `99` are
 * checked (a blank total is not). The value date is the `V` funds-type date, else the group's as-of date.
 *
 * @param text - The file content.
 * @param options - `strict` to fail on the first bad detail record; `controlTotals: "warn"` to keep a file whose
 * trailers are wrong.
 * @returns The accounts as statements, and the warnings.
 * @throws {@link StatementParseError} `STATEMENT_MALFORMED_RECORD` (unknown record code, no `01` header),
 * `STATEMENT_MISSING_FIELD` (a trailer is missing: truncated file), `STATEMENT_UNEXPECTED_RECORD`,
 * `STATEMENT_CHECKSUM_MISMATCH` (control total or record count differs), `STATEMENT_INVALID_DATE` (as-of date),
 * `STATEMENT_UNKNOWN_CURRENCY`; in strict mode also `STATEMENT_INVALID_AMOUNT` for a bad detail.
 * @throws `ValidationError` `VALIDATION_FAILED` when `text` is not a string or the options are malformed.
 * @example
 * ```ts
 * import { parseBai2 } from "@o2c/cash-application";
 *
 * const text = [
 *   "01,BANK,ACME,260301,0800,1,,,2/",
 *   "02,ACME,BANK,1,260301,,EUR,2/",
 *   "03,DE89370400440532013000,EUR,010,100000,,/",
 *   "16,175,11900,Z,BR-1,,Invoice INV-1001/",
 *   "88,ORG:=ACME GMBH/",
 *   "49,111900,4/",
 *   "98,111900,1,6/",
 *   "99,111900,1,8/",
 * ].join("\n");
 * const tx = parseBai2(text).statements[0]?.transactions[0];
 * tx?.amount //=> "119.00"
 * tx?.direction //=> "credit"
 * tx?.payerName //=> "ACME GMBH"
 * ```
 * @since 0.1.0
 */
export function parseBai2(text: string, options?: Bai2ParseOptions): ParsedStatement {
  const content = parseWith(statementContentSchema, text, ["text"]);
  return readBai2(content, parseWith(bai2OptionsSchema, options, ["options"]));
}
