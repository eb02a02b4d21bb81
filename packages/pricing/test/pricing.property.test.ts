import { Money, type TaxRequest } from "@o2c/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CatalogInput,
  createCatalog,
  createRuleBasedTaxProvider,
  exampleTaxRules,
  type PricedOrder,
  type PricingInput,
  type PromotionInput,
  priceOrder,
} from "../src/index.js";
import { context } from "./helpers.js";

const provider = createRuleBasedTaxProvider(exampleTaxRules);
const TAX_CLASSES = ["standard", "reduced", "zero-rated"] as const;

/** A decimal string with `scale` digits from integer units. */
function decimal(units: number, scale: number): string {
  const digits = units.toString().padStart(scale + 1, "0");
  return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

const arbProduct = fc.record({
  taxClass: fc.constantFrom(...TAX_CLASSES),
  price: fc.integer({ min: 0, max: 5_000_000 }).map((u) => decimal(u, 4)),
});
const arbPromotion: fc.Arbitrary<Omit<PromotionInput, "id">> = fc.oneof(
  fc.record({
    effect: fc.record({
      type: fc.constant("linePercent" as const),
      percent: fc.integer({ min: 0, max: 100 }).map(String),
    }),
  }),
  fc.record({
    effect: fc.record({
      type: fc.constant("orderPercent" as const),
      percent: fc.integer({ min: 0, max: 1000 }).map((u) => decimal(u, 1)),
    }),
  }),
  fc.record({
    effect: fc.record({
      type: fc.constant("orderFixed" as const),
      amount: fc.integer({ min: 0, max: 100_000 }).map((u) => ({ amount: decimal(u, 2), currency: "EUR" })),
    }),
  }),
  fc.record({
    priority: fc.integer({ min: 0, max: 3 }),
    stackable: fc.boolean(),
    effect: fc.record({
      type: fc.constant("lineFixed" as const),
      amount: fc.constant({ amount: "1.00", currency: "EUR" }),
    }),
  }),
);
const arbScenario = fc.record({
  products: fc.array(arbProduct, { minLength: 1, maxLength: 5 }),
  promotions: fc.array(arbPromotion, { maxLength: 3 }),
  lines: fc.array(
    fc.record({ product: fc.nat(), quantity: fc.integer({ min: 1, max: 5000 }).map((u) => decimal(u, 1)) }),
    {
      minLength: 1,
      maxLength: 12,
    },
  ),
  country: fc.constantFrom("DE", "FR"),
  rounding: fc.constantFrom("line" as const, "document" as const),
});
type Scenario = typeof arbScenario extends fc.Arbitrary<infer T> ? T : never;

function catalogOf(s: Scenario, reverse = false): CatalogInput {
  const products = s.products.map((p, i) => ({ id: `p${i}`, taxClass: p.taxClass }));
  const prices = s.products.map((p, i) => ({ productId: `p${i}`, unitPrice: p.price }));
  const promotions = s.promotions.map((p, i) => ({ ...p, id: `promo${i}` }));
  return {
    products: reverse ? [...products].reverse() : products,
    priceLists: [{ id: "list", currency: "EUR", prices: reverse ? [...prices].reverse() : prices }],
    promotions: reverse ? [...promotions].reverse() : promotions,
  };
}

function inputOf(s: Scenario): PricingInput {
  return {
    currency: "EUR",
    date: "2026-03-02",
    customer: { id: "c", taxStatus: "consumer", country: s.country },
    lines: s.lines.map((l, i) => ({
      id: `l${i}`,
      productId: `p${l.product % s.products.length}`,
      quantity: l.quantity,
    })),
  };
}

/** `minor x percent / 100`, rounded half up, computed independently of the library with bigints. */
function percentOfMinor(minor: bigint, percent: string): bigint {
  const [whole = "0", fraction = ""] = percent.split(".");
  const scale = 10n ** BigInt(fraction.length);
  const numerator = minor * BigInt(whole + fraction);
  const denominator = 100n * scale;
  return (2n * numerator + denominator) / (2n * denominator);
}

function sum(amounts: readonly Money[]): bigint {
  return amounts.reduce((total, m) => total + m.minor, 0n);
}

function summary(order: PricedOrder) {
  return {
    lines: [...order.lines]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((l) => [
        l.id,
        l.amount.toString(),
        l.net.toString(),
        l.tax.toString(),
        l.discounts.map((d) => `${d.promotionId}:${d.amount}`),
      ]),
    breakdown: order.taxBreakdown.map((r) => [
      r.category,
      r.ratePercent,
      r.taxableAmount.toString(),
      r.taxAmount.toString(),
    ]),
    totals: JSON.stringify(order.totals),
    applied: [...order.appliedPromotions].map((p) => `${p.promotionId}:${p.amount}`),
  };
}

describe("priceOrder properties", () => {
  it("the total is the sum of the line amounts plus taxes, for any order", async () => {
    await fc.assert(
      fc.asyncProperty(arbScenario, async (s) => {
        const order = await priceOrder(inputOf(s), createCatalog(catalogOf(s)), context({ rounding: s.rounding }));
        expect(order.totals.net.minor).toBe(sum(order.lines.map((l) => l.net)));
        expect(order.totals.tax.minor).toBe(sum(order.taxBreakdown.map((r) => r.taxAmount)));
        expect(order.totals.tax.minor).toBe(sum(order.lines.map((l) => l.tax)));
        expect(order.totals.gross.minor).toBe(order.totals.net.minor + order.totals.tax.minor);
        expect(order.totals.list.minor - order.totals.discount.minor).toBe(order.totals.net.minor);
        for (const line of order.lines) {
          expect(line.net.add(line.tax).equals(line.gross)).toBe(true);
          expect(line.amount.isNegative()).toBe(false);
          expect(line.listAmount.subtract(line.discountTotal).equals(line.amount)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("each promotion's effects per line add up to its amount, and an order-level amount is conserved when spread", async () => {
    await fc.assert(
      fc.asyncProperty(arbScenario, async (s) => {
        const order = await priceOrder(inputOf(s), createCatalog(catalogOf(s)), context());
        for (const promotion of order.appliedPromotions) {
          expect(sum(promotion.lines.map((l) => l.amount))).toBe(promotion.amount.minor);
        }
        const only = s.promotions.length === 1 ? s.promotions[0]?.effect : undefined;
        const spread = order.appliedPromotions.find((p) => p.promotionId === "promo0");
        if (only?.type === "orderFixed" && spread !== undefined) {
          const wanted = Money.of(only.amount.amount, "EUR");
          expect(spread.amount.minor).toBe(wanted.min(order.totals.list).minor);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("an order-level amount spread over the lines is conserved: the line shares add up to the promotion's amount", async () => {
    const arbOrderPromotion = fc.oneof(
      fc
        .integer({ min: 0, max: 1_000_000 })
        .map((u) => ({ type: "orderFixed" as const, amount: { amount: decimal(u, 2), currency: "EUR" } })),
      fc.integer({ min: 0, max: 1000 }).map((u) => ({ type: "orderPercent" as const, percent: decimal(u, 1) })),
    );
    await fc.assert(
      fc.asyncProperty(arbScenario, arbOrderPromotion, async (s, effect) => {
        const catalog = createCatalog({ ...catalogOf(s), promotions: [{ id: "order", effect }] });
        const order = await priceOrder(inputOf(s), catalog, context());
        const list = order.totals.list;
        const shares = sum(order.lines.flatMap((l) => l.discounts.map((d) => d.amount)));
        expect(order.totals.discount.minor).toBe(shares);
        if (effect.type === "orderFixed") expect(shares).toBe(Money.of(effect.amount.amount, "EUR").min(list).minor);
        else expect(shares).toBe(percentOfMinor(list.minor, effect.percent));
      }),
      { numRuns: 150 },
    );
  });

  it("results do not depend on the order of the lines, products, prices or promotions", async () => {
    await fc.assert(
      fc.asyncProperty(arbScenario, fc.integer(), async (s, seed) => {
        const input = inputOf(s);
        const k = Math.abs(seed) % input.lines.length;
        const rotated = [...input.lines.slice(k), ...input.lines.slice(0, k)].reverse();
        const shuffled = { ...input, lines: rotated };
        const ctx = context({ rounding: s.rounding });
        const a = await priceOrder(input, createCatalog(catalogOf(s)), ctx);
        const b = await priceOrder(shuffled, createCatalog(catalogOf(s, true)), ctx);
        expect(summary(b)).toEqual(summary(a));
      }),
      { numRuns: 100 },
    );
  });
});

const arbNet = fc.bigInt({ min: 0n, max: 10_000_000n });
const arbTaxSetup = fc.constantFrom(
  { country: "DE", region: undefined, taxClass: "standard" },
  { country: "FR", region: undefined, taxClass: "reduced" },
  { country: "US", region: "US-WA-KING", taxClass: "standard" },
  { country: "XC", region: undefined, taxClass: "standard" },
  { country: "JP", region: undefined, taxClass: "food" },
);

function taxRequest(
  setup: { country: string; region: string | undefined; taxClass: string },
  amounts: readonly bigint[],
  priceMode: "exclusive" | "inclusive",
  rounding: "line" | "document",
): TaxRequest {
  const currency = setup.country === "US" ? "USD" : setup.country === "JP" ? "JPY" : "EUR";
  return {
    currency,
    date: "2026-03-02",
    seller: { country: setup.country },
    buyer: { country: setup.country, region: setup.region, taxStatus: "consumer" },
    priceMode,
    rounding,
    lines: amounts.map((a, i) => ({ id: `l${i}`, amount: Money.fromMinor(a, currency), taxClass: setup.taxClass })),
  };
}

describe("tax properties", () => {
  it("exclusive then inclusive round-trips exactly: the gross of a net gives back that net and its taxes", async () => {
    await fc.assert(
      fc.asyncProperty(arbTaxSetup, arbNet, async (setup, net) => {
        const exclusive = await provider.calculate(taxRequest(setup, [net], "exclusive", "line"));
        const gross = exclusive.lines[0]?.gross.minor ?? 0n;
        const inclusive = await provider.calculate(taxRequest(setup, [gross], "inclusive", "line"));
        expect(inclusive.lines[0]?.net.minor).toBe(net);
        expect(inclusive.lines[0]?.taxes.map((t) => t.amount.minor)).toEqual(
          exclusive.lines[0]?.taxes.map((t) => t.amount.minor),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("inclusive then exclusive: net + tax is the shown gross exactly, and re-taxing the net moves the gross by at most one minor unit per tax", async () => {
    await fc.assert(
      fc.asyncProperty(arbTaxSetup, arbNet, async (setup, gross) => {
        const inclusive = await provider.calculate(taxRequest(setup, [gross], "inclusive", "line"));
        const line = inclusive.lines[0];
        expect((line?.net.minor ?? 0n) + (line?.tax.minor ?? 0n)).toBe(gross);
        const again = await provider.calculate(taxRequest(setup, [line?.net.minor ?? 0n], "exclusive", "line"));
        const drift = (again.lines[0]?.gross.minor ?? 0n) - gross;
        expect(drift <= BigInt(line?.taxes.length ?? 0) && drift >= -BigInt(line?.taxes.length ?? 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("per-line rounding rounds each line's tax once; per-document rounds each rate's total once; they differ by at most n/2 minor units", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbNet, { minLength: 1, maxLength: 40 }), async (nets) => {
        const setup = { country: "DE", region: undefined, taxClass: "standard" };
        const perLine = await provider.calculate(taxRequest(setup, nets, "exclusive", "line"));
        const perDocument = await provider.calculate(taxRequest(setup, nets, "exclusive", "document"));
        perLine.lines.forEach((line, i) => {
          expect(line.tax.minor).toBe(Money.fromMinor(nets[i] ?? 0n, "EUR").multiply("0.19", "halfUp").minor);
        });
        const totalNet = nets.reduce((a, b) => a + b, 0n);
        expect(perDocument.totalTax.minor).toBe(Money.fromMinor(totalNet, "EUR").multiply("0.19", "halfUp").minor);
        const difference = perLine.totalTax.minor - perDocument.totalTax.minor;
        expect(2n * (difference < 0n ? -difference : difference) <= BigInt(nets.length)).toBe(true);
        expect(perDocument.lines.reduce((s, l) => s + l.tax.minor, 0n)).toBe(perDocument.totalTax.minor);
      }),
      { numRuns: 300 },
    );
  });

  it("document rounding with inclusive prices keeps net + tax = gross on every line and rounds each rate once", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbNet, { minLength: 1, maxLength: 20 }), async (grosses) => {
        const setup = { country: "FR", region: undefined, taxClass: "standard" };
        const result = await provider.calculate(taxRequest(setup, grosses, "inclusive", "document"));
        result.lines.forEach((line, i) => {
          expect(line.net.minor + line.tax.minor).toBe(grosses[i]);
        });
        const total = grosses.reduce((a, b) => a + b, 0n);
        expect(result.totalNet.minor + result.totalTax.minor).toBe(total);
      }),
      { numRuns: 200 },
    );
  });
});
