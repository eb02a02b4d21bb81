import {
  extractReferences,
  isValidCreditorReference,
  jaroWinkler,
  nameSimilarity,
  normalizeName,
  parseRmrSegments,
  repairOcr,
  toCreditorReference,
} from "@o2c/cash-application";
import { describe, expect, it } from "vitest";

describe("names", () => {
  it("normalizes case, diacritics, legal forms, address text", () => {
    expect(normalizeName("Müller Maschinenbau GmbH").tokens).toEqual(["muller", "maschinenbau"]);
    expect(normalizeName("MUELLER MASCHINENBAU").tokens).toEqual(["muller", "maschinenbau"]);
    expect(normalizeName("Søren Ørsted A/S").tokens).toEqual(["soren", "orsted"]);
    // `Station` stays, as an optional token (it followed the legal form): optional tokens that match nothing count for
    // nothing.
    expect(normalizeName("Knight Mfg Ltd Station Road 106 Manchester")).toEqual({
      tokens: ["knight", "manufacturing", "station"],
      looksPersonal: false,
      optionalFrom: 2,
    });
    expect(normalizeName("Okada Kagaku K.K.").tokens).toEqual(["okada", "kagaku"]);
  });
  it("drops legal forms spelled out or in Turkish, Czech and Japanese, and expands business abbreviations", () => {
    expect(normalizeName("Doğan Mobilya San. ve Tic. Ltd. Şti.").tokens).toEqual(["dogan", "mobilya", "san"]);
    expect(normalizeName("DOGAN MOBILYA SAN TIC LTD STI").tokens).toEqual(["dogan", "mobilya", "san"]);
    expect(normalizeName("Cerny Kovovyroba akciova spolecnost").tokens).toEqual(["cerny", "kovovyroba"]);
    expect(normalizeName("Kabushiki Kaisha Takahashi Kogyo").tokens).toEqual(["takahashi", "kogyo"]);
    expect(normalizeName("Nordvik Aksjeselskap").tokens).toEqual(["nordvik"]);
    expect(normalizeName("REDSTONE SPLY").tokens).toEqual(["redstone", "supply"]);
    // `Gesellschaft` and `San` also begin names: kept.
    expect(normalizeName("Deutsche Gesellschaft für Zusammenarbeit").tokens).toEqual([
      "deutsche",
      "gesellschaft",
      "fur",
      "zusammenarbeit",
    ]);
    expect(normalizeName("Farmacia San Marco").tokens).toEqual(["farmacia", "san", "marco"]);
  });
  it("keeps up to three words after a legal form as optional tokens: a reordered name or an appended city", () => {
    expect(normalizeName("MORETTI S.P.A. IMBALLAGGI")).toEqual({
      tokens: ["moretti", "imballaggi"],
      looksPersonal: false,
      optionalFrom: 1,
    });
    expect(normalizeName("Summit USA LLC Technologies").optionalFrom).toBe(2);
    expect(normalizeName("Müller GmbH Hauptstr. 5 Berlin")).toEqual({
      tokens: ["muller"],
      looksPersonal: false,
      optionalFrom: 1,
    });
    expect(normalizeName("ACME GMBH NIEDERLASSUNG NORD WEST SUED").tokens).toEqual([
      "acme",
      "niederlassung",
      "nord",
      "west",
    ]);
    expect(normalizeName("Müller Maschinenbau GmbH").optionalFrom).toBe(2);
    const score = (payer: string, master: string): number => {
      const p = normalizeName(payer);
      const m = normalizeName(master);
      return nameSimilarity(p.tokens, m.tokens, p.optionalFrom, m.optionalFrom);
    };
    expect(score("MORETTI S.P.A. IMBALLAGGI", "Imballaggi Moretti S.p.A.")).toBe(1);
    expect(score("Summit USA LLC Technologies", "Summit Technologies USA LLC")).toBe(1);
    expect(score("ACME GMBH BERLIN", "Acme GmbH")).toBe(1);
    // `und` also ends the required words: payers drop the second business line (`Sanitär- und Heizungstechnik`).
    expect(score("OBERLAENDER SANITAER-", "Oberländer Sanitär- und Heizungstechnik GmbH & Co. KG")).toBe(1);
    // Optional tokens do not make a different name similar.
    expect(score("MORETTI S.P.A. IMBALLAGGI", "Moretti Trasporti S.p.A.")).toBeLessThan(0.6);
  });
  it("reads words that name members of Object.prototype as plain words", () => {
    expect(normalizeName("Constructor Works GmbH").tokens).toEqual(["constructor", "works"]);
    expect(normalizeName("__proto__ Trading").tokens).toEqual(["proto", "trading"]);
  });
  it("similarity: word order, truncation, abbreviations", () => {
    expect(nameSimilarity(["maschinenbau", "muller"], ["muller", "maschinenbau"])).toBe(1);
    expect(nameSimilarity(["muller", "masch"], ["muller", "maschinenbau"])).toBeGreaterThan(0.9);
    expect(nameSimilarity(["schubert", "andreas"], ["schubert", "sohne"])).toBeLessThan(0.6);
    // An initial counts for the word it begins, less than a cut-off word: `P CERNY` for Petra Černý.
    expect(nameSimilarity(["p", "cerny"], ["petra", "cerny"])).toBeCloseTo(0.8, 10);
    expect(nameSimilarity(["cerny", "p"], ["petra", "cerny"])).toBeCloseTo(0.8, 10);
    expect(nameSimilarity(["k", "cerny"], ["petra", "cerny"])).toBeLessThan(0.6);
    expect(nameSimilarity(["pe", "cerny"], ["petra", "cerny"])).toBeLessThan(0.6);
    expect(jaroWinkler("martha", "marhta")).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler("", "abc")).toBe(0);
  });
});

