/** A path to the offending field of an input: object keys and array indexes, outermost first. */
export type ErrorPath = readonly (string | number)[];

/** Options of {@link O2CError}. */
export interface O2CErrorOptions {
  /** The field the error is about, when there is one. */
  readonly path?: ErrorPath | undefined;
  /** The underlying error (a driver's, a parser's), kept for logs. */
  readonly cause?: unknown;
  /** Machine-readable facts about the failure (the state and event of an illegal transition, the versions of a conflict). */
  readonly details?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The base class of every error o2c throws: a stable SCREAMING_SNAKE `code` to branch on, an actionable message,
 * the `path` of the bad field (empty when the error is not about one field) and the original `cause`.
 *
 * @remarks
 * Branch on `code`, never on `message`: codes are part of the public API and never change meaning; messages may be
 * reworded. Use {@link isO2CError} rather than `instanceof` when both the ESM and the CJS build may be loaded.
 *
 * @example
 * ```ts
 * import { O2CError, isO2CError } from "@o2c/core";
 *
 * const error = new O2CError("CURRENCY_MISMATCH", "Cannot add EUR to USD", { path: ["lines", 0, "amount"] });
 * isO2CError(error) //=> true
 * error.code //=> "CURRENCY_MISMATCH"
 * error.path //=> ["lines", 0, "amount"]
 * ```
 * @since 0.1.0
 */
export class O2CError<TCode extends string = string> extends Error {
  /** Stable machine-readable code, for example `CURRENCY_MISMATCH`. */
  readonly code: TCode;
  /** Path of the offending field, outermost first; empty when the error is not about one field. */
  readonly path: ErrorPath;
  /** Machine-readable facts about the failure. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: TCode, message: string, options: O2CErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "O2CError";
    this.code = code;
    this.path = options.path ?? [];
    this.details = options.details ?? {};
  }

  /** A plain object for logs and API responses: name, code, message, path and details. */
  toJSON(): O2CErrorJSON<TCode> {
    return { name: this.name, code: this.code, message: this.message, path: this.path, details: this.details };
  }
}

/** The plain-object form of an {@link O2CError}, for logs and API responses. */
export interface O2CErrorJSON<TCode extends string = string> {
  /** `O2CError` or the subclass name. */
  readonly name: string;
  /** The stable code. */
  readonly code: TCode;
  /** The message. */
  readonly message: string;
  /** Path of the offending field. */
  readonly path: ErrorPath;
  /** Machine-readable facts. */
  readonly details: Readonly<Record<string, unknown>>;
}

const O2C_ERROR_NAMES = new Set(["O2CError", "ValidationError"]);

/**
 * Whether a value is an {@link O2CError} (optionally with the given code).
 *
 * @remarks
 * Checks the `name` and `code` fields as well as `instanceof`, so an error thrown by the CJS copy of the package is
 * recognised by the ESM copy.
 *
 * @param value - Anything caught.
 * @param code - When given, the error must also carry this code.
 * @returns `true` when `value` is an o2c error (with `code`, when given).
 * @example
 * ```ts
 * import { O2CError, isO2CError } from "@o2c/core";
 *
 * isO2CError(new O2CError("STORE_CONFLICT", "stale write"), "STORE_CONFLICT") //=> true
 * isO2CError(new Error("boom")) //=> false
 * ```
 * @since 0.1.0
 */
export function isO2CError<TCode extends string = string>(value: unknown, code?: TCode): value is O2CError<TCode> {
  if (!(value instanceof Error)) return false;
  const looksLikeOne =
    value instanceof O2CError ||
    (O2C_ERROR_NAMES.has(value.name) && typeof (value as { code?: unknown }).code === "string");
  if (!looksLikeOne) return false;
  return code === undefined || (value as O2CError).code === code;
}
