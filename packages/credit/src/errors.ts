import { type ErrorPath, O2CError } from "@o2c/core";

/**
 * Codes of the `O2CError`s (from `@o2c/core`) that credit throws for misuse or inconsistent data (bad input shapes throw
 * `ValidationError` with issue codes instead).
 *
 * - `UNKNOWN_CUSTOMER`: the data source has no profile for the customer.
 * - `UNKNOWN_CREDIT_GROUP`: a profile names a group the data source does not know.
 * - `CREDIT_LIMIT_MISSING`: the customer has neither a limit of its own nor a group limit.
 * - `CURRENCY_MISMATCH`: a limit, an increase, a group or an override is not in the credit currency.
 * - `INVALID_FX_RATE`: the `FxRates` port returned a rate that is not positive or is for another pair.
 *
 * @since 0.1.0
 */
export type CreditErrorCode =
  | "UNKNOWN_CUSTOMER"
  | "UNKNOWN_CREDIT_GROUP"
  | "CREDIT_LIMIT_MISSING"
  | "CURRENCY_MISMATCH"
  | "INVALID_FX_RATE";

/** Builds a credit error; internal so every code stays in {@link CreditErrorCode}. */
export function creditError(
  code: CreditErrorCode,
  message: string,
  options: { path?: ErrorPath; details?: Readonly<Record<string, unknown>> } = {},
): O2CError<CreditErrorCode> {
  return new O2CError(code, message, options);
}
