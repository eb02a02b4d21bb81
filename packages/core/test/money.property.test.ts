import { allocateByLargestRemainder, divideAndRound, Money, O2CDecimal, ROUNDING_MODES } from "@o2c/core";
import { arbAmountString, arbCurrencyCode, arbMoney, arbRatios } from "@o2c/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

type Allocator = (amount: bigint, weights: readonly bigint[]) => bigint[];

/** The conservation law as a property over any allocator, so the test can show it catches a broken one. */
function conservesTotal(allocate: Allocator) {
  return fc.property(
    fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
    fc
      .array(fc.bigInt({ min: 0n, max: 10n ** 6n }), { minLength: 1, maxLength: 20 })
      .filter((w) => w.some((x) => x > 0n)),
    (amount, weights) => allocate(amount, weights).reduce((a, b) => a + b, 0n) === amount,
  );
}

describe("properties", () => {
  it("allocation conserves the total for any ratios and any currency", () => {
    fc.assert(
      fc.property(arbMoney(), arbRatios(), (money, ratios) => {
        const parts = money.allocate(ratios);
        expect(parts).toHaveLength(ratios.length);
        expect(Money.sum(parts, money.currency).equals(money)).toBe(true);
      }),
    );
  });

  it("every allocated part is within one minor unit of its exact share, and zero ratios get zero", () => {
    fc.assert(
      fc.property(arbMoney(), arbRatios(), (money, ratios) => {
        const total = ratios.reduce((sum, r) => sum.plus(r), new O2CDecimal(0));
        money.allocate(ratios).forEach((part, i) => {
          const exact = new O2CDecimal(money.minor.toString()).times(ratios[i] ?? "0").dividedBy(total);
          expect(exact.minus(part.minor.toString()).abs().lessThan(1)).toBe(true);
          if (new O2CDecimal(ratios[i] ?? "0").isZero()) expect(part.isZero()).toBe(true);
        });
      }),
    );
  });

  it("allocation does not depend on the sign: a negative amount mirrors the positive one", () => {
    fc.assert(
      fc.property(arbMoney(), arbRatios(), (money, ratios) => {
        const positive = money.abs().allocate(ratios);
        const negative = money.abs().negate().allocate(ratios);
        expect(negative.map((p) => p.minor)).toEqual(positive.map((p) => -p.minor));
      }),
    );
  });

  it("split parts sum to the amount and differ by at most one minor unit", () => {
    fc.assert(
      fc.property(arbMoney(), fc.integer({ min: 1, max: 50 }), (money, n) => {
        const parts = money.split(n).map((p) => p.minor);
        expect(parts.reduce((a, b) => a + b, 0n)).toBe(money.minor);
        const sorted = [...parts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect((sorted.at(-1) ?? 0n) - (sorted[0] ?? 0n) <= 1n).toBe(true);
      }),
    );
  });

  it("integer allocation conserves any bigint amount over any non-negative weights", () => {
    fc.assert(conservesTotal(allocateByLargestRemainder));
  });

  it("the conservation law catches a broken allocation that drops the remainder", () => {
    const total = (weights: readonly bigint[]) => weights.reduce((a, b) => a + b, 0n);
    const flooring: Allocator = (amount, weights) => weights.map((w) => (amount * w) / total(weights));
    expect(fc.check(conservesTotal(flooring)).failed).toBe(true);
  });

  it("parse then format is the identity for every valid canonical amount", () => {
    fc.assert(
      fc.property(arbAmountString(), ({ amount, currency }) => {
        const normalized = amount === "-0" ? "0" : amount;
        expect(Money.of(amount, currency).toString()).toBe(normalized);
        expect(Money.of(amount, currency).toJSON()).toEqual({ amount: normalized, currency });
      }),
    );
  });

  it("addition is commutative and associative, zero is its identity and negation its inverse", () => {
    const three = arbCurrencyCode().chain((currency) =>
      fc.tuple(arbMoney({ currency }), arbMoney({ currency }), arbMoney({ currency })),
    );
    fc.assert(
      fc.property(three, ([a, b, c]) => {
        expect(a.add(b).equals(b.add(a))).toBe(true);
        expect(
          a
            .add(b)
            .add(c)
            .equals(a.add(b.add(c))),
        ).toBe(true);
        expect(a.add(Money.zero(a.currency)).equals(a)).toBe(true);
        expect(a.add(a.negate()).isZero()).toBe(true);
        expect(a.subtract(b).equals(a.add(b.negate()))).toBe(true);
        expect(a.compare(b) + b.compare(a)).toBe(0);
      }),
    );
  });

  it("multiplying by one is the identity in every rounding mode, and rounding is bounded by one unit", () => {
    fc.assert(
      fc.property(
        arbMoney(),
        fc.constantFrom(...ROUNDING_MODES),
        fc.integer({ min: 0, max: 10_000 }).map((n) => (n / 1000).toFixed(3)),
        (money, mode, factor) => {
          expect(money.multiply("1", mode).equals(money)).toBe(true);
          const exact = new O2CDecimal(money.minor.toString()).times(factor);
          const rounded = money.multiply(factor, mode);
          expect(exact.minus(rounded.minor.toString()).abs().lessThan(1)).toBe(true);
        },
      ),
    );
  });

  it("rounding modes keep their order: floor <= down/up bracket <= ceiling", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (n, d) => {
          const floor = divideAndRound(n, d, "floor");
          const ceiling = divideAndRound(n, d, "ceiling");
          for (const mode of ROUNDING_MODES) {
            const r = divideAndRound(n, d, mode);
            expect(r >= floor && r <= ceiling).toBe(true);
          }
          expect(ceiling - floor <= 1n).toBe(true);
        },
      ),
    );
  });
});
