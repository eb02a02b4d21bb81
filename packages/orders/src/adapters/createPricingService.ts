import { BusinessDate, type Clock } from "@o2c/core";
import { type Catalog, type PricingContext, type PricingCustomer, priceOrder } from "@o2c/pricing";
import type { OrderContext } from "../model/OrderContext.js";
import type { PricedOrderSummary } from "../model/PricedOrderSummary.js";
import type { OrderServices } from "../service/OrderServices.js";

/**
 * Options of {@link createPricingService}.
 * @since 0.1.0
 */
export interface PricingServiceOptions {
  /** Today's date for price validity comes from this clock. */
  readonly clock: Clock;
  /** The IANA time zone "today" is taken in; UTC when omitted. */
  readonly timeZone?: string | undefined;
  /**
   * The pricing customer of an order (groups, tax status, tax id). By default: the order's customer id, a
   * `business` buyer in the billing address's country and region.
   */
  readonly customerOf?: ((order: OrderContext) => PricingCustomer) | undefined;
}

function defaultCustomer(order: OrderContext): PricingCustomer {
  const billing = order.order.billingAddress;
  return {
    id: order.order.customer.id,
    taxStatus: "business",
    country: billing.country,
    ...(billing.region === undefined ? {} : { region: billing.region }),
  };
}

/**
 * The `price` half of {@link OrderServices}, backed by `@o2c/pricing`'s `priceOrder`.
 *
 * @remarks
 * Each order line becomes a pricing line (`id` = line id, `productId` = SKU, quantity = ordered minus cancelled).
 * Amounts are copied exactly; the unit price is the line's net divided by its quantity, rounded half up to the
 * currency's minor unit (so it is an amount a credit note can carry). A line's `taxRate` and `taxCategory` are set
 * when one tax applies to it. Free lines that promotions add are part of the totals but have no order line.
 *
 * @param catalog - Products, price lists and promotions (`createCatalog`).
 * @param context - The tax provider, seller, price mode and rounding.
 * @param options - The clock and the mapping of the customer.
 * @returns The pricing service.
 * @throws `ValidationError` from `priceOrder` (`UNKNOWN_PRODUCT`, `NO_PRICE`...): the order service
 * records it as `order.pricingFailed`.
 * @since 0.1.0
 */
export function createPricingService(
  catalog: Catalog,
  context: PricingContext,
  options: PricingServiceOptions,
): Pick<OrderServices, "price"> {
  const customerOf = options.customerOf ?? defaultCustomer;
  return {
    price: async (order): Promise<PricedOrderSummary> => {
      const shipping = order.order.shippingAddress;
      const priced = await priceOrder(
        {
          currency: order.order.currency,
          date: BusinessDate.fromInstant(options.clock.now(), options.timeZone).toString(),
          customer: customerOf(order),
          shipTo: { country: shipping.country, ...(shipping.region === undefined ? {} : { region: shipping.region }) },
          channel: order.order.channel,
          lines: order.lines
            .filter((line) => line.ordered - line.cancelled > 0)
            .map((line) => ({ id: line.lineId, productId: line.sku, quantity: String(line.ordered - line.cancelled) })),
        },
        catalog,
        context,
      );
      const lineIds = new Set(order.lines.map((line) => line.lineId));
      return {
        currency: priced.currency,
        net: priced.totals.net.toString(),
        tax: priced.totals.tax.toString(),
        gross: priced.totals.gross.toString(),
        lines: priced.lines
          .filter((line) => lineIds.has(line.id) && !line.free)
          .map((line) => {
            const only = line.taxes.length === 1 ? line.taxes[0] : undefined;
            return {
              lineId: line.id,
              unitPrice: line.net.divide(line.quantity, "halfUp").toString(),
              net: line.net.toString(),
              tax: line.tax.toString(),
              gross: line.gross.toString(),
              ...(only === undefined ? {} : { taxRate: only.ratePercent, taxCategory: only.category }),
            };
          }),
        explanation: [...priced.lines.flatMap((line) => line.explanation.map((entry) => entry.text)), ...priced.notes],
      };
    },
  };
}
