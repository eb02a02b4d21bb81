import type { AppliedTax, Money, TaxBreakdownEntry, TaxCalculation } from "@o2c/core";

/**
 * Where a line's price came from: the price list, the price rule and the quantity-break model.
 * @since 0.1.0
 */
export interface PriceSource {
  /** Id of the price list that set the price. */
  readonly priceListId: string;
  /** Id of the price entry (rule) within the list. */
  readonly ruleId: string;
  /** `unit` (one price), `tiered` (each band at its own price) or `volume` (the whole quantity at one band's price). */
  readonly model: "unit" | "tiered" | "volume";
  /** Why the list was chosen: `customer` (customer-specific), `group`, `channel` or `general`. */
  readonly scope: "customer" | "group" | "channel" | "general";
  /** The quantity bands used, for `tiered` and `volume` prices; empty for `unit`. */
  readonly bands: readonly PriceBandUse[];
}

/**
 * One quantity band used to price a line.
 * @since 0.1.0
 */
export interface PriceBandUse {
  /** The band's upper bound, inclusive (decimal string); absent for the open last band. */
  readonly upTo?: string | undefined;
  /** The quantity priced in this band (decimal string). */
  readonly quantity: string;
  /** The band's unit price (decimal string, may carry more digits than the currency's minor unit). */
  readonly unitPrice: string;
}

/**
 * One discount on one line, from one promotion.
 * @since 0.1.0
 */
export interface LineDiscount {
  /** Id of the promotion. */
  readonly promotionId: string;
  /** The kind of the promotion's effect (`linePercent`, `orderFixed`, `buyXGetY`...). */
  readonly kind: PromotionEffectKind;
  /** The amount taken off this line (positive, in the order currency, in the order's price mode). */
  readonly amount: Money;
}

/**
 * The kinds of promotion effect.
 * @since 0.1.0
 */
export type PromotionEffectKind = "linePercent" | "lineFixed" | "orderPercent" | "orderFixed" | "buyXGetY" | "freeItem";

/**
 * One entry of a line's explanation: a sentence for people plus the ids and amount behind it.
 * @since 0.1.0
 */
export interface ExplanationEntry {
  /** What the entry is about. */
  readonly type: "price" | "discount" | "guard" | "tax";
  /** A sentence for people, for example `"10 x 3.60 from list eu-retail (rule eu-retail:coffee)"`. */
  readonly text: string;
  /** The id of the price rule, promotion or tax rule behind the entry. */
  readonly ruleId: string;
  /** The amount the entry is about (the line amount, a discount, a tax), when there is one. */
  readonly amount?: Money | undefined;
}

/**
 * One priced line of an order.
 *
 * @remarks
 * Amounts follow the order's price mode: with `exclusive` prices `listAmount`, `discountTotal` and `amount` are net;
 * with `inclusive` prices they are gross. `net + tax = gross` holds exactly on every line. `listAmount` is
 * `quantity x unitPrice` rounded once, half up, to the currency's minor unit (for `tiered` prices, the sum of the
 * exact band amounts rounded once).
 * @since 0.1.0
 */
export interface PricedLine {
  /** The line id from the input (`promo:<promotionId>` for a line added by a free-item promotion). */
  readonly id: string;
  /** The product. */
  readonly productId: string;
  /** Quantity, a decimal string in the product's base unit. */
  readonly quantity: string;
  /** The product's tax class. */
  readonly taxClass: string;
  /** The average unit price before discounts, as a decimal string (exact for `unit` and `volume` prices). */
  readonly unitPrice: string;
  /** Where the price came from. */
  readonly priceSource: PriceSource;
  /** `quantity x unitPrice`, rounded half up to minor units. */
  readonly listAmount: Money;
  /** Every discount on the line, in the order the promotions were applied. */
  readonly discounts: readonly LineDiscount[];
  /** The sum of `discounts`. */
  readonly discountTotal: Money;
  /** `listAmount - discountTotal`, never below zero (nor below the product's minimum price). */
  readonly amount: Money;
  /** The line net (EN 16931 BT-131). */
  readonly net: Money;
  /** The line's tax. */
  readonly tax: Money;
  /** `net + tax`. */
  readonly gross: Money;
  /** Each tax on the line, with its rule id. */
  readonly taxes: readonly AppliedTax[];
  /** Whether a free-item promotion added the line. */
  readonly free: boolean;
  /** Price source, each discount, each guard and each tax, in order. */
  readonly explanation: readonly ExplanationEntry[];
}

/**
 * A promotion that changed the order, with its effect per line.
 * @since 0.1.0
 */
export interface AppliedPromotion {
  /** Id of the promotion. */
  readonly promotionId: string;
  /** The kind of its effect. */
  readonly kind: PromotionEffectKind;
  /** The coupon code that unlocked it, when it needs one. */
  readonly couponCode?: string | undefined;
  /** The total taken off the order (the sum of `lines`). */
  readonly amount: Money;
  /** Whether the promotion's cap (or the minimum-price guard) limited it. */
  readonly limited: boolean;
  /** The amount per line. */
  readonly lines: readonly PromotionLineEffect[];
}

/**
 * What one promotion took off one line.
 * @since 0.1.0
 */
