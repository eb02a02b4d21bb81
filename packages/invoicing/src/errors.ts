import { O2CError, type O2CErrorOptions } from "@o2c/core";

/**
 * Every error code `@o2c/invoicing` throws as an `O2CError`, with what it means. Codes are stable: branch on
 * them, never on messages.
 * @since 0.1.0
 */
export const INVOICING_ERROR_CODES = {
  /** A line asks to invoice more than was shipped and not yet invoiced. */
  INVOICE_QUANTITY_EXCEEDS_SHIPPED: "INVOICE_QUANTITY_EXCEEDS_SHIPPED",
  /** A line asks to invoice more than was ordered and not yet invoiced. */
  INVOICE_QUANTITY_EXCEEDS_ORDERED: "INVOICE_QUANTITY_EXCEEDS_ORDERED",
  /** A shipment belongs to another order than the one being invoiced. */
  SHIPMENT_ORDER_MISMATCH: "SHIPMENT_ORDER_MISMATCH",
  /** A shipment or request names an order line that does not exist. */
  UNKNOWN_ORDER_LINE: "UNKNOWN_ORDER_LINE",
  /** A credit note names a line the invoice does not have. */
  UNKNOWN_INVOICE_LINE: "UNKNOWN_INVOICE_LINE",
  /** A quantity is not a positive decimal string. */
  INVALID_QUANTITY: "INVALID_QUANTITY",
  /** A document-level allowance or charge has no VAT category or rate. */
  TAX_CATEGORY_MISSING: "TAX_CATEGORY_MISSING",
  /** An interest rate is negative. */
  INVALID_RATE: "INVALID_RATE",
  /** Nothing is left to invoice. */
  NOTHING_TO_INVOICE: "NOTHING_TO_INVOICE",
  /** Documents of different currencies were combined. */
  CURRENCY_MISMATCH: "CURRENCY_MISMATCH",
  /** Invoices of different customers were consolidated. */
  CONSOLIDATION_CUSTOMER_MISMATCH: "CONSOLIDATION_CUSTOMER_MISMATCH",
  /** A lifecycle event is not allowed in the invoice's state. */
  INVOICE_ILLEGAL_TRANSITION: "INVOICE_ILLEGAL_TRANSITION",
  /** An issued invoice was edited: issued invoices are immutable, correct them with credit or debit notes. */
  INVOICE_IMMUTABLE: "INVOICE_IMMUTABLE",
  /** An invoice was issued a second time. */
  INVOICE_ALREADY_ISSUED: "INVOICE_ALREADY_ISSUED",
  /** A credit or debit note was asked for a document that is not an issued invoice. */
  INVOICE_NOT_ISSUED: "INVOICE_NOT_ISSUED",
  /** A credit note credits more than the invoice (minus earlier credit notes) holds. */
  CREDIT_NOTE_EXCEEDS_INVOICE: "CREDIT_NOTE_EXCEEDS_INVOICE",
  /** A payment is larger than the amount still open. */
  PAYMENT_EXCEEDS_OPEN_AMOUNT: "PAYMENT_EXCEEDS_OPEN_AMOUNT",
  /** No FX rate was found for the invoice currency and date. */
  FX_RATE_MISSING: "FX_RATE_MISSING",
  /** The EN 16931 business rules found fatal violations: the invoice is not issued. */
  INVOICE_RULES_FAILED: "INVOICE_RULES_FAILED",
  /** An invoice number template is malformed. */
  INVALID_NUMBER_FORMAT: "INVALID_NUMBER_FORMAT",
  /** A creditor reference could not be built (nothing alphanumeric, or too long). */
  INVALID_CREDITOR_REFERENCE: "INVALID_CREDITOR_REFERENCE",
} as const;

/** One of {@link INVOICING_ERROR_CODES}. */
export type InvoicingErrorCode = keyof typeof INVOICING_ERROR_CODES;

/** Builds an `O2CError` with one of this package's codes. */
export function invoicingError(code: InvoicingErrorCode, message: string, options?: O2CErrorOptions): O2CError {
  return new O2CError(code, message, options);
}
