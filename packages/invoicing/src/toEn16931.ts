import type { Money } from "@o2c/core";
import type {
  En16931Address,
  En16931DocumentAllowanceCharge,
  En16931Invoice,
  En16931Line,
  En16931LineAllowanceCharge,
  En16931Party,
} from "./en16931/model.js";
import { PEPPOL_BIS3_CUSTOMIZATION_ID, PEPPOL_BIS3_PROFILE_ID } from "./en16931/ubl/write.js";
import type { Invoice, InvoiceKind } from "./model/Invoice.js";
import type { AllowanceCharge } from "./model/InvoiceLine.js";
import type { InvoiceParty, PostalAddress } from "./model/Party.js";

/**
 * Options of {@link toEn16931}.
 * @since 0.1.0
 */
export interface ToEn16931Options {
  /** Specification identifier (BT-24); Peppol BIS Billing 3.0 by default. */
  readonly customizationId?: string | undefined;
  /** Business process (BT-23); Peppol BIS Billing 3.0 by default. */
  readonly profileId?: string | undefined;
}

const TYPE_CODES: Readonly<Record<InvoiceKind, string>> = {
  invoice: "380",
  "credit-note": "381",
  "debit-note": "383",
};

/**
 * Maps an o2c invoice, credit note or debit note (with its seller and buyer data) to the EN 16931 semantic model,
 * ready for {@link writeUbl}, {@link writeCii} and {@link checkEn16931}.
 * @remarks
 * BT-1 number, BT-2 issue date, BT-3 type (380 invoice, 381 credit note, 383 debit note), BT-5 currency, BT-6 and
 * BT-111 from the FX capture when the functional currency differs, BT-9 due date and BT-20 terms from the schedule,
 * BT-10 buyer reference (the first order id when none is given, so Peppol's "buyer reference or order reference"
 * holds), BT-14 sales order, BG-1 note, BG-3 preceding invoice, BG-4/BG-7 parties, BG-16/BG-17 credit transfer with
 * the RF creditor reference as BT-83 (not for credit notes), BG-20/BG-21 document allowances and charges, BG-22
 * totals, BG-23 VAT breakdown, BG-25 lines with BG-27/BG-28 and the price (BT-146). Amounts are written with the
 * currency's minor digits; a VAT rate is omitted for category `O`, as BR-O-05 and its siblings require. Currencies
 * with 3 minor digits (KWD) break BR-DEC's two-decimal limit: EN 16931 cannot carry them exactly.
 * @param invoice - The document, usually issued.
 * @param options - Specification and profile identifiers.
 * @returns The EN 16931 model.
 * @example
 * ```ts
 * import { invoiceOrder, toEn16931 } from "@o2c/invoicing";
 * const draft = invoiceOrder({
 *   draftId: "inv_1", seller: { name: "Acme" }, buyer: { name: "Globex" },
 *   order: { id: "o1", customerId: "c1", currency: "EUR", lines: [{ id: "l1", sku: "S", description: "Service", quantity: "2",
 *     unitPrice: { amount: "50.00", currency: "EUR" }, net: { amount: "100.00", currency: "EUR" }, taxCategory: "S", taxRatePercent: "19" }] },
 * });
 * const model = toEn16931(draft);
 * model.typeCode //=> "380"
 * model.totals?.payableAmount //=> "119.00"
 * model.vatBreakdown[0]?.taxAmount //=> "19.00"
 * ```
 * @since 0.1.0
 */
