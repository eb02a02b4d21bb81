import { O2CDecimal, O2CError } from "@o2c/core";
import type { CompiledPrice } from "../catalog/compiledCatalog.js";
import {
  addScaled,
  compareScaled,
  formatScaled,
  minScaled,
  multiplyScaled,
  type Scaled,
  subtractScaled,
  toMinor,
  toMinorUnits,
  ZERO,
} from "../internal/scaled.js";
import type { PriceBandUse, PriceSource } from "../model/PricedOrder.js";
import type { RankedList } from "./rankPriceLists.js";

/** A line's price: the list amount in minor units and where it came from. */
export interface LinePrice {
  /** `quantity x price`, rounded half up to minor units. */
  readonly listMinor: bigint;
  /** The (average) unit price as a decimal string. */
  readonly unitPrice: string;
  readonly source: PriceSource;
  /** `"3 x 3.60"` or `"10 x 5.00 + 2 x 4.00"`. */
  readonly formula: string;
}

function samePrice(a: CompiledPrice, b: CompiledPrice): boolean {
  if (a.model !== b.model || a.bands.length !== b.bands.length) return false;
  return a.bands.every((band, i) => {
    const other = b.bands[i];
    if (other === undefined || compareScaled(band.price, other.price) !== 0) return false;
    if (band.upTo === undefined || other.upTo === undefined) return band.upTo === other.upTo;
    return compareScaled(band.upTo, other.upTo) === 0;
  });
}

/**
 * Finds the best-ranked list that prices a product among the ranked lists.
 *
 * @returns The list (its `prices` has the product), or `undefined` when no list prices the product.
 * @throws {@link O2CError} `PRICE_RULE_CONFLICT` when two lists of the same rank price it differently.
 */
export function findPrice(ranked: readonly RankedList[], productId: string, lineIndex: number): RankedList | undefined {
  for (let i = 0; i < ranked.length; i++) {
    const candidate = ranked[i] as RankedList;
    const price = candidate.list.prices.get(productId);
    if (price === undefined) continue;
    for (let j = i + 1; j < ranked.length; j++) {
      const other = ranked[j] as RankedList;
      if (other.key !== candidate.key) break;
      const otherPrice = other.list.prices.get(productId);
      if (otherPrice !== undefined && !samePrice(price, otherPrice)) {
        throw new O2CError(
          "PRICE_RULE_CONFLICT",
          `Price lists ${candidate.list.id} and ${other.list.id} have the same rank and price ${productId} differently: give one a higher priority`,
          { path: ["lines", lineIndex, "productId"], details: { priceListIds: [candidate.list.id, other.list.id] } },
        );
      }
    }
    return candidate;
  }
  return undefined;
}

const NO_BANDS: readonly PriceBandUse[] = Object.freeze([]);
/** The price source of a unit price, shared by every line it prices (it is immutable data). */
function unitSource(price: CompiledPrice, ranked: RankedList): PriceSource {
  let source = price.unitSources[ranked.scope];
  if (source === undefined) {
    source = Object.freeze({
      priceListId: price.listId,
      ruleId: price.ruleId,
      model: price.model,
      scope: ranked.scope,
      bands: NO_BANDS,
    });
    price.unitSources[ranked.scope] = source;
  }
  return source;
}

/**
 * Prices a quantity with a unit, tiered or volume price, rounding the exact amount once, half up, to minor units.
 *
 * @returns The price, or `undefined` when the quantity is above the last band.
 */
export function priceQuantity(
  price: CompiledPrice,
  ranked: RankedList,
  quantity: Scaled,
  quantityText: string,
  exponent: number,
): LinePrice | undefined {
  const only = price.bands.length === 1 ? price.bands[0] : undefined;
  if (price.model === "unit" && only !== undefined && only.upTo === undefined) {
    // The common case, without intermediate values: one unit price for any quantity.
    return {
      listMinor: toMinorUnits(quantity.units * only.price.units, quantity.scale + only.price.scale, exponent, "halfUp"),
      unitPrice: only.priceText,
      formula: quantityText + only.timesText,
      source: unitSource(price, ranked),
    };
  }
  const bands: PriceBandUse[] = [];
  let exact: Scaled = ZERO;
  let unitPrice: string;
  let formula: string;
  const q = quantityText;
  if (price.model === "tiered") {
    let previous: Scaled = ZERO;
    const parts: string[] = [];
    for (const band of price.bands) {
      const top = band.upTo === undefined ? quantity : minScaled(quantity, band.upTo);
      const portion = subtractScaled(top, previous);
      if (portion.units > 0n) {
        exact = addScaled(exact, multiplyScaled(portion, band.price));
        bands.push({ upTo: band.upToText, quantity: formatScaled(portion), unitPrice: band.priceText });
        parts.push(`${formatScaled(portion)} x ${band.priceText}`);
      }
      if (band.upTo === undefined || compareScaled(quantity, band.upTo) <= 0) {
        previous = quantity;
        break;
      }
      previous = band.upTo;
    }
    if (compareScaled(previous, quantity) < 0) return undefined;
    formula = parts.join(" + ");
    unitPrice = new O2CDecimal(formatScaled(exact)).dividedBy(q).toDecimalPlaces(6, O2CDecimal.ROUND_HALF_UP).toFixed();
  } else {
    const band = price.bands.find((b) => b.upTo === undefined || compareScaled(quantity, b.upTo) <= 0);
    if (band === undefined) return undefined;
    exact = multiplyScaled(quantity, band.price);
    if (price.model === "volume") bands.push({ upTo: band.upToText, quantity: q, unitPrice: band.priceText });
    unitPrice = band.priceText;
    formula = `${q} x ${band.priceText}`;
  }
  const source: PriceSource =
    price.model === "unit"
      ? unitSource(price, ranked)
      : { priceListId: price.listId, ruleId: price.ruleId, model: price.model, scope: ranked.scope, bands };
  return { listMinor: toMinor(exact, exponent, "halfUp"), unitPrice, formula, source };
}
