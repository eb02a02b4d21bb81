// Sample EN 16931 invoices covering several VAT rates, exempt lines with reasons, reverse charge, allowances and
// charges, a credit note, a foreign-currency invoice (BT-6 with BT-111) and a JPY invoice. Amounts are computed
// here with decimal arithmetic, each rounding half-up to the currency's minor unit (at most 2 decimals, BR-DEC).
// Used by examples/einvoice/main.ts and by packages/invoicing/test/en16931.
import { getCurrency, O2CDecimal } from "@o2c/core";
import type {
  En16931DocumentAllowanceCharge,
  En16931Invoice,
  En16931Line,
  En16931LineAllowanceCharge,
  En16931Party,
  En16931VatBreakdown,
} from "@o2c/invoicing";
import { PEPPOL_BIS3_CUSTOMIZATION_ID, PEPPOL_BIS3_PROFILE_ID } from "@o2c/invoicing";

type D = InstanceType<typeof O2CDecimal>;

/** A line before amounts are computed. */
export interface SampleLine {
  readonly name: string;
  readonly quantity: string;
  readonly unitCode?: string;
  readonly price: string;
  readonly category: string;
  /** Percentage; absent for category O. */
  readonly rate?: string;
  readonly allowances?: readonly { readonly amount: string; readonly reason: string; readonly reasonCode?: string }[];
  readonly charges?: readonly { readonly amount: string; readonly reason: string; readonly reasonCode?: string }[];
}

/** A document level allowance or charge before totals are computed. */
export interface SampleAllowanceCharge {
  readonly amount: string;
  readonly category: string;
  readonly rate?: string;
  readonly reason: string;
  readonly reasonCode?: string;
}

/** Everything a sample invoice needs; amounts and totals are derived. */
export interface SampleSpec {
  readonly id: string;
  readonly typeCode: string;
  readonly currency: string;
  readonly issueDate: string;
  readonly dueDate?: string;
  readonly seller: En16931Party;
  readonly buyer: En16931Party;
  readonly lines: readonly SampleLine[];
  readonly allowances?: readonly SampleAllowanceCharge[];
  readonly charges?: readonly SampleAllowanceCharge[];
  /** Exemption reason text and VATEX code by VAT category (required for E, AE, K, G, O). */
  readonly exemptions?: Readonly<Record<string, { readonly reason: string; readonly code: string }>>;
  /** VAT accounting currency (BT-6) and the rate from the invoice currency to it. */
  readonly vatAccounting?: { readonly currency: string; readonly rate: string };
  readonly precedingInvoice?: { readonly id: string; readonly issueDate: string };
  readonly paidAmount?: string;
  readonly note?: string;
  readonly delivery?: En16931Invoice["delivery"];
}

const places = (currency: string): number => Math.min(getCurrency(currency).exponent, 2);
const dec = (s: string): D => new O2CDecimal(s);
const fix = (d: D, p: number): string => d.toDecimalPlaces(p, O2CDecimal.ROUND_HALF_UP).toFixed(p);
const total = (xs: readonly string[]): D => xs.reduce((s, x) => s.plus(x), new O2CDecimal(0));

/**
 * Builds a complete `En16931Invoice` from a sample spec: line net amounts (BT-131 = quantity × price + charges −
 * allowances, rounded half-up to the currency), VAT breakdown per category and rate (BT-117 = BT-116 × rate, rounded
 * half-up), document totals (BG-22) and BT-111 when a VAT accounting currency is given.
 */
