import { describe, expect, it } from "vitest";
import { createCatalog, type PricingInput, priceOrder } from "../src/index.js";
import { caught, context, expectIssue, expectO2CError } from "./helpers.js";

const catalog = createCatalog({
  products: [
    { id: "coffee", taxClass: "reduced" },
    { id: "mug", taxClass: "standard", minimumUnitPrices: [{ amount: "4.00", currency: "EUR" }] },
    { id: "paper", taxClass: "standard" },
    { id: "bolt", taxClass: "standard" },
    { id: "tea", taxClass: "food" },
  ],
  priceLists: [
    {
      id: "retail",
      currency: "EUR",
      prices: [
        { productId: "coffee", unitPrice: "3.60" },
        { productId: "mug", unitPrice: "5.00" },
        { productId: "paper", model: "tiered", bands: [{ upTo: "10", unitPrice: "5.00" }, { unitPrice: "4.00" }] },
        { productId: "bolt", model: "volume", bands: [{ upTo: "99", unitPrice: "0.1234" }, { unitPrice: "0.0999" }] },
      ],
    },
    {
      id: "wholesale",
      currency: "EUR",
      customerGroups: ["wholesale"],
      prices: [{ productId: "coffee", unitPrice: "3.00" }],
    },
    { id: "vip", currency: "EUR", customerIds: ["c-vip"], prices: [{ productId: "coffee", unitPrice: "2.50" }] },
    { id: "web", currency: "EUR", channels: ["web"], prices: [{ productId: "mug", unitPrice: "4.50" }] },
    {
      id: "summer",
      currency: "EUR",
      priority: 1,
      validFrom: "2026-07-01",
      validTo: "2026-08-31",
      prices: [{ productId: "mug", unitPrice: "4.80" }],
    },
    { id: "jp", currency: "JPY", prices: [{ productId: "tea", unitPrice: "1080" }] },
    { id: "kw", currency: "KWD", prices: [{ productId: "tea", unitPrice: "1.2345" }] },
  ],
});

function order(lines: PricingInput["lines"], extra: Partial<PricingInput> = {}): PricingInput {
  return {
    currency: "EUR",
    date: "2026-03-02",
    customer: { id: "c1", taxStatus: "consumer", country: "DE" },
    lines,
    ...extra,
  };
}

