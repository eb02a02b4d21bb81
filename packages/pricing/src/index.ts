/**
 * o2c pricing: price lists, quantity breaks, discounts, promotions and coupons, and a rule-based tax engine that is
 * right to the cent and explains every number.
 *
 * @packageDocumentation
 */

export { catalogInputSchema } from "./catalog/catalogSchema.js";
export { type Catalog, createCatalog } from "./catalog/createCatalog.js";
export { PRICING_ERROR_CODES } from "./errors.js";
export type {
  BuyXGetYEffect,
  CatalogInput,
  FreeItemEffect,
  LineFixedEffect,
  LinePercentEffect,
  OrderFixedEffect,
  OrderPercentEffect,
  PriceBandInput,
  PriceEntryInput,
  PriceListInput,
  ProductInput,
  PromotionEffectInput,
  PromotionInput,
} from "./model/CatalogInput.js";
export type {
  AppliedPromotion,
  ConsumedCoupon,
  ExplanationEntry,
  LineDiscount,
  NotAppliedPromotion,
  NotAppliedReason,
  PriceBandUse,
  PricedLine,
  PricedOrder,
  PricedOrderTotals,
  PriceSource,
  PromotionEffectKind,
  PromotionLineEffect,
} from "./model/PricedOrder.js";
export type { CouponUsage, PricingContext } from "./model/PricingContext.js";
export type { PricingCustomer, PricingInput, PricingLineInput, PricingShipTo } from "./model/PricingInput.js";
export type { TaxRuleInput } from "./model/TaxRuleInput.js";
export { priceOrder } from "./priceOrder.js";
export { parsePricingInput, pricingInputSchema, safeParsePricingInput } from "./schemas.js";
export {
  createRuleBasedTaxProvider,
  type RuleBasedTaxProviderOptions,
} from "./tax/createRuleBasedTaxProvider.js";
export { exampleTaxRules } from "./tax/exampleTaxRules.js";
export { taxRulesSchema } from "./tax/taxRuleSchema.js";
