import type { MoneyJSON } from "@o2c/core";

/**
 * A product as pricing needs it.
 * @since 0.1.0
 */
export interface ProductInput {
  /** Product id, unique in the catalog. */
  readonly id: string;
  /** Tax class matched by tax rules (`"standard"`, `"reduced"`, `"food"`, `"books"`, `"services"`). */
  readonly taxClass: string;
  /**
   * The minimum unit price per currency (in the price mode of the list that prices it): discounts never take a line
   * below `quantity x minimum`, rounded half up to minor units.
   */
  readonly minimumUnitPrices?: readonly MoneyJSON[] | undefined;
}

/**
 * One quantity band of a tiered or volume price: the units up to `upTo` (inclusive) after the previous band.
 * @since 0.1.0
 */
export interface PriceBandInput {
  /**
   * Upper bound of the band, inclusive, a positive decimal string; omitted on the last band for "and above". Bands
   * ascend strictly by `upTo`.
   */
  readonly upTo?: string | undefined;
  /** Unit price in the band, a decimal string with at most 6 decimal places. */
  readonly unitPrice: string;
}

/**
 * The price of one product in a price list: one unit price, or quantity bands.
 *
 * @remarks
 * Bands `[{ upTo: "10", unitPrice: "5.00" }, { unitPrice: "4.00" }]` mean 1-10 at 5.00 and 11 and above at 4.00.
 * `tiered`: each band's part of the quantity is priced at the band's price (12 units cost 10 x 5.00 + 2 x 4.00).
 * `volume`: the whole quantity is priced at the price of the band it falls in (12 units cost 12 x 4.00). A quantity
 * above the last band's `upTo` has no price (`NO_PRICE`). Unit prices may carry up to 6 decimal places (EN 16931 BT-146 allows more digits than the currency's
 * minor unit); the line amount is rounded once, half up, to minor units.
 * @since 0.1.0
 */
export interface PriceEntryInput {
  /** Id of the rule, for explanations; defaults to `<listId>:<productId>`. */
  readonly id?: string | undefined;
  /** The product priced. */
  readonly productId: string;
  /** `unit` (default), `tiered` or `volume`. */
  readonly model?: "unit" | "tiered" | "volume" | undefined;
  /** The unit price, for the `unit` model. */
  readonly unitPrice?: string | undefined;
  /** The bands, ascending by `upTo`, for `tiered` and `volume`. */
  readonly bands?: readonly PriceBandInput[] | undefined;
}

/**
 * A price list: prices in one currency for a scope (customers, customer groups, channels) and a validity window.
 *
 * @remarks
 * For each line, the lists that match the order (currency, price mode, date, customer, group, channel) and price the
 * product are ranked: customer-specific before group before general, a channel match before none, then higher
 * `priority`. Two lists of the same rank that price the product differently are a contradiction
 * (`PRICE_RULE_CONFLICT`).
 * @since 0.1.0
 */
export interface PriceListInput {
  /** Id of the list, unique in the catalog. */
  readonly id: string;
  /** ISO 4217 code of its prices. */
  readonly currency: string;
  /** Whether its prices exclude tax (`exclusive`, the default) or include it (`inclusive`, B2C shelf prices). */
  readonly priceMode?: "exclusive" | "inclusive" | undefined;
  /** Rank among lists of the same scope; higher wins. Default 0. */
  readonly priority?: number | undefined;
  /** When present, only these customers. */
  readonly customerIds?: readonly string[] | undefined;
  /** When present, only customers in one of these groups. */
  readonly customerGroups?: readonly string[] | undefined;
  /** When present, only orders from one of these channels. */
  readonly channels?: readonly string[] | undefined;
  /** First valid day, inclusive, `YYYY-MM-DD`. */
  readonly validFrom?: string | undefined;
  /** Last valid day, inclusive, `YYYY-MM-DD`. */
  readonly validTo?: string | undefined;
  /** The prices. */
  readonly prices: readonly PriceEntryInput[];
}

/**
 * A percentage off each eligible line.
 * @since 0.1.0
 */
export interface LinePercentEffect {
  /** The kind of effect. */
  readonly type: "linePercent";
  /** Percent off, a decimal string from `"0"` to `"100"`. */
  readonly percent: string;
}

/**
 * A fixed amount off each eligible line, or off each unit.
 * @since 0.1.0
 */
export interface LineFixedEffect {
  /** The kind of effect. */
  readonly type: "lineFixed";
  /** The amount, in the order's currency (another currency: `CURRENCY_MISMATCH`, not applied). */
  readonly amount: MoneyJSON;
  /** `line` (default): once per line; `unit`: per unit of quantity, rounded half up. */
  readonly per?: "line" | "unit" | undefined;
}

