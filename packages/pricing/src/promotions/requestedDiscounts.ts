import { Money } from "@o2c/core";
import { allocateStable } from "../internal/allocateStable.js";
import {
  addScaled,
  compareScaled,
  floorDivide,
  minScaled,
  multiplyScaled,
  parseScaled,
  type Scaled,
  subtractScaled,
  toMinor,
  ZERO,
} from "../internal/scaled.js";
import type { PromotionInput } from "../model/CatalogInput.js";
import type { LineState } from "./LineState.js";
import { percentOf, shareOf } from "./promotionMath.js";

const HUNDRED: Scaled = { units: 100n, scale: 0 };

function scaled(value: string | undefined, fallback: Scaled): Scaled {
  return value === undefined ? fallback : (parseScaled(value) ?? fallback);
}

/**
 * What a promotion asks to take off each eligible line, before its cap and the lines' floors, in minor units.
 * Every rounding is half up to the minor unit; order-level amounts are spread by largest remainder over the line
 * amounts (ties by line id).
 */
export function requestedDiscounts(promotion: PromotionInput, lines: readonly LineState[], exponent: number): bigint[] {
  const effect = promotion.effect;
  const amounts = lines.map((l) => l.amountMinor);
  const ids = lines.map((l) => l.id);
  switch (effect.type) {
    case "linePercent": {
      const percent = scaled(effect.percent, ZERO);
      return amounts.map((a) => percentOf(a, percent));
    }
    case "lineFixed": {
      const fixed = Money.of(effect.amount.amount, effect.amount.currency);
      if (effect.per !== "unit") return amounts.map(() => fixed.minor);
      const unit = scaled(effect.amount.amount, ZERO);
      return lines.map((l) => toMinor(multiplyScaled(unit, l.quantity), exponent, "halfUp"));
    }
    case "orderPercent": {
      const total = amounts.reduce((s, a) => s + a, 0n);
      return allocateStable(percentOf(total, scaled(effect.percent, ZERO)), amounts, ids);
    }
    case "orderFixed": {
      const total = amounts.reduce((s, a) => s + a, 0n);
      let fixed = Money.of(effect.amount.amount, effect.amount.currency).minor;
      if (fixed > total) fixed = total;
      return allocateStable(fixed, amounts, ids);
    }
    case "buyXGetY": {
      const buy = scaled(effect.buyQuantity, HUNDRED);
      const get = scaled(effect.getQuantity, ZERO);
      const percent = scaled(effect.percent, HUNDRED);
      let bought: Scaled = ZERO;
      let getUnits: Scaled = ZERO;
      for (const line of lines) {
        if (effect.buyProductIds.includes(line.productId)) bought = addScaled(bought, line.quantity);
        if (line.productId === effect.getProductId) getUnits = addScaled(getUnits, line.quantity);
      }
      const sameProduct = effect.buyProductIds.includes(effect.getProductId);
      const sets = floorDivide(bought, sameProduct ? addScaled(buy, get) : buy);
      let free = minScaled(multiplyScaled({ units: sets, scale: 0 }, get), getUnits);
      const order = lines.map((_, i) => i).sort((a, b) => ((ids[a] ?? "") < (ids[b] ?? "") ? -1 : 1));
      const result = amounts.map(() => 0n);
      for (const i of order) {
        const line = lines[i] as LineState;
        if (line.productId !== effect.getProductId || free.units <= 0n) continue;
        const take = minScaled(free, line.quantity);
        result[i] = shareOf(line.amountMinor, take, line.quantity, percent);
        free = subtractScaled(free, take);
      }
      return result;
    }
    case "freeItem":
      return amounts.map(() => 0n);
  }
}

/** Whether a buy-X-get-Y promotion has at least one free unit in these lines. */
export function hasFreeUnits(promotion: PromotionInput, lines: readonly LineState[]): boolean {
  const effect = promotion.effect;
  if (effect.type !== "buyXGetY") return true;
  let bought: Scaled = ZERO;
  let getUnits: Scaled = ZERO;
  for (const line of lines) {
    if (effect.buyProductIds.includes(line.productId)) bought = addScaled(bought, line.quantity);
    if (line.productId === effect.getProductId) getUnits = addScaled(getUnits, line.quantity);
  }
  const buy = scaled(effect.buyQuantity, HUNDRED);
  const get = scaled(effect.getQuantity, ZERO);
  const needed = effect.buyProductIds.includes(effect.getProductId) ? addScaled(buy, get) : buy;
  return compareScaled(bought, needed) >= 0 && getUnits.units > 0n;
}
