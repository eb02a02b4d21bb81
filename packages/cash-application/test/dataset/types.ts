/** Records in exactly the shapes of the benchmark's FORMAT.md (customers, invoices, payments, truth). */

export interface CustomerRecord {
  id: string;
  name: string;
  aliases: string[];
  accounts: string[];
  country: string;
}

export interface TermsRecord {
  discountPercent: string;
  discountDays: number;
}

export interface OpenItemRecord {
  id: string;
  customerId: string;
  kind: "invoice" | "credit-note";
  currency: string;
  issueDate: string;
  dueDate: string;
  amount: string;
  openAmount: string;
  poNumber: string | null;
  terms: TermsRecord | null;
}

export interface PaymentRecord {
  id: string;
  valueDate: string;
  amount: string;
  currency: string;
  payerName: string;
  payerAccount: string | null;
  remittance: string;
  endToEndId: string;
}

export interface AllocationRecord {
  invoiceId: string;
  amount: string;
}

/** The scenario families of FORMAT.md section 8. */
export const SCENARIO_FAMILIES = [
  "exact",
  "ref-variant",
  "no-ref",
  "multi-invoice",
  "partial",
  "discount",
  "short-pay",
  "overpay",
  "bank-fee",
  "third-party",
  "name-variant",
  "po-ref",
  "unidentified",
  "credit-netting",
  "wrong-customer-ref",
] as const;

export type ScenarioFamily = (typeof SCENARIO_FAMILIES)[number];

export interface TruthEntry {
  allocations: AllocationRecord[];
  kind: ScenarioFamily;
}

export type TruthRecord = Record<string, TruthEntry>;

export interface Dataset {
  customers: CustomerRecord[];
  invoices: OpenItemRecord[];
  payments: PaymentRecord[];
  truth: TruthRecord;
}

export type ProfileName = "default" | "hard" | "clean" | "international";

export const PROFILE_NAMES: readonly ProfileName[] = ["default", "hard", "clean", "international"];

export interface GenerateOptions {
  seed: string | number;
  customers: number;
  openItems: number;
  payments: number;
  profile?: ProfileName;
}
