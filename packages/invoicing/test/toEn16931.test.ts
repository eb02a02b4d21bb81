import { createInMemoryFxRates, createInMemoryStore } from "@o2c/core";
import {
  checkEn16931,
  checkEn16931Xml,
  createCreditNote,
  type Invoice,
  invoiceOrder,
  issueInvoice,
  readCii,
  readUbl,
  toEn16931,
  writeCii,
  writeUbl,
} from "@o2c/invoicing";
import { describe, expect, it } from "vitest";
import { ciiXsdErrors, HAS_UBL_XSD, ublXsdErrors } from "./en16931/xsdSupport.js";
import { expectCode, issueOptions, line, order, parties } from "./fixtures.js";

const terms = {
  description: "2/10 net 30",
  due: { type: "net" as const, days: 30 },
  discount: { percent: "2", days: 10 },
};

async function issueMixed(store = createInMemoryStore()): Promise<Invoice> {
  const o = order({
    lines: [
      line({ id: "l1" }),
      line({
        id: "l2",
        quantity: "3",
        unitPrice: { amount: "19.99", currency: "EUR" },
        net: { amount: "50.00", currency: "EUR" },
        taxRatePercent: "7",
      }),
      line({
        id: "l3",
        quantity: "1",
        unitPrice: { amount: "200.00", currency: "EUR" },
        net: { amount: "200.00", currency: "EUR" },
        taxCategory: "E",
        taxRatePercent: "0",
        exemptionReason: "Exempt medical service",
        exemptionReasonCode: "VATEX-EU-132-1B",
      }),
    ],
  });
  return issueInvoice(store, invoiceOrder({ draftId: "inv", order: o, terms, ...parties }), issueOptions());
}

const fatal = (violations: readonly { flag: string; id: string }[]) =>
  violations.filter((v) => v.flag === "fatal").map((v) => v.id);

describe("toEn16931", () => {
  it("maps an issued invoice to a model that passes the EN 16931 rules, in UBL and CII", async () => {
    const invoice = await issueMixed();
    const model = toEn16931(invoice);
    expect(model).toMatchObject({
      id: "INV-2026-000001",
      issueDate: "2026-10-14",
      typeCode: "380",
      currencyCode: "EUR",
      dueDate: "2026-11-13",
      paymentTerms: "2/10 net 30",
      buyerReference: "ord_1",
      totals: {
        lineNetTotal: "300.00",
        chargeTotal: "7.50",
        taxExclusiveAmount: "307.50",
        payableAmount: String(invoice.totals.payable),
      },
      paymentInstructions: {
        meansCode: "58",
        remittanceInformation: invoice.creditorReference,
        creditTransfers: [{ accountId: "DE89370400440532013000" }],
      },
    });
    expect(
      model.vatBreakdown.map((r) => [r.categoryCode, r.rate, r.taxableAmount, r.taxAmount, r.exemptionReasonCode]),
    ).toEqual([
      ["S", "19", "57.50", "10.93", undefined],
      ["S", "7", "50.00", "3.50", undefined],
      ["E", "0", "200.00", "0.00", "VATEX-EU-132-1B"],
    ]);
    expect(fatal(checkEn16931(model))).toEqual([]);
    const ubl = writeUbl(model);
    const cii = writeCii(model);
    expect(fatal(checkEn16931Xml(ubl))).toEqual([]);
    expect(fatal(checkEn16931Xml(cii))).toEqual([]);
    for (const back of [readUbl(ubl), readCii(cii)]) {
      expect(back.id).toBe(model.id);
      expect(back.totals?.payableAmount).toBe(model.totals?.payableAmount);
      expect(back.lines.map((l) => [l.id, l.quantity, l.netAmount, l.vatCategoryCode])).toEqual(
        model.lines.map((l) => [l.id, l.quantity, l.netAmount, l.vatCategoryCode]),
      );
      expect(back.paymentInstructions?.remittanceInformation).toBe(invoice.creditorReference);
    }
    expect(await ciiXsdErrors(cii)).toEqual([]);
    if (HAS_UBL_XSD) expect(await ublXsdErrors(ubl)).toEqual([]);
    else console.warn("UBL XSD check skipped: ../shared/fixtures/einvoice/xsd is absent");
  });

  it("maps a credit note (381, preceding invoice, no payment request), a foreign-currency and a JPY invoice validly", async () => {
    const store = createInMemoryStore();
    const invoice = await issueMixed(store);
    const note = await issueInvoice(
      store,
      createCreditNote(invoice, { draftId: "cn", lines: [{ lineId: "1", quantity: "2" }] }),
      issueOptions(),
    );
    const cn = toEn16931(note);
    expect(cn.typeCode).toBe("381");
    expect(cn.precedingInvoices).toEqual([{ id: "INV-2026-000001", issueDate: "2026-10-14" }]);
    expect(cn.paymentInstructions).toBeUndefined();
    expect(fatal(checkEn16931Xml(writeUbl(cn)))).toEqual([]);

    const fxRates = createInMemoryFxRates([
      { base: "USD", quote: "EUR", rate: "0.9215", date: "2026-10-01", source: "ECB" },
    ]);
    const usd = await issueInvoice(
      store,
      invoiceOrder({
        draftId: "usd",
        order: order({ id: "o2", currency: "USD", lines: [line({ id: "a" }, "USD")], charges: [] }),
        ...parties,
      }),
      issueOptions({ functionalCurrency: "EUR", fxRates }),
    );
    const usdModel = toEn16931(usd);
    expect(usdModel.vatAccountingCurrencyCode).toBe("EUR");
    expect(usdModel.totals?.vatTotalInAccountingCurrency).toBe("8.75"); // BT-111: 9.50 USD × 0.9215 = 8.75425 → 8.75
    expect(fatal(checkEn16931Xml(writeCii(usdModel)))).toEqual([]);

    const jpy = await issueInvoice(
      store,
      invoiceOrder({
        draftId: "jpy",
        order: order({
          id: "o3",
          currency: "JPY",
          lines: [
            line(
              {
                id: "a",
                unitPrice: { amount: "1500", currency: "JPY" },
                net: { amount: "15000", currency: "JPY" },
                taxRatePercent: "10",
              },
              "JPY",
            ),
          ],
          charges: [],
        }),
        ...parties,
      }),
      issueOptions(),
    );
    const jpyModel = toEn16931(jpy);
    expect(jpyModel.totals?.payableAmount).toBe("16500");
    expect(fatal(checkEn16931Xml(writeUbl(jpyModel)))).toEqual([]);
  });

  it("runs the EN 16931 checker at issue by default: an invoice breaking a fatal rule is never issued", async () => {
    const store = createInMemoryStore();
    const noReason = invoiceOrder({
      draftId: "bad",
      order: order({ lines: [line({ id: "l1", taxCategory: "E", taxRatePercent: "0" })], charges: [] }),
      ...parties,
    });
    const error = await expectCode(() => issueInvoice(store, noReason, issueOptions()), "INVOICE_RULES_FAILED");
    expect((error.details["violations"] as { id: string }[]).map((v) => v.id)).toContain("BR-E-10");
    expect(store.dump()).toEqual({ collections: {}, sequences: {}, idempotencyKeys: [], outbox: [] });
  });
});