describe("price resolution", () => {
  it("prices a unit price and says which list and rule set it", async () => {
    const result = await priceOrder(order([{ id: "1", productId: "coffee", quantity: "10" }]), catalog, context());
    const line = result.lines[0];
    expect(line?.listAmount.toString()).toBe("36.00");
    expect(line?.priceSource).toEqual({
      priceListId: "retail",
      ruleId: "retail:coffee",
      model: "unit",
      scope: "general",
      bands: [],
    });
    expect(line?.explanation[0]?.type).toBe("price");
    expect(line?.explanation[0]?.ruleId).toBe("retail:coffee");
  });

  it("prefers a customer-specific list over a group list over a general one", async () => {
    const lines = [{ id: "1", productId: "coffee", quantity: "1" }];
    const wholesale = await priceOrder(
      order(lines, { customer: { id: "c2", groups: ["wholesale"], taxStatus: "business", country: "DE" } }),
      catalog,
      context(),
    );
    expect(wholesale.lines[0]?.unitPrice).toBe("3.00");
    expect(wholesale.lines[0]?.priceSource.scope).toBe("group");
    const vip = await priceOrder(
      order(lines, { customer: { id: "c-vip", groups: ["wholesale"], taxStatus: "business", country: "DE" } }),
      catalog,
      context(),
    );
    expect(vip.lines[0]?.priceSource.priceListId).toBe("vip");
    expect(vip.lines[0]?.priceSource.scope).toBe("customer");
  });

  it("uses a channel list only for that channel, and a list only inside its validity window", async () => {
    const lines = [{ id: "1", productId: "mug", quantity: "1" }];
    expect((await priceOrder(order(lines, { channel: "web" }), catalog, context())).lines[0]?.unitPrice).toBe("4.50");
    expect((await priceOrder(order(lines, { channel: "pos" }), catalog, context())).lines[0]?.unitPrice).toBe("5.00");
    expect((await priceOrder(order(lines, { date: "2026-07-01" }), catalog, context())).lines[0]?.unitPrice).toBe(
      "4.80",
    );
    expect((await priceOrder(order(lines, { date: "2026-09-01" }), catalog, context())).lines[0]?.unitPrice).toBe(
      "5.00",
    );
  });

  it("prices tiered bands each at their own price", async () => {
    const result = await priceOrder(order([{ id: "1", productId: "paper", quantity: "12" }]), catalog, context());
    expect(result.lines[0]?.listAmount.toString()).toBe("58.00");
    expect(result.lines[0]?.priceSource.bands).toEqual([
      { upTo: "10", quantity: "10", unitPrice: "5.00" },
      { upTo: undefined, quantity: "2", unitPrice: "4.00" },
    ]);
    expect(result.lines[0]?.unitPrice).toBe("4.833333");
  });

  it("prices the whole quantity at the volume band's price, with 4-decimal unit prices rounded once half up", async () => {
    const small = await priceOrder(order([{ id: "1", productId: "bolt", quantity: "99" }]), catalog, context());
    expect(small.lines[0]?.listAmount.toString()).toBe("12.22"); // 99 x 0.1234 = 12.2166
    const large = await priceOrder(order([{ id: "1", productId: "bolt", quantity: "100" }]), catalog, context());
    expect(large.lines[0]?.listAmount.toString()).toBe("9.99");
    expect(large.lines[0]?.priceSource.model).toBe("volume");
  });

  it("accepts decimal quantities for goods sold by weight", async () => {
    const result = await priceOrder(order([{ id: "1", productId: "coffee", quantity: "2.345" }]), catalog, context());
    expect(result.lines[0]?.listAmount.toString()).toBe("8.44"); // 8.442
    expect(result.lines[0]?.quantity).toBe("2.345");
  });

  it("prices JPY (0 digits) and KWD (3 digits)", async () => {
    const jp = await priceOrder(
      order([{ id: "1", productId: "tea", quantity: "3" }], {
        currency: "JPY",
        customer: { id: "c1", taxStatus: "consumer", country: "JP" },
      }),
      catalog,
      context({ seller: { country: "JP" } }),
    );
    expect(jp.totals.net.toString()).toBe("3240");
    expect(jp.totals.tax.toString()).toBe("259"); // 8 % of 3240 = 259.2
    const kw = await priceOrder(
      order([{ id: "1", productId: "tea", quantity: "3" }], {
        currency: "KWD",
        customer: { id: "c1", taxStatus: "consumer", country: "DE" },
      }),
      catalog,
      context(),
    );
    expect(kw.lines[0]?.listAmount.toString()).toBe("3.704"); // 3.7035 half up
  });
});

