import { compactReference, digitKey, zerolessKey } from "@o2c/cash-application";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

// The reference keys are defined by regular expressions; the character-by-character implementations must give the
// same strings for any text, ASCII or not (upper-casing `ß` gives `SS`, which counts as letters).

const text = fc.string({
  unit: fc.constantFrom("0", "1", "9", "a", "z", "A", "Z", "-", "/", " ", ".", "ß", "é", "Ø", "\u0660", "\ud83d"),
  maxLength: 24,
});

describe("reference keys", () => {
  it("compactReference is upper case without anything but A-Z and 0-9", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(compactReference(t)).toBe(t.toUpperCase().replace(/[^A-Z0-9]/g, ""));
      }),
    );
  });

  it("digitKey is the digits without leading zeros; zerolessKey drops every zero", () => {
    fc.assert(
      fc.property(text, (t) => {
        const key = digitKey(t);
        expect(key).toBe(t.replace(/[^0-9]/g, "").replace(/^0+/, ""));
        expect(zerolessKey(key)).toBe(key.replace(/0/g, ""));
      }),
    );
  });
});
