import type { Money } from "@o2c/core";
import type { Scaled } from "../internal/scaled.js";
import type { ExplanationEntry, PriceSource, PromotionEffectKind } from "../model/PricedOrder.js";

/** A line while promotions are applied: amounts in integer minor units, in the order's price mode. */
export interface LineState {
  readonly id: string;
  readonly productId: string;
  readonly quantity: Scaled;
  readonly quantityText: string;
  readonly taxClass: string;
  readonly unitPrice: string;
  readonly source: PriceSource;
  readonly listMinor: bigint;
  /** `listMinor` as money, shared by the result. */
  readonly listAmount: Money;
  /** The lowest amount discounts may leave: the minimum price guard, at least zero. */
  readonly floorMinor: bigint;
  /** The amount left after the promotions applied so far. */
  amountMinor: bigint;
  /** Whether a promotion discounted the line. */
  discounted: boolean;
  /** Whether a non-stackable promotion discounted the line (no later promotion touches it). */
  locked: boolean;
  readonly free: boolean;
  /** The discounts so far; `amount` is `minor` as money, shared by the result. */
  readonly discounts: { promotionId: string; kind: PromotionEffectKind; minor: bigint; amount: Money }[];
  readonly explanation: ExplanationEntry[];
}
