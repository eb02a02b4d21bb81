// EN 16931 UBL export throughput: writeUbl on a 10-line invoice, next to building the same XML by plain string
// concatenation in the same run (the baseline is checked to produce byte-identical XML first), plus generating the
// invoice (amounts, VAT breakdown, totals) and exporting it, and the rule check.
// Run: npx tsx --conditions=@o2c/source packages/invoicing/bench/ubl.bench.ts
import { checkEn16931, type En16931Invoice, writeUbl } from "@o2c/invoicing";
import { Bench } from "tinybench";
import { BUYER_DE, buildSampleInvoice, type SampleSpec, SELLER } from "../../../examples/einvoice/sampleInvoices.js";

const spec: SampleSpec = {
  id: "BENCH-1",
  typeCode: "380",
  currency: "EUR",
  issueDate: "2025-06-01",
  dueDate: "2025-07-01",
  seller: SELLER,
  buyer: BUYER_DE,
  note: "Benchmark invoice",
  lines: Array.from({ length: 10 }, (_, i) => ({
    name: `Item ${i + 1} & more`,
    quantity: String(i + 1),
    price: `${10 + i}.95`,
    category: "S",
    rate: i % 2 === 0 ? "19" : "7",
  })),
};
const invoice = buildSampleInvoice(spec);

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** The baseline: the same UBL document for this invoice shape, written with template strings only. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the baseline is one flat function on purpose
function concatUbl(inv: En16931Invoice): string {
  const c = `currencyID="${inv.currencyCode}"`;
  const vat = "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>";
  const s = inv.seller as NonNullable<En16931Invoice["seller"]>;
  const b = inv.buyer as NonNullable<En16931Invoice["buyer"]>;
  const t = inv.totals as NonNullable<En16931Invoice["totals"]>;
  const pi = inv.paymentInstructions as NonNullable<En16931Invoice["paymentInstructions"]>;
  const addr = (a: NonNullable<En16931Invoice["seller"]>["address"]) =>
    `<cac:PostalAddress><cbc:StreetName>${esc(a?.line1 ?? "")}</cbc:StreetName><cbc:CityName>${esc(a?.city ?? "")}</cbc:CityName><cbc:PostalZone>${esc(a?.postCode ?? "")}</cbc:PostalZone><cac:Country><cbc:IdentificationCode>${a?.countryCode}</cbc:IdentificationCode></cac:Country></cac:PostalAddress>`;
  let x = `<?xml version="1.0" encoding="UTF-8"?>\n<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">`;
  x += `<cbc:CustomizationID>${esc(inv.customizationId ?? "")}</cbc:CustomizationID><cbc:ProfileID>${esc(inv.profileId ?? "")}</cbc:ProfileID>`;
  x += `<cbc:ID>${esc(inv.id ?? "")}</cbc:ID><cbc:IssueDate>${inv.issueDate}</cbc:IssueDate><cbc:DueDate>${inv.dueDate}</cbc:DueDate><cbc:InvoiceTypeCode>${inv.typeCode}</cbc:InvoiceTypeCode>`;
  for (const n of inv.notes) x += `<cbc:Note>${esc(n.text)}</cbc:Note>`;
  x += `<cbc:DocumentCurrencyCode>${inv.currencyCode}</cbc:DocumentCurrencyCode><cbc:BuyerReference>${esc(inv.buyerReference ?? "")}</cbc:BuyerReference>`;
  x += `<cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID="${s.electronicAddress?.schemeId}">${esc(s.electronicAddress?.id ?? "")}</cbc:EndpointID>`;
  for (const i of s.identifiers)
    x += `<cac:PartyIdentification><cbc:ID schemeID="${i.schemeId}">${esc(i.id)}</cbc:ID></cac:PartyIdentification>`;
  x += `<cac:PartyName><cbc:Name>${esc(s.tradingName ?? "")}</cbc:Name></cac:PartyName>${addr(s.address)}`;
  x += `<cac:PartyTaxScheme><cbc:CompanyID>${esc(s.vatId ?? "")}</cbc:CompanyID>${vat}</cac:PartyTaxScheme>`;
  x += `<cac:PartyLegalEntity><cbc:RegistrationName>${esc(s.name ?? "")}</cbc:RegistrationName><cbc:CompanyID>${esc(s.legalRegistrationId?.id ?? "")}</cbc:CompanyID></cac:PartyLegalEntity>`;
  x += `<cac:Contact><cbc:Name>${esc(s.contact?.name ?? "")}</cbc:Name><cbc:Telephone>${esc(s.contact?.telephone ?? "")}</cbc:Telephone><cbc:ElectronicMail>${esc(s.contact?.email ?? "")}</cbc:ElectronicMail></cac:Contact></cac:Party></cac:AccountingSupplierParty>`;
  x += `<cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID="${b.electronicAddress?.schemeId}">${esc(b.electronicAddress?.id ?? "")}</cbc:EndpointID>${addr(b.address)}`;
  x += `<cac:PartyTaxScheme><cbc:CompanyID>${esc(b.vatId ?? "")}</cbc:CompanyID>${vat}</cac:PartyTaxScheme><cac:PartyLegalEntity><cbc:RegistrationName>${esc(b.name ?? "")}</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>`;
  for (const acc of pi.creditTransfers) {
    x += `<cac:PaymentMeans><cbc:PaymentMeansCode>${pi.meansCode}</cbc:PaymentMeansCode><cbc:PaymentID>${esc(pi.remittanceInformation ?? "")}</cbc:PaymentID>`;
    x += `<cac:PayeeFinancialAccount><cbc:ID>${esc(acc.accountId ?? "")}</cbc:ID><cbc:Name>${esc(acc.accountName ?? "")}</cbc:Name><cac:FinancialInstitutionBranch><cbc:ID>${esc(acc.serviceProviderId ?? "")}</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount></cac:PaymentMeans>`;
  }
  x += `<cac:TaxTotal><cbc:TaxAmount ${c}>${t.vatTotal}</cbc:TaxAmount>`;
  for (const v of inv.vatBreakdown) {
    x += `<cac:TaxSubtotal><cbc:TaxableAmount ${c}>${v.taxableAmount}</cbc:TaxableAmount><cbc:TaxAmount ${c}>${v.taxAmount}</cbc:TaxAmount><cac:TaxCategory><cbc:ID>${v.categoryCode}</cbc:ID><cbc:Percent>${v.rate}</cbc:Percent>${vat}</cac:TaxCategory></cac:TaxSubtotal>`;
  }
  x += `</cac:TaxTotal><cac:LegalMonetaryTotal><cbc:LineExtensionAmount ${c}>${t.lineNetTotal}</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount ${c}>${t.taxExclusiveAmount}</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount ${c}>${t.taxInclusiveAmount}</cbc:TaxInclusiveAmount><cbc:PayableAmount ${c}>${t.payableAmount}</cbc:PayableAmount></cac:LegalMonetaryTotal>`;
  for (const l of inv.lines) {
    x += `<cac:InvoiceLine><cbc:ID>${esc(l.id ?? "")}</cbc:ID><cbc:InvoicedQuantity unitCode="${l.unitCode}">${l.quantity}</cbc:InvoicedQuantity><cbc:LineExtensionAmount ${c}>${l.netAmount}</cbc:LineExtensionAmount>`;
    x += `<cac:Item><cbc:Name>${esc(l.itemName ?? "")}</cbc:Name><cac:SellersItemIdentification><cbc:ID>${esc(l.sellersItemId ?? "")}</cbc:ID></cac:SellersItemIdentification><cac:ClassifiedTaxCategory><cbc:ID>${l.vatCategoryCode}</cbc:ID><cbc:Percent>${l.vatRate}</cbc:Percent>${vat}</cac:ClassifiedTaxCategory></cac:Item>`;
    x += `<cac:Price><cbc:PriceAmount ${c}>${l.netPrice}</cbc:PriceAmount></cac:Price></cac:InvoiceLine>`;
  }
  return `${x}</Invoice>\n`;
}

