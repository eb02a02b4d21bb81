import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Money, O2CDecimal, type TaxCategoryCode } from "@o2c/core";
import { describe, expect, it } from "vitest";
import { createRuleBasedTaxProvider, type TaxRuleInput } from "../src/index.js";

// Official EN 16931 / XRechnung example invoices (shared fixtures, not copied into the repo): for each UBL invoice
// (document-level allowances and charges entered as extra lines), the provider's document-rounded breakdown (BT-116 taxable amount,
// BT-117 tax amount per category and rate) must equal the one printed in the invoice.
const folder = fileURLToPath(new URL("../../../../shared/fixtures/einvoice/ubl/", import.meta.url));
const exists = existsSync(folder);
if (!exists) console.warn(`Skipping the EN 16931 fixture tests: ${folder} is absent`);

/** A rate in canonical form: "25.00" and "25" are the same rate. */
function normal(percent: string): string {
  return new O2CDecimal(percent).toFixed();
}

function text(block: string, tag: string): string | undefined {
  return new RegExp(`<${tag}\\b[^>]*>([^<]*)</${tag}>`).exec(block)?.[1]?.trim();
}

function parseInvoice(xml: string) {
  const currency = text(xml, "cbc:DocumentCurrencyCode") ?? "";
  const lineBlocks = [...xml.matchAll(/<cac:(Invoice|CreditNote)Line>([\s\S]*?)<\/cac:\1Line>/g)].map(
    (m) => m[2] ?? "",
  );
  const outside = xml.replace(/<cac:(Invoice|CreditNote)Line>[\s\S]*?<\/cac:\1Line>/g, "");
  const lines = lineBlocks.map((block) => {
    const category = /<cac:ClassifiedTaxCategory>([\s\S]*?)<\/cac:ClassifiedTaxCategory>/.exec(block)?.[1] ?? "";
    return {
      amount: text(block, "cbc:LineExtensionAmount") ?? "",
      category: text(category, "cbc:ID") ?? "",
      percent: text(category, "cbc:Percent") ?? "0",
    };
  });
  const subtotals = [...outside.matchAll(/<cac:TaxSubtotal>([\s\S]*?)<\/cac:TaxSubtotal>/g)].map((m) => {
    const block = m[1] ?? "";
    const category = /<cac:TaxCategory>([\s\S]*?)<\/cac:TaxCategory>/.exec(block)?.[1] ?? "";
    return {
      taxable: text(block, "cbc:TaxableAmount") ?? "",
      tax: text(block, "cbc:TaxAmount") ?? "",
      category: text(category, "cbc:ID") ?? "",
      percent: text(category, "cbc:Percent") ?? "0",
    };
  });
  // Document-level allowances (BG-20) and charges (BG-21) count in BT-116 of their category, as negative or positive
  // amounts: they enter as extra lines.
  for (const m of outside.matchAll(/<cac:AllowanceCharge>([\s\S]*?)<\/cac:AllowanceCharge>/g)) {
    const block = m[1] ?? "";
    const category = /<cac:TaxCategory>([\s\S]*?)<\/cac:TaxCategory>/.exec(block)?.[1] ?? "";
    const amount = text(block, "cbc:Amount") ?? "0";
    const charge = text(block, "cbc:ChargeIndicator") === "true";
    lines.push({
      amount: charge ? amount : amount.startsWith("-") ? amount.slice(1) : `-${amount}`,
      category: text(category, "cbc:ID") ?? "",
      percent: text(category, "cbc:Percent") ?? "0",
    });
  }
  return { currency, lines, subtotals };
}

const files = exists ? readdirSync(folder).filter((f) => f.endsWith(".xml")) : [];

describe.skipIf(!exists)("EN 16931 example invoices: document-rounded breakdown", () => {
  it.each(files)("%s", async (file) => {
    const invoice = parseInvoice(readFileSync(`${folder}${file}`, "utf8"));
    expect(invoice.subtotals.length).toBeGreaterThan(0);
    const classes = [...new Set(invoice.lines.map((l) => `${l.category}/${normal(l.percent)}`))];
    const rules: TaxRuleInput[] = classes.map((taxClass) => {
      const [category = "S", percent = "0"] = taxClass.split("/");
      return {
        id: taxClass,
        name: "VAT",
        jurisdiction: "ZZ",
        country: "ZZ",
        taxClasses: [taxClass],
        category: category as TaxCategoryCode,
        ratePercent: percent,
      };
    });
    const result = await createRuleBasedTaxProvider(rules).calculate({
      currency: invoice.currency,
      date: "2026-01-01",
      seller: { country: "ZZ" },
      buyer: { country: "ZZ", taxStatus: "business" },
      priceMode: "exclusive",
      rounding: "document",
      lines: invoice.lines.map((l, i) => ({
        id: `${i}`,
        amount: Money.of(l.amount, invoice.currency),
        taxClass: `${l.category}/${normal(l.percent)}`,
      })),
    });
    const ours = result.breakdown.map((r) => [
      r.category,
      normal(r.ratePercent),
      r.taxableAmount.toString(),
      r.taxAmount.toString(),
    ]);
    const theirs = invoice.subtotals.map((s) => [
      s.category,
      normal(s.percent),
      Money.of(s.taxable, invoice.currency).toString(),
      Money.of(s.tax, invoice.currency).toString(),
    ]);
    const order = (rows: (string | number)[][]) =>
      [...rows].sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));
    expect(order(ours)).toEqual(order(theirs));
  });
});
