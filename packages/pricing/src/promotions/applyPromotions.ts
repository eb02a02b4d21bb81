import { Money, O2CError } from "@o2c/core";
import { allocateStable } from "../internal/allocateStable.js";
import type { PromotionInput } from "../model/CatalogInput.js";
import type { AppliedPromotion, ConsumedCoupon, NotAppliedPromotion, NotAppliedReason } from "../model/PricedOrder.js";
import type { CouponUsage } from "../model/PricingContext.js";
import type { LineState } from "./LineState.js";
import { hasFreeUnits, requestedDiscounts } from "./requestedDiscounts.js";

/** The order facts promotions look at. */
export interface PromotionOrder {
  readonly currency: string;
  readonly exponent: number;
  readonly date: string;
  readonly groups: ReadonlySet<string>;
  readonly channel: string | undefined;
  readonly couponCodes: readonly string[];
  readonly couponUsage: CouponUsage | undefined;
  /** Prices a free item's line, or `undefined` when the catalog has no price for it. */
  readonly priceFreeItem: (promotion: PromotionInput, productId: string, quantity: string) => LineState | undefined;
}

/** The outcome of the promotions on an order. */
export interface PromotionOutcome {
  readonly applied: AppliedPromotion[];
  readonly notApplied: NotAppliedPromotion[];
  readonly consumed: ConsumedCoupon[];
}

interface Candidate {
  readonly promotion: PromotionInput;
  readonly couponCode: string | undefined;
}

