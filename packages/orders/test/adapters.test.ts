import {
  createFixedClock,
  createInMemoryFxRates,
  createInMemoryInventory,
  createInMemoryNotifier,
  createInMemoryStore,
  createSequentialIdGenerator,
} from "@o2c/core";
import { createInMemoryCreditData } from "@o2c/credit";
import { createCreditService, createOrderService, createPricingService } from "@o2c/orders";
import { createCatalog, createRuleBasedTaxProvider, exampleTaxRules } from "@o2c/pricing";
import { describe, expect, it } from "vitest";
import { orderInput } from "./support.js";

describe("adapters to @o2c/pricing and @o2c/credit", () => {
  const clock = createFixedClock("2026-10-14T09:00:00Z");
  const catalog = createCatalog({
    products: [
      { id: "BOLT-M8", taxClass: "standard" },
      { id: "NUT-M8", taxClass: "standard" },
    ],
    priceLists: [
      {
        id: "de",
        currency: "EUR",
        prices: [
          { productId: "BOLT-M8", unitPrice: "0.35" },
          { productId: "NUT-M8", unitPrice: "0.12" },
        ],
      },
    ],
  });
  const pricing = createPricingService(
    catalog,
    { taxProvider: createRuleBasedTaxProvider(exampleTaxRules), seller: { country: "DE" } },
    { clock },
  );
  const credit = (limit: string) =>
    createCreditService(
      {
        data: createInMemoryCreditData({
          profiles: [{ customerId: "C-1", currency: "EUR", limit: { amount: limit, currency: "EUR" } }],
        }),
        fx: createInMemoryFxRates([]),
      },
      { clock },
    );
  const world = (limit: string) =>
    createOrderService({
      store: createInMemoryStore(),
      inventory: createInMemoryInventory({
        stock: [
          { sku: "BOLT-M8", warehouseId: "HAM", onHand: 100 },
          { sku: "NUT-M8", warehouseId: "HAM", onHand: 100 },
        ],
      }),
      notifier: createInMemoryNotifier(),
      clock,
      ids: createSequentialIdGenerator(),
      services: { ...pricing, ...credit(limit) },
    });

  it("prices with priceOrder and approves with decideCredit", async () => {
    const order = await world("1000.00").placeOrder(orderInput());
    expect(order.state).toBe("reserved");
    // 10 × 0.35 + 4 × 0.12 = 3.98 net, German VAT 19 %.
    expect(order.context.priced).toMatchObject({ currency: "EUR", net: "3.98", gross: "4.74" });
    expect(order.context.priced?.lines[0]).toMatchObject({
      lineId: "1",
      unitPrice: "0.35",
      net: "3.50",
      taxRate: "19",
    });
    expect(order.context.credit?.status).toBe("approved");
  });

  it("holds an order over the limit with the credit reasons", async () => {
    const order = await world("1.00").placeOrder(orderInput());
    expect(order.state).toBe("onHold");
    expect(order.context.credit?.reasons.map((r) => r.code)).toContain("LIMIT_EXCEEDED");
  });

  it("records a product the catalogue does not know as a pricing failure", async () => {
    const order = await world("1000.00").placeOrder(orderInput({ lines: [{ sku: "GHOST", quantity: 1 }] }));
    expect([order.state, order.context.note]).toEqual(["draft", "UNKNOWN_PRODUCT"]);
  });
});