/**
 * A percentage off the eligible subtotal, spread over the eligible lines in proportion to their amounts.
 * @since 0.1.0
 */
export interface OrderPercentEffect {
  /** The kind of effect. */
  readonly type: "orderPercent";
  /** Percent off, a decimal string from `"0"` to `"100"`. */
  readonly percent: string;
}

/**
 * A fixed amount off the eligible subtotal (at most the subtotal), spread over the eligible lines in proportion to
 * their amounts.
 * @since 0.1.0
 */
export interface OrderFixedEffect {
  /** The kind of effect. */
  readonly type: "orderFixed";
  /** The amount, in the order's currency. */
  readonly amount: MoneyJSON;
}

/**
 * Buy X, get Y: for every `buyQuantity` units of the buy products, `getQuantity` units of the get product get
 * `percent` off. When the get product is also a buy product, the units are counted once (buy 2 get 1: 3 units pay 2).
 * @since 0.1.0
 */
export interface BuyXGetYEffect {
  /** The kind of effect. */
  readonly type: "buyXGetY";
  /** The products whose units count towards `buyQuantity`. */
  readonly buyProductIds: readonly string[];
  /** Units to buy for one reward, a positive decimal string. */
  readonly buyQuantity: string;
  /** The product rewarded. */
  readonly getProductId: string;
  /** Units rewarded per `buyQuantity`, a positive decimal string. */
  readonly getQuantity: string;
  /** Percent off the rewarded units (default `"100"`: free). */
  readonly percent?: string | undefined;
}

/**
 * A free item: adds a line of `quantity` x `productId` at its catalog price, fully discounted.
 * @since 0.1.0
 */
export interface FreeItemEffect {
  /** The kind of effect. */
  readonly type: "freeItem";
  /** The product given. */
  readonly productId: string;
  /** How many, a positive decimal string. */
  readonly quantity: string;
}

/**
 * What a promotion does, tagged by `type`.
 * @since 0.1.0
 */
export type PromotionEffectInput =
  | LinePercentEffect
  | LineFixedEffect
  | OrderPercentEffect
  | OrderFixedEffect
  | BuyXGetYEffect
  | FreeItemEffect;

/**
 * A promotion, as data.
 *
 * @remarks
 * Promotions apply in order of `priority` (higher first), then id. An `exclusive` promotion that applies is the only
 * one: the others are reported `EXCLUDED_BY_EXCLUSIVE`. A promotion with `stackable: false` does not touch lines an
 * earlier promotion discounted (`NOT_STACKABLE` when none is left), and later promotions skip its lines. Percentages
 * apply to the line amount left after earlier promotions. The discount is rounded half up per line to minor units;
 * `cap` limits the promotion's total.
 * @since 0.1.0
 */
export interface PromotionInput {
  /** Id of the promotion, unique in the catalog. */
  readonly id: string;
  /** A name for people. */
  readonly name?: string | undefined;
  /** Higher applies first. Default 0. */
  readonly priority?: number | undefined;
  /** Whether it excludes every other promotion when it applies. Default false. */
  readonly exclusive?: boolean | undefined;
  /** Whether it combines with other promotions on the same line. Default true. */
  readonly stackable?: boolean | undefined;
  /** The coupon code that unlocks it (compared case-insensitively); without one it applies automatically. */
  readonly couponCode?: string | undefined;
  /** How many times the coupon may be used in total (checked against `PricingContext.couponUsage`). */
  readonly usageLimit?: number | undefined;
  /** First valid day, inclusive. */
  readonly validFrom?: string | undefined;
  /** Last valid day, inclusive. */
  readonly validTo?: string | undefined;
  /** When present, only customers in one of these groups. */
  readonly customerGroups?: readonly string[] | undefined;
  /** When present, only orders from one of these channels. */
  readonly channels?: readonly string[] | undefined;
  /** When present, only these products' lines are eligible (for line and order effects). */
  readonly productIds?: readonly string[] | undefined;
  /** When present, the eligible lines must add up to at least this amount (in the order's price mode). */
  readonly minSubtotal?: MoneyJSON | undefined;
  /** The most the promotion takes off one order. */
  readonly cap?: MoneyJSON | undefined;
  /** What it does. */
  readonly effect: PromotionEffectInput;
}

/**
 * The whole catalog: products, price lists and promotions, as data.
 * @since 0.1.0
 */
export interface CatalogInput {
  /** The products. */
  readonly products: readonly ProductInput[];
  /** The price lists. */
  readonly priceLists: readonly PriceListInput[];
  /** The promotions. */
  readonly promotions?: readonly PromotionInput[] | undefined;
}
