import { getCurrency, Money, O2CError, ValidationError, type ValidationIssue } from "@o2c/core";
import type { CompiledCatalog } from "./catalog/compiledCatalog.js";
import { type Catalog, compiledOf } from "./catalog/createCatalog.js";
import { multiplyScaled, parseScaled, type Scaled, toMinor } from "./internal/scaled.js";
import type { PromotionInput } from "./model/CatalogInput.js";
import type { ExplanationEntry, PricedOrder } from "./model/PricedOrder.js";
import type { PricingContext } from "./model/PricingContext.js";
import type { PricingInput } from "./model/PricingInput.js";
import { findPrice, priceQuantity } from "./price/priceLine.js";
import { type RankedList, rankPriceLists } from "./price/rankPriceLists.js";
import { applyPromotions } from "./promotions/applyPromotions.js";
import type { LineState } from "./promotions/LineState.js";
import { parsePricingInput } from "./schemas.js";
import { toPricedOrder } from "./toPricedOrder.js";

interface PriceLineArgs {
  readonly catalog: CompiledCatalog;
  readonly ranked: readonly RankedList[];
  readonly id: string;
  readonly productId: string;
  readonly quantityText: string;
  readonly currency: string;
  readonly exponent: number;
  readonly index: number;
  readonly free: boolean;
  /** Explanation suffixes per price rule, shared by the lines of one order. */
  readonly suffixes: Map<string, string>;
}

/** Prices one line; returns the issue instead when the product is unknown or has no price. */
function priceLine(args: PriceLineArgs): LineState | ValidationIssue {
  const { catalog, productId, index, currency, exponent } = args;
  const product = catalog.products.get(productId);
  const path = args.free ? ["promotions"] : ["lines", index, "productId"];
  if (product === undefined)
    return { code: "UNKNOWN_PRODUCT", path, message: `No product ${productId} in the catalog` };
  const quantity = parseScaled(args.quantityText) as Scaled;
  const found = findPrice(args.ranked, productId, index);
  const price = found === undefined ? undefined : priceQuantity(found, quantity, args.quantityText, exponent);
  if (price === undefined) {
    return {
      code: "NO_PRICE",
      path,
      message: `No price list for ${currency} on this order prices ${args.quantityText} x ${productId}`,
    };
  }
  const minimum = product.minimumUnitPrices.get(currency);
  const floorMinor =
    minimum === undefined || args.free ? 0n : toMinor(multiplyScaled(minimum, quantity), exponent, "ceiling");
  const listAmount = Money.fromMinor(price.listMinor, currency);
  let suffix = args.suffixes.get(price.source.ruleId);
  if (suffix === undefined) {
    suffix = ` from price list ${price.source.priceListId} (${price.source.model} price, ${price.source.scope} scope)`;
    args.suffixes.set(price.source.ruleId, suffix);
  }
  const explanation: ExplanationEntry[] = [
    {
      type: "price",
      text: `${price.formula} ${currency} = ${listAmount}${suffix}`,
      ruleId: price.source.ruleId,
      amount: listAmount,
    },
  ];
  return {
    id: args.id,
    productId,
    quantity,
    quantityText: args.quantityText,
    taxClass: product.taxClass,
    unitPrice: price.unitPrice,
    source: price.source,
    listMinor: price.listMinor,
    listAmount,
    floorMinor,
    amountMinor: price.listMinor,
    discounted: false,
    locked: false,
    free: args.free,
    discounts: [],
    explanation,
  };
}

