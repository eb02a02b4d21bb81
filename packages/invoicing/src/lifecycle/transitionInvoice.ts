import { Money, O2CError } from "@o2c/core";
import { invoicingError } from "../errors.js";
import { deepFreeze } from "../internal/freeze.js";
import type { Invoice, InvoiceStatus } from "../model/Invoice.js";
import type { InvoiceEvent } from "./InvoiceEvent.js";

const OPEN: readonly InvoiceStatus[] = ["issued", "partlyPaid", "overdue"];

/**
 * The states each event may leave, as a table: anything else is an illegal transition.
 * @since 0.1.0
 */
export const INVOICE_TRANSITIONS: Readonly<Record<InvoiceEvent["type"], readonly InvoiceStatus[]>> = {
  "invoice.payment": OPEN,
  "invoice.overdue": ["issued", "partlyPaid"],
  "invoice.dispute": OPEN,
  "invoice.resolveDispute": ["disputed"],
  "invoice.writeOff": [...OPEN, "disputed"],
  "invoice.credit": [...OPEN, "disputed"],
};

/**
 * Whether an event is allowed in a state.
 * @param status - The invoice's state.
 * @param event - The event's type.
 * @returns `true` when {@link transitionInvoice} would accept it (guards such as the amount aside).
 * @since 0.1.0
 */
export function canTransition(status: InvoiceStatus, event: InvoiceEvent["type"]): boolean {
  return INVOICE_TRANSITIONS[event].includes(status);
}

/**
 * Moves an issued invoice through its life: a pure function from the invoice and an event to a new, frozen
 * invoice; the original is never changed, and nothing but `status` and `paidAmount` ever changes.
 * @remarks
 * `draft → issued` is {@link issueInvoice}'s job. A payment makes the invoice `partlyPaid` or, when the paid amount
 * reaches the payable amount (BT-115), `paid`. `invoice.overdue` needs `asOf` after the due date. Resolving a
 * dispute returns to `partlyPaid` when something was paid, else to `issued`.
 * @param invoice - The invoice.
 * @param event - What happened.
 * @returns The invoice in its new state.
 * @throws `O2CError` `INVOICE_ILLEGAL_TRANSITION` (details `state`, `event`) for an event the state does not
 * allow, or an overdue mark before the due date; `PAYMENT_EXCEEDS_OPEN_AMOUNT` for a payment above the open amount;
 * `CURRENCY_MISMATCH` for a payment in another currency.
 * @example
 * ```ts
 * import { Money } from "@o2c/core";
 * import { invoiceOrder, transitionInvoice } from "@o2c/invoicing";
 * const draft = invoiceOrder({
 *   draftId: "inv_1", seller: { name: "Acme" }, buyer: { name: "Globex" },
 *   order: { id: "o1", customerId: "c1", currency: "EUR", lines: [{ id: "l1", sku: "S", description: "Service", quantity: "1",
 *     unitPrice: { amount: "100.00", currency: "EUR" }, net: { amount: "100.00", currency: "EUR" }, taxCategory: "S", taxRatePercent: "19" }] },
 * });
 * const issued = { ...draft, status: "issued" as const };
 * const part = transitionInvoice(issued, { type: "invoice.payment", amount: Money.of("19.00", "EUR") });
 * part.status //=> "partlyPaid"
 * transitionInvoice(part, { type: "invoice.payment", amount: Money.of("100.00", "EUR") }).status //=> "paid"
 * ```
 * @since 0.1.0
 */
export function transitionInvoice(invoice: Invoice, event: InvoiceEvent): Invoice {
  if (!canTransition(invoice.status, event.type)) throw illegal(invoice, event.type);
  switch (event.type) {
    case "invoice.payment": {
      if (!event.amount.hasSameCurrency(invoice.totals.payable)) {
        throw new O2CError(
          "CURRENCY_MISMATCH",
          `A payment in ${event.amount.currency} on an ${invoice.currency} invoice`,
          {
            path: ["amount", "currency"],
          },
        );
      }
      const paid = invoice.paidAmount.add(event.amount);
      if (paid.greaterThan(invoice.totals.payable)) {
        throw invoicingError(
          "PAYMENT_EXCEEDS_OPEN_AMOUNT",
          `A payment of ${event.amount} exceeds the open ${invoice.totals.payable.subtract(invoice.paidAmount)}`,
          { path: ["amount"], details: { open: openAmount(invoice).toString(), paid: event.amount.toString() } },
        );
      }
      const status = paid.equals(invoice.totals.payable)
        ? "paid"
        : invoice.status === "overdue"
          ? "overdue"
          : "partlyPaid";
      return deepFreeze<Invoice>({ ...invoice, status, paidAmount: paid });
    }
    case "invoice.overdue": {
      const due = invoice.schedule?.dueDate;
      if (due !== undefined && !event.asOf.isAfter(due)) {
        throw invoicingError("INVOICE_ILLEGAL_TRANSITION", `Invoice ${invoice.id} is not due before ${due}`, {
          details: { state: invoice.status, event: event.type, dueDate: due.toString(), asOf: event.asOf.toString() },
        });
      }
      return withStatus(invoice, "overdue");
    }
    case "invoice.dispute":
      return withStatus(invoice, "disputed");
    case "invoice.resolveDispute":
      return withStatus(invoice, invoice.paidAmount.isZero() ? "issued" : "partlyPaid");
    case "invoice.writeOff":
      return withStatus(invoice, "writtenOff");
    case "invoice.credit":
      return withStatus(invoice, "credited");
  }
}

/**
 * The amount still to pay: payable (BT-115) minus what was paid.
 * @param invoice - The invoice.
 * @returns The open amount.
 * @since 0.1.0
 */
export function openAmount(invoice: Invoice): Money {
  return invoice.totals.payable.subtract(invoice.paidAmount ?? Money.zero(invoice.currency));
}

function withStatus(invoice: Invoice, status: InvoiceStatus): Invoice {
  return deepFreeze<Invoice>({ ...invoice, status });
}

function illegal(invoice: Invoice, event: string): O2CError {
  return invoicingError(
    "INVOICE_ILLEGAL_TRANSITION",
    `Event ${event} is not allowed when invoice ${invoice.id} is ${invoice.status}`,
    { details: { state: invoice.status, event } },
  );
}
