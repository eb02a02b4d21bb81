// Type tests, checked by `tsc -p tsconfig.json` at the repository root: misuse must not compile.
import type { Money } from "@o2c/core";
import type { PricedOrder, PricingInput, PromotionEffectInput, PromotionInput, TaxRuleInput } from "../src/index.js";

declare const order: PricedOrder;

// A quantity is a decimal string, never a number.
// @ts-expect-error numbers are refused
export const numericQuantity: PricingInput["lines"][number] = { id: "1", productId: "p", quantity: 3 };

// A percentage effect needs its percent; a fixed effect needs money, not a string.
// @ts-expect-error percent is missing
export const noPercent: PromotionEffectInput = { type: "linePercent" };
// @ts-expect-error amount must be { amount, currency }
export const stringAmount: PromotionEffectInput = { type: "orderFixed", amount: "5.00" };

// An unknown EN 16931 category does not compile.
export const badCategory: TaxRuleInput = {
  id: "r",
  name: "VAT",
  jurisdiction: "DE",
  country: "DE",
  // @ts-expect-error "X" is not a category code
  category: "X",
  ratePercent: "19",
};

// The result is read-only: a total cannot be overwritten.
// @ts-expect-error totals are readonly
order.totals.net = order.totals.gross;

// Amounts in the result are Money, not strings or numbers.
export const net: Money = order.totals.net;
// @ts-expect-error a Money is not a number
export const asNumber: number = order.totals.net;

// The effect union narrows on `type`.
export function percentOf(promotion: PromotionInput): string | undefined {
  const effect = promotion.effect;
  return effect.type === "linePercent" || effect.type === "orderPercent" ? effect.percent : undefined;
}
