import { parseMinorUnits } from "@o2c/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildItemIndex, discountOf, groupKey, groupKeyEquals } from "../../src/index/buildItemIndex.js";
import { NumberKeyIndex } from "../../src/index/NumberKeyIndex.js";
import { plainMinorUnits } from "../../src/index/plainMinorUnits.js";
import type { OpenItem } from "../../src/model/OpenItem.js";
import { compactReference, repairOcr } from "../../src/references/referenceKeys.js";

// Laws of the matcher's internal indexes, each checked against a plain model:
// - NumberKeyIndex gives, for every key, exactly the positions a Map of arrays gives, in ascending order;
// - plainMinorUnits agrees with core's exact parser wherever it answers, and answers for every plain amount of up to
//   15 digits whose minor units are a safe integer;
// - discountOf (integer arithmetic in doubles) equals the bigint computation amount × percent / 100 rounded half up;
// - withDigitPrefix returns exactly the items whose digit key starts with the prefix, ordered by key then position,
//   or nothing beyond the limit;
// - groupKeyEquals(text, key) is groupKey(text) === key, without building the key;
// - withinOneLetterEdit finds exactly the items a brute-force scan for one letter edit finds.

describe("NumberKeyIndex", () => {
  it("answers like a Map of position lists", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat({ max: 50 }), fc.maxSafeNat()), { maxLength: 300 }), (keys) => {
        const index = new NumberKeyIndex(keys.length);
        const model = new Map<number, number[]>();
        keys.forEach((key, position) => {
          index.add(key, position);
          model.set(key, [...(model.get(key) ?? []), position]);
        });
        for (const [key, positions] of model) expect(index.get(key)).toEqual(positions);
        expect(index.get(-1)).toBeUndefined();
      }),
    );
  });
});

describe("plainMinorUnits", () => {
  it("agrees with core's exact parser and answers for every plain amount of up to 15 digits in the safe range", () => {
    const plain = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 13n - 1n }), fc.integer({ min: 0, max: 3 }))
      .map(([negative, units, decimals]) => {
        const digits = units.toString().padStart(decimals + 1, "0");
        const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
        return negative ? `-${text}` : text;
      });
    const junk = fc.string({ unit: fc.constantFrom("0", "1", "9", ".", "-", "+", "e", " ", "٣"), maxLength: 20 });
    fc.assert(
      fc.property(fc.oneof(plain, junk), fc.integer({ min: 0, max: 3 }), (value, exponent) => {
        const fast = plainMinorUnits(value, exponent);
        let exact: number | undefined;
        try {
          exact = Number(parseMinorUnits(value, exponent));
        } catch {
          exact = undefined;
        }
        if (!Number.isNaN(fast)) expect(fast).toBe(exact);
        const decimals = value.includes(".") ? value.length - value.indexOf(".") - 1 : 0;
        const isPlain = /^-?\d+(\.\d+)?$/.test(value) && value.replace(/[-.]/g, "").length <= 13;
        if (isPlain && decimals <= exponent && Number.isSafeInteger(exact)) expect(fast).toBe(exact);
      }),
    );
  });
});

describe("discountOf", () => {
  it("equals amount × percent / 100 rounded half up, computed in bigint", () => {
    const percent = fc
      .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 4 }), fc.nat({ max: 9999 }))
      .map(([whole, places, fraction]) =>
        places === 0 ? String(whole) : `${whole}.${String(fraction).padStart(4, "0").slice(0, places)}`,
      );
    fc.assert(
      fc.property(fc.oneof(fc.nat({ max: 100_000 }), fc.maxSafeNat()), percent, (amount, p) => {
        const [whole = "0", fraction = ""] = p.split(".");
        const product = BigInt(amount) * BigInt(whole + fraction.padEnd(4, "0"));
        const q = product / 1_000_000n + ((product % 1_000_000n) * 2n >= 1_000_000n ? 1n : 0n);
        expect(discountOf(amount, p)).toBe(Number(q));
      }),
    );
  });
});

function item(id: string, n: number): OpenItem {
  return {
    id,
    customerId: `C${n % 7}`,
    kind: "invoice",
    currency: "EUR",
    issueDate: "2026-01-01",
    dueDate: `2026-02-${String((n % 28) + 1).padStart(2, "0")}`,
    amount: "10.00",
    openAmount: "10.00",
    poNumber: null,
    terms: null,
  };
}

