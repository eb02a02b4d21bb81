// Demo of @o2c/invoicing: an order shipped in part, an invoice for the shipped part issued with a gapless number,
// its due dates and early-payment discount, a late fee, a partial credit note, and the e-invoice files (UBL, CII)
// and HTML rendering written to outDir when one is given (node:fs is used here, in the example only).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BusinessDate, createFixedClock, createInMemoryStore, createSequentialIdGenerator } from "@o2c/core";
import {
  checkEn16931,
  computeLateFee,
  createCreditNote,
  invoiceShipments,
  issueInvoice,
  renderInvoiceHtml,
  toEn16931,
  writeCii,
  writeUbl,
} from "@o2c/invoicing";

const eur = (amount: string) => ({ amount, currency: "EUR" });

/**
 * Issues an invoice for the shipped part of an order and prints what a finance user checks.
 * @param print - Where lines go.
 * @param outDir - When given, the UBL, CII and HTML files of the invoice and the credit note are written there.
 */
export async function demoInvoicing(print: (line: string) => void, outDir?: string): Promise<void> {
  const store = createInMemoryStore();
  const ports = { clock: createFixedClock("2026-10-14T09:00:00Z"), ids: createSequentialIdGenerator() };
  const seller = {
    name: "Acme Industrial GmbH",
    vatId: "DE123456789",
    legalId: "HRB 12345 Berlin",
    email: "billing@acme.example",
    address: { line1: "Hauptstraße 1", city: "Berlin", postalCode: "10115", country: "DE" },
  };
  const buyer = {
    id: "cus_globex",
    name: "Globex Handels AG",
    vatId: "DE987654321",
    address: { line1: "Marktplatz 5", city: "München", postalCode: "80331", country: "DE" },
  };
  const order = {
    id: "SO-1001",
    customerId: "cus_globex",
    currency: "EUR",
    lines: [
      {
        id: "1",
        sku: "PUMP-200",
        description: "Centrifugal pump 200 l/min",
        quantity: "10",
        unitPrice: eur("480.00"),
        net: eur("4560.00"),
        taxCategory: "S" as const,
        taxRatePercent: "19",
      },
      {
        id: "2",
        sku: "MAN-DE",
        description: "Operating manual (print)",
        quantity: "10",
        unitPrice: eur("12.50"),
        net: eur("125.00"),
        taxCategory: "S" as const,
        taxRatePercent: "7",
      },
    ],
    charges: [
      {
        kind: "charge" as const,
        amount: eur("85.00"),
        reason: "Freight",
        reasonCode: "FC",
        taxCategory: "S" as const,
        taxRatePercent: "19",
      },
    ],
  };
  const shipments = [
    {
      id: "SH-1",
      orderId: "SO-1001",
      lines: [
        { orderLineId: "1", quantity: "4" },
        { orderLineId: "2", quantity: "4" },
      ],
    },
    { id: "SH-2", orderId: "SO-1001", lines: [{ orderLineId: "1", quantity: "2" }] },
  ];
  const draft = invoiceShipments({
    draftId: "inv_0001",
    order,
    shipments,
    seller,
    buyer,
    paymentAccount: { iban: "DE89370400440532013000", bic: "COBADEFFXXX", accountName: "Acme Industrial GmbH" },
    terms: {
      description: "2 % discount within 10 days, net 30 days; 40 % / 60 % instalments",
      due: { type: "net", days: 30 },
      discount: { percent: "2", days: 10 },
      instalments: [
        { share: "40", due: { type: "net", days: 14 } },
        { share: "60", due: { type: "net", days: 30 } },
      ],
    },
  });
  const invoice = await issueInvoice(store, draft, { issueDate: "2026-10-14", company: "ACME", ...ports });
  print(
    `Invoice ${invoice.number} for the shipped part of order ${order.id} (shipments ${invoice.references.shipmentIds.join(", ")})`,
  );
  for (const l of invoice.lines) {
    const discount = l.allowanceCharges.map((a) => ` (${a.reason} -${a.amount})`).join("");
    print(
      `  line ${l.id}: ${l.quantity} x ${l.description} @ ${l.unitPrice} = ${l.net}${discount}  [VAT ${l.taxCategory} ${l.taxRatePercent} %]`,
    );
  }
  for (const r of invoice.taxBreakdown)
    print(`  VAT ${r.category} ${r.ratePercent} %: ${r.taxAmount} on ${r.taxableAmount}`);
  const t = invoice.totals;
  print(`  net ${t.lineNet} + charges ${t.charges} = ${t.taxExclusive}; VAT ${t.tax}; total ${t.taxInclusive} EUR`);
  const s = invoice.schedule;
  if (s !== undefined) {
    print(
      `  due ${s.dueDate}; pay ${s.discount?.discountedAmount} by ${s.discount?.deadline} to take the ${s.discount?.percent} % discount (${s.discount?.discountAmount})`,
    );
    for (const i of s.instalments) {
      print(
        `  instalment ${i.sequence}: ${i.amount} due ${i.dueDate}, or ${i.discount?.discountedAmount} by ${i.discount?.deadline}`,
      );
    }
  }
  print(`  pay to ${invoice.paymentAccount?.iban}, reference ${invoice.creditorReference}`);
  const fee = computeLateFee({
    amount: t.payable,
    dueDate: s?.dueDate ?? BusinessDate.parse("2026-11-13"),
    asOf: BusinessDate.parse("2026-12-31"),
    annualRatePercent: "10.15",
    dayCount: "ACT/365F",
  });
  print(
    `  if paid on 2026-12-31: ${fee.days} days late, interest ${fee.interest} EUR (10.15 % p.a., ACT/365F, half up)`,
  );
  const fatal = checkEn16931(toEn16931(invoice)).filter((v) => v.flag === "fatal");
  print(`  EN 16931 rules: ${fatal.length === 0 ? "no fatal violation" : fatal.map((v) => v.id).join(", ")}`);

  const credit = await issueInvoice(
    store,
    createCreditNote(invoice, {
      draftId: "cn_0001",
      lines: [{ lineId: "1", quantity: "1" }],
      reason: "One pump returned damaged",
    }),
    { issueDate: "2026-10-20", company: "ACME", ...ports },
  );
  print(`Credit note ${credit.number} for ${credit.references.precedingInvoice?.number}: ${credit.totals.payable} EUR`);

  if (outDir !== undefined) {
    mkdirSync(outDir, { recursive: true });
    for (const doc of [invoice, credit]) {
      const model = toEn16931(doc);
      const base = join(outDir, doc.number ?? doc.id);
      writeFileSync(`${base}.ubl.xml`, writeUbl(model));
      writeFileSync(`${base}.cii.xml`, writeCii(model));
      writeFileSync(`${base}.html`, renderInvoiceHtml(doc));
      print(`  wrote ${base}.ubl.xml, .cii.xml and .html`);
    }
  }
}
