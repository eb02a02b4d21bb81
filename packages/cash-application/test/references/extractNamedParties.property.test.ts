import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractNamedParties, mayNameParties } from "../../src/references/extractNamedParties.js";

// Laws of extractNamedParties:
// - it never throws for any string: arbitrary UTF-16 (unpaired surrogates included), control characters, and
//   remittance-like mixtures of markers, names, legal forms, references, amounts, bank tags and separators;
// - every returned name is a non-empty substring of the input, with no surrounding whitespace;
// - no returned name contains a digit;
// - it is a function of its input: two calls on the same text give equal results;
// - a name of letter words closed by a legal form after a strong marker is found exactly as written, whatever
//   reference precedes it, whatever keyword, reference or amount follows it, and in upper case as well;
// - the same holds for a weak marker when the words are capitalised;
// - a Finnish name before `puolesta` is found without its genitive ending;
// - a weak marker followed only by lower-case words finds nothing.

const NAME_WORDS = [
  "Larsen",
  "Rør",
  "Kimura",
  "Denki",
  "Neckartronic",
  "Umwelttechnik",
  "Harborpoint",
  "Components",
  "Europe",
  "Søndergaard",
  "Łukasiewicz",
  "Álvarez",
  "Dupont",
  "Bianchi",
  "Virtanen",
  "Kowalski",
  "Janssen",
  "Holm",
  "Anlagenbau",
  "Maschinenbau",
  "Automatisering",
  "Holding",
  "Trading",
  "Nordic",
  "Müller-Lüdenscheid",
  "O'Brien",
];
const LEGAL_FORMS = [
  "GmbH",
  "AG",
  "Ltd",
  "S.A.",
  "B.V.",
  "AS",
  "ASA",
  "A/S",
  "Inc.",
  "Co., Ltd",
  "Oy",
  "AB",
  "Sp. z o.o.",
  "S.p.A.",
  "K.K.",
  "GmbH & Co. KG",
  "S.à r.l.",
  "SARL",
  "LLC",
];
const STRONG_MARKERS = [
  "on behalf of",
  "obo",
  "o/b/o",
  "for account of",
  "im Auftrag von",
  "i.A.",
  "zugunsten",
  "namens",
  "pour le compte de",
  "au nom de",
  "por cuenta de",
  "en nombre de",
  "por conta de",
  "em nome de",
  "per conto di",
  "a nome di",
  "ten behoeve van",
  "t.b.v.",
  "på vegne av",
  "på vägnar av",
  "på vegne af",
  "w imieniu",
  "na rzecz",
];
const WEAK_MARKERS = ["for", "re", "für", "pour", "per", "voor", "paid for", "payment for"];
const BEFORE = [
  "",
  "RE25-905 ",
  "Tak 2026 28750 ",
  "238,00 EUR RE26057916 ",
  "KREF+2075353 SVWZ+82559 ",
  "Invoice 4471 ",
];
const AFTER = [
  "",
  " Invoice 2026/1",
  " Payment ref 596452",
  " Ausgleich",
  " SVWZ+RE123",
  " 2026-10-01",
  " EUR 12,00",
  " Tak",
];
const NOISE = [
  ...STRONG_MARKERS,
  ...WEAK_MARKERS,
  ...LEGAL_FORMS,
  ...NAME_WORDS,
  "puolesta",
  "Oy:n",
  "RE26-48970",
  "1.190,00",
  "SVWZ+",
  "EREF+NOTPROVIDED",
  "/INV/",
  "&",
  ",",
  ";",
  "(",
  ")",
  "d'",
  "\u0000",
  "\u0007",
  "\uD800",
  "\uDC00",
  "\n",
];

const LOWER_WORDS = [
  "services",
  "payment",
  "your",
  "order",
  "the",
  "rent",
  "october",
  "consulting",
  "delivery",
  "larsen",
  "kimura",
  "müller",
  "bergen",
  "und",
  "de",
];

const nameWords = fc.array(fc.constantFrom(...NAME_WORDS), { minLength: 1, maxLength: 5 });
const remittanceLike = fc
  .array(fc.oneof(fc.constantFrom(...NOISE), fc.string({ maxLength: 6 })), { maxLength: 40 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom(" ", "  ", "\t", "", "\u0001", "\u00a0"), {
        minLength: parts.length,
        maxLength: parts.length,
      })
      .map((separators) => parts.map((part, i) => `${part}${separators[i] ?? " "}`).join("")),
  );
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), remittanceLike);

describe("extractNamedParties: laws over any text", () => {
  it("never throws, and returns trimmed, digit-free substrings of the input, the same on every call", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parties = extractNamedParties(text);
        for (const party of parties) {
          expect(party.name.length).toBeGreaterThan(0);
          expect(text.includes(party.name)).toBe(true);
          expect(party.name).toBe(party.name.trim());
          expect(party.name).not.toMatch(/\p{N}/u);
          expect(["strong", "weak"]).toContain(party.strength);
        }
        expect(extractNamedParties(text)).toEqual(parties);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("extractNamedParties: laws over generated remittances", () => {
  it("mayNameParties is true whenever a party is found (the quick test never hides one)", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        if (extractNamedParties(text).length > 0) expect(mayNameParties(text)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("finds a strong marker's name closed by a legal form exactly as written, also in upper case", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BEFORE),
        fc.constantFrom(...STRONG_MARKERS),
        nameWords,
        fc.constantFrom(...LEGAL_FORMS),
        fc.constantFrom(...AFTER),
        fc.boolean(),
        (before, marker, words, form, after, upper) => {
          const name = `${words.join(" ")} ${form}`;
          const text = `${before}${marker} ${name}${after}`;
          const cased = upper ? text.toUpperCase() : text;
          const expected = upper ? name.toUpperCase() : name;
          const parties = extractNamedParties(cased);
          expect(parties.map((p) => [p.name, p.strength])).toEqual([[expected, "strong"]]);
        },
      ),
    );
  });

  it("finds a weak marker's capitalised name closed by a legal form", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BEFORE),
        fc.constantFrom(...WEAK_MARKERS),
        nameWords,
        fc.constantFrom(...LEGAL_FORMS),
        fc.constantFrom(...AFTER),
        (before, marker, words, form, after) => {
          const name = `${words.join(" ")} ${form}`;
          const parties = extractNamedParties(`${before}${marker} ${name}${after}`);
          expect(parties).toEqual([{ name, marker: marker.toLowerCase(), strength: "weak" }]);
        },
      ),
    );
  });

  it("finds a Finnish name before puolesta without its genitive ending", () => {
    fc.assert(
      fc.property(fc.constantFrom(...BEFORE), nameWords, fc.constantFrom(...AFTER), (before, words, after) => {
        const parties = extractNamedParties(`${before}Lasku ${words.join(" ")} Oy:n puolesta${after}`);
        expect(parties).toEqual([{ name: `${words.join(" ")} Oy`, marker: "puolesta", strength: "strong" }]);
      }),
    );
  });

  it("finds nothing after a weak marker followed only by lower-case words", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WEAK_MARKERS),
        fc.array(fc.constantFrom(...LOWER_WORDS), { minLength: 1, maxLength: 6 }),
        (marker, words) => {
          expect(extractNamedParties(`${marker} ${words.join(" ")}`)).toEqual([]);
        },
      ),
    );
  });
});
