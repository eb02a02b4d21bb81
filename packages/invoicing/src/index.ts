// Public API of @o2c/invoicing: filled in by its issue.
export {};

// EN 16931
export type {
  DecimalString,
  En16931Address,
  En16931Classification,
  En16931Contact,
  En16931CreditTransfer,
  En16931Delivery,
  En16931DirectDebit,
  En16931DocumentAllowanceCharge,
  En16931Identifier,
  En16931Invoice,
  En16931ItemAttribute,
  En16931Line,
  En16931LineAllowanceCharge,
  En16931Note,
  En16931Party,
  En16931Payee,
  En16931PaymentCard,
  En16931PaymentInstructions,
  En16931Period,
  En16931PrecedingInvoice,
  En16931SupportingDocument,
  En16931TaxRepresentative,
  En16931Totals,
  En16931VatBreakdown,
  InvoiceTypeCode,
  IsoDateString,
  VatCategoryCode,
} from "./en16931/model.js";
// end EN 16931