describe("groupKeyEquals", () => {
  it("is groupKey(text) === key", () => {
    const text = fc.string({
      unit: fc.constantFrom("0", "1", "2", "a", "B", "z", "-", " ", "/", "ß", "é"),
      maxLength: 14,
    });
    const key = fc.oneof(
      text.map(groupKey),
      text.map((t) => groupKey(t).slice(1)),
      text.map((t) => `${groupKey(t)}0`),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(text, key, (t, k) => {
        expect(groupKeyEquals(t, k)).toBe(groupKey(t) === k);
        expect(groupKeyEquals(t, groupKey(t))).toBe(true);
      }),
    );
  });
});

describe("item index look-ups", () => {
  const ids = fc.uniqueArray(
    fc.oneof(
      fc.stringMatching(/^[0-9]{3,18}$/),
      fc.stringMatching(/^(INV|RE)-?[0-9]{4}-?[0-9]{2,12}$/),
      fc.stringMatching(/^[A-Z]{1,2}[0-9]{5,8}$/),
    ),
    { minLength: 1, maxLength: 60 },
  );

  it("withDigitPrefix returns the items whose digit key starts with the prefix, by key then position", () => {
    fc.assert(
      fc.property(ids, fc.stringMatching(/^[0-9]{0,7}$/), fc.integer({ min: 1, max: 40 }), (list, raw, limit) => {
        const index = buildItemIndex(list.map(item));
        const prefix = raw.replace(/^0+/, "");
        const expected = index.items
          .filter((i) => i.digits.length >= 5 && i.digits.startsWith(prefix))
          .sort((a, b) => (a.digits < b.digits ? -1 : a.digits > b.digits ? 1 : a.index - b.index))
          .map((i) => i.index);
        expect(index.withDigitPrefix(prefix, limit)).toEqual(expected.length > limit ? [] : expected);
      }),
    );
  });

  it("byGroups finds exactly the items whose id has the printed groups of the text", () => {
    const printed = fc
      .tuple(ids, fc.nat(), fc.constantFrom("", "0", "00"), fc.constantFrom(" ", "/", "-", ""), fc.boolean())
      .map(([list, which, zeros, separator, lower]) => {
        const id = list[which % list.length] as string;
        // The id as a payer may type it: zeros added in front of a group, another separator, lower case.
        const text = id.replace(/-/g, separator).replace(/(^|[^0-9])([0-9])/g, `$1${zeros}$2`);
        return { list, text: lower ? text.toLowerCase() : text };
      });
    fc.assert(
      fc.property(printed, ({ list, text }) => {
        const index = buildItemIndex(list.map(item));
        const brute = index.items.filter((i) => groupKey(i.id) === groupKey(text)).map((i) => i.index);
        expect(index.byGroups(text, repairOcr(compactReference(text))) ?? []).toEqual(brute);
      }),
      { numRuns: 300 },
    );
  });

  it("withinOneLetterEdit finds exactly the items one letter edit away", () => {
    const query = fc
      .tuple(ids, fc.nat(), fc.nat(), fc.constantFrom("I", "O", "X", "N", "1", "0", "7", ""), fc.boolean())
      .map(([list, which, at, c, replace]) => {
        const key = (list[which % list.length] as string).replace(/-/g, "");
        const p = at % (key.length + 1);
        return { list, q: key.slice(0, p) + c + key.slice(p + (replace ? 1 : 0)) };
      });
    fc.assert(
      fc.property(query, ({ list, q }) => {
        const index = buildItemIndex(list.map(item));
        const brute = index.items.flatMap((i) => (q.length >= 8 && oneLetterEdit(q, i.repaired) ? [i.index] : []));
        expect(index.withinOneLetterEdit(q)).toEqual(brute);
      }),
      { numRuns: 300 },
    );
  });
});

/** Brute-force model of the n-gram index's test: one substitution, insertion or deletion involving a letter. */
function oneLetterEdit(a: string, b: string): boolean {
  const isLetter = (c: string | undefined) => c !== undefined && /[A-Z]/.test(c);
  if (a === b) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c !== b[i] ? [i] : []));
    return diff.length === 1 && (isLetter(a[diff[0] as number]) || isLetter(b[diff[0] as number]));
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  for (let i = 0; i < long.length; i++) {
    if (long.slice(0, i) + long.slice(i + 1) === short && isLetter(long[i])) return true;
  }
  return false;
}
