import { checkEn16931, readCii, readUbl, writeCii, writeUbl } from "@o2c/invoicing";
import { describe, expect, test } from "vitest";
import { sampleInvoices } from "./fixtures.js";

const samples = Object.entries(sampleInvoices());

describe("generated EN 16931 invoices", () => {
  test("cover the required cases", () => {
    const all = Object.fromEntries(samples);
    const rates = new Set(all["multi-rate"]?.vatBreakdown.map((b) => `${b.categoryCode}/${b.rate}`));
    expect(rates).toEqual(new Set(["S/19", "S/7", "Z/0"]));
    expect(all["exempt-lines"]?.vatBreakdown.find((b) => b.categoryCode === "E")?.exemptionReasonCode).toBe(
      "VATEX-EU-132-1C",
    );
    expect(all["reverse-charge"]?.vatBreakdown.map((b) => b.categoryCode)).toEqual(["AE"]);
    expect(all["allowances-charges"]?.totals).toMatchObject({ allowanceTotal: "50.00", chargeTotal: "25.00" });
    expect(all["credit-note"]?.typeCode).toBe("381");
    expect(all["foreign-currency"]?.totals?.vatTotalInAccountingCurrency).toBeDefined();
    expect(all["jpy"]?.totals?.payableAmount).toMatch(/^\d+$/);
  });

  test("the JPY invoice has integer amounts with exact half-up VAT", () => {
    const jpy = Object.fromEntries(samples)["jpy"];
    // 2 × 45800 = 91600 at 10 % → 9160; 3 × 1250 = 3750 at 8 % → 300; total 91600 + 3750 + 9460 = 104810.
    expect(jpy?.vatBreakdown.map((b) => b.taxAmount)).toEqual(["9160", "300"]);
    expect(jpy?.totals?.payableAmount).toBe("104810");
  });

  test("the foreign-currency invoice converts BT-110 to BT-111, rounded half-up to cents", () => {
    const fx = Object.fromEntries(samples)["foreign-currency"];
    // 3 × 333.33 + 120.50 = 1120.49; VAT 19 % = 212.8931 → 212.89 USD; × 0.9234 = 196.582626 → 196.58 EUR.
    expect(fx?.totals?.vatTotal).toBe("212.89");
    expect(fx?.totals?.vatTotalInAccountingCurrency).toBe("196.58");
  });

  test.each(samples)("%s has no EN 16931 violation", (_name, invoice) => {
    expect(checkEn16931(invoice)).toEqual([]);
  });

  test.each(samples)("%s: UBL and CII round trip", (_name, invoice) => {
    expect(readUbl(writeUbl(invoice))).toEqual(invoice);
    expect(readCii(writeCii(invoice))).toEqual(invoice);
  });

  test("a credit note is written as a UBL CreditNote", () => {
    const cn = Object.fromEntries(samples)["credit-note"];
    if (cn === undefined) throw new Error("missing sample");
    const xml = writeUbl(cn);
    expect(xml).toContain("<CreditNote xmlns=");
    expect(xml).toContain("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>");
    expect(xml).toContain("<cac:CreditNoteLine>");
  });
});