export function buildSampleInvoice(spec: SampleSpec): En16931Invoice {
  const p = places(spec.currency);
  const lines: En16931Line[] = spec.lines.map((l, i) => {
    const allowances: En16931LineAllowanceCharge[] = (l.allowances ?? []).map((a) => ({
      amount: a.amount,
      reason: a.reason,
      ...(a.reasonCode === undefined ? {} : { reasonCode: a.reasonCode }),
    }));
    const charges: En16931LineAllowanceCharge[] = (l.charges ?? []).map((a) => ({
      amount: a.amount,
      reason: a.reason,
      ...(a.reasonCode === undefined ? {} : { reasonCode: a.reasonCode }),
    }));
    const gross = dec(l.quantity).times(l.price);
    const net = gross
      .plus(total(charges.map((c) => c.amount ?? "0")))
      .minus(total(allowances.map((a) => a.amount ?? "0")));
    return {
      id: String(i + 1),
      quantity: l.quantity,
      unitCode: l.unitCode ?? "C62",
      netAmount: fix(net, p),
      allowances,
      charges,
      netPrice: l.price,
      vatCategoryCode: l.category,
      ...(l.rate === undefined ? {} : { vatRate: l.rate }),
      itemName: l.name,
      sellersItemId: `SKU-${i + 1}`,
      classifications: [],
      attributes: [],
    };
  });
  const docAc = (a: SampleAllowanceCharge): En16931DocumentAllowanceCharge => ({
    amount: a.amount,
    vatCategoryCode: a.category,
    ...(a.rate === undefined ? {} : { vatRate: a.rate }),
    reason: a.reason,
    ...(a.reasonCode === undefined ? {} : { reasonCode: a.reasonCode }),
  });
  const allowances = (spec.allowances ?? []).map(docAc);
  const charges = (spec.charges ?? []).map(docAc);

  const groups = new Map<string, { category: string; rate: string | undefined; taxable: D }>();
  const add = (category: string, rate: string | undefined, amount: D) => {
    const key = `${category}|${rate === undefined ? "" : dec(rate).toString()}`;
    const g = groups.get(key) ?? { category, rate, taxable: new O2CDecimal(0) };
    g.taxable = g.taxable.plus(amount);
    groups.set(key, g);
  };
  for (const l of lines) add(l.vatCategoryCode ?? "", l.vatRate, dec(l.netAmount ?? "0"));
  for (const c of charges) add(c.vatCategoryCode ?? "", c.vatRate, dec(c.amount ?? "0"));
  for (const a of allowances) add(a.vatCategoryCode ?? "", a.vatRate, dec(a.amount ?? "0").negated());
  const vatBreakdown: En16931VatBreakdown[] = [...groups.values()].map((g) => {
    const exemption = spec.exemptions?.[g.category];
    return {
      taxableAmount: fix(g.taxable, p),
      taxAmount: fix(g.taxable.times(g.rate ?? "0").div(100), p),
      categoryCode: g.category,
      ...(g.rate === undefined ? {} : { rate: g.rate }),
      ...(exemption === undefined ? {} : { exemptionReason: exemption.reason, exemptionReasonCode: exemption.code }),
    };
  });

  const lineNet = total(lines.map((l) => l.netAmount ?? "0"));
  const allowanceTotal = total(allowances.map((a) => a.amount ?? "0"));
  const chargeTotal = total(charges.map((c) => c.amount ?? "0"));
  const exclusive = lineNet.minus(allowanceTotal).plus(chargeTotal);
  const vat = total(vatBreakdown.map((b) => b.taxAmount ?? "0"));
  const inclusive = exclusive.plus(vat);
  const paid = dec(spec.paidAmount ?? "0");
  return {
    customizationId: PEPPOL_BIS3_CUSTOMIZATION_ID,
    profileId: PEPPOL_BIS3_PROFILE_ID,
    id: spec.id,
    issueDate: spec.issueDate,
    typeCode: spec.typeCode,
    currencyCode: spec.currency,
    ...(spec.vatAccounting === undefined ? {} : { vatAccountingCurrencyCode: spec.vatAccounting.currency }),
    ...(spec.dueDate === undefined ? {} : { dueDate: spec.dueDate }),
    buyerReference: `REF-${spec.id}`,
    notes: spec.note === undefined ? [] : [{ text: spec.note }],
    precedingInvoices: spec.precedingInvoice === undefined ? [] : [spec.precedingInvoice],
    seller: spec.seller,
    buyer: spec.buyer,
    ...(spec.delivery === undefined ? {} : { delivery: spec.delivery }),
    paymentInstructions: {
      meansCode: "58",
      remittanceInformation: "RF18539007547034",
      creditTransfers: [
        { accountId: "DE89370400440532013000", accountName: "Muster GmbH", serviceProviderId: "COBADEFFXXX" },
      ],
    },
    allowances,
    charges,
    totals: {
      lineNetTotal: fix(lineNet, p),
      ...(allowances.length === 0 ? {} : { allowanceTotal: fix(allowanceTotal, p) }),
      ...(charges.length === 0 ? {} : { chargeTotal: fix(chargeTotal, p) }),
      taxExclusiveAmount: fix(exclusive, p),
      vatTotal: fix(vat, p),
      ...(spec.vatAccounting === undefined
        ? {}
        : {
            vatTotalInAccountingCurrency: fix(vat.times(spec.vatAccounting.rate), places(spec.vatAccounting.currency)),
          }),
      taxInclusiveAmount: fix(inclusive, p),
      ...(spec.paidAmount === undefined ? {} : { paidAmount: fix(paid, p) }),
      payableAmount: fix(inclusive.minus(paid), p),
    },
    vatBreakdown,
    supportingDocuments: [],
    lines,
  };
}

