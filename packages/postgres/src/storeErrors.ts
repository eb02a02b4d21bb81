import { O2CError } from "@o2c/core";

/** The SQLSTATE of a driver error, when it carries one. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Turns a driver error into an `O2CError`: `STORE_CONFLICT` for a serialization failure or deadlock (retry the
 * transaction), `STORE_UNAVAILABLE` otherwise, with the driver error as `cause`.
 */
export function unavailable(error: unknown, operation: string): O2CError {
  const state = sqlState(error);
  if (state === "40001" || state === "40P01") {
    return new O2CError("STORE_CONFLICT", `PostgreSQL aborted ${operation} to resolve a conflict: retry it`, {
      cause: error,
      details: { operation, sqlState: state },
    });
  }
  return new O2CError("STORE_UNAVAILABLE", `PostgreSQL failed during ${operation}`, {
    cause: error,
    details: { operation, sqlState: state ?? null },
  });
}

/** Serialises a value as JSON text, as the in-memory store copies it; refuses what PostgreSQL cannot read back. */
export function toJsonText(value: unknown, what: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (cause) {
    throw new O2CError("STORE_INVALID_VALUE", "Stored values must be plain JSON (no bigint, no cycles)", {
      cause,
      details: { what },
    });
  }
  if (text === undefined) {
    throw new O2CError("STORE_INVALID_VALUE", `Stored values must be plain JSON: ${what} is not`, {
      details: { what },
    });
  }
  if (UNSTORABLE_ESCAPE.test(text)) {
    throw new O2CError(
      "STORE_INVALID_VALUE",
      `PostgreSQL cannot read back NUL (U+0000) or an unpaired surrogate: ${what} holds one`,
      {
        details: { what },
      },
    );
  }
  return text;
}

/**
 * `\u0000` or a lone-surrogate escape (`JSON.stringify` writes unpaired surrogates as `\udXXX`) in JSON text, not
 * preceded by an escaped backslash.
 */
const UNSTORABLE_ESCAPE = /(?:^|[^\\])(?:\\\\)*\\u(?:0000|d[89a-f][0-9a-f]{2})/;
