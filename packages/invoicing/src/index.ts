/**
 * o2c invoicing: invoices from orders and shipments, tax breakdown and totals per EN 16931, lifecycle, gapless
 * numbering, credit and debit notes, payment terms and late fees, FX capture, ISO 11649 creditor references, an HTML
 * rendering, and EN 16931 e-invoices (UBL 2.1, UN/CEFACT CII).
 *
 * @packageDocumentation
 */

// Corrections: credit and debit notes
export { type CreditNoteLine, type CreditNoteRequest, createCreditNote } from "./corrections/createCreditNote.js";
export { createDebitNote, type DebitNoteRequest } from "./corrections/createDebitNote.js";
export { readCii } from "./en16931/cii/read.js";
export { CII_EN16931_GUIDELINE_ID, writeCii } from "./en16931/cii/write.js";
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
export { checkEn16931, checkEn16931Xml, EN16931_RULES, readEn16931Xml } from "./en16931/rules/checkEn16931.js";
export type { CheckEn16931Options, En16931Rule, RuleFlag, RuleViolation } from "./en16931/rules/types.js";
export { en16931InvoiceSchema } from "./en16931/schema.js";
export { EN16931_TERMS, type En16931Term, en16931TermValues } from "./en16931/terms.js";
export { readUbl } from "./en16931/ubl/read.js";
export {
  isCreditNoteTypeCode,
  PEPPOL_BIS3_CUSTOMIZATION_ID,
  PEPPOL_BIS3_PROFILE_ID,
  writeUbl,
} from "./en16931/ubl/write.js";
// Errors
export { INVOICING_ERROR_CODES, type InvoicingErrorCode } from "./errors.js";
// FX
export { type CaptureFxInput, captureFx, convertMoney } from "./fx/captureFx.js";
// Generation
export { type ConsolidateOptions, consolidateInvoices } from "./generate/consolidateInvoices.js";
export type { InvoiceDraftOptions, InvoiceOrderRequest, InvoiceShipmentsRequest } from "./generate/InvoiceRequest.js";
export { invoiceOrder } from "./generate/invoiceOrder.js";
export { invoiceShipments } from "./generate/invoiceShipments.js";
// HTML
export { type RenderInvoiceHtmlOptions, renderInvoiceHtml } from "./html/renderInvoiceHtml.js";
// Issue and numbering
export { assertIssuable } from "./issue/assertIssuable.js";
export { DEFAULT_NUMBER_FORMAT, formatInvoiceNumber, type InvoiceNumberParts } from "./issue/formatInvoiceNumber.js";
export type { InvoiceRuleCheck } from "./issue/InvoiceRuleCheck.js";
export { INVOICES_COLLECTION, type IssueInvoiceOptions, issueInvoice } from "./issue/issueInvoice.js";
// Wire form
export { invoiceSchema, parseInvoice, safeParseInvoice } from "./json/invoiceSchema.js";
export { type InvoiceJSON, type Jsonify, toInvoiceJSON } from "./json/toInvoiceJSON.js";
// Lifecycle
export type { InvoiceEvent } from "./lifecycle/InvoiceEvent.js";
export { canTransition, INVOICE_TRANSITIONS, openAmount, transitionInvoice } from "./lifecycle/transitionInvoice.js";
export { type DraftChanges, updateDraft } from "./lifecycle/updateDraft.js";
// Model
export { createInvoiceLine, type InvoiceLineInput } from "./model/createInvoiceLine.js";
export type {
  FxCapture,
  Invoice,
  InvoiceKind,
  InvoiceReferences,
  InvoiceStatus,
  InvoiceTotals,
  PrecedingInvoiceReference,
  TaxBreakdownRow,
} from "./model/Invoice.js";
export type { AllowanceCharge, InvoiceLine, InvoiceLineSource } from "./model/InvoiceLine.js";
export type {
  LineQuantity,
  Order,
  OrderCharge,
  OrderChargeInput,
  OrderInput,
  OrderLine,
  OrderLineInput,
  ShipmentInput,
} from "./model/OrderInput.js";
export type { InvoiceParty, PaymentAccount, PostalAddress } from "./model/Party.js";
// Payment reference
export { createCreditorReference, isValidCreditorReference } from "./reference/createCreditorReference.js";
// Boundary schemas
export {
  dueDateRuleSchema,
  invoicePartySchema,
  isValidIban,
  lineQuantitySchema,
  orderSchema,
  paymentAccountSchema,
  paymentTermsSchema,
  postalAddressSchema,
  shipmentSchema,
  taxCategorySchema,
} from "./schemas.js";
// Tax and totals
export { computeInvoiceTotals, type InvoiceTaxInput, type InvoiceTaxResult } from "./tax/computeInvoiceTotals.js";
// Payment terms and late fees
export { computeDueDate } from "./terms/computeDueDate.js";
export { computeLateFee, type LateFee, type LateFeeInput } from "./terms/computeLateFee.js";
export { computePaymentSchedule } from "./terms/computePaymentSchedule.js";
export { countDays, type DayCount, type DayCountConvention } from "./terms/dayCount.js";
export type {
  DiscountOffer,
  DueDateRule,
  EarlyPaymentDiscount,
  Instalment,
  InstalmentTerm,
  PaymentSchedule,
  PaymentTerms,
} from "./terms/PaymentTerms.js";
// Mapping to the EN 16931 model
export { type ToEn16931Options, toEn16931 } from "./toEn16931.js";
// end EN 16931
