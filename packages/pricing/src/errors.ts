/**
 * The stable codes of errors thrown by `@o2c/pricing` (as `O2CError` `code`) and of the issues of
 * its `ValidationError`s.
 *
 * @remarks
 * Thrown as `O2CError`: `PRICE_RULE_CONFLICT` (two price lists of the same rank price one product differently),
 * `PROMOTION_CONFLICT` (two applicable exclusive promotions of the same priority), `TAX_NO_RULE`,
 * `TAX_RULE_CONFLICT`, `TAX_EXEMPTION_CERTIFICATE_REQUIRED`, `TAX_RESULT_MISMATCH` (a provider's answer breaks the
 * port's invariants), `CURRENCY_MISMATCH`, `INVALID_CATALOG` (a catalog not made by `createCatalog`),
 * `INVALID_PRICE_MODE`, `INVALID_ROUNDING`, `INVALID_ROUNDING_MODE`.
 * Issue codes of a `ValidationError` (`VALIDATION_FAILED`): `UNKNOWN_PRODUCT`, `NO_PRICE`, `INVALID_QUANTITY`,
 * `NEGATIVE_QUANTITY`, `ZERO_QUANTITY`, `DUPLICATE_ID`, `INVALID_PRICE`, `NEGATIVE_PRICE`, `PRICE_PRECISION`,
 * `INVALID_BANDS`, `INVALID_PERCENT`, `INVALID_VALIDITY`, `INVALID_AMOUNT`, `NEGATIVE_AMOUNT`, `UNKNOWN_CURRENCY`,
 * `INVALID_DATE`, `REQUIRED`, `INVALID_TYPE`.
 * @since 0.1.0
 */
export const PRICING_ERROR_CODES: readonly string[] = [
  "PRICE_RULE_CONFLICT",
  "PROMOTION_CONFLICT",
  "TAX_NO_RULE",
  "TAX_RULE_CONFLICT",
  "TAX_EXEMPTION_CERTIFICATE_REQUIRED",
  "TAX_RESULT_MISMATCH",
  "CURRENCY_MISMATCH",
  "INVALID_CATALOG",
  "INVALID_PRICE_MODE",
  "INVALID_ROUNDING",
  "INVALID_ROUNDING_MODE",
  "UNKNOWN_PRODUCT",
  "NO_PRICE",
  "INVALID_QUANTITY",
  "NEGATIVE_QUANTITY",
  "ZERO_QUANTITY",
  "DUPLICATE_ID",
  "INVALID_PRICE",
  "NEGATIVE_PRICE",
  "PRICE_PRECISION",
  "INVALID_BANDS",
  "INVALID_PERCENT",
  "INVALID_VALIDITY",
] as const;
