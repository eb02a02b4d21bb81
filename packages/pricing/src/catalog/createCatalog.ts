import { O2CError, parseWith } from "@o2c/core";
import type { CatalogInput } from "../model/CatalogInput.js";
import { catalogInputSchema } from "./catalogSchema.js";
import { type CompiledCatalog, compileCatalog } from "./compiledCatalog.js";

/**
 * A validated, indexed catalog, made by {@link createCatalog} and passed to {@link priceOrder}.
 * @since 0.1.0
 */
export interface Catalog {
  /** The validated catalog data. */
  readonly input: CatalogInput;
}

const compiled = new WeakMap<Catalog, CompiledCatalog>();

/**
 * Validates catalog data (products, price lists, promotions) and indexes it for {@link priceOrder}.
 *
 * @remarks
 * Build the catalog once and price many orders with it: validation and indexing happen here, not per order.
 * @param input - Untrusted catalog data, prices as decimal strings.
 * @returns The catalog.
 * @throws `ValidationError` `VALIDATION_FAILED` with every issue, for example `NEGATIVE_PRICE` at
 * `priceLists[0].prices[2].unitPrice`, `INVALID_BANDS`, `INVALID_PERCENT`, `DUPLICATE_ID` or `UNKNOWN_PRODUCT`.
 * @example
 * ```ts
 * import { createCatalog } from "@o2c/pricing";
 *
 * const catalog = createCatalog({
 *   products: [{ id: "coffee", taxClass: "food" }],
 *   priceLists: [{ id: "eu", currency: "EUR", prices: [{ productId: "coffee", unitPrice: "3.60" }] }],
 * });
 * catalog.input.priceLists.length //=> 1
 * ```
 * @since 0.1.0
 */
export function createCatalog(input: unknown): Catalog {
  const data = parseWith(catalogInputSchema, input);
  const catalog: Catalog = Object.freeze({ input: data });
  compiled.set(catalog, compileCatalog(data));
  return catalog;
}

/** The index of a catalog made by {@link createCatalog}; throws `INVALID_CATALOG` for anything else. */
export function compiledOf(catalog: Catalog): CompiledCatalog {
  const found = compiled.get(catalog);
  if (found === undefined) {
    throw new O2CError("INVALID_CATALOG", "Pass a catalog made by createCatalog(data)", { path: ["catalog"] });
  }
  return found;
}
