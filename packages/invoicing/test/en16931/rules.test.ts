import { checkEn16931, checkEn16931Xml, EN16931_RULES, type En16931Invoice } from "@o2c/invoicing";
import { describe, expect, test } from "vitest";
import { sampleInvoices } from "./fixtures.js";

const base = (): En16931Invoice => {
  const invoice = sampleInvoices()["multi-rate"];
  if (invoice === undefined) throw new Error("missing sample");
  return invoice;
};
const ids = (invoice: En16931Invoice) => checkEn16931(invoice).map((v) => v.id);
const withTotals = (invoice: En16931Invoice, totals: Partial<NonNullable<En16931Invoice["totals"]>>) => ({
  ...invoice,
  totals: { ...invoice.totals, ...totals },
});

describe("EN 16931 rule catalog", () => {
  test("every rule has an official id, a flag and a message, and ids are unique", () => {
    const seen = new Set<string>();
    for (const r of EN16931_RULES) {
      expect(r.id).toMatch(/^BR-([A-Z]+-)?\d{2}$/);
      expect(["fatal", "warning"]).toContain(r.flag);
      expect(r.message.length).toBeGreaterThan(20);
      expect(seen.has(r.id)).toBe(false);
      seen.add(r.id);
    }
    expect(EN16931_RULES.length).toBeGreaterThan(190);
  });
});

describe("EN 16931 rules on the model", () => {
  test("a valid invoice breaks no rule", () => {
    expect(checkEn16931(base())).toEqual([]);
  });

  test("BR-CO-10: the line total must equal the sum of line net amounts, rounded to 2 decimals", () => {
    const inv = base();
    const off = withTotals(inv, { lineNetTotal: "1.00" });
    expect(checkEn16931(off).find((v) => v.id === "BR-CO-10")).toMatchObject({
      flag: "fatal",
      path: ["totals", "lineNetTotal"],
    });
    // Lines summing to 10.005 need BT-106 = 10.01 (round half up, XPath round()).
    const lines = [{ ...inv.lines[0], netAmount: "10.005" } as En16931Invoice["lines"][number]];
    expect(ids(withTotals({ ...inv, lines }, { lineNetTotal: "10.01" }))).not.toContain("BR-CO-10");
    expect(ids(withTotals({ ...inv, lines }, { lineNetTotal: "10.00" }))).toContain("BR-CO-10");
  });

  test("BR-CO-15 and BR-CO-16 check the totals chain", () => {
    expect(ids(withTotals(base(), { taxInclusiveAmount: "0.00" }))).toContain("BR-CO-15");
    expect(ids(withTotals(base(), { payableAmount: "0.00" }))).toContain("BR-CO-16");
    const t = base().totals;
    const paid = withTotals(base(), {
      paidAmount: "100.00",
      payableAmount: (Number.parseFloat(t?.taxInclusiveAmount ?? "0") - 100).toFixed(2),
    });
    expect(ids(paid)).not.toContain("BR-CO-16");
  });

  test("BR-CO-17: VAT within ±1 of taxable × rate, rounded to 2 decimals", () => {
    const inv = base();
    const b = inv.vatBreakdown[0];
    if (b === undefined) throw new Error("no breakdown");
    const tax = Number.parseFloat(b.taxAmount ?? "0");
    const shift = (delta: number) => ({
      ...inv,
      vatBreakdown: [{ ...b, taxAmount: (tax + delta).toFixed(2) }, ...inv.vatBreakdown.slice(1)],
    });
    expect(ids(shift(0.99))).not.toContain("BR-CO-17");
    expect(ids(shift(1))).toContain("BR-CO-17");
  });

  test("BR-DEC: amounts with three decimals are rejected, with the path of the amount", () => {
    const v = checkEn16931(withTotals(base(), { payableAmount: "1.001" })).find((x) => x.id === "BR-DEC-18");
    expect(v).toMatchObject({ flag: "fatal", path: ["totals", "payableAmount"] });
  });

  test("BR-E-10 and BR-AE-10: exempt and reverse-charge breakdowns need a reason", () => {
    const exempt = sampleInvoices()["exempt-lines"] as En16931Invoice;
    const noReason = {
      ...exempt,
      vatBreakdown: exempt.vatBreakdown.map((b) =>
        b.categoryCode === "E" ? { ...b, exemptionReason: undefined, exemptionReasonCode: undefined } : b,
      ),
    };
    expect(checkEn16931(noReason).find((v) => v.id === "BR-E-10")?.path).toEqual([
      "vatBreakdown",
      1,
      "exemptionReason",
    ]);
    const rc = sampleInvoices()["reverse-charge"] as En16931Invoice;
    expect(ids({ ...rc, buyer: { ...rc.buyer, identifiers: [], vatId: undefined } })).toContain("BR-AE-02");
  });

  test("BR-S-08: the taxable amount per rate must match lines, allowances and charges within ±1", () => {
    const inv = base();
    const s19 = inv.vatBreakdown.findIndex((b) => b.rate === "19");
    const changed = inv.vatBreakdown.map((b, i) =>
      i === s19 ? { ...b, taxableAmount: "1.00", taxAmount: "0.19" } : b,
    );
    const v = checkEn16931({ ...inv, vatBreakdown: changed }).find((x) => x.id === "BR-S-08");
    expect(v?.path).toEqual(["vatBreakdown", s19, "taxableAmount"]);
  });

  test("BR-51 is a warning, not fatal", () => {
    const inv = base();
    const card = {
      ...inv,
      paymentInstructions: {
        meansCode: "48",
        creditTransfers: [],
        card: { primaryAccountNumber: "1234567890123456" },
      },
    };
    expect(checkEn16931(card).find((v) => v.id === "BR-51")?.flag).toBe("warning");
  });

  test("checkEn16931Xml detects the syntax", () => {
    const cii = `<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
      xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">
      <rsm:ExchangedDocument><ram:ID>1</ram:ID></rsm:ExchangedDocument></rsm:CrossIndustryInvoice>`;
    const v = checkEn16931Xml(cii);
    expect(v.map((x) => x.id)).toContain("BR-01");
    expect(v.map((x) => x.id)).not.toContain("BR-02");
  });
});

describe("EN 16931 code-list rules (BR-CL)", () => {
  test("codes outside the official lists are reported with their path", () => {
    const inv = base();
    const line = inv.lines[0] as En16931Invoice["lines"][number];
    const bad: En16931Invoice = {
      ...inv,
      currencyCode: "EURO",
      lines: [{ ...line, unitCode: "PIECES" }, ...inv.lines.slice(1)],
    };
    const v = checkEn16931(bad);
    expect(v.find((x) => x.id === "BR-CL-04")?.path).toEqual(["currencyCode"]);
    expect(v.find((x) => x.id === "BR-CL-23")?.path).toEqual(["lines", 0, "unitCode"]);
  });

  test("VATEX codes are compared in upper case, as in the official rule", () => {
    const exempt = sampleInvoices()["exempt-lines"] as En16931Invoice;
    const lower = {
      ...exempt,
      vatBreakdown: exempt.vatBreakdown.map((b) =>
        b.exemptionReasonCode === undefined ? b : { ...b, exemptionReasonCode: b.exemptionReasonCode.toLowerCase() },
      ),
    };
    expect(ids(lower)).not.toContain("BR-CL-22");
    const unknown = {
      ...exempt,
      vatBreakdown: exempt.vatBreakdown.map((b) =>
        b.exemptionReasonCode === undefined ? b : { ...b, exemptionReasonCode: "VATEX-XX-0" },
      ),
    };
    expect(ids(unknown)).toContain("BR-CL-22");
  });
});
