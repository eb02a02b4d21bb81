import type { BusinessDate, Money, TaxCategoryCode } from "@o2c/core";
import type { PaymentSchedule, PaymentTerms } from "../terms/PaymentTerms.js";
import type { AllowanceCharge, InvoiceLine } from "./InvoiceLine.js";
import type { InvoiceParty, PaymentAccount } from "./Party.js";

/**
 * The kind of document: a commercial invoice (UNCL1001 380), a credit note (381) or a debit note (383).
 * @since 0.1.0
 */
export type InvoiceKind = "invoice" | "credit-note" | "debit-note";

/**
 * Where an invoice is in its life: `draft` (editable) → `issued` → `partlyPaid` → `paid`, or from issued or partly
 * paid to `overdue`, `disputed`, `writtenOff` or `credited`.
 * @since 0.1.0
 */
export type InvoiceStatus =
  | "draft"
  | "issued"
  | "partlyPaid"
  | "paid"
  | "overdue"
  | "disputed"
  | "writtenOff"
  | "credited";

/**
 * One row of the VAT breakdown (EN 16931 BG-23), per category and rate.
 * @since 0.1.0
 */
export interface TaxBreakdownRow {
  /** VAT category (BT-118). */
  readonly category: TaxCategoryCode;
  /** Rate in percent (BT-119). */
  readonly ratePercent: string;
  /** Sum of line nets plus document charges minus document allowances of this category and rate (BT-116). */
  readonly taxableAmount: Money;
  /** `taxableAmount × rate / 100`, rounded half up to the minor unit (BT-117, BR-CO-17). */
  readonly taxAmount: Money;
  /** Exemption reason text (BT-120). */
  readonly exemptionReason?: string | undefined;
  /** Exemption reason code (BT-121). */
  readonly exemptionReasonCode?: string | undefined;
}

/**
 * The document totals (EN 16931 BG-22), related by BR-CO-10 to BR-CO-16.
 * @since 0.1.0
 */
export interface InvoiceTotals {
  /** BT-106: sum of the line net amounts. */
  readonly lineNet: Money;
  /** BT-107: sum of the document-level allowances. */
  readonly allowances: Money;
  /** BT-108: sum of the document-level charges. */
  readonly charges: Money;
  /** BT-109: lineNet − allowances + charges. */
  readonly taxExclusive: Money;
  /** BT-110: sum of the breakdown's tax amounts. */
  readonly tax: Money;
  /** BT-112: taxExclusive + tax. */
  readonly taxInclusive: Money;
  /** BT-113: amount already paid in advance. */
  readonly prepaid: Money;
  /** BT-114: rounding amount added to reach the payable amount. */
  readonly rounding: Money;
  /** BT-115: taxInclusive − prepaid + rounding. */
  readonly payable: Money;
}

/**
 * A reference to the invoice a credit or debit note corrects (EN 16931 BG-3).
 * @since 0.1.0
 */
export interface PrecedingInvoiceReference {
  /** Id of the corrected document in the store. */
  readonly id: string;
  /** Its number (BT-25). */
  readonly number: string;
  /** Its issue date (BT-26). */
  readonly issueDate: BusinessDate;
}

/**
 * What the document refers to.
 * @since 0.1.0
 */
export interface InvoiceReferences {
  /** The orders billed (BT-13 carries the first). */
  readonly orderIds: readonly string[];
  /** The shipments billed. */
  readonly shipmentIds: readonly string[];
  /** The buyer's reference, for example a Leitweg-ID (BT-10). */
  readonly buyerReference?: string | undefined;
  /** For a credit or debit note: the corrected invoice. */
  readonly precedingInvoice?: PrecedingInvoiceReference | undefined;
}

/**
 * The exchange rate captured at issue and the totals in the company's functional currency.
 * @remarks
 * Only `taxExclusive` and `tax` are converted (each `× rate`, rounded half up to the functional currency's minor
 * unit); `taxInclusive` is their sum, so the functional totals add up exactly.
 * @since 0.1.0
 */
export interface FxCapture {
  /** The company's functional (accounting) currency. */
  readonly functionalCurrency: string;
  /** Units of the functional currency for one unit of the invoice currency, exact decimal string. */
  readonly rate: string;
  /** Who published the rate, for example `"ECB"`. */
  readonly source: string;
  /** The date the rate is for. */
  readonly rateDate: BusinessDate;
  /** BT-109 in the functional currency. */
  readonly taxExclusive: Money;
  /** BT-110 in the functional currency (BT-111 when the functional currency is the VAT accounting currency). */
  readonly tax: Money;
  /** taxExclusive + tax, in the functional currency. */
  readonly taxInclusive: Money;
}

/**
 * An invoice, a credit note or a debit note: immutable (frozen) data. Drafts change only through functions that
 * return a new draft; issued documents never change except for their status.
 * @since 0.1.0
 */
export interface Invoice {
  /** Id of the document in the store (not its legal number). */
  readonly id: string;
  /** Invoice, credit note or debit note. */
  readonly kind: InvoiceKind;
  /** Lifecycle state. */
  readonly status: InvoiceStatus;
  /** The legal number, assigned at issue (BT-1). */
  readonly number?: string | undefined;
  /** The numbering series it was taken from, assigned at issue. */
  readonly series?: string | undefined;
  /** Issue date, assigned at issue (BT-2). */
  readonly issueDate?: BusinessDate | undefined;
  /** The invoice currency (BT-5). */
  readonly currency: string;
  /** The customer billed. */
  readonly customerId: string;
  /** The seller (BG-4). */
  readonly seller: InvoiceParty;
  /** The buyer (BG-7). */
  readonly buyer: InvoiceParty;
  /** The lines (BG-25). */
  readonly lines: readonly InvoiceLine[];
  /** Document-level allowances and charges (BG-20, BG-21). */
  readonly allowanceCharges: readonly AllowanceCharge[];
  /** VAT breakdown (BG-23). */
  readonly taxBreakdown: readonly TaxBreakdownRow[];
  /** Totals (BG-22). */
  readonly totals: InvoiceTotals;
  /** Payment terms. */
  readonly terms?: PaymentTerms | undefined;
  /** Due dates, discount and instalments, computed at issue. */
  readonly schedule?: PaymentSchedule | undefined;
  /** Where to pay. */
  readonly paymentAccount?: PaymentAccount | undefined;
  /** ISO 11649 structured creditor reference for the payment (BT-83), assigned at issue. */
  readonly creditorReference?: string | undefined;
  /** FX capture, when the company's functional currency differs from the invoice currency. */
  readonly fx?: FxCapture | undefined;
  /** Orders, shipments and the corrected invoice. */
  readonly references: InvoiceReferences;
  /** Amount paid so far (lifecycle). */
  readonly paidAmount: Money;
  /** Free-text note (BT-22). */
  readonly note?: string | undefined;
}
