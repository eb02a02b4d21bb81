import { formatMinorUnits, parseMinorUnits } from "@o2c/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** The plain string formatting (bigint digits, padded, a dot before the last `exponent` digits): the model. */
function reference(minor: bigint, exponent: number): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, "0");
  const body = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  return negative ? `-${body}` : body;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

describe("formatMinorUnits (laws)", () => {
  // Laws: for every amount of 18 digits and every exponent 0..4 the fast path for |minor| < 2^53 and the bigint
  // path agree with the plain string formatting, around the 2^53 boundary too; and parsing the result gives the
  // amount back.
  it("equals the plain string formatting and parses back, on both sides of 2^53", () => {
    const arbMinor = fc.oneof(
      fc.bigInt({ min: -(10n ** 18n) + 1n, max: 10n ** 18n - 1n }),
      fc.bigInt({ min: -1000n, max: 1000n }),
      fc.bigInt({ min: SAFE - 1000n, max: SAFE + 1000n }),
      fc.bigInt({ min: -SAFE - 1000n, max: -SAFE + 1000n }),
    );
    fc.assert(
      fc.property(arbMinor, fc.integer({ min: 0, max: 4 }), (minor, exponent) => {
        const text = formatMinorUnits(minor, exponent);
        expect(text).toBe(reference(minor, exponent));
        expect(parseMinorUnits(text, exponent)).toBe(minor);
      }),
      { numRuns: 2000 },
    );
  });

  it("formats the edges of the exact range and of each currency kind", () => {
    expect(formatMinorUnits(SAFE, 2)).toBe("90071992547409.91");
    expect(formatMinorUnits(-SAFE - 1n, 2)).toBe("-90071992547409.92");
    expect(formatMinorUnits(-5n, 3)).toBe("-0.005");
    expect(formatMinorUnits(7n, 0)).toBe("7");
    expect(formatMinorUnits(0n, 2)).toBe("0.00");
    expect(formatMinorUnits(1n, 6)).toBe("0.000001");
  });
});
