import { divideAndRound } from "@o2c/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** Half up by definition: the truncated quotient, moved one step away from zero when twice the remainder reaches the divisor. */
function halfUpReference(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  const step = n < 0n !== d < 0n ? -1n : 1n;
  const twice = 2n * (r < 0n ? -r : r);
  return twice >= (d < 0n ? -d : d) ? q + step : q;
}

describe("divideAndRound halfUp (laws)", () => {
  // Laws: for every sign of numerator and divisor, exact quotients, ties and amounts up to 10^18 times a rate, half up
  // is the nearest integer with ties away from zero (the shortcut for non-negative values agrees with the definition).
  it("equals the definition by quotient and remainder", () => {
    const arbN = fc.oneof(fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), fc.bigInt({ min: -50n, max: 50n }));
    const arbD = fc.oneof(fc.bigInt({ min: 1n, max: 10n ** 8n }), fc.bigInt({ min: -20n, max: 20n }));
    fc.assert(
      fc.property(
        arbN,
        arbD.filter((d) => d !== 0n),
        (n, d) => {
          expect(divideAndRound(n, d, "halfUp")).toBe(halfUpReference(n, d));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("rounds ties away from zero and stays exact on multiples", () => {
    expect(divideAndRound(25n, 10n, "halfUp")).toBe(3n);
    expect(divideAndRound(24n, 10n, "halfUp")).toBe(2n);
    expect(divideAndRound(-25n, 10n, "halfUp")).toBe(-3n);
    expect(divideAndRound(30n, 10n, "halfUp")).toBe(3n);
    expect(divideAndRound(0n, 7n, "halfUp")).toBe(0n);
  });
});
