import { divideAndRound, isO2CError, O2CDecimal, type RoundingMode, roundDecimal } from "@o2c/core";
import { describe, expect, it } from "vitest";

// The table of Java's java.math.RoundingMode documentation: input rounded to an integer with each mode.
const VECTORS: ReadonlyArray<readonly [string, Record<RoundingMode, number>]> = [
  ["5.5", { up: 6, down: 5, ceiling: 6, floor: 5, halfUp: 6, halfDown: 5, halfEven: 6 }],
  ["2.5", { up: 3, down: 2, ceiling: 3, floor: 2, halfUp: 3, halfDown: 2, halfEven: 2 }],
  ["1.6", { up: 2, down: 1, ceiling: 2, floor: 1, halfUp: 2, halfDown: 2, halfEven: 2 }],
  ["1.1", { up: 2, down: 1, ceiling: 2, floor: 1, halfUp: 1, halfDown: 1, halfEven: 1 }],
  ["1.0", { up: 1, down: 1, ceiling: 1, floor: 1, halfUp: 1, halfDown: 1, halfEven: 1 }],
  ["-1.0", { up: -1, down: -1, ceiling: -1, floor: -1, halfUp: -1, halfDown: -1, halfEven: -1 }],
  ["-1.1", { up: -2, down: -1, ceiling: -1, floor: -2, halfUp: -1, halfDown: -1, halfEven: -1 }],
  ["-1.6", { up: -2, down: -1, ceiling: -1, floor: -2, halfUp: -2, halfDown: -2, halfEven: -2 }],
  ["-2.5", { up: -3, down: -2, ceiling: -2, floor: -3, halfUp: -3, halfDown: -2, halfEven: -2 }],
  ["-5.5", { up: -6, down: -5, ceiling: -5, floor: -6, halfUp: -6, halfDown: -5, halfEven: -6 }],
];

describe("divideAndRound", () => {
  for (const [input, expected] of VECTORS) {
    for (const [mode, result] of Object.entries(expected) as [RoundingMode, number][]) {
      it(`rounds ${input} with ${mode} to ${result}`, () => {
        const tenths = BigInt(input.replace(".", ""));
        expect(divideAndRound(tenths, 10n, mode)).toBe(BigInt(result));
        // The same vector through decimal.js, which o2c uses for rates.
        expect(roundDecimal(new O2CDecimal(input), 0, mode).toNumber()).toBe(result);
      });
    }
  }

  it("handles negative divisors like negative dividends", () => {
    expect(divideAndRound(25n, -10n, "halfUp")).toBe(-3n);
    expect(divideAndRound(25n, -10n, "floor")).toBe(-3n);
    expect(divideAndRound(25n, -10n, "ceiling")).toBe(-2n);
  });

  it("refuses to divide by zero", () => {
    try {
      divideAndRound(1n, 0n, "halfUp");
      expect.unreachable();
    } catch (error) {
      expect(isO2CError(error, "DIVISION_BY_ZERO")).toBe(true);
    }
  });

  it("rounds ties by the remainder, not by a float", () => {
    // 0.285 * 100 is 28.499999999999996 in floating point; exact arithmetic rounds it up.
    expect(divideAndRound(285n, 10n, "halfUp")).toBe(29n);
    expect(divideAndRound(10n ** 20n + 5n, 10n, "halfEven")).toBe(10n ** 19n);
  });
});
