import { z } from "zod";
import type { En16931Invoice } from "./model.js";

// The zod schema of the EN 16931 semantic model, used at the public boundary of the writers and the rule checker.
// It checks the shape and the types (amounts are strings, never numbers; lists are arrays); it does not check the
// business rules, which checkEn16931 reports with their official ids.

const text = z.string();
const opt = text.optional();
const identifier = z.object({ id: text, schemeId: opt });
const address = z.object({
  line1: opt,
  line2: opt,
  line3: opt,
  city: opt,
  postCode: opt,
  countrySubdivision: opt,
  countryCode: opt,
});
const party = z.object({
  name: opt,
  tradingName: opt,
  identifiers: z.array(identifier),
  legalRegistrationId: identifier.optional(),
  vatId: opt,
  taxRegistrationId: opt,
  additionalLegalInformation: opt,
  electronicAddress: identifier.optional(),
  address: address.optional(),
  contact: z.object({ name: opt, telephone: opt, email: opt }).optional(),
});
const period = z.object({ startDate: opt, endDate: opt });
const lineAllowanceCharge = z.object({ amount: opt, baseAmount: opt, percentage: opt, reason: opt, reasonCode: opt });
const documentAllowanceCharge = lineAllowanceCharge.extend({ vatCategoryCode: opt, vatRate: opt });
const line = z.object({
  id: opt,
  note: opt,
  objectIdentifier: identifier.optional(),
  quantity: opt,
  unitCode: opt,
  netAmount: opt,
  orderLineReference: opt,
  buyerAccountingReference: opt,
  period: period.optional(),
  allowances: z.array(lineAllowanceCharge),
  charges: z.array(lineAllowanceCharge),
  netPrice: opt,
  priceDiscount: opt,
  grossPrice: opt,
  baseQuantity: opt,
  baseQuantityUnitCode: opt,
  vatCategoryCode: opt,
  vatRate: opt,
  itemName: opt,
  itemDescription: opt,
  sellersItemId: opt,
  buyersItemId: opt,
  standardItemId: identifier.optional(),
  classifications: z.array(z.object({ id: text, listId: opt, listVersionId: opt })),
  originCountry: opt,
  attributes: z.array(z.object({ name: opt, value: opt })),
});

/**
 * The zod schema of {@link En16931Invoice}: the shape and types of the model (amounts and dates are strings, lists
 * are arrays, unknown properties are dropped). Business rules are not part of it: {@link checkEn16931} reports those.
 *
 * @example
 * ```ts
 * import { en16931InvoiceSchema } from "@o2c/invoicing";
 *
 * en16931InvoiceSchema.safeParse({ id: 1 }).success //=> false
 * ```
 * @since 0.1.0
 */
export const en16931InvoiceSchema: z.ZodType<En16931Invoice> = z.object({
  customizationId: opt,
  profileId: opt,
  id: opt,
  issueDate: opt,
  typeCode: opt,
  currencyCode: opt,
  vatAccountingCurrencyCode: opt,
  taxPointDate: opt,
  taxPointDateCode: opt,
  dueDate: opt,
  buyerReference: opt,
  projectReference: opt,
  contractReference: opt,
  purchaseOrderReference: opt,
  salesOrderReference: opt,
  receivingAdviceReference: opt,
  despatchAdviceReference: opt,
  tenderOrLotReference: opt,
  invoicedObjectIdentifier: identifier.optional(),
  buyerAccountingReference: opt,
  paymentTerms: opt,
  notes: z.array(z.object({ subjectCode: opt, text })),
  precedingInvoices: z.array(z.object({ id: opt, issueDate: opt })),
  seller: party.optional(),
  buyer: party.optional(),
  payee: z
    .object({ name: opt, identifier: identifier.optional(), legalRegistrationId: identifier.optional() })
    .optional(),
  taxRepresentative: z.object({ name: opt, vatId: opt, address: address.optional() }).optional(),
  delivery: z
    .object({
      partyName: opt,
      locationId: identifier.optional(),
      actualDeliveryDate: opt,
      address: address.optional(),
    })
    .optional(),
  invoicingPeriod: period.optional(),
  paymentInstructions: z
    .object({
      meansCode: opt,
      meansText: opt,
      remittanceInformation: opt,
      creditTransfers: z.array(z.object({ accountId: opt, accountName: opt, serviceProviderId: opt })),
      card: z.object({ primaryAccountNumber: opt, holderName: opt }).optional(),
      directDebit: z.object({ mandateReference: opt, creditorId: opt, debitedAccountId: opt }).optional(),
    })
    .optional(),
  allowances: z.array(documentAllowanceCharge),
  charges: z.array(documentAllowanceCharge),
  totals: z
    .object({
      lineNetTotal: opt,
      allowanceTotal: opt,
      chargeTotal: opt,
      taxExclusiveAmount: opt,
      vatTotal: opt,
      vatTotalInAccountingCurrency: opt,
      taxInclusiveAmount: opt,
      paidAmount: opt,
      roundingAmount: opt,
      payableAmount: opt,
    })
    .optional(),
  vatBreakdown: z.array(
    z.object({
      taxableAmount: opt,
      taxAmount: opt,
      categoryCode: opt,
      rate: opt,
      exemptionReason: opt,
      exemptionReasonCode: opt,
    }),
  ),
  supportingDocuments: z.array(
    z.object({
      id: opt,
      description: opt,
      externalUri: opt,
      attachment: z.object({ content: text, mimeCode: opt, filename: opt }).optional(),
    }),
  ),
  lines: z.array(line),
});