const same = concatUbl(invoice) === writeUbl(invoice);
if (!same) {
  const a = concatUbl(invoice);
  const b = writeUbl(invoice);
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  console.log(
    `baseline differs from writeUbl at ${i}: ${JSON.stringify(a.slice(i, i + 60))} vs ${JSON.stringify(b.slice(i, i + 60))}`,
  );
}

let sink = "";
const bench = new Bench({ time: 1000, warmupTime: 200 });
bench
  .add("writeUbl (10-line invoice)", () => {
    sink = writeUbl(invoice);
  })
  .add("baseline: string concatenation", () => {
    sink = concatUbl(invoice);
  })
  .add("generate + writeUbl", () => {
    sink = writeUbl(buildSampleInvoice(spec));
  })
  .add("checkEn16931 (10-line invoice)", () => {
    sink = String(checkEn16931(invoice).length);
  });
await bench.run();

const perSecond = (name: string): number => {
  const task = bench.tasks.find((t) => t.name === name);
  // tinybench 6 reports latency in milliseconds; operations per second = 1000 / median latency (the median is robust
  // to the GC pauses and scheduling noise of a shared machine).
  const result = task?.result as { latency?: { p50?: number; mean: number } } | undefined;
  const ms = result?.latency?.p50 ?? result?.latency?.mean ?? 0;
  return ms > 0 ? 1000 / ms : 0;
};
const fmt = (n: number) => Math.round(n).toLocaleString("en-US").padStart(10);
const ubl = perSecond("writeUbl (10-line invoice)");
const base = perSecond("baseline: string concatenation");
console.log(
  `\n@o2c/invoicing EN 16931 UBL export (10 lines, ${writeUbl(invoice).length} bytes of XML; baseline XML identical: ${same})`,
);
console.log(`writeUbl                     ${fmt(ubl)} invoices/s`);
console.log(
  `baseline concatenation       ${fmt(base)} invoices/s   ratio baseline/writeUbl ${(base / ubl).toFixed(2)}x`,
);
console.log(`generate + writeUbl          ${fmt(perSecond("generate + writeUbl"))} invoices/s`);
console.log(`checkEn16931                 ${fmt(perSecond("checkEn16931 (10-line invoice)"))} invoices/s`);
if (sink === "never") console.log(sink);