/** The German seller of the samples. */
export const SELLER: En16931Party = {
  name: "Muster GmbH",
  tradingName: "Muster & Söhne <Handel>",
  identifiers: [{ id: "4000001123452", schemeId: "0088" }],
  legalRegistrationId: { id: "HRB 12345" },
  vatId: "DE123456789",
  electronicAddress: { id: "DE123456789", schemeId: "9930" },
  address: { line1: "Hauptstraße 1", city: "Berlin", postCode: "10115", countryCode: "DE" },
  contact: { name: "Erika Muster", telephone: "+49 30 123456", email: "billing@muster.example" },
};

/** A German buyer. */
export const BUYER_DE: En16931Party = {
  name: "Kunde AG",
  identifiers: [],
  vatId: "DE987654321",
  electronicAddress: { id: "DE987654321", schemeId: "9930" },
  address: { line1: "Marktplatz 5", city: "München", postCode: "80331", countryCode: "DE" },
};

/** A French buyer (reverse charge). */
export const BUYER_FR: En16931Party = {
  name: "Client SARL",
  identifiers: [],
  vatId: "FR12345678901",
  electronicAddress: { id: "FR12345678901", schemeId: "9957" },
  address: { line1: "1 rue de la Paix", city: "Paris", postCode: "75002", countryCode: "FR" },
};

/** A Japanese buyer. */
export const BUYER_JP: En16931Party = {
  name: "Kaisha KK",
  identifiers: [],
  electronicAddress: { id: "kaisha@example.jp", schemeId: "EM" },
  address: { line1: "1-1 Chiyoda", city: "Tokyo", postCode: "100-0001", countryCode: "JP" },
};

const EXEMPT = { reason: "Exempt: medical care", code: "VATEX-EU-132-1C" };
const REVERSE = { reason: "Reverse charge", code: "VATEX-EU-AE" };

