import { BusinessDate, createInMemoryStore, Money } from "@o2c/core";
import {
  canTransition,
  createInvoiceLine,
  type Invoice,
  type InvoiceEvent,
  type InvoiceStatus,
  invoiceOrder,
  issueInvoice,
  openAmount,
  transitionInvoice,
  updateDraft,
} from "@o2c/invoicing";
import { describe, expect, it } from "vitest";
import { expectCode, issueOptions, order, parties } from "./fixtures.js";

async function issued(): Promise<Invoice> {
  const draft = invoiceOrder({ draftId: "i1", order: order(), terms: { due: { type: "net", days: 30 } }, ...parties });
  return issueInvoice(createInMemoryStore(), draft, issueOptions());
}
const eur = (a: string) => Money.of(a, "EUR");

describe("transitionInvoice", () => {
  it("goes issued → partlyPaid → paid without changing the original", async () => {
    const invoice = await issued();
    const part = transitionInvoice(invoice, { type: "invoice.payment", amount: eur("26.18") });
    expect(part.status).toBe("partlyPaid");
    expect(openAmount(part).toString()).toBe("100.00");
    expect(invoice.status).toBe("issued");
    expect(invoice.paidAmount.toString()).toBe("0.00");
    const paid = transitionInvoice(part, { type: "invoice.payment", amount: eur("100.00") });
    expect(paid.status).toBe("paid");
    expect(paid.number).toBe(invoice.number);
  });

  it("marks overdue only after the due date, and a payment keeps it overdue until paid", async () => {
    const invoice = await issued();
    const e = await expectCode(
      () => transitionInvoice(invoice, { type: "invoice.overdue", asOf: BusinessDate.parse("2026-11-13") }),
      "INVOICE_ILLEGAL_TRANSITION",
    );
    expect(e.details).toMatchObject({ state: "issued", event: "invoice.overdue", dueDate: "2026-11-13" });
    const overdue = transitionInvoice(invoice, { type: "invoice.overdue", asOf: BusinessDate.parse("2026-11-14") });
    expect(overdue.status).toBe("overdue");
    expect(transitionInvoice(overdue, { type: "invoice.payment", amount: eur("1.00") }).status).toBe("overdue");
    expect(transitionInvoice(overdue, { type: "invoice.payment", amount: eur("126.18") }).status).toBe("paid");
  });

  it("disputes, resolves, writes off and credits", async () => {
    const invoice = await issued();
    const disputed = transitionInvoice(invoice, { type: "invoice.dispute" });
    expect(disputed.status).toBe("disputed");
    expect(transitionInvoice(disputed, { type: "invoice.resolveDispute" }).status).toBe("issued");
    const part = transitionInvoice(invoice, { type: "invoice.payment", amount: eur("1.00") });
    const partDisputed = transitionInvoice(part, { type: "invoice.dispute" });
    expect(transitionInvoice(partDisputed, { type: "invoice.resolveDispute" }).status).toBe("partlyPaid");
    expect(transitionInvoice(disputed, { type: "invoice.writeOff" }).status).toBe("writtenOff");
    expect(transitionInvoice(invoice, { type: "invoice.credit" }).status).toBe("credited");
  });

  it("rejects every event a state does not allow, naming the state and the event", async () => {
    const invoice = await issued();
    const states: Record<InvoiceStatus, Invoice> = {
      draft: { ...invoice, status: "draft" },
      issued: invoice,
      partlyPaid: { ...invoice, status: "partlyPaid" },
      paid: { ...invoice, status: "paid" },
      overdue: { ...invoice, status: "overdue" },
      disputed: { ...invoice, status: "disputed" },
      writtenOff: { ...invoice, status: "writtenOff" },
      credited: { ...invoice, status: "credited" },
    };
    const events: InvoiceEvent[] = [
      { type: "invoice.payment", amount: eur("1.00") },
      { type: "invoice.overdue", asOf: BusinessDate.parse("2027-01-01") },
      { type: "invoice.dispute" },
      { type: "invoice.resolveDispute" },
      { type: "invoice.writeOff" },
      { type: "invoice.credit" },
    ];
    let rejected = 0;
    for (const [state, inv] of Object.entries(states)) {
      for (const event of events) {
        if (canTransition(state as InvoiceStatus, event.type)) {
          expect(() => transitionInvoice(inv, event)).not.toThrow();
        } else {
          const e = await expectCode(() => transitionInvoice(inv, event), "INVOICE_ILLEGAL_TRANSITION");
          expect(e.details).toMatchObject({ state, event: event.type });
          rejected++;
        }
      }
    }
    // Allowed: payment from 3 states, overdue from 2, dispute 3, resolve 1, write-off 4, credit 4.
    expect(rejected).toBe(8 * 6 - 17);
  });

  it("refuses overpayment and payments in another currency", async () => {
    const invoice = await issued();
    await expectCode(
      () => transitionInvoice(invoice, { type: "invoice.payment", amount: eur("126.19") }),
      "PAYMENT_EXCEEDS_OPEN_AMOUNT",
      ["amount"],
    );
    await expectCode(
      () => transitionInvoice(invoice, { type: "invoice.payment", amount: Money.of("1.00", "USD") }),
      "CURRENCY_MISMATCH",
      ["amount", "currency"],
    );
  });
});

describe("immutability", () => {
  it("edits drafts into new drafts with recomputed totals", () => {
    const draft = invoiceOrder({ draftId: "d", order: order(), ...parties });
    const extra = createInvoiceLine({
      id: "3",
      sku: "X",
      description: "Extra",
      quantity: "1",
      unitPrice: eur("10.00"),
      taxCategory: "S",
      taxRatePercent: "19",
    });
    const changed = updateDraft(draft, { lines: [...draft.lines, extra], note: "Thanks" });
    expect(changed.totals.lineNet.toString()).toBe("113.97");
    expect(changed.note).toBe("Thanks");
    expect(draft.totals.lineNet.toString()).toBe("103.97");
  });

  it("refuses to edit an issued invoice, and the frozen object cannot be mutated", async () => {
    const invoice = await issued();
    const e = await expectCode(() => updateDraft(invoice, { note: "changed" }), "INVOICE_IMMUTABLE");
    expect(e.details).toEqual({ state: "issued" });
    expect(() => {
      (invoice as { note?: string }).note = "changed";
    }).toThrow(TypeError);
    expect(() => {
      (invoice.lines as Invoice["lines"][number][]).pop();
    }).toThrow(TypeError);
    expect(invoice.lines).toHaveLength(2);
  });
});
