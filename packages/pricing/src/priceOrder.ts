import { getCurrency, Money, O2CError, type TaxLineInput, ValidationError, type ValidationIssue } from "@o2c/core";
import type { CompiledCatalog } from "./catalog/compiledCatalog.js";
import { type Catalog, compiledOf } from "./catalog/createCatalog.js";
import { readPricingInput } from "./internal/readPricingInput.js";
import { multiplyScaled, parseScaled, type Scaled, toMinor } from "./internal/scaled.js";
import type { PromotionInput } from "./model/CatalogInput.js";
import type { PricedOrder } from "./model/PricedOrder.js";
import type { PricingContext } from "./model/PricingContext.js";
import type { PricingLineInput } from "./model/PricingInput.js";
import { findPrice, priceQuantity } from "./price/priceLine.js";
import { type RankedList, rankPriceLists } from "./price/rankPriceLists.js";
import { applyPromotions } from "./promotions/applyPromotions.js";
import type { LineState } from "./promotions/LineState.js";
import { toPricedOrder } from "./toPricedOrder.js";

/** What every line of one order shares while it is priced. */
interface PriceRun {
  readonly catalog: CompiledCatalog;
  readonly ranked: readonly RankedList[];
  readonly currency: string;
  readonly exponent: number;
  /** Explanation suffixes per price rule, shared by the lines of one order. */
  readonly suffixes: Map<string, string>;
  /** `" EUR = "`: between a line's formula and its amount in the explanation. */
  readonly equals: string;
}

/**
 * Prices one line; returns the issue instead when the product is unknown or has no price. `index` is the line's
 * position, or -1 for a free item.
 */
function priceLine(
  run: PriceRun,
  id: string,
  productId: string,
  quantityText: string,
  quantity: Scaled,
  index: number,
): LineState | ValidationIssue {
  const { currency, exponent } = run;
  const free = index < 0;
  const product = run.catalog.products.get(productId);
  if (product === undefined) {
    return { code: "UNKNOWN_PRODUCT", path: issuePath(index), message: `No product ${productId} in the catalog` };
  }
  const ranked = findPrice(run.ranked, productId, index);
  const compiledPrice = ranked?.list.prices.get(productId);
  const price =
    ranked === undefined || compiledPrice === undefined
      ? undefined
      : priceQuantity(compiledPrice, ranked, quantity, quantityText, exponent);
  if (price === undefined) {
    return {
      code: "NO_PRICE",
      path: issuePath(index),
      message: `No price list for ${currency} on this order prices ${quantityText} x ${productId}`,
    };
  }
  const minimum = free || product.minimumUnitPrices.size === 0 ? undefined : product.minimumUnitPrices.get(currency);
  const floorMinor = minimum === undefined ? 0n : toMinor(multiplyScaled(minimum, quantity), exponent, "ceiling");
  const listAmount = Money.fromMinor(price.listMinor, currency);
  const source = price.source;
  let suffix = run.suffixes.get(source.ruleId);
  if (suffix === undefined) {
    suffix = ` from price list ${source.priceListId} (${source.model} price, ${source.scope} scope)`;
    run.suffixes.set(source.ruleId, suffix);
  }
  return {
    id,
    productId,
    quantity,
    quantityText,
    taxClass: product.taxClass,
    unitPrice: price.unitPrice,
    source,
    listMinor: price.listMinor,
    listAmount,
    floorMinor,
    amountMinor: price.listMinor,
    discounted: false,
    locked: false,
    free,
    discounts: [],
    explanation: [
      {
        type: "price",
        text: price.formula + run.equals + listAmount.toString() + suffix,
        ruleId: source.ruleId,
        amount: listAmount,
      },
    ],
  };
}

function issuePath(index: number): (string | number)[] {
  return index < 0 ? ["promotions"] : ["lines", index, "productId"];
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
  const { order, quantities } = readPricingInput(input);
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
  const run: PriceRun = {
    catalog: compiled,
    ranked,
    currency,
    exponent,
    suffixes: new Map(),
    equals: ` ${currency} = `,
  };
  const issues: ValidationIssue[] = [];
  const lines: LineState[] = [];
  const inputLines = order.lines;
  for (let index = 0; index < inputLines.length; index++) {
    const line = inputLines[index] as PricingLineInput;
    const priced = priceLine(run, line.id, line.productId, line.quantity, quantities[index] as Scaled, index);
    if ("code" in priced) issues.push(priced);
    else lines.push(priced);
  }
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
      const priced = priceLine(run, `promo:${promotion.id}`, productId, quantity, parseScaled(quantity) as Scaled, -1);
      return "code" in priced ? undefined : priced;
    },
  });
  const taxLines: TaxLineInput[] = new Array<TaxLineInput>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as LineState;
    taxLines[i] = {
      id: l.id,
      amount: l.amountMinor === l.listMinor ? l.listAmount : Money.fromMinor(l.amountMinor, currency),
      taxClass: l.taxClass,
    };
  }
  const calculation = await context.taxProvider.calculate({
    currency,
    date: order.date,
    seller: context.seller,
    buyer: order.customer,
    shipTo: order.shipTo,
    priceMode,
    rounding,
    lines: taxLines,
  });
  return toPricedOrder({ order, lines, promotions, calculation, priceMode, rounding });
}