/** The sample specs, by file stem. */
export const SAMPLE_SPECS: Readonly<Record<string, SampleSpec>> = {
  "multi-rate": {
    id: "INV-2025-0001",
    typeCode: "380",
    currency: "EUR",
    issueDate: "2025-03-01",
    dueDate: "2025-03-31",
    seller: SELLER,
    buyer: BUYER_DE,
    note: "Thank you for your order & your trust.",
    lines: [
      { name: "Laptop", quantity: "2", price: "899.99", category: "S", rate: "19" },
      { name: "Book", quantity: "3", price: "24.95", category: "S", rate: "7" },
      { name: "Newspaper export", quantity: "10", price: "1.10", category: "Z", rate: "0" },
    ],
  },
  "exempt-lines": {
    id: "INV-2025-0002",
    typeCode: "380",
    currency: "EUR",
    issueDate: "2025-03-02",
    dueDate: "2025-04-01",
    seller: SELLER,
    buyer: BUYER_DE,
    exemptions: { E: EXEMPT },
    lines: [
      { name: "Consulting", quantity: "1.5", unitCode: "HUR", price: "120.00", category: "S", rate: "19" },
      { name: "Medical check-up", quantity: "1", price: "250.00", category: "E", rate: "0" },
    ],
  },
  "reverse-charge": {
    id: "INV-2025-0003",
    typeCode: "380",
    currency: "EUR",
    issueDate: "2025-03-03",
    dueDate: "2025-04-02",
    seller: SELLER,
    buyer: BUYER_FR,
    exemptions: { AE: REVERSE },
    note: "Reverse charge: VAT to be accounted for by the recipient.",
    lines: [
      { name: "Installation service", quantity: "8", unitCode: "HUR", price: "95.00", category: "AE", rate: "0" },
      { name: "Spare parts", quantity: "4", price: "37.25", category: "AE", rate: "0" },
    ],
  },
  "allowances-charges": {
    id: "INV-2025-0004",
    typeCode: "380",
    currency: "EUR",
    issueDate: "2025-03-04",
    dueDate: "2025-04-03",
    seller: SELLER,
    buyer: BUYER_DE,
    lines: [
      {
        name: "Office chair",
        quantity: "5",
        price: "149.00",
        category: "S",
        rate: "19",
        allowances: [{ amount: "37.25", reason: "Volume discount", reasonCode: "95" }],
      },
      {
        name: "Assembly",
        quantity: "5",
        price: "20.00",
        category: "S",
        rate: "19",
        charges: [{ amount: "10.00", reason: "Weekend surcharge", reasonCode: "ABK" }],
      },
    ],
    allowances: [{ amount: "50.00", category: "S", rate: "19", reason: "Loyalty discount", reasonCode: "95" }],
    charges: [{ amount: "25.00", category: "S", rate: "19", reason: "Freight", reasonCode: "FC" }],
  },
  "credit-note": {
    id: "CN-2025-0001",
    typeCode: "381",
    currency: "EUR",
    issueDate: "2025-03-10",
    seller: SELLER,
    buyer: BUYER_DE,
    precedingInvoice: { id: "INV-2025-0001", issueDate: "2025-03-01" },
    note: "Credit for one returned laptop.",
    lines: [{ name: "Laptop (returned)", quantity: "1", price: "899.99", category: "S", rate: "19" }],
  },
  "foreign-currency": {
    id: "INV-2025-0005",
    typeCode: "380",
    currency: "USD",
    issueDate: "2025-03-05",
    dueDate: "2025-04-04",
    seller: SELLER,
    buyer: BUYER_DE,
    vatAccounting: { currency: "EUR", rate: "0.9234" },
    lines: [
      { name: "Software licence", quantity: "3", price: "333.33", category: "S", rate: "19" },
      { name: "Support plan", quantity: "1", price: "120.50", category: "S", rate: "19" },
    ],
  },
  jpy: {
    id: "INV-2025-0006",
    typeCode: "380",
    currency: "JPY",
    issueDate: "2025-03-06",
    dueDate: "2025-04-30",
    seller: SELLER,
    buyer: BUYER_JP,
    lines: [
      { name: "Camera lens", quantity: "2", price: "45800", category: "S", rate: "10" },
      { name: "Lens cap", quantity: "3", price: "1250", category: "S", rate: "8" },
    ],
  },
};

/** The sample invoices, by file stem. */
export function sampleInvoices(): Record<string, En16931Invoice> {
  return Object.fromEntries(Object.entries(SAMPLE_SPECS).map(([name, spec]) => [name, buildSampleInvoice(spec)]));
}
