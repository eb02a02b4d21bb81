import type { PromotionInput } from "../model/CatalogInput.js";

/** The promotion's name and id, for messages. */
export function label(promotion: PromotionInput): string {
  return promotion.name === undefined ? promotion.id : `${promotion.name} (${promotion.id})`;
}

/** The promotion's effect in words, for explanations. */
export function describe(promotion: PromotionInput): string {
  const e = promotion.effect;
  switch (e.type) {
    case "linePercent":
    case "orderPercent":
      return `${e.percent}% off${e.type === "orderPercent" ? " the order, spread by amount" : ""}`;
    case "lineFixed":
      return `${e.amount.amount} ${e.amount.currency} off each ${e.per === "unit" ? "unit" : "line"}`;
    case "orderFixed":
      return `${e.amount.amount} ${e.amount.currency} off the order, spread by amount`;
    case "buyXGetY":
      return `buy ${e.buyQuantity} get ${e.getQuantity} of ${e.getProductId} at ${e.percent ?? "100"}% off`;
    case "freeItem":
      return `free ${e.quantity} x ${e.productId}`;
  }
}
