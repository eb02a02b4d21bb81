import { createInMemoryStore, Money } from "@o2c/core";
import { createCreditNote, createDebitNote, type Invoice, invoiceOrder, issueInvoice } from "@o2c/invoicing";
import { describe, expect, it } from "vitest";
import { expectCode, issueOptions, line, order, parties } from "./fixtures.js";

async function setup(): Promise<{ store: ReturnType<typeof createInMemoryStore>; invoice: Invoice }> {
  const store = createInMemoryStore();
  const o = order({
    lines: [line({ id: "l1", quantity: "3", net: { amount: "10.00", currency: "EUR" } }), line({ id: "l2" })],
  });
  const invoice = await issueInvoice(store, invoiceOrder({ draftId: "inv", order: o, ...parties }), issueOptions());
  return { store, invoice };
}

describe("credit notes", () => {
  it("credits an invoice in full, referencing the original and its lines", async () => {
    const { store, invoice } = await setup();
    const draft = createCreditNote(invoice, { draftId: "cn1", reason: "Goods returned" });
    expect(draft.kind).toBe("credit-note");
    expect(draft.references.precedingInvoice).toMatchObject({ id: "inv", number: "INV-2026-000001" });
    expect(draft.lines.map((l) => l.source.correctedLineId)).toEqual(["1", "2"]);
    expect(draft.totals.payable.equals(invoice.totals.payable)).toBe(true);
    const issued = await issueInvoice(store, draft, issueOptions());
    expect(issued.number).toBe("CN-2026-000001");
    expect(issued.creditorReference).toBeUndefined();
    await expectCode(
      () => createCreditNote(invoice, { draftId: "cn2", previousCredits: [issued] }),
      "NOTHING_TO_INVOICE",
    );
  });

  it("credits in parts that add up to the line exactly, and never more", async () => {
    const { invoice } = await setup();
    const credits: Invoice[] = [];
    for (let i = 0; i < 3; i++) {
      credits.push(
        createCreditNote(invoice, {
          draftId: `cn${i}`,
          lines: [{ lineId: "1", quantity: "1" }],
          previousCredits: credits,
        }),
      );
    }
    expect(credits.map((c) => c.lines[0]?.net.toString())).toEqual(["3.33", "3.34", "3.33"]);
    const e = await expectCode(
      () =>
        createCreditNote(invoice, {
          draftId: "cnX",
          lines: [{ lineId: "1", quantity: "0.5" }],
          previousCredits: credits,
        }),
      "CREDIT_NOTE_EXCEEDS_INVOICE",
      ["lines", 0, "quantity"],
    );
    expect(e.details).toEqual({ lineId: "1", requested: "0.5", left: "0" });
    await expectCode(
      () =>
        createCreditNote(invoice, {
          draftId: "cnY",
          lines: [
            { lineId: "2", quantity: "6" },
            { lineId: "2", quantity: "5" },
          ],
        }),
      "CREDIT_NOTE_EXCEEDS_INVOICE",
      ["lines", 1, "quantity"],
    );
  });

  it("refuses unknown lines, bad quantities and documents that are not issued invoices", async () => {
    const { invoice } = await setup();
    await expectCode(
      () => createCreditNote(invoice, { draftId: "c", lines: [{ lineId: "9", quantity: "1" }] }),
      "UNKNOWN_INVOICE_LINE",
      ["lines", 0, "lineId"],
    );
    await expectCode(
      () => createCreditNote(invoice, { draftId: "c", lines: [{ lineId: "1", quantity: "-1" }] }),
      "INVALID_QUANTITY",
      ["lines", 0, "quantity"],
    );
    await expectCode(() => createCreditNote({ ...invoice, status: "draft" }, { draftId: "c" }), "INVOICE_NOT_ISSUED");
    const note = createCreditNote(invoice, { draftId: "c" });
    await expectCode(() => createCreditNote(note, { draftId: "c2" }), "INVOICE_NOT_ISSUED");
  });
});

describe("debit notes", () => {
  it("bills an additional amount against an issued invoice", async () => {
    const { store, invoice } = await setup();
    const draft = createDebitNote(invoice, {
      draftId: "dn1",
      lines: [
        {
          sku: "FEE",
          description: "Price correction",
          quantity: "1",
          unitPrice: Money.of("12.00", "EUR"),
          taxCategory: "S",
          taxRatePercent: "19",
          source: { correctedLineId: "2" },
        },
      ],
      reason: "Price raised",
    });
    expect(draft.kind).toBe("debit-note");
    expect(draft.totals.payable.toString()).toBe("14.28");
    const issued = await issueInvoice(store, draft, issueOptions());
    expect(issued.number).toBe("DN-2026-000001");
    await expectCode(() => createDebitNote(invoice, { draftId: "d", lines: [] }), "NOTHING_TO_INVOICE", ["lines"]);
    await expectCode(
      () =>
        createDebitNote(invoice, {
          draftId: "d",
          lines: [
            {
              sku: "X",
              description: "X",
              quantity: "1",
              unitPrice: Money.of("1.00", "USD"),
              taxCategory: "S",
              taxRatePercent: "19",
            },
          ],
        }),
      "CURRENCY_MISMATCH",
      ["lines", 0, "unitPrice", "currency"],
    );
  });
});
