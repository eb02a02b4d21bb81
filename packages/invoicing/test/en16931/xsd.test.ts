import { writeCii, writeUbl } from "@o2c/invoicing";
import { describe, expect, test } from "vitest";
import { sampleInvoices } from "./fixtures.js";
import { ciiXsdErrors, HAS_UBL_XSD, ublXsdErrors } from "./xsdSupport.js";

if (!HAS_UBL_XSD)
  console.warn("xsd.test: ../shared/fixtures/einvoice/xsd/ubl-2.1 is absent, UBL XSD checks are skipped.");

const samples = Object.entries(sampleInvoices());

// Laws: every generated invoice is valid against the UBL 2.1 schema (Invoice or CreditNote) and against the
// Factur-X 1.07.3 EN 16931 CII schema; the validators do reject documents that break the schema.
describe.skipIf(!HAS_UBL_XSD)("UBL 2.1 XSD", () => {
  test.each(samples)("%s is schema-valid UBL", async (_name, invoice) => {
    expect(await ublXsdErrors(writeUbl(invoice))).toEqual([]);
  });

  test("an element out of the XSD order is rejected", async () => {
    const xml = writeUbl(sampleInvoices()["multi-rate"] as never);
    const swapped = xml.replace(/(<cbc:IssueDate>[^<]*<\/cbc:IssueDate>)(<cbc:DueDate>[^<]*<\/cbc:DueDate>)/, "$2$1");
    expect(swapped).not.toBe(xml);
    expect((await ublXsdErrors(swapped)).length).toBeGreaterThan(0);
  });

  test("an amount without currencyID is rejected", async () => {
    const xml = writeUbl(sampleInvoices()["multi-rate"] as never).replace(
      /<cbc:PayableAmount currencyID="EUR">/,
      "<cbc:PayableAmount>",
    );
    expect((await ublXsdErrors(xml)).length).toBeGreaterThan(0);
  });
});

describe("Factur-X EN 16931 (CII D16B) XSD", () => {
  test.each(samples)("%s is schema-valid CII", async (_name, invoice) => {
    expect(await ciiXsdErrors(writeCii(invoice))).toEqual([]);
  });

  test("a CII document missing its mandatory ExchangedDocument is rejected", async () => {
    const xml = writeCii(sampleInvoices()["multi-rate"] as never).replace(
      /<rsm:ExchangedDocument>[\s\S]*?<\/rsm:ExchangedDocument>/,
      "",
    );
    expect((await ciiXsdErrors(xml)).length).toBeGreaterThan(0);
  });
});
