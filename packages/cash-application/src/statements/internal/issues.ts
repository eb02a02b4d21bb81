import type { ErrorPath } from "@o2c/core";
import type { StatementWarning } from "../ParsedStatement.js";
import { type StatementErrorCode, StatementParseError } from "../StatementParseError.js";

/** Where a problem sits in a file. */
export interface Location {
  readonly line?: number | undefined;
  readonly field?: string | undefined;
  readonly path?: ErrorPath | undefined;
}

/** A location with a field: a literal rather than a spread, as readers call this for every record. */
export function withField(at: Location, field: string): Location {
  return { line: at.line, path: at.path, field };
}

/** A parse error at a location. */
export function fail(code: StatementErrorCode, message: string, at: Location, cause?: unknown): StatementParseError {
  const where = at.line === undefined ? "" : ` (line ${at.line}${at.field === undefined ? "" : `, ${at.field}`})`;
  return new StatementParseError(code, `${message}${where}`, {
    line: at.line,
    field: at.field,
    path: at.path ?? (at.line === undefined ? [] : ["line", at.line]),
    cause,
  });
}

/** Collects warnings for skipped or repaired records; in strict mode every warning is thrown instead. */
export class Issues {
  readonly warnings: StatementWarning[] = [];
  readonly #strict: boolean;

  constructor(strict: boolean | undefined) {
    this.#strict = strict === true;
  }

  /** Records a problem, or throws it in strict mode. */
  report(error: StatementParseError): void {
    if (this.#strict) throw error;
    this.warnings.push({
      code: error.code,
      message: error.message,
      line: error.line,
      field: error.field,
      path: error.path,
    });
  }

  /** Records a problem described by its parts. */
  warn(code: StatementErrorCode, message: string, at: Location): void {
    this.report(fail(code, message, at));
  }

  /** Runs one record's reader; a {@link StatementParseError} becomes a warning and the record is skipped. */
  guard<T>(read: () => T): T | undefined {
    try {
      return read();
    } catch (error) {
      return this.recover(error);
    }
  }

  /** What {@link guard} does with a caught error: a {@link StatementParseError} is reported, anything else rethrown. */
  recover(error: unknown): undefined {
    if (error instanceof StatementParseError) {
      this.report(error);
      return undefined;
    }
    throw error;
  }
}