export function toEn16931(invoice: Invoice, options: ToEn16931Options = {}): En16931Invoice {
  const t = invoice.totals;
  const fx = invoice.fx;
  const withFx = fx !== undefined && fx.functionalCurrency !== invoice.currency;
  const account = invoice.paymentAccount;
  const pays = invoice.kind !== "credit-note" && account !== undefined;
  const preceding = invoice.references.precedingInvoice;
  const firstOrder = invoice.references.orderIds[0];
  return {
    customizationId: options.customizationId ?? PEPPOL_BIS3_CUSTOMIZATION_ID,
    profileId: options.profileId ?? PEPPOL_BIS3_PROFILE_ID,
    id: invoice.number,
    issueDate: invoice.issueDate?.toString(),
    typeCode: TYPE_CODES[invoice.kind],
    currencyCode: invoice.currency,
    ...(withFx ? { vatAccountingCurrencyCode: fx.functionalCurrency } : {}),
    dueDate: invoice.schedule?.dueDate.toString(),
    buyerReference: invoice.references.buyerReference ?? firstOrder,
    salesOrderReference: firstOrder,
    paymentTerms:
      invoice.terms?.description ?? (invoice.schedule === undefined ? undefined : `Due ${invoice.schedule.dueDate}`),
    notes: invoice.note === undefined ? [] : [{ text: invoice.note }],
    precedingInvoices:
      preceding === undefined ? [] : [{ id: preceding.number, issueDate: preceding.issueDate.toString() }],
    seller: party(invoice.seller),
    buyer: party(invoice.buyer),
    ...(pays
      ? {
          paymentInstructions: {
            meansCode: "58",
            meansText: "SEPA credit transfer",
            remittanceInformation: invoice.creditorReference,
            creditTransfers: [
              { accountId: account.iban, accountName: account.accountName, serviceProviderId: account.bic },
            ],
          },
        }
      : {}),
    allowances: invoice.allowanceCharges.filter((a) => a.kind === "allowance").map(documentAllowanceCharge),
    charges: invoice.allowanceCharges.filter((a) => a.kind === "charge").map(documentAllowanceCharge),
    totals: {
      lineNetTotal: s(t.lineNet),
      allowanceTotal: t.allowances.isZero() ? undefined : s(t.allowances),
      chargeTotal: t.charges.isZero() ? undefined : s(t.charges),
      taxExclusiveAmount: s(t.taxExclusive),
      vatTotal: s(t.tax),
      ...(withFx ? { vatTotalInAccountingCurrency: s(fx.tax) } : {}),
      taxInclusiveAmount: s(t.taxInclusive),
      paidAmount: t.prepaid.isZero() ? undefined : s(t.prepaid),
      roundingAmount: t.rounding.isZero() ? undefined : s(t.rounding),
      payableAmount: s(t.payable),
    },
    vatBreakdown: invoice.taxBreakdown.map((row) => ({
      taxableAmount: s(row.taxableAmount),
      taxAmount: s(row.taxAmount),
      categoryCode: row.category,
      rate: row.category === "O" ? undefined : row.ratePercent,
      exemptionReason: row.exemptionReason,
      exemptionReasonCode: row.exemptionReasonCode,
    })),
    supportingDocuments: [],
    lines: invoice.lines.map(
      (line): En16931Line => ({
        id: line.id,
        quantity: line.quantity,
        unitCode: line.unitCode,
        netAmount: s(line.net),
        allowances: line.allowanceCharges.filter((a) => a.kind === "allowance").map(lineAllowanceCharge),
        charges: line.allowanceCharges.filter((a) => a.kind === "charge").map(lineAllowanceCharge),
        netPrice: s(line.unitPrice),
        vatCategoryCode: line.taxCategory,
        vatRate: line.taxCategory === "O" ? undefined : line.taxRatePercent,
        itemName: line.description,
        sellersItemId: line.sku,
        classifications: [],
        attributes: [],
      }),
    ),
  };
}

function s(money: Money): string {
  return money.toString();
}

function party(p: InvoiceParty): En16931Party {
  const electronic = p.electronicAddress;
  return {
    name: p.name,
    identifiers: [],
    legalRegistrationId: p.legalId === undefined ? undefined : { id: p.legalId },
    vatId: p.vatId,
    electronicAddress:
      electronic === undefined ? undefined : { id: electronic, schemeId: electronic.includes("@") ? "EM" : undefined },
    address: p.address === undefined ? undefined : address(p.address),
    contact: p.email === undefined ? undefined : { email: p.email },
  };
}

function address(a: PostalAddress): En16931Address {
  return {
    line1: a.line1,
    line2: a.line2,
    city: a.city,
    postCode: a.postalCode,
    countrySubdivision: a.subdivision,
    countryCode: a.country,
  };
}

function documentAllowanceCharge(ac: AllowanceCharge): En16931DocumentAllowanceCharge {
  return {
    amount: s(ac.amount),
    vatCategoryCode: ac.taxCategory,
    vatRate: ac.taxCategory === "O" ? undefined : ac.taxRatePercent,
    reason: ac.reason,
    reasonCode: ac.reasonCode,
  };
}

function lineAllowanceCharge(ac: AllowanceCharge): En16931LineAllowanceCharge {
  return { amount: s(ac.amount), reason: ac.reason, reasonCode: ac.reasonCode };
}
