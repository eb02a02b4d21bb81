import { Money, type TaxCalculation, type TaxProvider, type TaxRequest } from "@o2c/core";
import { describe, expect, it } from "vitest";
import { createCatalog, type PricingInput, priceOrder } from "../src/index.js";
import { caught, context, expectO2CError } from "./helpers.js";

const catalog = createCatalog({
  products: [{ id: "book", taxClass: "books" }],
  priceLists: [
    { id: "net", currency: "EUR", prices: [{ productId: "book", unitPrice: "10.00" }] },
    { id: "gross", currency: "EUR", priceMode: "inclusive", prices: [{ productId: "book", unitPrice: "10.70" }] },
  ],
});
const input: PricingInput = {
  currency: "EUR",
  date: "2026-03-02",
  customer: { id: "c", taxStatus: "consumer", country: "DE" },
  lines: [{ id: "1", productId: "book", quantity: "3" }],
};

/** An external engine's adapter: a flat 5 % on every line, answering in the port's shape. */
function externalEngine(calls: TaxRequest[]): TaxProvider {
  return {
    calculate: async (request): Promise<TaxCalculation> => {
      calls.push(request);
      const lines = request.lines.map((line) => {
        const tax = line.amount.multiply("0.05", "halfUp");
        return {
          id: line.id,
          net: line.amount,
          tax,
          gross: line.amount.add(tax),
          taxes: [
            {
              name: "Engine tax",
              jurisdiction: "EXT",
              category: "S" as const,
              ratePercent: "5",
              taxableAmount: line.amount,
              amount: tax,
              compound: false,
              ruleId: "engine:5",
            },
          ],
        };
      });
      const totalNet = Money.sum(
        lines.map((l) => l.net),
        request.currency,
      );
      const totalTax = Money.sum(
        lines.map((l) => l.tax),
        request.currency,
      );
      return {
        currency: request.currency,
        lines,
        breakdown: [
          { category: "S", ratePercent: "5", jurisdiction: "EXT", taxableAmount: totalNet, taxAmount: totalTax },
        ],
        totalNet,
        totalTax,
        totalGross: totalNet.add(totalTax),
        notes: [],
      };
    },
  };
}

describe("the TaxProvider port", () => {
  it("a host's own engine replaces the built-in provider", async () => {
    const calls: TaxRequest[] = [];
    const order = await priceOrder(input, catalog, context({ taxProvider: externalEngine(calls) }));
    expect(order.totals.tax.toString()).toBe("1.50");
    expect(order.lines[0]?.explanation.at(-1)?.ruleId).toBe("engine:5");
    expect(calls[0]?.lines.map((l) => [l.id, l.amount.toString(), l.taxClass])).toEqual([["1", "30.00", "books"]]);
    expect(calls[0]?.buyer.country).toBe("DE");
  });

  it("a provider whose answer breaks the port's invariants is refused, not trusted", async () => {
    const faulty: TaxProvider = {
      calculate: async (request) => {
        const answer = await externalEngine([]).calculate(request);
        return { ...answer, breakdown: [] };
      },
    };
    expectO2CError(
      await caught(() => priceOrder(input, catalog, context({ taxProvider: faulty }))),
      "TAX_RESULT_MISMATCH",
      ["breakdown"],
    );
    const wrongLine: TaxProvider = {
      calculate: async (request) => {
        const answer = await externalEngine([]).calculate(request);
        return { ...answer, lines: answer.lines.map((l) => ({ ...l, id: "other" })) };
      },
    };
    expectO2CError(
      await caught(() => priceOrder(input, catalog, context({ taxProvider: wrongLine }))),
      "TAX_RESULT_MISMATCH",
      ["lines", 0],
    );
  });

  it("tax-inclusive prices: the provider gets gross amounts and net + tax equals the shelf price exactly", async () => {
    const order = await priceOrder(input, catalog, context({ priceMode: "inclusive" }));
    const line = order.lines[0];
    expect(line?.priceSource.priceListId).toBe("gross");
    expect([line?.amount.toString(), line?.net.toString(), line?.tax.toString(), line?.gross.toString()]).toEqual([
      "32.10",
      "30.00",
      "2.10",
      "32.10",
    ]);
    expect(order.totals.gross.toString()).toBe("32.10");
  });
});
