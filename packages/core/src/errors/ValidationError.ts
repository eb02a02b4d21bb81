import type { z } from "zod";
import { type ErrorPath, O2CError } from "./O2CError.js";

/** One problem found in an input: a stable code, the path of the field and a message a person can act on. */
export interface ValidationIssue {
  /** Stable code, for example `INVALID_AMOUNT`, `UNKNOWN_CURRENCY`, `REQUIRED`. */
  readonly code: string;
  /** Path of the offending field, outermost first. */
  readonly path: ErrorPath;
  /** What is wrong and what would be right. */
  readonly message: string;
}

/**
 * Bad input at a public boundary: every problem found, each with a code and the path of its field.
 *
 * @remarks
 * The error's own `code` is always `VALIDATION_FAILED`; `path` is the path of the first issue. Each entry of
 * `issues` carries the specific code (`INVALID_AMOUNT`, `AMOUNT_PRECISION`, `INVALID_DATE`...). Validation reports
 * all problems of an input at once, not only the first.
 *
 * @example
 * ```ts
 * import { ValidationError, parseMoney } from "@o2c/core";
 *
 * try {
 *   parseMoney({ amount: "1,00", currency: "EUR" });
 * } catch (error) {
 *   if (error instanceof ValidationError) {
 *     error.issues[0]?.code //=> "INVALID_AMOUNT"
 *     error.issues[0]?.path //=> ["amount"]
 *   }
 * }
 * ```
 * @since 0.1.0
 */
export class ValidationError extends O2CError<"VALIDATION_FAILED"> {
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], options: { cause?: unknown } = {}) {
    const first = issues[0];
    const summary = issues
      .slice(0, 5)
      .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
      .join("; ");
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : "";
    super("VALIDATION_FAILED", `Invalid input: ${summary}${more}`, { path: first?.path ?? [], cause: options.cause });
    this.name = "ValidationError";
    this.issues = issues;
  }

  /**
   * Builds a validation error from a zod error, keeping each issue's path. A custom issue that carries
   * `params.code` keeps that code; zod's own issues are mapped to o2c codes (`REQUIRED`, `INVALID_TYPE`...).
   *
   * @param error - The error zod returned from `safeParse`.
   * @param basePath - A path to put in front of every issue's path (the position of the input in a larger document).
   * @returns The validation error.
   */
  static fromZod(error: z.core.$ZodError, basePath: ErrorPath = []): ValidationError {
    return new ValidationError(
      error.issues.map((issue) => ({
        code: codeOfZodIssue(issue),
        path: [...basePath, ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))],
        message: issue.message,
      })),
      { cause: error },
    );
  }

  /**
   * A validation error with a single issue.
   *
   * @param code - The issue's code.
   * @param path - The path of the offending field.
   * @param message - What is wrong.
   * @returns The validation error.
   */
  static single(code: string, path: ErrorPath, message: string): ValidationError {
    return new ValidationError([{ code, path, message }]);
  }
}

function codeOfZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "custom") {
    const params = (issue as { params?: { code?: unknown } }).params;
    if (typeof params?.code === "string") return params.code;
    return "INVALID";
  }
  if (issue.code === "invalid_type") {
    return (issue as { input?: unknown }).input === undefined ? "REQUIRED" : "INVALID_TYPE";
  }
  return issue.code.toUpperCase();
}

/** Renders a path as `lines[0].amount`. */
export function formatPath(path: ErrorPath): string {
  if (path.length === 0) return "(input)";
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
}