describe("references", () => {
  const found = (text: string) => extractReferences(text).candidates.map((c) => c.repaired);
  it("reads an MT940 field 86 passed on as it is: subfield codes go, continuation lines join", () => {
    const sales = repairOcr("SI26003885");
    expect(found("?20SI26003885 MANGELRUGE EUR 7?2192,01")).toContain(sales);
    // A continuation line that breaks the number: `?21` joins its pieces.
    expect(found("?20EREF+NOTPROVIDED SVWZ+RE SI2600?213885")).toContain(sales);
    // A question mark before digits in ordinary text is not a subfield code.
    expect(found("Rechnung?20261234")).toContain("20261234");
  });
  it("finds references glued, split, with prefixes in several languages", () => {
    expect(found("RechnungINV2026004512")).toContain("RECHNUNGINV2026004512");
    expect(found("Facture INV 2026 004512")).toContain("INV2026004512");
    expect(found("Factura 2026/413 EUR 1.190,00")).toContain("2026413");
  });
  it("repairs OCR confusions next to digits only", () => {
    expect(repairOcr("INV2026OO4S12")).toBe("INV2026004512");
    expect(repairOcr("RE26O02B36")).toBe("RE26002836");
  });
  it("removes dates and amounts", () => {
    expect(found("Zahlung 01.10.2026 EUR 1.190,00")).toEqual([]);
  });
  it("sets customer numbers apart", () => {
    expect(extractReferences("Kunden-Nr. 000123 RE1234567").customerNumbers).toEqual(["000123"]);
  });
  it("ISO 11649 creditor references: valid and invalid check digits", () => {
    expect(isValidCreditorReference("RF18 5390 0754 7034")).toBe(true);
    expect(isValidCreditorReference("RF18539007547035")).toBe(false);
    expect(isValidCreditorReference("RF1")).toBe(false);
    const rf = toCreditorReference("INV2026004512");
    expect(rf !== null && isValidCreditorReference(rf)).toBe(true);
    expect(extractReferences(`Payment ${rf}`).candidates.some((c) => c.source === "creditor-reference")).toBe(true);
  });
  it("parses EDI 820 RMR segments", () => {
    const segments = parseRmrSegments("RMR*IV*INV-7*PI*1166.20*1190.00*23.80~RMR*CR*CN-1**-50.00");
    expect(segments).toHaveLength(2);
    expect(segments[0]).toMatchObject({
      qualifier: "IV",
      reference: "INV-7",
      paidAmount: "1166.20",
      discountAmount: "23.80",
    });
    expect(segments[1]).toMatchObject({ qualifier: "CR", reference: "CN-1", actionCode: null, paidAmount: "-50.00" });
  });
});