describe("bad input", () => {
  it("reports unknown products and missing prices with their paths, all at once", async () => {
    const error = await caught(() =>
      priceOrder(
        order([
          { id: "1", productId: "nope", quantity: "1" },
          { id: "2", productId: "tea", quantity: "1" },
        ]),
        catalog,
        context(),
      ),
    );
    expectIssue(error, "UNKNOWN_PRODUCT", ["lines", 0, "productId"]);
    expectIssue(error, "NO_PRICE", ["lines", 1, "productId"]);
  });

  it("refuses negative, zero and malformed quantities, unknown currencies and duplicate line ids", async () => {
    const error = await caught(() =>
      priceOrder(
        order(
          [
            { id: "1", productId: "coffee", quantity: "-1" },
            { id: "2", productId: "coffee", quantity: "0" },
            { id: "3", productId: "coffee", quantity: "1e3" },
            { id: "3", productId: "coffee", quantity: "1" },
          ],
          { currency: "XXY" },
        ),
        catalog,
        context(),
      ),
    );
    expectIssue(error, "NEGATIVE_QUANTITY", ["lines", 0, "quantity"]);
    expectIssue(error, "ZERO_QUANTITY", ["lines", 1, "quantity"]);
    expectIssue(error, "INVALID_QUANTITY", ["lines", 2, "quantity"]);
    expectIssue(error, "UNKNOWN_CURRENCY", ["currency"]);
    expectIssue(error, "DUPLICATE_ID", ["lines", 3, "id"]);
    const duplicate = await caught(() =>
      priceOrder(
        order([
          { id: "3", productId: "coffee", quantity: "1" },
          { id: "3", productId: "coffee", quantity: "1" },
        ]),
        catalog,
        context(),
      ),
    );
    expectIssue(duplicate, "DUPLICATE_ID", ["lines", 1, "id"]);
  });

  it("refuses a catalog that was not made by createCatalog", async () => {
    const error = await caught(() =>
      priceOrder(order([{ id: "1", productId: "coffee", quantity: "1" }]), { input: catalog.input }, context()),
    );
    expectO2CError(error, "INVALID_CATALOG", ["catalog"]);
  });

  it("reports two lists of the same rank that price a product differently as a conflict", async () => {
    const conflicting = createCatalog({
      products: [{ id: "p", taxClass: "standard" }],
      priceLists: [
        { id: "a", currency: "EUR", prices: [{ productId: "p", unitPrice: "1.00" }] },
        { id: "b", currency: "EUR", prices: [{ productId: "p", unitPrice: "1.10" }] },
      ],
    });
    const error = await caught(() =>
      priceOrder(order([{ id: "1", productId: "p", quantity: "1" }]), conflicting, context()),
    );
    expectO2CError(error, "PRICE_RULE_CONFLICT", ["lines", 0, "productId"]);
    expect((error as { details: unknown }).details).toEqual({ priceListIds: ["a", "b"] });
  });

  it("has no price for a quantity above the last closed band", async () => {
    const closed = createCatalog({
      products: [{ id: "p", taxClass: "standard" }],
      priceLists: [
        {
          id: "a",
          currency: "EUR",
          prices: [{ productId: "p", model: "volume", bands: [{ upTo: "5", unitPrice: "1" }] }],
        },
      ],
    });
    const error = await caught(() =>
      priceOrder(order([{ id: "1", productId: "p", quantity: "6" }]), closed, context()),
    );
    expectIssue(error, "NO_PRICE", ["lines", 0, "productId"]);
  });

  it("refuses an inclusive-price order when only exclusive lists exist (no silent zero)", async () => {
    const error = await caught(() =>
      priceOrder(
        order([{ id: "1", productId: "coffee", quantity: "1" }]),
        catalog,
        context({ priceMode: "inclusive" }),
      ),
    );
    expectIssue(error, "NO_PRICE", ["lines", 0, "productId"]);
  });
});

describe("rounding per line or per document (the Odoo case)", () => {
  const cups = Array.from({ length: 10 }, (_, i) => ({ id: `l${i}`, productId: "coffee", quantity: "1" }));
  const fr = { customer: { id: "c1", taxStatus: "consumer" as const, country: "FR" } };

  it("one line of 10 x 3.60 at 5.5 % and ten lines of 3.60 agree with document rounding", async () => {
    const one = await priceOrder(order([{ id: "1", productId: "coffee", quantity: "10" }], fr), catalog, context());
    const tenDocument = await priceOrder(order(cups, fr), catalog, context({ rounding: "document" }));
    expect(one.totals.gross.toString()).toBe("37.98");
    expect(tenDocument.totals.gross.toString()).toBe("37.98");
    expect(tenDocument.taxBreakdown.map((r) => r.taxAmount.toString())).toEqual(["1.98"]);
  });

  it("with line rounding ten lines give 38.00, each line rounded on its own", async () => {
    const tenLine = await priceOrder(order(cups, fr), catalog, context({ rounding: "line" }));
    expect(tenLine.totals.gross.toString()).toBe("38.00");
    expect(tenLine.lines.every((l) => l.tax.toString() === "0.20")).toBe(true);
  });
});
