import { Money } from "@o2c/core";
import type { PromotionInput } from "../model/CatalogInput.js";
import type { NotAppliedReason } from "../model/PricedOrder.js";
import type { PromotionOrder } from "./applyPromotions.js";
import type { LineState } from "./LineState.js";
import { label } from "./promotionText.js";
import { hasFreeUnits } from "./requestedDiscounts.js";

/** The lines a promotion may touch, or the reason there are none. */
export function eligibleLines(
  promotion: PromotionInput,
  lines: readonly LineState[],
  order: PromotionOrder,
): LineState[] | { reason: NotAppliedReason; message: string } {
  const products = promotion.productIds;
  const matching = lines.filter((l) => !l.free && (products === undefined || products.includes(l.productId)));
  const open = matching.filter((l) => !l.locked && (promotion.stackable !== false || !l.discounted));
  if (matching.length === 0)
    return { reason: "NOT_ELIGIBLE", message: `No line of the order is eligible for ${label(promotion)}` };
  if (open.length === 0) {
    return {
      reason: "NOT_STACKABLE",
      message: `${label(promotion)} does not combine with the promotions already applied`,
    };
  }
  if (promotion.minSubtotal !== undefined) {
    const subtotal = open.reduce((s, l) => s + l.amountMinor, 0n);
    const minimum = Money.of(promotion.minSubtotal.amount, order.currency).minor;
    if (subtotal < minimum) {
      return {
        reason: "NOT_ELIGIBLE",
        message: `${label(promotion)} needs a subtotal of ${promotion.minSubtotal.amount} ${order.currency}`,
      };
    }
  }
  if (!hasFreeUnits(promotion, open))
    return { reason: "NOT_ELIGIBLE", message: `The order does not buy enough for ${label(promotion)}` };
  return open;
}