export interface PromotionLineEffect {
  /** The line id. */
  readonly lineId: string;
  /** The amount taken off. */
  readonly amount: Money;
}

/**
 * Why a promotion or coupon was not applied.
 *
 * - `NOT_ELIGIBLE`: its conditions (customer, group, channel, products, minimum subtotal, validity) do not hold.
 * - `COUPON_REQUIRED`: it needs a coupon code the order does not carry.
 * - `UNKNOWN_COUPON`: the order carries a code no promotion has.
 * - `COUPON_EXPIRED` / `COUPON_NOT_YET_VALID`: outside the coupon's validity window.
 * - `COUPON_USED_UP`: the usage count reached the limit.
 * - `EXCLUDED_BY_EXCLUSIVE`: an exclusive promotion of higher priority applied.
 * - `NOT_STACKABLE`: the promotion does not stack and another one already discounted its lines.
 * - `NO_EFFECT`: it applies but takes nothing off (lines already at zero or at their minimum price).
 * - `NO_PRICE`: a free item has no price in the catalog for this order.
 * - `CURRENCY_MISMATCH`: a fixed amount in another currency than the order's.
 * @since 0.1.0
 */
export type NotAppliedReason =
  | "NOT_ELIGIBLE"
  | "COUPON_REQUIRED"
  | "UNKNOWN_COUPON"
  | "COUPON_EXPIRED"
  | "COUPON_NOT_YET_VALID"
  | "COUPON_USED_UP"
  | "EXCLUDED_BY_EXCLUSIVE"
  | "NOT_STACKABLE"
  | "NO_EFFECT"
  | "NO_PRICE"
  | "CURRENCY_MISMATCH";

/**
 * A promotion or coupon that did not apply, and why.
 * @since 0.1.0
 */
export interface NotAppliedPromotion {
  /** Id of the promotion; absent for an unknown coupon code. */
  readonly promotionId?: string | undefined;
  /** The coupon code concerned, when there is one. */
  readonly couponCode?: string | undefined;
  /** The reason code. */
  readonly reason: NotAppliedReason;
  /** A sentence for people. */
  readonly message: string;
}

/**
 * A coupon used by the order: the host records it (increments its usage count) when it commits the order.
 * @since 0.1.0
 */
export interface ConsumedCoupon {
  /** The coupon code, as given in the input. */
  readonly code: string;
  /** The promotion it unlocked. */
  readonly promotionId: string;
}

/**
 * The totals of a priced order (EN 16931 document totals, BG-22).
 *
 * @remarks
 * `net` is the sum of the line nets (BT-106/BT-109, no document-level allowance: order discounts are spread over the
 * lines), `tax` is the sum of the breakdown's tax amounts (BT-110), `gross = net + tax` (BT-112). `list` and
 * `discount` are in the order's price mode.
 * @since 0.1.0
 */
export interface PricedOrderTotals {
  /** The sum of the lines' `listAmount`. */
  readonly list: Money;
  /** The sum of every discount. */
  readonly discount: Money;
  /** The sum of the line nets. */
  readonly net: Money;
  /** The total tax: the sum of the tax breakdown. */
  readonly tax: Money;
  /** `net + tax`. */
  readonly gross: Money;
}

/**
 * The result of {@link priceOrder}: every line priced, discounted and taxed, the promotions applied and not
 * applied, the coupons consumed, the tax breakdown per category and rate and the totals.
 *
 * @remarks
 * This shape is stable from 0.1.0: `@o2c/orders` and `@o2c/invoicing` build on it. Invariants:
 * `totals.net = sum(lines.net)`, `totals.tax = sum(breakdown.taxAmount) = sum(lines.tax)`,
 * `totals.gross = totals.net + totals.tax`, and every line has `net + tax = gross`.
 * @since 0.1.0
 */
export interface PricedOrder {
  /** ISO 4217 code of every amount. */
  readonly currency: string;
  /** The pricing date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Whether prices were tax-exclusive (net) or tax-inclusive (gross). */
  readonly priceMode: "exclusive" | "inclusive";
  /** Whether tax was rounded per line or once per category and rate over the document. */
  readonly rounding: "line" | "document";
  /** The priced lines, in input order, followed by lines added by free-item promotions. */
  readonly lines: readonly PricedLine[];
  /** The promotions that changed the order, in the order they were applied. */
  readonly appliedPromotions: readonly AppliedPromotion[];
  /**
   * The promotions and coupons that did not apply, with the reason: every entered coupon that did not apply, and
   * every automatic promotion valid on the date whose conditions failed. Coupon promotions whose code was not
   * entered, and automatic promotions outside their validity window, are not listed.
   */
  readonly notAppliedPromotions: readonly NotAppliedPromotion[];
  /** The coupons used. */
  readonly consumedCoupons: readonly ConsumedCoupon[];
  /** The tax breakdown per category, rate and jurisdiction (EN 16931 BG-23). */
  readonly taxBreakdown: readonly TaxBreakdownEntry[];
  /** Legal notes the document must carry (the reverse-charge mention, an exemption). */
  readonly notes: readonly string[];
  /** The document totals. */
  readonly totals: PricedOrderTotals;
  /** The tax provider's full answer, for hosts that need it. */
  readonly taxCalculation: TaxCalculation;
}
