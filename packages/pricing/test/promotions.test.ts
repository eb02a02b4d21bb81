import { describe, expect, it } from "vitest";
import { type CatalogInput, createCatalog, type PricingInput, type PromotionInput, priceOrder } from "../src/index.js";
import { caught, context, expectO2CError } from "./helpers.js";

const base: CatalogInput = {
  products: [
    { id: "shirt", taxClass: "standard" },
    { id: "socks", taxClass: "standard" },
    { id: "mug", taxClass: "standard", minimumUnitPrices: [{ amount: "4.00", currency: "EUR" }] },
    { id: "sticker", taxClass: "standard" },
  ],
  priceLists: [
    {
      id: "retail",
      currency: "EUR",
      prices: [
        { productId: "shirt", unitPrice: "20.00" },
        { productId: "socks", unitPrice: "5.00" },
        { productId: "mug", unitPrice: "5.00" },
        { productId: "sticker", unitPrice: "0.50" },
      ],
    },
  ],
};

function withPromotions(...promotions: PromotionInput[]) {
  return createCatalog({ ...base, promotions });
}

function order(lines: [string, string][], extra: Partial<PricingInput> = {}): PricingInput {
  return {
    currency: "EUR",
    date: "2026-03-02",
    customer: { id: "c1", taxStatus: "consumer", country: "DE" },
    lines: lines.map(([productId, quantity], i) => ({ id: `l${i + 1}`, productId, quantity })),
    ...extra,
  };
}

