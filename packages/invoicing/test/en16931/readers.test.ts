import {
  checkEn16931,
  type En16931Invoice,
  readCii,
  readEn16931Xml,
  readUbl,
  writeCii,
  writeUbl,
} from "@o2c/invoicing";
import { describe, expect, test } from "vitest";
import { sampleInvoices } from "./fixtures.js";

const UBL_NS = 'xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"';
const CBC = 'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"';

describe("e-invoice readers: bad input", () => {
  test.each([
    ["unclosed element", `<Invoice ${UBL_NS}><ID>1</Invoice>`],
    ["text only", "this is not xml"],
    ["two roots", "<a/><b/>"],
    ["truncated file", writeUbl(sampleInvoices()["multi-rate"] as never).slice(0, 500)],
  ])("malformed XML (%s) is EINVOICE_MALFORMED_XML", (_name, xml) => {
    expect(() => readUbl(xml)).toThrow(expect.objectContaining({ code: "EINVOICE_MALFORMED_XML", path: [] }));
    expect(() => readCii(xml)).toThrow(expect.objectContaining({ code: "EINVOICE_MALFORMED_XML" }));
    expect(() => readEn16931Xml(xml)).toThrow(expect.objectContaining({ code: "EINVOICE_MALFORMED_XML" }));
  });

  test("the malformed-XML error carries line and column", () => {
    try {
      readUbl(`<Invoice ${UBL_NS}>\n  <ID>1</Wrong>\n</Invoice>`);
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: "EINVOICE_MALFORMED_XML", details: { line: 2 } });
    }
  });

  test("a non-invoice root is EINVOICE_UNSUPPORTED_DOCUMENT with the root as path", () => {
    const order = `<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"><ID>1</ID></Order>`;
    expect(() => readUbl(order)).toThrow(
      expect.objectContaining({ code: "EINVOICE_UNSUPPORTED_DOCUMENT", path: ["Order"] }),
    );
    expect(() => readCii(order)).toThrow(expect.objectContaining({ code: "EINVOICE_UNSUPPORTED_DOCUMENT" }));
    expect(() => readEn16931Xml(order)).toThrow(expect.objectContaining({ code: "EINVOICE_UNSUPPORTED_DOCUMENT" }));
  });

  test("a UBL document given to the CII reader is rejected, and the other way round", () => {
    const ubl = `<Invoice ${UBL_NS} ${CBC}><cbc:ID>1</cbc:ID></Invoice>`;
    expect(() => readCii(ubl)).toThrow(expect.objectContaining({ code: "EINVOICE_UNSUPPORTED_DOCUMENT" }));
    const cii = `<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"/>`;
    expect(() => readUbl(cii)).toThrow(expect.objectContaining({ code: "EINVOICE_UNSUPPORTED_DOCUMENT" }));
  });

  test("namespace prefixes do not matter", () => {
    const prefixed = `<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
      xmlns:b="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
      <b:ID>X-1</b:ID><b:DocumentCurrencyCode>KWD</b:DocumentCurrencyCode></ubl:Invoice>`;
    expect(readUbl(prefixed)).toMatchObject({ id: "X-1", currencyCode: "KWD" });
  });

  test("amounts keep their decimal text exactly", () => {
    const xml = `<Invoice ${UBL_NS} ${CBC} xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">
      <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">0100.500</cbc:PayableAmount></cac:LegalMonetaryTotal></Invoice>`;
    expect(readUbl(xml).totals?.payableAmount).toBe("0100.500");
  });

  test("entities are decoded on read and escaped on write", () => {
    const base = sampleInvoices()["multi-rate"];
    if (base === undefined) throw new Error("missing sample");
    const tricky = { ...base, notes: [{ text: `5 < 6 & "quotes" 'apos' > done` }] };
    const xml = writeUbl(tricky);
    expect(xml).toContain("5 &lt; 6 &amp; &quot;quotes&quot; &apos;apos&apos; &gt; done");
    expect(readUbl(xml).notes).toEqual(tricky.notes);
  });
});

describe("EN 16931 model at the public boundary", () => {
  test("writers and the checker reject a model whose amounts are numbers, with the path of the field", () => {
    const base = sampleInvoices()["multi-rate"];
    if (base === undefined) throw new Error("missing sample");
    const bad = { ...base, totals: { ...base.totals, payableAmount: 100.5 } } as unknown as En16931Invoice;
    for (const run of [() => writeUbl(bad), () => writeCii(bad)]) {
      expect(run).toThrow(expect.objectContaining({ code: "VALIDATION_FAILED", path: ["totals", "payableAmount"] }));
    }
    expect(() => checkEn16931(bad)).toThrow(
      expect.objectContaining({ code: "VALIDATION_FAILED", path: ["invoice", "totals", "payableAmount"] }),
    );
  });

  test("a missing list and an unknown binding are rejected by code", () => {
    const base = sampleInvoices()["multi-rate"] as En16931Invoice;
    const { lines: _lines, ...noLines } = base;
    try {
      writeUbl(noLines as unknown as En16931Invoice);
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: "VALIDATION_FAILED", path: ["lines"] });
      expect((e as { issues: { code: string }[] }).issues[0]?.code).toBeTypeOf("string");
    }
    expect(() => checkEn16931(base, { binding: "edifact" as "ubl" })).toThrow(
      expect.objectContaining({ code: "VALIDATION_FAILED", path: ["options", "binding"] }),
    );
  });
});
