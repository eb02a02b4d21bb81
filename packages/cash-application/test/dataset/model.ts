import type { CountryCode, Language } from "./countries.js";
import type { DocumentNumber, NumberScheme } from "./idSchemes.js";
import type { CompanyName } from "./names.js";
import type { CustomerRecord, ScenarioFamily, TermsRecord } from "./types.js";

/** The generator's working model: customers, open items and payments before they are written out. */

export interface CustomerInfo {
  record: CustomerRecord;
  name: CompanyName;
  country: CountryCode;
  language: Language;
  /** Invoicing currencies, the main one first. */
  currencies: readonly string[];
  /** Relative size (how many items and payments it has). */
  weight: number;
  groupId: string | null;
  isHolding: boolean;
  /** Folded stem: customers sharing it have similar names. */
  stemKey: string;
  /** Payment terms in days; 0 means end of next month (Japanese terms). */
  termDays: number;
  discount: TermsRecord | null;
  invoiceScheme: NumberScheme;
  creditScheme: NumberScheme;
  poScheme: NumberScheme;
  poParam: string;
  /** An amount billed again and again (subscription, rent), in the main currency, or null. */
  recurringMinor: number | null;
  /** The digits of the customer number, as payers quote it. */
  customerNumber: string;
}

export interface ItemDraft {
  id: string;
  number: DocumentNumber;
  customerId: string;
  kind: "invoice" | "credit-note";
  currency: string;
  issueDate: string;
  dueDate: string;
  amountMinor: number;
  openMinor: number;
  poNumber: string | null;
  terms: TermsRecord | null;
}

export interface Allocation {
  itemId: string;
  amountMinor: number;
}

/**
 * How a payment's truth is known: fixed by the scenario (quoted references, proven-unique item sets), or a
 * single item found through payer and amount, resolved at the end among equally fitting items (FORMAT.md 7.7).
 */
export type TruthMode =
  | { type: "fixed"; allocations: Allocation[] }
  | { type: "single"; customerId: string; intendedItemId: string };

export interface PaymentDraft {
  valueDate: string;
  amountMinor: number;
  currency: string;
  payerName: string;
  payerAccount: string | null;
  remittance: string;
  endToEndId: string;
  kind: ScenarioFamily;
  mode: TruthMode;
}