function label(promotion: PromotionInput): string {
  return promotion.name === undefined ? promotion.id : `${promotion.name} (${promotion.id})`;
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

/** The lines a promotion may touch, or the reason there are none. */
function eligibleLines(
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

function describe(promotion: PromotionInput): string {
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

/** Applies one promotion; returns the applied entry or the reason it did not apply. */
function applyOne(
  candidate: Candidate,
  lines: LineState[],
  order: PromotionOrder,
): AppliedPromotion | { reason: NotAppliedReason; message: string } {
  const { promotion } = candidate;
  const { currency, exponent } = order;
  let targets: LineState[];
  if (promotion.effect.type === "freeItem") {
    const eligible = eligibleLines({ ...promotion, stackable: true }, lines, order);
    if (!Array.isArray(eligible)) return eligible;
    const line = order.priceFreeItem(promotion, promotion.effect.productId, promotion.effect.quantity);
    if (line === undefined) {
      return {
        reason: "NO_PRICE",
        message: `No price for free item ${promotion.effect.productId} in this order's price lists`,
      };
    }
    lines.push(line);
    targets = [line];
  } else {
    const eligible = eligibleLines(promotion, lines, order);
    if (!Array.isArray(eligible)) return eligible;
    targets = eligible;
  }
  let requested =
    promotion.effect.type === "freeItem"
      ? targets.map((l) => l.amountMinor)
      : requestedDiscounts(promotion, targets, exponent);
  let limited = false;
  if (promotion.cap !== undefined) {
    const cap = Money.of(promotion.cap.amount, currency).minor;
    const total = requested.reduce((s, d) => s + d, 0n);
    if (total > cap) {
      requested = allocateStable(
        cap,
        requested,
        targets.map((l) => l.id),
      );
      limited = true;
    }
  }
  const effects = targets.map((line, i) => {
    const wanted = requested[i] ?? 0n;
    const headroom = line.amountMinor - line.floorMinor > 0n ? line.amountMinor - line.floorMinor : 0n;
    if (wanted > headroom) {
      limited = true;
      const text =
        line.floorMinor > 0n
          ? `Minimum price guard: ${label(promotion)} limited to ${Money.fromMinor(headroom, currency)} (line floor ${Money.fromMinor(line.floorMinor, currency)})`
          : `${label(promotion)} limited to ${Money.fromMinor(headroom, currency)}: a line cannot go below zero`;
      line.explanation.push({
        type: "guard",
        text,
        ruleId: promotion.id,
        amount: Money.fromMinor(wanted - headroom, currency),
      });
      return headroom;
    }
    return wanted < 0n ? 0n : wanted;
  });
  const total = effects.reduce((s, d) => s + d, 0n);
  if (total === 0n) {
    if (promotion.effect.type === "freeItem") lines.pop();
    return { reason: "NO_EFFECT", message: `${label(promotion)} takes nothing off this order` };
  }
  const kind = promotion.effect.type;
  const text = ` ${currency} (${describe(promotion)})`;
  const name = label(promotion);
  const applied: { lineId: string; amount: Money }[] = [];
  targets.forEach((line, i) => {
    const minor = effects[i] ?? 0n;
    if (minor === 0n) return;
    line.amountMinor -= minor;
    line.discounted = true;
    if (promotion.stackable === false) line.locked = true;
    line.discounts.push({ promotionId: promotion.id, kind, minor });
    const amount = Money.fromMinor(minor, currency);
    line.explanation.push({
      type: "discount",
      text: `${name}: -${amount}${text}`,
      ruleId: promotion.id,
      amount,
    });
    applied.push({ lineId: line.id, amount });
  });
  return {
    promotionId: promotion.id,
    kind,
    couponCode: candidate.couponCode,
    amount: Money.fromMinor(total, currency),
    limited,
    lines: applied,
  };
}

/**
 * Applies the catalog's promotions (sorted by priority, then id) to the lines, in place, and reports what applied,
 * what did not and why, and the coupons used.
 *
 * @throws {@link O2CError} `PROMOTION_CONFLICT` when two exclusive promotions of the same priority both apply.
 */
export function applyPromotions(
  promotions: readonly PromotionInput[],
  lines: LineState[],
  order: PromotionOrder,
): PromotionOutcome {
  const notApplied: NotAppliedPromotion[] = [];
  const entered = new Map<string, string>();
  for (const code of order.couponCodes) if (!entered.has(code.toUpperCase())) entered.set(code.toUpperCase(), code);
  const known = new Set(promotions.flatMap((p) => (p.couponCode === undefined ? [] : [p.couponCode.toUpperCase()])));
  for (const [upper, code] of [...entered].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!known.has(upper))
      notApplied.push({ couponCode: code, reason: "UNKNOWN_COUPON", message: `No promotion has coupon ${code}` });
  }
  const candidates: Candidate[] = [];
  for (const promotion of promotions) {
    const coupon = promotion.couponCode === undefined ? undefined : entered.get(promotion.couponCode.toUpperCase());
    if (promotion.couponCode !== undefined && coupon === undefined) continue;
    if (coupon === undefined) {
      if (promotion.validFrom !== undefined && order.date < promotion.validFrom) continue;
      if (promotion.validTo !== undefined && order.date > promotion.validTo) continue;
    }
    const refused = refusal(promotion, order, coupon);
    if (refused === undefined) candidates.push({ promotion, couponCode: coupon });
    else notApplied.push({ promotionId: promotion.id, couponCode: coupon, ...refused });
  }
  let chosen: Candidate[] = candidates;
  const exclusive = candidates.filter(
    (c) => c.promotion.exclusive === true && Array.isArray(eligibleLines(c.promotion, lines, order)),
  );
  const first = exclusive[0];
  if (first !== undefined) {
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
    chosen = [first];
  }
  const applied: AppliedPromotion[] = [];
  const consumed: ConsumedCoupon[] = [];
  for (const candidate of chosen) {
    const outcome = applyOne(candidate, lines, order);
    if ("reason" in outcome) {
      notApplied.push({ promotionId: candidate.promotion.id, couponCode: candidate.couponCode, ...outcome });
      continue;
    }
    applied.push(outcome);
    if (candidate.couponCode !== undefined)
      consumed.push({ code: candidate.couponCode, promotionId: candidate.promotion.id });
  }
  return { applied, notApplied, consumed };
}
