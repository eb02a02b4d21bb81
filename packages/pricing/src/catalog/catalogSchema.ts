import { z } from "zod";
import { compareScaled, parseScaled, ZERO } from "../internal/scaled.js";
import { currencyCode, dateString, decimalString, idString, moneyDto } from "../internal/zodHelpers.js";
import type { CatalogInput } from "../model/CatalogInput.js";

function issue(ctx: { issues: unknown[]; value: unknown }, code: string, path: (string | number)[], message: string) {
  (ctx.issues as z.core.$ZodRawIssue[]).push({ code: "custom", message, input: ctx.value, path, params: { code } });
}

const priceString = decimalString({
  invalid: "INVALID_PRICE",
  negative: "NEGATIVE_PRICE",
  maxScale: { places: 6, code: "PRICE_PRECISION" },
});
const positiveQuantity = decimalString({
  invalid: "INVALID_QUANTITY",
  negative: "NEGATIVE_QUANTITY",
  zero: "ZERO_QUANTITY",
  maxScale: { places: 6, code: "INVALID_QUANTITY" },
});
const HUNDRED = { units: 100n, scale: 0 };
const percentString = decimalString({ invalid: "INVALID_PERCENT", negative: "INVALID_PERCENT" }).check((ctx) => {
  const value = parseScaled(ctx.value);
  if (value !== undefined && compareScaled(value, HUNDRED) > 0)
    issue(ctx, "INVALID_PERCENT", [], "A percentage off cannot exceed 100");
});

function checkValidity(ctx: {
  value: { validFrom?: string | undefined; validTo?: string | undefined };
  issues: unknown[];
}) {
  const { validFrom, validTo } = ctx.value;
  if (validFrom !== undefined && validTo !== undefined && validFrom > validTo) {
    issue(ctx, "INVALID_VALIDITY", ["validTo"], `validTo ${validTo} is before validFrom ${validFrom}`);
  }
}

function checkUnique(ctx: { issues: unknown[]; value: unknown }, ids: readonly string[], path: string) {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) issue(ctx, "DUPLICATE_ID", [path, index, "id"], `Id ${id} appears twice in ${path}`);
    seen.add(id);
  });
}

const bandSchema = z.object({ upTo: positiveQuantity.optional(), unitPrice: priceString });

const priceEntrySchema = z
  .object({
    id: idString.optional(),
    productId: idString,
    model: z.enum(["unit", "tiered", "volume"]).optional(),
    unitPrice: priceString.optional(),
    bands: z.array(bandSchema).optional(),
  })
  .check((ctx) => {
    const { model = "unit", unitPrice, bands } = ctx.value;
    if (model === "unit") {
      if (unitPrice === undefined) issue(ctx, "REQUIRED", ["unitPrice"], "A unit price needs unitPrice");
      return;
    }
    if (bands === undefined || bands.length === 0) {
      issue(ctx, "INVALID_BANDS", ["bands"], `A ${model} price needs at least one band`);
      return;
    }
    for (let i = 0; i < bands.length; i++) {
      const upTo = bands[i]?.upTo;
      if (upTo === undefined) {
        if (i < bands.length - 1) issue(ctx, "INVALID_BANDS", ["bands", i, "upTo"], "Only the last band may be open");
        continue;
      }
      const previous = i === 0 ? undefined : bands[i - 1]?.upTo;
      if (previous !== undefined && compareScaled(parseScaled(upTo) ?? ZERO, parseScaled(previous) ?? ZERO) <= 0) {
        issue(ctx, "INVALID_BANDS", ["bands", i, "upTo"], "Bands must ascend strictly by upTo");
      }
    }
  });

const priceListSchema = z
  .object({
    id: idString,
    currency: currencyCode,
    priceMode: z.enum(["exclusive", "inclusive"]).optional(),
    priority: z.number().int().optional(),
    customerIds: z.array(idString).optional(),
    customerGroups: z.array(idString).optional(),
    channels: z.array(idString).optional(),
    validFrom: dateString.optional(),
    validTo: dateString.optional(),
    prices: z.array(priceEntrySchema),
  })
  .superRefine(
    (value, ctx) => {
      // Runs even when other fields failed (`when`), so these problems are reported with the others; the value may
      // then be malformed, hence the guards.
      const { validFrom, validTo, prices } = value as { validFrom?: unknown; validTo?: unknown; prices?: unknown };
      if (typeof validFrom === "string" && typeof validTo === "string" && validFrom > validTo) {
        const message = `validTo ${validTo} is before validFrom ${validFrom}`;
        ctx.addIssue({ code: "custom", message, path: ["validTo"], params: { code: "INVALID_VALIDITY" } });
      }
      if (!Array.isArray(prices)) return;
      const seen = new Set<string>();
      prices.forEach((price: unknown, index) => {
        const productId = (price as { productId?: unknown } | null)?.productId;
        if (typeof productId !== "string") return;
        if (seen.has(productId)) {
          const message = `Product ${productId} is priced twice`;
          ctx.addIssue({
            code: "custom",
            message,
            path: ["prices", index, "productId"],
            params: { code: "DUPLICATE_ID" },
          });
        }
        seen.add(productId);
      });
    },
    { when: () => true },
  );

const effectSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("linePercent"), percent: percentString }),
  z.object({ type: z.literal("lineFixed"), amount: moneyDto, per: z.enum(["line", "unit"]).optional() }),
  z.object({ type: z.literal("orderPercent"), percent: percentString }),
  z.object({ type: z.literal("orderFixed"), amount: moneyDto }),
  z.object({
    type: z.literal("buyXGetY"),
    buyProductIds: z.array(idString).min(1),
    buyQuantity: positiveQuantity,
    getProductId: idString,
    getQuantity: positiveQuantity,
    percent: percentString.optional(),
  }),
  z.object({ type: z.literal("freeItem"), productId: idString, quantity: positiveQuantity }),
]);

const promotionSchema = z
  .object({
    id: idString,
    name: z.string().optional(),
    priority: z.number().int().optional(),
    exclusive: z.boolean().optional(),
    stackable: z.boolean().optional(),
    couponCode: z.string().min(1).optional(),
    usageLimit: z.number().int().nonnegative().optional(),
    validFrom: dateString.optional(),
    validTo: dateString.optional(),
    customerGroups: z.array(idString).optional(),
    channels: z.array(idString).optional(),
    productIds: z.array(idString).optional(),
    minSubtotal: moneyDto.optional(),
    cap: moneyDto.optional(),
    effect: effectSchema,
  })
  .check((ctx) => checkValidity(ctx));

/**
 * The zod schema of a {@link CatalogInput}. Issue codes: `INVALID_PRICE`, `NEGATIVE_PRICE`, `PRICE_PRECISION`,
 * `INVALID_BANDS`, `INVALID_PERCENT`, `INVALID_VALIDITY`, `DUPLICATE_ID`, `UNKNOWN_PRODUCT` (a price or promotion for
 * a product the catalog lacks), `UNKNOWN_CURRENCY`, `INVALID_DATE`, `REQUIRED`, `INVALID_TYPE`.
 * @since 0.1.0
 */
export const catalogInputSchema: z.ZodType<CatalogInput, unknown> = z
  .object({
    products: z.array(
      z.object({
        id: idString,
        taxClass: idString,
        minimumUnitPrices: z.array(moneyDto).optional(),
      }),
    ),
    priceLists: z.array(priceListSchema),
    promotions: z.array(promotionSchema).optional(),
  })
  .check((ctx) => {
    const value = ctx.value;
    checkUnique(
      ctx,
      value.products.map((p) => p.id),
      "products",
    );
    checkUnique(
      ctx,
      value.priceLists.map((p) => p.id),
      "priceLists",
    );
    checkUnique(
      ctx,
      (value.promotions ?? []).map((p) => p.id),
      "promotions",
    );
    const products = new Set(value.products.map((p) => p.id));
    value.priceLists.forEach((list, i) => {
      list.prices.forEach((price, j) => {
        if (!products.has(price.productId)) {
          issue(ctx, "UNKNOWN_PRODUCT", ["priceLists", i, "prices", j, "productId"], `No product ${price.productId}`);
        }
      });
    });
    (value.promotions ?? []).forEach((promotion, i) => {
      const effect = promotion.effect;
      const referenced =
        effect.type === "buyXGetY"
          ? [...effect.buyProductIds, effect.getProductId]
          : effect.type === "freeItem"
            ? [effect.productId]
            : [];
      for (const id of [...referenced, ...(promotion.productIds ?? [])]) {
        if (!products.has(id)) issue(ctx, "UNKNOWN_PRODUCT", ["promotions", i, "effect"], `No product ${id}`);
      }
    });
  }) as unknown as z.ZodType<CatalogInput, unknown>;
