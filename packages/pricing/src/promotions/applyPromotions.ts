import { Money } from "@o2c/core";
import { allocateStable } from "../internal/allocateStable.js";
import type { PromotionInput } from "../model/CatalogInput.js";
import type { AppliedPromotion, ConsumedCoupon, NotAppliedPromotion, NotAppliedReason } from "../model/PricedOrder.js";
import type { CouponUsage } from "../model/PricingContext.js";
import { eligibleLines } from "./eligibleLines.js";
import type { LineState } from "./LineState.js";
import { describe, label } from "./promotionText.js";
import { requestedDiscounts } from "./requestedDiscounts.js";
import { type Candidate, selectPromotions } from "./selectPromotions.js";

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

/**
 * What a promotion takes off each target line: the requested amount, limited so that no line goes below its floor
 * (the guard is explained on the line).
 */
function limitToFloors(
  promotion: PromotionInput,
  targets: readonly LineState[],
  requested: readonly bigint[],
  currency: string,
): { amounts: bigint[]; total: bigint; limited: boolean } {
  const amounts: bigint[] = new Array<bigint>(targets.length);
  let total = 0n;
  let limited = false;
  for (let i = 0; i < targets.length; i++) {
    const line = targets[i] as LineState;
    const wanted = requested[i] ?? 0n;
    const room = line.amountMinor - line.floorMinor;
    const headroom = room > 0n ? room : 0n;
    let effect: bigint;
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
      effect = headroom;
    } else {
      effect = wanted < 0n ? 0n : wanted;
    }
    amounts[i] = effect;
    total += effect;
  }
  return { amounts, total, limited };
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
  const effects = limitToFloors(promotion, targets, requested, currency);
  if (effects.limited) limited = true;
  const total = effects.total;
  if (total === 0n) {
    if (promotion.effect.type === "freeItem") lines.pop();
    return { reason: "NO_EFFECT", message: `${label(promotion)} takes nothing off this order` };
  }
  const kind = promotion.effect.type;
  const text = ` ${currency} (${describe(promotion)})`;
  const name = `${label(promotion)}: -`;
  const applied: { lineId: string; amount: Money }[] = [];
  for (let i = 0; i < targets.length; i++) {
    const minor = effects.amounts[i] as bigint;
    if (minor === 0n) continue;
    const line = targets[i] as LineState;
    line.amountMinor -= minor;
    line.discounted = true;
    if (promotion.stackable === false) line.locked = true;
    const amount = Money.fromMinor(minor, currency);
    line.discounts.push({ promotionId: promotion.id, kind, minor, amount });
    line.explanation.push({ type: "discount", text: name + amount.toString() + text, ruleId: promotion.id, amount });
    applied.push({ lineId: line.id, amount });
  }
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
  const chosen = selectPromotions(promotions, lines, order, notApplied);
  const applied: AppliedPromotion[] = [];
  const consumed: ConsumedCoupon[] = [];
  for (const candidate of chosen) {
    const outcome = applyOne(candidate, lines, order);
    if ("reason" in outcome) {
      notApplied.push({ promotionId: candidate.promotion.id, couponCode: candidate.couponCode, ...outcome });
      continue;
    }
    applied.push(outcome);
    if (candidate.couponCode !== undefined) {
      consumed.push({ code: candidate.couponCode, promotionId: candidate.promotion.id });
    }
  }
  return { applied, notApplied, consumed };
}
