import type { BusinessDate, Money } from "@o2c/core";

/**
 * An event of an issued invoice's life, given to {@link transitionInvoice}.
 * - `invoice.payment`: money received (partly paid or paid).
 * - `invoice.overdue`: the due date has passed on `asOf`.
 * - `invoice.dispute` / `invoice.resolveDispute`: the buyer contests the invoice / the dispute is settled.
 * - `invoice.writeOff`: the open amount is given up.
 * - `invoice.credit`: a credit note cancelled the invoice in full.
 * @since 0.1.0
 */
export type InvoiceEvent =
  | { readonly type: "invoice.payment"; readonly amount: Money }
  | { readonly type: "invoice.overdue"; readonly asOf: BusinessDate }
  | { readonly type: "invoice.dispute" }
  | { readonly type: "invoice.resolveDispute" }
  | { readonly type: "invoice.writeOff" }
  | { readonly type: "invoice.credit" };
