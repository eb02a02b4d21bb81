import { describe, expect, it } from "vitest";
import { createCatalog, parsePricingInput, safeParsePricingInput } from "../src/index.js";
import { caught, expectIssue } from "./helpers.js";

describe("createCatalog refuses malformed catalogs with codes and paths", () => {
  it("bad prices, bands, percentages, validity and references", async () => {
    const error = await caught(() =>
      createCatalog({
        products: [
          { id: "a", taxClass: "standard" },
          { id: "a", taxClass: "standard" },
        ],
        priceLists: [
          {
            id: "l",
            currency: "EUR",
            validFrom: "2026-05-01",
            validTo: "2026-04-01",
            prices: [
              { productId: "a", unitPrice: "-1.00" },
              { productId: "b", unitPrice: "1.0000001" },
              {
                productId: "c",
                model: "tiered",
                bands: [
                  { upTo: "10", unitPrice: "1" },
                  { upTo: "5", unitPrice: "1" },
                ],
              },
              { productId: "d", model: "volume", bands: [{ unitPrice: "1" }, { upTo: "5", unitPrice: "1" }] },
              { productId: "e" },
            ],
          },
        ],
        promotions: [
          { id: "p", effect: { type: "linePercent", percent: "101" } },
          { id: "q", effect: { type: "orderFixed", amount: { amount: "1.001", currency: "EUR" } } },
          { id: "r", effect: { type: "freeItem", productId: "ghost", quantity: "1" } },
        ],
      }),
    );
    expectIssue(error, "NEGATIVE_PRICE", ["priceLists", 0, "prices", 0, "unitPrice"]);
    expectIssue(error, "PRICE_PRECISION", ["priceLists", 0, "prices", 1, "unitPrice"]);
    expectIssue(error, "INVALID_BANDS", ["priceLists", 0, "prices", 2, "bands", 1, "upTo"]);
    expectIssue(error, "INVALID_BANDS", ["priceLists", 0, "prices", 3, "bands", 0, "upTo"]);
    expectIssue(error, "REQUIRED", ["priceLists", 0, "prices", 4, "unitPrice"]);
    expectIssue(error, "INVALID_VALIDITY", ["priceLists", 0, "validTo"]);
    expectIssue(error, "INVALID_PERCENT", ["promotions", 0, "effect", "percent"]);
    expectIssue(error, "AMOUNT_PRECISION", ["promotions", 1, "effect", "amount", "amount"]);
  });

  it("a validity window that ends before it starts", async () => {
    const error = await caught(() =>
      createCatalog({
        products: [],
        priceLists: [{ id: "l", currency: "EUR", validFrom: "2026-05-01", validTo: "2026-04-01", prices: [] }],
      }),
    );
    expectIssue(error, "INVALID_VALIDITY", ["priceLists", 0, "validTo"]);
  });

  it("duplicate ids and unknown products", async () => {
    const error = await caught(() =>
      createCatalog({
        products: [
          { id: "a", taxClass: "standard" },
          { id: "a", taxClass: "standard" },
        ],
        priceLists: [{ id: "l", currency: "EUR", prices: [{ productId: "zz", unitPrice: "1" }] }],
        promotions: [{ id: "r", effect: { type: "freeItem", productId: "ghost", quantity: "1" } }],
      }),
    );
    expectIssue(error, "DUPLICATE_ID", ["products", 1, "id"]);
    expectIssue(error, "UNKNOWN_PRODUCT", ["priceLists", 0, "prices", 0, "productId"]);
    expectIssue(error, "UNKNOWN_PRODUCT", ["promotions", 0, "effect"]);
  });

  it("an unknown currency, an unknown effect type and a non-object", async () => {
    const error = await caught(() =>
      createCatalog({
        products: [],
        priceLists: [{ id: "l", currency: "EURO", prices: [] }],
        promotions: [{ id: "p", effect: { type: "halfPrice" } }],
      }),
    );
    expectIssue(error, "UNKNOWN_CURRENCY", ["priceLists", 0, "currency"]);
    expect(
      (error as { issues: { path: unknown[] }[] }).issues.some((i) => i.path.join(".") === "promotions.0.effect.type"),
    ).toBe(true);
    expectIssue(await caught(() => createCatalog("not a catalog")), "INVALID_TYPE", []);
  });
});

describe("parsePricingInput", () => {
  it("requires an exemption certificate for an exempt customer", async () => {
    const error = await caught(() =>
      parsePricingInput({
        currency: "EUR",
        date: "2026-03-02",
        customer: { id: "c", taxStatus: "exempt", country: "DE" },
        lines: [{ id: "1", productId: "p", quantity: "1" }],
      }),
    );
    expectIssue(error, "TAX_EXEMPTION_CERTIFICATE_REQUIRED", ["customer", "exemptionCertificateId"]);
  });

  it("refuses an impossible date, an empty order and a numeric quantity", () => {
    const result = safeParsePricingInput({
      currency: "EUR",
      date: "2026-02-30",
      customer: { id: "c", taxStatus: "consumer", country: "Germany" },
      lines: [],
    });
    expect(result.success).toBe(false);
    const codes = result.success ? [] : result.error.issues.map((i) => [i.code, i.path.join(".")]);
    expect(codes).toContainEqual(["INVALID_DATE", "date"]);
    expect(codes).toContainEqual(["INVALID_FORMAT", "customer.country"]);
    expect(codes).toContainEqual(["TOO_SMALL", "lines"]);
    const numeric = safeParsePricingInput({
      currency: "EUR",
      date: "2026-03-02",
      customer: { id: "c", taxStatus: "consumer", country: "DE" },
      lines: [{ id: "1", productId: "p", quantity: 3 }],
    });
    expect(numeric.success ? [] : numeric.error.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["INVALID_TYPE", "lines.0.quantity"],
    ]);
  });
});
