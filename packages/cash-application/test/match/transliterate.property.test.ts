import { foldName, normalizeName, transliterate } from "@o2c/cash-application";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SPECIAL } from "../../src/normalize/transliterate.js";

// Laws of name normalization's first steps, which take shortcuts for plain ASCII text and for text without the
// characters a step changes:
// - transliterate equals the full pipeline (special letters spelled out, NFD, lower case, umlauts as `e`, other marks
//   dropped) on any text, ASCII or not;
// - foldName equals its three replacements on any text;
// - normalizeName gives the same tokens for a name and its ASCII-only upper-case spelling.

function fullTransliterate(text: string): string {
  return text
    .replace(/[ßøØæÆœŒłŁđĐðþı]/g, (ch) => SPECIAL[ch] ?? ch)
    .normalize("NFD")
    .toLowerCase()
    .replace(/([aou])\u0308/g, "$1e")
    .replace(/[\u0300-\u036f]/g, "");
}

const letters = [..."aeiouAEOUbcdnrsz .,&/'’-0123456789üÜöÖäÄéÉèçñßøØæœłđþı\u0308\u0301"];
const text = fc.string({ unit: fc.constantFrom(...letters), maxLength: 30 });
const ascii = fc.string({ unit: fc.constantFrom(..."abeouAEOUxyz .,&/'-0123456789"), maxLength: 30 });

describe("transliteration", () => {
  it("equals the full pipeline on any text", () => {
    fc.assert(
      fc.property(fc.oneof(text, ascii), (s) => {
        expect(transliterate(s)).toBe(fullTransliterate(s));
      }),
    );
  });
  it("folding equals its three replacements", () => {
    fc.assert(
      fc.property(fc.oneof(text, ascii), (s) => {
        const t = fullTransliterate(s);
        expect(foldName(t)).toBe(t.replace(/ue/g, "u").replace(/oe/g, "o").replace(/ae/g, "a"));
      }),
    );
  });
  it("normalizes a name and its ASCII spelling alike", () => {
    fc.assert(
      fc.property(text, (s) => {
        const spelled = fullTransliterate(s).toUpperCase();
        expect(normalizeName(spelled).tokens).toEqual(normalizeName(s).tokens);
      }),
    );
  });
});
