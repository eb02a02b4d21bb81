import type { CreditOutcome } from "../model/CreditOutcome.js";
import type { OrderContext } from "../model/OrderContext.js";
import type { PricedOrderSummary } from "../model/PricedOrderSummary.js";

/**
 * Pricing and credit, injected into the order service. Both are questions, not effects: they may be asked again
 * after a crash. `createPricingService` and `createCreditService` adapt `@o2c/pricing` and `@o2c/credit`; a host
 * can pass its own.
 * @since 0.1.0
 */
export interface OrderServices {
  /**
   * Prices an order.
   *
   * @param order - The order in state `pricing`.
   * @returns The priced summary. A thrown `O2CError` (an unknown SKU, no price) is recorded as
   * `order.pricingFailed` with its code (a `ValidationError`'s first issue code), and the order goes back to `draft`; any other error propagates.
   */
  price(order: OrderContext): Promise<PricedOrderSummary>;
  /**
   * Decides credit for a priced order.
   *
   * @param order - The order in state `creditCheck`.
   * @param priced - Its pricing.
   * @returns The decision with reasons.
   */
  checkCredit(order: OrderContext, priced: PricedOrderSummary): Promise<CreditOutcome>;
}
