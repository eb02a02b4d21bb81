/**
 * What inventory suggested when stock ran short: a substitute or a date.
 * @since 0.1.0
 */
export interface StockAlternativeHint {
  /** A substitute SKU with enough stock. */
  readonly sku?: string | undefined;
  /** When the SKU is expected back in stock, `YYYY-MM-DD`. */
  readonly availableOn?: string | undefined;
}