/**
 * Prices an order: resolves each line's price from the catalog's price lists, applies the promotions and coupons,
 * and taxes the result through the context's `TaxProvider`, explaining every number.
 *
 * @remarks
 * Price lists: see {@link PriceListInput} for the ranking; quantities are positive decimal strings in the product's
 * base unit. Each line's list amount is `quantity x unit price` rounded once, half up, to the currency's minor unit
 * (JPY 0 digits, KWD 3). Promotions: see {@link PromotionInput}; discounts are rounded half up per line, order-level
 * ones spread by largest remainder, and no line goes below zero or its minimum price. Tax: the provider gets each
 * line's amount after discounts (net, or gross for `inclusive` prices) with the chosen `rounding`. The result keeps
 * `sum(lines.net) = totals.net`, `sum(taxBreakdown.taxAmount) = totals.tax` and `net + tax = gross` on every line.
 * The result does not depend on the order of the lines, price lists or promotions in the input.
 * @param input - The order, as untrusted data; validated with {@link parsePricingInput}.
 * @param catalog - Products, price lists and promotions, made by {@link createCatalog}.
 * @param context - The tax provider, the seller, the price mode, the rounding and the coupon usage counts.
 * @returns The priced order.
 * @throws `ValidationError` `VALIDATION_FAILED` for bad input (`NEGATIVE_QUANTITY`,
 * `UNKNOWN_CURRENCY`...) and for lines the catalog cannot price (`UNKNOWN_PRODUCT`, `NO_PRICE`, path
 * `lines[i].productId`); `O2CError` `PRICE_RULE_CONFLICT`, `PROMOTION_CONFLICT`, `INVALID_CATALOG`,
 * and the provider's `TAX_NO_RULE`, `TAX_RULE_CONFLICT`, `TAX_RESULT_MISMATCH`.
 * @example
 * ```ts
 * import { createCatalog, createRuleBasedTaxProvider, exampleTaxRules, priceOrder } from "@o2c/pricing";
 *
 * const catalog = createCatalog({
 *   products: [{ id: "coffee", taxClass: "reduced" }],
 *   priceLists: [{ id: "fr", currency: "EUR", prices: [{ productId: "coffee", unitPrice: "3.60" }] }],
 *   promotions: [{ id: "welcome", couponCode: "HELLO", effect: { type: "orderPercent", percent: "10" } }],
 * });
 * const order = await priceOrder(
 *   {
 *     currency: "EUR", date: "2026-03-02", couponCodes: ["hello"],
 *     customer: { id: "c1", taxStatus: "consumer", country: "FR" },
 *     lines: [{ id: "1", productId: "coffee", quantity: "10" }],
 *   },
 *   catalog,
 *   { taxProvider: createRuleBasedTaxProvider(exampleTaxRules), seller: { country: "FR" } },
 * );
 * order.lines[0]?.listAmount.toString() //=> "36.00"
 * order.totals.net.toString() //=> "32.40"
 * order.totals.tax.toString() //=> "1.78"
 * order.totals.gross.toString() //=> "34.18"
 * order.consumedCoupons //=> [{ code: "hello", promotionId: "welcome" }]
 * ```
 * @since 0.1.0
 */
export async function priceOrder(input: unknown, catalog: Catalog, context: PricingContext): Promise<PricedOrder> {
  const order: PricingInput = parsePricingInput(input);
  const compiled = compiledOf(catalog);
  const priceMode = context.priceMode ?? "exclusive";
  const rounding = context.rounding ?? "line";
  if (priceMode !== "exclusive" && priceMode !== "inclusive") {
    throw new O2CError("INVALID_PRICE_MODE", `Unknown price mode ${String(priceMode)}`, { path: ["priceMode"] });
  }
  if (rounding !== "line" && rounding !== "document") {
    throw new O2CError("INVALID_ROUNDING", `Unknown rounding ${String(rounding)}`, { path: ["rounding"] });
  }
  const { currency } = order;
  const exponent = getCurrency(currency).exponent;
  const groups = new Set(order.customer.groups ?? []);
  const ranked = rankPriceLists(compiled.lists, {
    currency,
    priceMode,
    date: order.date,
    customerId: order.customer.id,
    groups,
    channel: order.channel,
  });
  const issues: ValidationIssue[] = [];
  const lines: LineState[] = [];
  const suffixes = new Map<string, string>();
  order.lines.forEach((line, index) => {
    const priced = priceLine({
      catalog: compiled,
      ranked,
      id: line.id,
      productId: line.productId,
      quantityText: line.quantity,
      currency,
      exponent,
      index,
      free: false,
      suffixes,
    });
    if ("code" in priced) issues.push(priced);
    else lines.push(priced);
  });
  if (issues.length > 0) throw new ValidationError(issues);
  const promotions = applyPromotions(compiled.promotions, lines, {
    currency,
    exponent,
    date: order.date,
    groups,
    channel: order.channel,
    couponCodes: order.couponCodes ?? [],
    couponUsage: context.couponUsage,
    priceFreeItem: (promotion: PromotionInput, productId: string, quantity: string) => {
      const priced = priceLine({
        catalog: compiled,
        ranked,
        id: `promo:${promotion.id}`,
        productId,
        quantityText: quantity,
        currency,
        exponent,
        index: -1,
        free: true,
        suffixes,
      });
      return "code" in priced ? undefined : priced;
    },
  });
  const calculation = await context.taxProvider.calculate({
    currency,
    date: order.date,
    seller: context.seller,
    buyer: order.customer,
    shipTo: order.shipTo,
    priceMode,
    rounding,
    lines: lines.map((l) => ({
      id: l.id,
      amount: l.amountMinor === l.listMinor ? l.listAmount : Money.fromMinor(l.amountMinor, currency),
      taxClass: l.taxClass,
    })),
  });
  return toPricedOrder({ order, lines, promotions, calculation, priceMode, rounding });
}
