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
  | {
      /** Money received. */
      readonly type: "invoice.payment";
      /** The amount received, in the invoice currency. */
      readonly amount: Money;
    }
  | {
      /** The due date has passed. */
      readonly type: "invoice.overdue";
      /** The day the invoice is found overdue; must be after the due date. */
      readonly asOf: BusinessDate;
    }
  | {
      /** The buyer contests the invoice. */
      readonly type: "invoice.dispute";
    }
  | {
      /** The dispute is settled. */
      readonly type: "invoice.resolveDispute";
    }
  | {
      /** The open amount is given up. */
      readonly type: "invoice.writeOff";
    }
  | {
      /** A credit note cancelled the invoice in full. */
      readonly type: "invoice.credit";
    };
