import type { BankTransaction, StatementFormat } from "../model/BankTransaction.js";
import type { StatementErrorCode } from "./StatementParseError.js";

/**
 * A balance reported by a statement (opening or closing booked balance).
 *
 * @since 0.1.0
 */
export interface StatementBalance {
  /** Signed decimal string with the currency's minor digits (`"-12.50"` for a debit balance). */
  readonly amount: string;
  /** ISO 4217 code. */
  readonly currency: string;
  /** Date of the balance, `YYYY-MM-DD`, when the statement gives it. */
  readonly date?: string | undefined;
}

/**
 * One account statement (camt `Stmt`/`Ntfctn`, MT940 message, BAI2 account, or a whole CSV file).
 *
 * @since 0.1.0
 */
export interface BankStatement {
  /** Statement identifier as delivered (camt `Id`, MT940 `:20:`), or one derived from the file position. */
  readonly id: string;
  /** The account the statement is about: an IBAN without spaces when it is one, else the number as delivered. */
  readonly account: string;
  /** ISO 4217 code of the account. */
  readonly currency: string;
  /** Opening booked balance, when reported. */
  readonly openingBalance?: StatementBalance | undefined;
  /** Closing booked balance, when reported. */
  readonly closingBalance?: StatementBalance | undefined;
  /** First day covered, `YYYY-MM-DD`, when known. */
  readonly from?: string | undefined;
  /** Last day covered, `YYYY-MM-DD`, when known. */
  readonly to?: string | undefined;
  /** The transactions, in file order. */
  readonly transactions: readonly BankTransaction[];
}

/**
 * A problem in one record that did not stop the parse: the record was skipped or read with a documented fallback,
 * and every other record was kept.
 *
 * @since 0.1.0
 */
export interface StatementWarning {
  /** Stable code, the same as the error the problem raises in strict mode (`STATEMENT_INVALID_AMOUNT`...). */
  readonly code: StatementErrorCode;
  /** What is wrong, for a person. */
  readonly message: string;
  /** 1-based line in the file, when known. */
  readonly line?: number | undefined;
  /** The tag, element or column concerned (`:61:`, `Amt`, `amount`). */
  readonly field?: string | undefined;
  /** Location within the document (XML element path, or `["line", n]` for text formats). */
  readonly path: readonly (string | number)[];
}

/**
 * The result of parsing a bank statement file: its format, its statements and the warnings about records that
 * were skipped or repaired.
 *
 * @since 0.1.0
 */
export interface ParsedStatement {
  /** The format the file was read as. */
  readonly format: StatementFormat;
  /** The statements of the file, in file order. */
  readonly statements: readonly BankStatement[];
  /** Problems that did not stop the parse; empty for a clean file. */
  readonly warnings: readonly StatementWarning[];
}

/**
 * Options shared by every statement parser.
 *
 * @since 0.1.0
 */
export interface StatementParseOptions {
  /** When `true`, a problem that would be a warning throws a {@link StatementParseError} instead (default `false`). */
  readonly strict?: boolean | undefined;
}
