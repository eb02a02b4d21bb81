import { BusinessDate, createInMemoryStore, isO2CError, Money } from "@o2c/core";
import {
  canTransition,
  type Invoice,
  type InvoiceEvent,
  invoiceOrder,
  issueInvoice,
  openAmount,
  transitionInvoice,
} from "@o2c/invoicing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { issueOptions, order, parties } from "./fixtures.js";

// Model-based test of the lifecycle: a simple model (state, minor units paid) is run next to the real invoice.
// Laws:
// 1. The real state always equals the model's state, and an event is refused exactly when the model refuses it.
// 2. The paid amount never exceeds the payable amount; it equals it exactly when the invoice is paid.
// 3. Refused events change nothing: the invoice before the event is the invoice after it.
// 4. Every step returns a new frozen invoice; the document's content (number, lines, totals) never changes.

interface Model {
  state: Invoice["status"];
  paid: bigint;
  readonly payable: bigint;
}
interface Real {
  invoice: Invoice;
}

/** The model's answer to an event: the next state and paid amount, or "refused". */
function step(model: Model, event: InvoiceEvent): Pick<Model, "state" | "paid"> | "refused" {
  if (!canTransition(model.state, event.type)) return "refused";
  switch (event.type) {
    case "invoice.payment": {
      const paid = model.paid + event.amount.minor;
      if (paid > model.payable) return "refused";
      return { paid, state: paid === model.payable ? "paid" : model.state === "overdue" ? "overdue" : "partlyPaid" };
    }
    case "invoice.overdue":
      return event.asOf.isAfter(BusinessDate.parse("2026-11-13")) ? { ...model, state: "overdue" } : "refused";
    case "invoice.dispute":
      return { ...model, state: "disputed" };
    case "invoice.resolveDispute":
      return { ...model, state: model.paid === 0n ? "issued" : "partlyPaid" };
    case "invoice.writeOff":
      return { ...model, state: "writtenOff" };
    case "invoice.credit":
      return { ...model, state: "credited" };
  }
}

class EventCommand implements fc.Command<Model, Real> {
  constructor(readonly event: InvoiceEvent) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const expected = step(model, this.event);
    const before = real.invoice;
    if (expected === "refused") {
      let refused = false;
      try {
        transitionInvoice(before, this.event);
      } catch (error) {
        refused = isO2CError(error, "INVOICE_ILLEGAL_TRANSITION") || isO2CError(error, "PAYMENT_EXCEEDS_OPEN_AMOUNT");
      }
      expect(refused).toBe(true);
      expect(real.invoice).toBe(before);
      return;
    }
    const after = transitionInvoice(before, this.event);
    model.state = expected.state;
    model.paid = expected.paid;
    expect(after.status).toBe(model.state);
    expect(after.paidAmount.minor).toBe(model.paid);
    expect(after.paidAmount.lessThanOrEqual(after.totals.payable)).toBe(true);
    expect(after.status === "paid").toBe(openAmount(after).isZero());
    expect([after.number, after.lines, after.totals]).toEqual([before.number, before.lines, before.totals]);
    expect(Object.isFrozen(after)).toBe(true);
    real.invoice = after;
  }
  toString(): string {
    return JSON.stringify(this.event);
  }
}

const arbCommand = fc.oneof(
  fc
    .bigInt({ min: 1n, max: 6000n })
    .map((minor) => new EventCommand({ type: "invoice.payment", amount: Money.fromMinor(minor, "EUR") })),
  fc
    .constantFrom("2026-11-13", "2026-11-14", "2027-01-31")
    .map((d) => new EventCommand({ type: "invoice.overdue", asOf: BusinessDate.parse(d) })),
  fc
    .constantFrom<InvoiceEvent["type"]>(
      "invoice.dispute",
      "invoice.resolveDispute",
      "invoice.writeOff",
      "invoice.credit",
    )
    .map((type) => new EventCommand({ type } as InvoiceEvent)),
);

describe("properties", () => {
  it("the lifecycle follows its model: states, refusals and paid amounts agree at every step", async () => {
    const draft = invoiceOrder({ draftId: "i", order: order(), terms: { due: { type: "net", days: 30 } }, ...parties });
    const issued = await issueInvoice(createInMemoryStore(), draft, issueOptions());
    fc.assert(
      fc.property(fc.commands([arbCommand], { maxCommands: 30 }), (commands) => {
        const model: Model = { state: "issued", paid: 0n, payable: issued.totals.payable.minor };
        fc.modelRun(() => ({ model, real: { invoice: issued } }), commands);
      }),
      { numRuns: 300 },
    );
  });
});
