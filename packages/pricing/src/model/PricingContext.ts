import type { TaxParty, TaxProvider } from "@o2c/core";

/**
 * How many times each coupon code has been used so far, as the host's store knows it.
 *
 * @remarks
 * Pricing stores nothing: it reads the counts here and returns the coupons it used in
 * {@link PricedOrder.consumedCoupons}; the host increments the counts when it commits the order.
 * @since 0.1.0
 */
export interface CouponUsage {
  /**
   * The number of uses of a coupon so far.
   *
   * @param code - The coupon code, upper-cased.
   * @returns The count, 0 for a code never used.
   */
  timesUsed(code: string): number;
}

/**
 * What {@link priceOrder} needs besides the order and the catalog: the tax engine, the seller and the choices of the
 * call.
 * @since 0.1.0
 */
export interface PricingContext {
  /** The tax engine: {@link createRuleBasedTaxProvider} or a host's adapter. */
  readonly taxProvider: TaxProvider;
  /** The seller: its country decides cross-border rules such as the EU reverse charge. */
  readonly seller: TaxParty;
  /** Whether prices exclude (`exclusive`, default) or include tax; only price lists in this mode apply. */
  readonly priceMode?: "exclusive" | "inclusive" | undefined;
  /** Round tax per line (`line`, default) or once per category and rate over the document (`document`). */
  readonly rounding?: "line" | "document" | undefined;
  /** Coupon usage counts; without it every coupon counts as never used. */
  readonly couponUsage?: CouponUsage | undefined;
}
