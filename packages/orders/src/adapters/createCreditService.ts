import { BusinessDate, type Clock } from "@o2c/core";
import { type CreditContext, decideCredit } from "@o2c/credit";
import type { CreditOutcome } from "../model/CreditOutcome.js";
import type { OrderServices } from "../service/OrderServices.js";

/**
 * Options of {@link createCreditService}.
 * @since 0.1.0
 */
export interface CreditServiceOptions {
  /** The decision date comes from this clock. */
  readonly clock: Clock;
  /** The IANA time zone "today" is taken in; UTC when omitted. */
  readonly timeZone?: string | undefined;
}

/**
 * The `checkCredit` half of {@link OrderServices}, backed by `@o2c/credit`'s `decideCredit`.
 *
 * @remarks
 * Asks for the order's gross amount as priced, for the order's customer, as of today's date from the clock, and
 * keeps the decision's outcome and reasons (codes and messages). The full decision (exposure, limits, score) stays
 * with `@o2c/credit`; call `decideCredit` directly when a screen needs it.
 *
 * @param context - Credit data, FX rates, policy and overrides.
 * @param options - The clock.
 * @returns The credit service.
 * @since 0.1.0
 */
export function createCreditService(
  context: CreditContext,
  options: CreditServiceOptions,
): Pick<OrderServices, "checkCredit"> {
  return {
    checkCredit: async (order, priced): Promise<CreditOutcome> => {
      const decision = await decideCredit(
        {
          customerId: order.order.customer.id,
          orderId: order.orderId,
          amount: { amount: priced.gross, currency: priced.currency },
          asOf: BusinessDate.fromInstant(options.clock.now(), options.timeZone).toString(),
        },
        context,
      );
      return {
        status: decision.outcome,
        reasons: decision.reasons.map((reason) => ({ code: reason.code, message: reason.message })),
      };
    },
  };
}
