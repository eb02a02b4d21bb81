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
    expect(normalizeName("Knight Mfg Ltd Station Road 106 Manchester").tokens).toEqual(["knight", "manufacturing"]);
    expect(normalizeName("Okada Kagaku K.K.").tokens).toEqual(["okada", "kagaku"]);
  });
  it("reads words that name members of Object.prototype as plain words", () => {
    expect(normalizeName("Constructor Works GmbH").tokens).toEqual(["constructor", "works"]);
    expect(normalizeName("__proto__ Trading").tokens).toEqual(["proto", "trading"]);
  });
  it("similarity: word order, truncation, abbreviations", () => {
    expect(nameSimilarity(["maschinenbau", "muller"], ["muller", "maschinenbau"])).toBe(1);
    expect(nameSimilarity(["muller", "masch"], ["muller", "maschinenbau"])).toBeGreaterThan(0.9);
    expect(nameSimilarity(["schubert", "andreas"], ["schubert", "sohne"])).toBeLessThan(0.6);
    expect(jaroWinkler("martha", "marhta")).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler("", "abc")).toBe(0);
  });
});

describe("references", () => {
  const found = (text: string) => extractReferences(text).candidates.map((c) => c.repaired);
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
