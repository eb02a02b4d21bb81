import { type ErrorPath, O2CError } from "@o2c/core";

/**
 * Stable codes of statement parse errors and warnings.
 *
 * - `STATEMENT_UNKNOWN_FORMAT`: the content is none of the supported formats.
 * - `STATEMENT_MALFORMED_XML`: the XML cannot be parsed (line and column of the fault).
 * - `STATEMENT_MALFORMED_RECORD`: a record or line of a text format cannot be read (unknown record code, bad syntax).
 * - `STATEMENT_MISSING_FIELD`: a mandatory element, tag or column is absent.
 * - `STATEMENT_INVALID_AMOUNT`: an amount is not a decimal, or has more decimals than its currency allows.
 * - `STATEMENT_AMOUNT_PRECISION`: an amount carries zero digits beyond its currency's precision (value kept).
 * - `STATEMENT_INVALID_DATE`: a date is not a day of the calendar or not in the expected format.
 * - `STATEMENT_UNKNOWN_CURRENCY`: a currency code is not ISO 4217.
 * - `STATEMENT_CHECKSUM_MISMATCH`: a BAI2 control total or record count disagrees with the records.
 * - `STATEMENT_BATCH_MISMATCH`: the details of a batch entry do not add up to the entry.
 * - `STATEMENT_UNEXPECTED_RECORD`: a record at a place the format does not allow (ignored).
 *
 * @since 0.1.0
 */
export type StatementErrorCode =
  | "STATEMENT_UNKNOWN_FORMAT"
  | "STATEMENT_MALFORMED_XML"
  | "STATEMENT_MALFORMED_RECORD"
  | "STATEMENT_MISSING_FIELD"
  | "STATEMENT_INVALID_AMOUNT"
  | "STATEMENT_AMOUNT_PRECISION"
  | "STATEMENT_INVALID_DATE"
  | "STATEMENT_UNKNOWN_CURRENCY"
  | "STATEMENT_CHECKSUM_MISMATCH"
  | "STATEMENT_BATCH_MISMATCH"
  | "STATEMENT_UNEXPECTED_RECORD";

/**
 * Options of {@link StatementParseError}.
 *
 * @since 0.1.0
 */
export interface StatementParseErrorOptions {
  /** 1-based line of the fault, when known. */
  readonly line?: number | undefined;
  /** The tag, element or column concerned. */
  readonly field?: string | undefined;
  /** Location within the document. */
  readonly path?: ErrorPath | undefined;
  /** The underlying error. */
  readonly cause?: unknown;
}

/**
 * A bank statement file that cannot be read (or, in strict mode, a record that cannot): the code says what, `line`
 * and `field` say where.
 *
 * @example
 * ```ts
 * import { StatementParseError, parseMt940 } from "@o2c/cash-application";
 *
 * try {
 *   parseMt940(":20:X\n:25:DE1\n:28C:1\n:60F:C250101EUR1,00\n:61:2501010101CXX,00NTRFNONREF\n", { strict: true });
 * } catch (error) {
 *   if (error instanceof StatementParseError) {
 *     error.code //=> "STATEMENT_INVALID_AMOUNT"
 *     error.line //=> 5
 *     error.field //=> ":61:"
 *   }
 * }
 * ```
 * @since 0.1.0
 */
export class StatementParseError extends O2CError<StatementErrorCode> {
  /** 1-based line of the fault, when known. */
  readonly line: number | undefined;
  /** The tag, element or column concerned, when known. */
  readonly field: string | undefined;

  /**
   * @param code - The stable code.
   * @param message - What is wrong, for a person.
   * @param options - Line, field, path and cause.
   */
  constructor(code: StatementErrorCode, message: string, options: StatementParseErrorOptions = {}) {
    super(code, message, {
      path: options.path,
      cause: options.cause,
      details: { line: options.line, field: options.field },
    });
    this.name = "StatementParseError";
    this.line = options.line;
    this.field = options.field;
  }
}
