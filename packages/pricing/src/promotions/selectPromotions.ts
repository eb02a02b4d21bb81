import { O2CError } from "@o2c/core";
import type { PromotionInput } from "../model/CatalogInput.js";
import type { NotAppliedPromotion, NotAppliedReason } from "../model/PricedOrder.js";
import type { PromotionOrder } from "./applyPromotions.js";
import { eligibleLines } from "./eligibleLines.js";
import type { LineState } from "./LineState.js";
import { label } from "./promotionText.js";

/** A promotion that may apply, with the coupon code that unlocked it. */
export interface Candidate {
  readonly promotion: PromotionInput;
  readonly couponCode: string | undefined;
}

function moneyCurrencies(promotion: PromotionInput): string[] {
  const effect = promotion.effect;
  const fields = [promotion.cap, promotion.minSubtotal, "amount" in effect ? effect.amount : undefined];
  return fields.flatMap((m) => (m === undefined ? [] : [m.currency]));
}

/** Why a promotion cannot apply to the order at all, or `undefined` when it may. */
function refusal(
  promotion: PromotionInput,
  order: PromotionOrder,
  coupon: string | undefined,
): { reason: NotAppliedReason; message: string } | undefined {
  const { date } = order;
  if (coupon !== undefined) {
    if (promotion.validFrom !== undefined && date < promotion.validFrom) {
      return { reason: "COUPON_NOT_YET_VALID", message: `Coupon ${coupon} is valid from ${promotion.validFrom}` };
    }
    if (promotion.validTo !== undefined && date > promotion.validTo) {
      return { reason: "COUPON_EXPIRED", message: `Coupon ${coupon} expired on ${promotion.validTo}` };
    }
    const used = order.couponUsage?.timesUsed(coupon.toUpperCase()) ?? 0;
    if (promotion.usageLimit !== undefined && used >= promotion.usageLimit) {
      return {
        reason: "COUPON_USED_UP",
        message: `Coupon ${coupon} was used ${used} of ${promotion.usageLimit} times`,
      };
    }
  }
  if (promotion.customerGroups !== undefined && !promotion.customerGroups.some((g) => order.groups.has(g))) {
    return {
      reason: "NOT_ELIGIBLE",
      message: `${label(promotion)} is for customer groups ${promotion.customerGroups.join(", ")}`,
    };
  }
  if (
    promotion.channels !== undefined &&
    (order.channel === undefined || !promotion.channels.includes(order.channel))
  ) {
    return { reason: "NOT_ELIGIBLE", message: `${label(promotion)} is for channels ${promotion.channels.join(", ")}` };
  }
  const other = moneyCurrencies(promotion).find((c) => c !== order.currency);
  if (other !== undefined) {
    return {
      reason: "CURRENCY_MISMATCH",
      message: `${label(promotion)} has amounts in ${other}, the order is in ${order.currency}`,
    };
  }
  return undefined;
}

/** Lists the coupon codes no promotion has. */
function unknownCoupons(
  promotions: readonly PromotionInput[],
  entered: ReadonlyMap<string, string>,
): NotAppliedPromotion[] {
  const known = new Set(promotions.flatMap((p) => (p.couponCode === undefined ? [] : [p.couponCode.toUpperCase()])));
  return [...entered]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .filter(([upper]) => !known.has(upper))
    .map(([, code]) => ({
      couponCode: code,
      reason: "UNKNOWN_COUPON" as const,
      message: `No promotion has coupon ${code}`,
    }));
}

/**
 * The promotions that may apply to the order, in priority order, after coupons, validity, customer groups, channels
 * and exclusivity; every refused promotion or coupon is added to `notApplied` with its reason.
 *
 * @throws {@link O2CError} `PROMOTION_CONFLICT` when two exclusive promotions of the same priority both apply.
 */
export function selectPromotions(
  promotions: readonly PromotionInput[],
  lines: readonly LineState[],
  order: PromotionOrder,
  notApplied: NotAppliedPromotion[],
): Candidate[] {
  const entered = new Map<string, string>();
  for (const code of order.couponCodes) if (!entered.has(code.toUpperCase())) entered.set(code.toUpperCase(), code);
  notApplied.push(...unknownCoupons(promotions, entered));
  const candidates: Candidate[] = [];
  for (const promotion of promotions) {
    const coupon = promotion.couponCode === undefined ? undefined : entered.get(promotion.couponCode.toUpperCase());
    if (promotion.couponCode !== undefined && coupon === undefined) continue;
    if (coupon === undefined && !withinValidity(promotion, order.date)) continue;
    const refused = refusal(promotion, order, coupon);
    if (refused === undefined) candidates.push({ promotion, couponCode: coupon });
    else notApplied.push({ promotionId: promotion.id, couponCode: coupon, ...refused });
  }
  const exclusive = candidates.filter(
    (c) => c.promotion.exclusive === true && Array.isArray(eligibleLines(c.promotion, lines, order)),
  );
  const first = exclusive[0];
  if (first === undefined) return candidates;
  const rival = exclusive[1];
  if (rival !== undefined && (rival.promotion.priority ?? 0) === (first.promotion.priority ?? 0)) {
    throw new O2CError(
      "PROMOTION_CONFLICT",
      `Exclusive promotions ${first.promotion.id} and ${rival.promotion.id} both apply with priority ${first.promotion.priority ?? 0}: give one a higher priority`,
      { path: ["promotions"], details: { promotionIds: [first.promotion.id, rival.promotion.id] } },
    );
  }
  for (const other of candidates) {
    if (other === first) continue;
    notApplied.push({
      promotionId: other.promotion.id,
      couponCode: other.couponCode,
      reason: "EXCLUDED_BY_EXCLUSIVE",
      message: `Exclusive promotion ${label(first.promotion)} applies instead`,
    });
  }
  return [first];
}

function withinValidity(promotion: PromotionInput, date: string): boolean {
  if (promotion.validFrom !== undefined && date < promotion.validFrom) return false;
  return promotion.validTo === undefined || date <= promotion.validTo;
}
