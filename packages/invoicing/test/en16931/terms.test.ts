import { readdirSync, readFileSync } from "node:fs";
import {
  EN16931_TERMS,
  type En16931Invoice,
  en16931TermValues,
  readCii,
  readUbl,
  writeCii,
  writeUbl,
} from "@o2c/invoicing";
import { describe, expect, test } from "vitest";
import { sampleInvoices } from "./fixtures.js";
import { EINVOICE_FIXTURES, HAS_EINVOICE_FIXTURES } from "./ruleTestSets.js";

const xmlEscape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
const regex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether the XML holds `value` at the last step of one of the XPath alternatives of a term. */
function holds(xml: string, xpath: string, value: string): boolean {
  return xpath.split(" | ").some((alternative) => {
    const steps = alternative.replace(/\[[^\]]*\]/g, "").split("/");
    const last = steps[steps.length - 1] ?? "";
    const text = xmlEscape(value);
    if (last.startsWith("@")) return xml.includes(` ${last.slice(1)}="${text}"`);
    const element = new RegExp(`<${regex(last)}(?:\\s[^>]*)?>([^<]*)</${regex(last)}>`, "g");
    return [...xml.matchAll(element)].some((m) => (m[1] ?? "").includes(text));
  });
}

/** The UBL XPath of a term in a CreditNote (the table is written for Invoice). */
const creditNotePath = (xpath: string) =>
  xpath
    .replace(/InvoiceTypeCode/g, "CreditNoteTypeCode")
    .replace(/InvoiceLine/g, "CreditNoteLine")
    .replace(/InvoicedQuantity/g, "CreditedQuantity")
    .replace(/^\/Invoice\/cbc:DueDate$/, "/CreditNote/cac:PaymentMeans/cbc:PaymentDueDate")
    .replace(/cac:ProjectReference\/cbc:ID$/, "cac:AdditionalDocumentReference/cbc:ID");

const ciiValue = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v.replace(/-/g, "") : v);

function invoices(): [string, En16931Invoice, "ubl" | "cii"][] {
  const out: [string, En16931Invoice, "ubl" | "cii"][] = [];
  for (const [name, inv] of Object.entries(sampleInvoices())) {
    out.push([`${name} (UBL)`, inv, "ubl"], [`${name} (CII)`, inv, "cii"]);
  }
  if (HAS_EINVOICE_FIXTURES) {
    for (const syntax of ["ubl", "cii"] as const) {
      for (const f of readdirSync(EINVOICE_FIXTURES + syntax).filter((n) => n.endsWith(".xml"))) {
        const xml = readFileSync(`${EINVOICE_FIXTURES}${syntax}/${f}`, "utf8");
        out.push([f, syntax === "ubl" ? readUbl(xml) : readCii(xml), syntax]);
      }
    }
  }
  return out;
}

describe("EN 16931 term table", () => {
  test("ids are unique and cover BT-1 .. BT-165 used by o2c and the groups BG-1 .. BG-32", () => {
    const ids = EN16931_TERMS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      "BT-1",
      "BT-3",
      "BT-83",
      "BG-3",
      "BG-16",
      "BG-20",
      "BG-21",
      "BG-22",
      "BG-23",
      "BT-111",
      "BT-165",
    ]) {
      expect(ids).toContain(id);
    }
    expect(
      EN16931_TERMS.every((t) => t.ubl.startsWith("/Invoice/") && t.cii.startsWith("/rsm:CrossIndustryInvoice/")),
    ).toBe(true);
  });

  test("unknown terms are rejected by code", () => {
    expect(() => en16931TermValues(sampleInvoices()["jpy"] as En16931Invoice, "BT-999")).toThrow(
      expect.objectContaining({ code: "EN16931_TERM_UNKNOWN", path: ["termId"] }),
    );
  });

  // Law: every value the model holds for a term is written by the writer at the element (or attribute) the table
  // names for that term, in UBL and in CII; so the reader, the writer and the table agree.
  test.each(invoices())("writers follow the table: %s", (_name, invoice, syntax) => {
    const xml = syntax === "ubl" ? writeUbl(invoice) : writeCii(invoice);
    const misses: string[] = [];
    let checked = 0;
    for (const term of EN16931_TERMS) {
      for (const value of en16931TermValues(invoice, term.id)) {
        if (typeof value !== "string" || value.trim() === "") continue;
        checked += 1;
        const ubl = xml.includes("<CreditNote") ? creditNotePath(term.ubl) : term.ubl;
        const ok = syntax === "ubl" ? holds(xml, ubl, value) : holds(xml, term.cii, ciiValue(value));
        if (!ok) misses.push(`${term.id}=${value}`);
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(misses).toEqual([]);
  });
});
