import { readdirSync, readFileSync } from "node:fs";
import { checkEn16931, readCii, readUbl, writeCii, writeUbl } from "@o2c/invoicing";
import { describe, expect, test } from "vitest";
import { EINVOICE_FIXTURES, HAS_EINVOICE_FIXTURES } from "./ruleTestSets.js";
import { ciiXsdErrors, ublXsdErrors } from "./xsdSupport.js";

if (!HAS_EINVOICE_FIXTURES) {
  console.warn("officialExamples: ../shared/fixtures/einvoice is absent, the official example invoices are skipped.");
}

const list = (dir: string): string[] =>
  HAS_EINVOICE_FIXTURES ? readdirSync(EINVOICE_FIXTURES + dir).filter((f) => f.endsWith(".xml")) : [];

describe.skipIf(!HAS_EINVOICE_FIXTURES)("official EN 16931 example invoices", () => {
  // Laws: each official example reads into the model, has no fatal rule violation, exports again to schema-valid XML
  // in the same syntax, and that XML reads back to an equal model.
  test.each(list("ubl"))("UBL %s", async (name) => {
    const model = readUbl(readFileSync(`${EINVOICE_FIXTURES}ubl/${name}`, "utf8"));
    expect(model.lines.length).toBeGreaterThan(0);
    expect(checkEn16931(model).filter((v) => v.flag === "fatal")).toEqual([]);
    const xml = writeUbl(model);
    expect(await ublXsdErrors(xml)).toEqual([]);
    expect(readUbl(xml)).toEqual(model);
  });

  test.each(list("cii"))("CII %s", async (name) => {
    const model = readCii(readFileSync(`${EINVOICE_FIXTURES}cii/${name}`, "utf8"));
    expect(model.lines.length).toBeGreaterThan(0);
    expect(checkEn16931(model).filter((v) => v.flag === "fatal")).toEqual([]);
    const xml = writeCii(model);
    expect(await ciiXsdErrors(xml)).toEqual([]);
    expect(readCii(xml)).toEqual(model);
  });
});
