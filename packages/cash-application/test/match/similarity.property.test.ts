import { jaroWinkler, nameSimilarity } from "@o2c/cash-application";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

// Laws of the string similarities:
// - jaroWinkler equals the textbook definition (a plain implementation with fresh buffers), whatever was compared
//   before (the function reuses its buffers);
// - jaroWinkler is symmetric and lies in 0..1, with 1 exactly for equal strings;
// - nameSimilarity lies in 0..1, is 1 for the same tokens in any order, and does not depend on earlier calls;
// - an optional token (one that followed a legal form) that matches nothing changes nothing, on either side, and
//   optional tokens that match count as required ones do.

function textbookJaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const ma = new Array<boolean>(a.length).fill(false);
  const mb = new Array<boolean>(b.length).fill(false);
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
      if (mb[j] || a[i] !== b[j]) continue;
      ma[i] = true;
      mb[j] = true;
      m++;
      break;
    }
  }
  if (m === 0) return 0;
  const sa = [...a].filter((_, i) => ma[i]);
  const sb = [...b].filter((_, j) => mb[j]);
  const t = sa.filter((c, i) => c !== sb[i]).length / 2;
  const jaro = (m / a.length + m / b.length + (m - t) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

const word = fc.string({ unit: fc.constantFrom("a", "b", "e", "m", "r", "t", "h"), maxLength: 40 });

describe("jaroWinkler", () => {
  it("equals the textbook definition, symmetric, in 0..1, whatever came before", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 5 }), (pairs) => {
        for (const [a, b] of pairs) {
          const score = jaroWinkler(a, b);
          expect(score).toBeCloseTo(textbookJaroWinkler(a, b), 12);
          expect(jaroWinkler(b, a)).toBeCloseTo(score, 12);
          expect(score >= 0 && score <= 1).toBe(true);
          expect(score === 1).toBe(a === b);
        }
      }),
    );
  });
});

describe("nameSimilarity", () => {
  it("is in 0..1, 1 for the same tokens in any order, and independent of earlier calls", () => {
    const tokens = fc.array(
      fc.string({ unit: fc.constantFrom("a", "e", "k", "l", "m", "n", "r"), minLength: 1, maxLength: 9 }),
      {
        minLength: 1,
        maxLength: 6,
      },
    );
    fc.assert(
      fc.property(tokens, tokens, fc.array(tokens, { maxLength: 3 }), (payer, master, before) => {
        const first = nameSimilarity(payer, master);
        for (const other of before) nameSimilarity(other, payer);
        expect(nameSimilarity(payer, master)).toBe(first);
        expect(first >= 0 && first <= 1).toBe(true);
        expect(nameSimilarity([...payer].reverse(), payer)).toBe(1);
      }),
    );
  });

  it("ignores optional tokens that match nothing, on either side, and counts those that match", () => {
    const tokens = fc.array(
      fc.string({ unit: fc.constantFrom("a", "e", "k", "l", "m", "n", "r"), minLength: 1, maxLength: 9 }),
      { minLength: 1, maxLength: 6 },
    );
    // Starts with a letter no other token has: no exact, prefix or near match (Jaro-Winkler needs the same first letter).
    const stray = fc.string({ unit: fc.constantFrom("q", "x", "z"), minLength: 5, maxLength: 8 }).map((t) => `q${t}`);
    fc.assert(
      fc.property(tokens, tokens, fc.array(stray, { minLength: 1, maxLength: 3 }), (payer, master, extra) => {
        const plain = nameSimilarity(payer, master);
        expect(nameSimilarity(payer, master, payer.length, master.length)).toBe(plain);
        expect(nameSimilarity([...payer, ...extra], master, payer.length)).toBe(plain);
        expect(nameSimilarity(payer, [...master, ...extra], payer.length, master.length)).toBe(plain);
        // The same tokens as optional ones, when they all match, score as required ones.
        expect(nameSimilarity([...payer, ...extra], [...master, ...extra], payer.length, master.length)).toBe(
          nameSimilarity([...payer, ...extra], [...master, ...extra]),
        );
      }),
    );
  });
});
