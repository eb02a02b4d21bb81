import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergePositions } from "../../src/index/mergePositions.js";

// Merging two ascending position lists gives their union, ascending, each position once; a missing or empty list
// leaves the other as it is.

const ascending = fc.uniqueArray(fc.nat({ max: 60 }), { maxLength: 12 }).map((list) => list.sort((a, b) => a - b));

describe("mergePositions", () => {
  it("is the ascending union of two ascending lists", () => {
    fc.assert(
      fc.property(ascending, ascending, (a, b) => {
        const union = [...new Set([...a, ...b])].sort((x, y) => x - y);
        const merged = mergePositions(a, b);
        expect(merged === undefined ? [] : [...merged]).toEqual(union);
        expect(mergePositions(a, undefined)).toBe(a);
        expect(mergePositions(undefined, b)).toBe(b);
        expect(mergePositions(a, [])).toEqual(a);
      }),
    );
  });
});