describe("discounts", () => {
  it("takes a line percentage off each eligible line, rounded half up per line", async () => {
    const catalog = withPromotions({
      id: "p10",
      productIds: ["socks"],
      effect: { type: "linePercent", percent: "15" },
    });
    const result = await priceOrder(
      order([
        ["socks", "3"],
        ["shirt", "1"],
      ]),
      catalog,
      context(),
    );
    expect(result.lines[0]?.discountTotal.toString()).toBe("2.25");
    expect(result.lines[1]?.discountTotal.toString()).toBe("0.00");
    expect(result.appliedPromotions[0]?.lines.map((l) => [l.lineId, l.amount.toString()])).toEqual([["l1", "2.25"]]);
  });

  it("takes a fixed amount per line or per unit", async () => {
    const perLine = withPromotions({
      id: "f",
      effect: { type: "lineFixed", amount: { amount: "1.00", currency: "EUR" } },
    });
    const perUnit = withPromotions({
      id: "f",
      effect: { type: "lineFixed", per: "unit", amount: { amount: "1.00", currency: "EUR" } },
    });
    expect((await priceOrder(order([["socks", "3"]]), perLine, context())).totals.discount.toString()).toBe("1.00");
    expect((await priceOrder(order([["socks", "3"]]), perUnit, context())).totals.discount.toString()).toBe("3.00");
  });

  it("spreads an order-level fixed amount over the lines so they still add up", async () => {
    const catalog = withPromotions({
      id: "ten",
      effect: { type: "orderFixed", amount: { amount: "10.00", currency: "EUR" } },
    });
    const result = await priceOrder(
      order([
        ["shirt", "1"],
        ["socks", "1"],
        ["sticker", "1"],
      ]),
      catalog,
      context(),
    );
    const shares = result.lines.map((l) => l.discountTotal.toString());
    expect(shares).toEqual(["7.84", "1.96", "0.20"]); // 7.843, 1.961, 0.196 by largest remainder
    expect(result.totals.discount.toString()).toBe("10.00");
    expect(result.totals.net.toString()).toBe("15.50");
  });

  it("never takes a total below zero", async () => {
    const catalog = withPromotions({
      id: "big",
      effect: { type: "orderFixed", amount: { amount: "100.00", currency: "EUR" } },
    });
    const result = await priceOrder(order([["socks", "1"]]), catalog, context());
    expect(result.totals.net.toString()).toBe("0.00");
    expect(result.totals.gross.toString()).toBe("0.00");
    expect(result.appliedPromotions[0]?.amount.toString()).toBe("5.00");
  });

  it("keeps a line at its minimum price and says so", async () => {
    const catalog = withPromotions({ id: "half", effect: { type: "linePercent", percent: "50" } });
    const result = await priceOrder(order([["mug", "3"]]), catalog, context());
    expect(result.lines[0]?.amount.toString()).toBe("12.00");
    expect(result.appliedPromotions[0]?.limited).toBe(true);
    expect(result.lines[0]?.explanation.map((e) => e.type)).toEqual(["price", "guard", "discount", "tax"]);
  });

  it("buy 2 get 1 free on the same product: 3 units pay 2", async () => {
    const catalog = withPromotions({
      id: "b2g1",
      effect: { type: "buyXGetY", buyProductIds: ["socks"], buyQuantity: "2", getProductId: "socks", getQuantity: "1" },
    });
    const result = await priceOrder(order([["socks", "7"]]), catalog, context());
    expect(result.lines[0]?.discountTotal.toString()).toBe("10.00"); // 7 units: 2 sets of 3, 2 free
  });

  it("buy a shirt, get socks at half price", async () => {
    const catalog = withPromotions({
      id: "combo",
      effect: {
        type: "buyXGetY",
        buyProductIds: ["shirt"],
        buyQuantity: "1",
        getProductId: "socks",
        getQuantity: "1",
        percent: "50",
      },
    });
    const result = await priceOrder(
      order([
        ["shirt", "2"],
        ["socks", "3"],
      ]),
      catalog,
      context(),
    );
    expect(result.lines[1]?.discountTotal.toString()).toBe("5.00");
    const none = await priceOrder(order([["socks", "3"]]), catalog, context());
    expect(none.notAppliedPromotions).toEqual([
      expect.objectContaining({ promotionId: "combo", reason: "NOT_ELIGIBLE" }),
    ]);
  });

  it("adds a free item as its own fully discounted line", async () => {
    const catalog = withPromotions({
      id: "gift",
      minSubtotal: { amount: "20.00", currency: "EUR" },
      effect: { type: "freeItem", productId: "sticker", quantity: "2" },
    });
    const result = await priceOrder(order([["shirt", "1"]]), catalog, context());
    expect(result.lines.map((l) => [l.id, l.free, l.listAmount.toString(), l.amount.toString()])).toEqual([
      ["l1", false, "20.00", "20.00"],
      ["promo:gift", true, "1.00", "0.00"],
    ]);
    const small = await priceOrder(order([["socks", "1"]]), catalog, context());
    expect(small.lines).toHaveLength(1);
    expect(small.notAppliedPromotions[0]?.reason).toBe("NOT_ELIGIBLE");
  });

  it("caps a promotion's total", async () => {
    const catalog = withPromotions({
      id: "cap",
      cap: { amount: "3.00", currency: "EUR" },
      effect: { type: "linePercent", percent: "20" },
    });
    const result = await priceOrder(
      order([
        ["shirt", "1"],
        ["socks", "2"],
      ]),
      catalog,
      context(),
    );
    expect(result.appliedPromotions[0]?.amount.toString()).toBe("3.00");
    expect(result.appliedPromotions[0]?.limited).toBe(true);
  });
});

