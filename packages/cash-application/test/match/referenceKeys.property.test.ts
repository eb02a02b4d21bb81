import { compactReference, digitKey, extractReferences, repairOcr, zerolessKey } from "@o2c/cash-application";
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

  it("repairOcr changes a text exactly when a confusable letter stands next to a digit, as two regex passes do", () => {
    // The definition: a letter O Q I L S B Z next to a digit becomes that digit, applied left to right twice.
    const digitOf: Record<string, string> = { O: "0", Q: "0", I: "1", L: "1", S: "5", B: "8", Z: "2" };
    const oracle = (t: string): string => {
      if (!/[OQILSBZ]\d|\d[OQILSBZ]/.test(t)) return t;
      const chars = [...t];
      for (let pass = 0; pass < 2; pass++) {
        for (let i = 0; i < chars.length; i++) {
          const digit = digitOf[chars[i] ?? ""];
          if (digit !== undefined && (/\d/.test(chars[i - 1] ?? "") || /\d/.test(chars[i + 1] ?? ""))) chars[i] = digit;
        }
      }
      return chars.join("");
    };
    const compactish = fc.string({
      unit: fc.constantFrom("0", "1", "5", "O", "Q", "I", "L", "S", "B", "Z", "A", "V", "-", "é"),
      maxLength: 20,
    });
    fc.assert(
      fc.property(compactish, (t) => {
        expect(repairOcr(t)).toBe(oracle(t));
      }),
      { numRuns: 2000 },
    );
  });

  it("every candidate extractReferences reads carries the keys of its own text", () => {
    const remittance = fc.array(
      fc.oneof(
        fc.constantFrom("INV", "Rechnung", "nr", "ß", "Øst", "2026", "004512", "O0I", "RF18", "EUR", "1.190,00"),
        text,
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(remittance, fc.constantFrom(" ", "/", "-", ", "), (words, separator) => {
        for (const c of extractReferences(words.join(separator)).candidates) {
          if (c.source !== "text") continue;
          expect(c.compact).toBe(compactReference(c.text));
          expect(c.repaired).toBe(repairOcr(c.compact));
          expect(c.digits).toBe(digitKey(c.repaired));
        }
      }),
    );
  });
});
