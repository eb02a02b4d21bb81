import { ValidationError } from "@o2c/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateStable } from "../src/internal/allocateStable.js";
import { readPricingInput } from "../src/internal/readPricingInput.js";
import { parseScaled } from "../src/internal/scaled.js";
import { safeParsePricingInput } from "../src/schemas.js";

/** The straightforward largest-remainder split (sort of all bigint remainders), the model of the fast one. */
function referenceAllocate(amount: bigint, weights: readonly bigint[], keys: readonly string[]): bigint[] {
  if (weights.length === 0) return [];
  if (amount < 0n) return referenceAllocate(-amount, weights, keys).map((p) => -p);
  let w = weights.map((x) => (x < 0n ? -x : x));
  let total = w.reduce((s, x) => s + x, 0n);
  if (total === 0n) {
    if (amount === 0n) return w.map(() => 0n);
    w = w.map(() => 1n);
    total = BigInt(w.length);
  }
  const parts = w.map((x) => (amount * x) / total);
  let left = amount - parts.reduce((s, x) => s + x, 0n);
  const order = w
    .map((x, i) => ({ i, r: (amount * x) % total, k: keys[i] ?? "" }))
    .sort((a, b) => (a.r !== b.r ? (a.r > b.r ? -1 : 1) : a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i));
  for (let k = 0; left > 0n; k++) {
    const at = order[k % order.length]?.i ?? 0;
    parts[at] = (parts[at] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts;
}

const arbKey = fc.constantFrom("a", "b", "c", "d");

describe("allocateStable (laws)", () => {
  // Laws: the fast split equals the reference largest-remainder split for small and huge (beyond 2^53) totals,
  // negative amounts and weights, all-zero weights and repeated keys; and its parts always add up to the amount.
  it("equals the reference split and adds up to the amount", () => {
    const arbWeight = fc.oneof(
      fc.bigInt({ min: -1000n, max: 1000n }),
      fc.bigInt({ min: 0n, max: 999_999_999_999_999_999n }),
      fc.constant(0n),
    );
    fc.assert(
      fc.property(
        fc.bigInt({ min: -999_999_999_999n, max: 999_999_999_999n }),
        fc.array(fc.tuple(arbWeight, arbKey), { maxLength: 30 }),
        (amount, items) => {
          const weights = items.map(([w]) => w);
          const keys = items.map(([, k]) => k);
          const parts = allocateStable(amount, weights, keys);
          expect(parts).toEqual(referenceAllocate(amount, weights, keys));
          if (items.length > 0) expect(parts.reduce((s, p) => s + p, 0n)).toBe(amount);
        },
      ),
      { numRuns: 500 },
    );
  });
});

const arbQuantity = fc.oneof(
  fc.stringMatching(/^-?\d{1,20}(\.\d{0,9})?$/),
  fc.constantFrom("0", "0.000", "-0", "1.", ".5", "1e3", " 1", "1,5", "١", "", "0000001.500000", "9".repeat(40)),
);

describe("readPricingInput (laws)", () => {
  // Laws: on every order the hand-written fast path accepts exactly what the zod schema accepts, returns the same
  // value, and each quantity parsed equals the schema's string parsed; on rejection the error is the schema's
  // (same issue codes and paths).
  it("agrees with the schema on quantities, ids and malformed lines", () => {
    const arbLine = fc.oneof(
      fc.record({ id: fc.constantFrom("1", "2", ""), productId: fc.constantFrom("p", ""), quantity: arbQuantity }),
      fc.constantFrom(null, 5, "line", [], { id: "9", productId: "p" }, { id: "8", productId: "p", quantity: 2 }),
    );
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 4 }), fc.constantFrom("EUR", "JPY", "KWD", "EURO"), (lines, cur) => {
        const input = {
          currency: cur,
          date: "2026-03-02",
          customer: { id: "c", taxStatus: "consumer", country: "DE" },
          lines,
        };
        const expected = safeParsePricingInput(input);
        let read: ReturnType<typeof readPricingInput> | undefined;
        let error: unknown;
        try {
          read = readPricingInput(input);
        } catch (e) {
          error = e;
        }
        if (expected.success) {
          expect(read?.order).toEqual(expected.data);
          expect(read?.quantities).toEqual(expected.data.lines.map((l) => parseScaled(l.quantity)));
        } else {
          expect(error).toBeInstanceOf(ValidationError);
          const issues = (error as ValidationError).issues.map((i) => [i.code, i.path]);
          expect(issues).toEqual(expected.error.issues.map((i) => [i.code, i.path]));
        }
      }),
      { numRuns: 400 },
    );
  });
});