describe("priority, exclusive and stackable rules", () => {
  it("applies promotions by priority, each on what the earlier ones left", async () => {
    const catalog = withPromotions(
      { id: "a", priority: 1, effect: { type: "linePercent", percent: "10" } },
      { id: "b", priority: 2, effect: { type: "lineFixed", amount: { amount: "2.00", currency: "EUR" } } },
    );
    const result = await priceOrder(order([["shirt", "1"]]), catalog, context());
    expect(result.appliedPromotions.map((p) => [p.promotionId, p.amount.toString()])).toEqual([
      ["b", "2.00"],
      ["a", "1.80"],
    ]);
  });

  it("an exclusive promotion excludes every other one", async () => {
    const catalog = withPromotions(
      { id: "a", effect: { type: "linePercent", percent: "10" } },
      { id: "x", exclusive: true, effect: { type: "linePercent", percent: "30" } },
    );
    const result = await priceOrder(order([["shirt", "1"]]), catalog, context());
    expect(result.appliedPromotions.map((p) => p.promotionId)).toEqual(["x"]);
    expect(result.notAppliedPromotions).toEqual([
      expect.objectContaining({ promotionId: "a", reason: "EXCLUDED_BY_EXCLUSIVE" }),
    ]);
  });

  it("two applicable exclusive promotions of one priority are a conflict", async () => {
    const catalog = withPromotions(
      { id: "x", exclusive: true, effect: { type: "linePercent", percent: "10" } },
      { id: "y", exclusive: true, effect: { type: "linePercent", percent: "20" } },
    );
    expectO2CError(await caught(() => priceOrder(order([["shirt", "1"]]), catalog, context())), "PROMOTION_CONFLICT", [
      "promotions",
    ]);
  });

  it("a non-stackable promotion skips lines already discounted", async () => {
    const catalog = withPromotions(
      { id: "first", priority: 2, productIds: ["shirt"], effect: { type: "linePercent", percent: "10" } },
      { id: "solo", priority: 1, stackable: false, effect: { type: "linePercent", percent: "50" } },
    );
    const result = await priceOrder(
      order([
        ["shirt", "1"],
        ["socks", "1"],
      ]),
      catalog,
      context(),
    );
    expect(result.lines.map((l) => l.discounts.map((d) => d.promotionId))).toEqual([["first"], ["solo"]]);
    const onlyShirt = await priceOrder(order([["shirt", "1"]]), catalog, context());
    expect(onlyShirt.notAppliedPromotions).toEqual([
      expect.objectContaining({ promotionId: "solo", reason: "NOT_STACKABLE" }),
    ]);
  });
});

describe("coupons", () => {
  const coupon = (extra: Partial<PromotionInput> = {}) =>
    withPromotions({
      id: "spring",
      couponCode: "SPRING",
      usageLimit: 100,
      validTo: "2026-04-30",
      effect: { type: "orderPercent", percent: "10" },
      ...extra,
    });

  it("applies a coupon case-insensitively and returns it as consumed", async () => {
    const result = await priceOrder(order([["shirt", "1"]], { couponCodes: ["spring"] }), coupon(), context());
    expect(result.consumedCoupons).toEqual([{ code: "spring", promotionId: "spring" }]);
    expect(result.appliedPromotions[0]?.couponCode).toBe("spring");
  });

  it("does not apply a coupon-only promotion without its code", async () => {
    const result = await priceOrder(order([["shirt", "1"]]), coupon(), context());
    expect(result.appliedPromotions).toEqual([]);
    expect(result.consumedCoupons).toEqual([]);
  });

  it("reports an expired, a not yet valid, a used-up and an unknown coupon as not applied", async () => {
    const expired = await priceOrder(
      order([["shirt", "1"]], { couponCodes: ["SPRING"], date: "2026-05-01" }),
      coupon(),
      context(),
    );
    expect(expired.notAppliedPromotions).toEqual([
      expect.objectContaining({ promotionId: "spring", reason: "COUPON_EXPIRED" }),
    ]);
    const early = await priceOrder(
      order([["shirt", "1"]], { couponCodes: ["SPRING"] }),
      coupon({ validFrom: "2026-04-01" }),
      context(),
    );
    expect(early.notAppliedPromotions[0]?.reason).toBe("COUPON_NOT_YET_VALID");
    const usedUp = await priceOrder(
      order([["shirt", "1"]], { couponCodes: ["SPRING"] }),
      coupon(),
      context({ couponUsage: { timesUsed: (code) => (code === "SPRING" ? 100 : 0) } }),
    );
    expect(usedUp.notAppliedPromotions[0]?.reason).toBe("COUPON_USED_UP");
    expect(usedUp.totals.discount.toString()).toBe("0.00");
    const unknown = await priceOrder(order([["shirt", "1"]], { couponCodes: ["NOPE"] }), coupon(), context());
    expect(unknown.notAppliedPromotions).toEqual([
      expect.objectContaining({ couponCode: "NOPE", reason: "UNKNOWN_COUPON" }),
    ]);
  });

  it("reports a promotion in another currency as not applied", async () => {
    const catalog = withPromotions({
      id: "usd",
      effect: { type: "orderFixed", amount: { amount: "5.00", currency: "USD" } },
    });
    const result = await priceOrder(order([["shirt", "1"]]), catalog, context());
    expect(result.notAppliedPromotions[0]?.reason).toBe("CURRENCY_MISMATCH");
  });
});
