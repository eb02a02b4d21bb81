import { getCurrency } from "@o2c/core";
import { parseScaled, type Scaled, ZERO } from "../internal/scaled.js";
import type { CatalogInput, PromotionInput } from "../model/CatalogInput.js";
import type { PriceSource } from "../model/PricedOrder.js";

/** A quantity band with its bounds and price parsed. */
export interface CompiledBand {
  readonly upTo: Scaled | undefined;
  readonly price: Scaled;
  readonly upToText: string | undefined;
  readonly priceText: string;
  /** `" x " + priceText`, for explanations. */
  readonly timesText: string;
}

/** A product's price in a list, parsed. */
export interface CompiledPrice {
  readonly listId: string;
  readonly ruleId: string;
  readonly model: "unit" | "tiered" | "volume";
  readonly bands: readonly CompiledBand[];
  /** The price source of a `unit` price per scope, made once and shared by every line it prices (immutable). */
  readonly unitSources: { [scope in "customer" | "group" | "channel" | "general"]?: PriceSource };
}

/** A price list, indexed by product. */
export interface CompiledList {
  readonly id: string;
  readonly currency: string;
  readonly priceMode: "exclusive" | "inclusive";
  readonly priority: number;
  readonly customerIds: ReadonlySet<string> | undefined;
  readonly customerGroups: ReadonlySet<string> | undefined;
  readonly channels: ReadonlySet<string> | undefined;
  readonly validFrom: string | undefined;
  readonly validTo: string | undefined;
  readonly prices: ReadonlyMap<string, CompiledPrice>;
}

/** A product, parsed. */
export interface CompiledProduct {
  readonly id: string;
  readonly taxClass: string;
  /** Minimum unit price per currency. */
  readonly minimumUnitPrices: ReadonlyMap<string, Scaled>;
}

/** The catalog, indexed for pricing. */
export interface CompiledCatalog {
  readonly products: ReadonlyMap<string, CompiledProduct>;
  readonly lists: readonly CompiledList[];
  /** Promotions sorted by priority (descending), then id. */
  readonly promotions: readonly PromotionInput[];
}

function parse(value: string): Scaled {
  return parseScaled(value) ?? ZERO;
}

/** Indexes a validated catalog. */
export function compileCatalog(input: CatalogInput): CompiledCatalog {
  const products = new Map<string, CompiledProduct>();
  for (const product of input.products) {
    const minimums = new Map<string, Scaled>();
    for (const minimum of product.minimumUnitPrices ?? []) minimums.set(minimum.currency, parse(minimum.amount));
    products.set(product.id, { id: product.id, taxClass: product.taxClass, minimumUnitPrices: minimums });
  }
  const lists = input.priceLists.map((list): CompiledList => {
    getCurrency(list.currency);
    const prices = new Map<string, CompiledPrice>();
    for (const price of list.prices) {
      const model = price.model ?? "unit";
      const bands = model === "unit" ? [{ upTo: undefined, unitPrice: price.unitPrice ?? "0" }] : (price.bands ?? []);
      prices.set(price.productId, {
        listId: list.id,
        ruleId: price.id ?? `${list.id}:${price.productId}`,
        model,
        bands: bands.map((band) => ({
          upTo: band.upTo === undefined ? undefined : parse(band.upTo),
          price: parse(band.unitPrice),
          upToText: band.upTo,
          priceText: band.unitPrice,
          timesText: ` x ${band.unitPrice}`,
        })),
        unitSources: {},
      });
    }
    return {
      id: list.id,
      currency: list.currency,
      priceMode: list.priceMode ?? "exclusive",
      priority: list.priority ?? 0,
      customerIds: list.customerIds === undefined ? undefined : new Set(list.customerIds),
      customerGroups: list.customerGroups === undefined ? undefined : new Set(list.customerGroups),
      channels: list.channels === undefined ? undefined : new Set(list.channels),
      validFrom: list.validFrom,
      validTo: list.validTo,
      prices,
    };
  });
  const promotions = [...(input.promotions ?? [])].sort(
    (a, b) => (b.priority ?? 0) - (a.priority ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { products, lists, promotions };
}
