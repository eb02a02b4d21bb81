import { parseWith } from "@o2c/core";
import type {
  En16931Address,
  En16931DocumentAllowanceCharge,
  En16931Identifier,
  En16931Invoice,
  En16931Line,
  En16931LineAllowanceCharge,
  En16931Party,
} from "../model.js";
import { en16931InvoiceSchema } from "../schema.js";
import { leaf, node } from "../xml/xmlWriter.js";

/** The Peppol BIS Billing 3.0 specification identifier (BT-24). @since 0.1.0 */
export const PEPPOL_BIS3_CUSTOMIZATION_ID =
  "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
/** The Peppol BIS Billing 3.0 business process identifier (BT-23). @since 0.1.0 */
export const PEPPOL_BIS3_PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

const CREDIT_NOTE_TYPE_CODES: ReadonlySet<string> = new Set(["81", "83", "381", "396", "532"]);

/**
 * Whether an invoice type code (BT-3) is written as a UBL `CreditNote` rather than an `Invoice`.
 *
 * @param typeCode - The invoice type code (BT-3).
 * @returns `true` for the credit note codes 81, 83, 381, 396 and 532.
 * @since 0.1.0
 */
export function isCreditNoteTypeCode(typeCode: string | undefined): boolean {
  return typeCode !== undefined && CREDIT_NOTE_TYPE_CODES.has(typeCode);
}

const NS = {
  Invoice: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
  CreditNote: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
  cac: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  cbc: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
};

const vatScheme = node("cac:TaxScheme", [leaf("cbc:ID", "VAT")]);

function id(name: string, identifier: En16931Identifier | undefined): string {
  return identifier === undefined ? "" : leaf(name, identifier.id, { schemeID: identifier.schemeId });
}

function address(name: string, a: En16931Address | undefined): string {
  if (a === undefined) return "";
  return node(
    name,
    [
      leaf("cbc:StreetName", a.line1),
      leaf("cbc:AdditionalStreetName", a.line2),
      leaf("cbc:CityName", a.city),
      leaf("cbc:PostalZone", a.postCode),
      leaf("cbc:CountrySubentity", a.countrySubdivision),
      a.line3 === undefined ? "" : node("cac:AddressLine", [leaf("cbc:Line", a.line3)]),
      node("cac:Country", [leaf("cbc:IdentificationCode", a.countryCode)]),
    ],
    undefined,
    true,
  );
}

function party(p: En16931Party | undefined, role: "seller" | "buyer", creditorId: string | undefined): string {
  if (p === undefined && creditorId === undefined) return "";
  const q: Partial<En16931Party> = p ?? {};
  const identifiers = (q.identifiers ?? []).map((i) => node("cac:PartyIdentification", [id("cbc:ID", i)]));
  if (creditorId !== undefined) {
    identifiers.push(node("cac:PartyIdentification", [leaf("cbc:ID", creditorId, { schemeID: "SEPA" })]));
  }
  const contact = q.contact;
  return node("cac:Party", [
    id("cbc:EndpointID", q.electronicAddress),
    ...identifiers,
    q.tradingName === undefined ? "" : node("cac:PartyName", [leaf("cbc:Name", q.tradingName)]),
    address("cac:PostalAddress", q.address),
    q.vatId === undefined ? "" : node("cac:PartyTaxScheme", [leaf("cbc:CompanyID", q.vatId), vatScheme]),
    role === "seller" && q.taxRegistrationId !== undefined
      ? node("cac:PartyTaxScheme", [
          leaf("cbc:CompanyID", q.taxRegistrationId),
          node("cac:TaxScheme", [leaf("cbc:ID", "TAX")]),
        ])
      : "",
    node("cac:PartyLegalEntity", [
      leaf("cbc:RegistrationName", q.name),
      id("cbc:CompanyID", q.legalRegistrationId),
      leaf("cbc:CompanyLegalForm", q.additionalLegalInformation),
    ]),
    contact === undefined
      ? ""
      : node("cac:Contact", [
          leaf("cbc:Name", contact.name),
          leaf("cbc:Telephone", contact.telephone),
          leaf("cbc:ElectronicMail", contact.email),
        ]),
  ]);
}

function taxCategory(name: string, code: string | undefined, rate: string | undefined, extra: string[] = []): string {
  if (code === undefined && rate === undefined && extra.every((e) => e === "")) return "";
  return node(name, [leaf("cbc:ID", code), leaf("cbc:Percent", rate), ...extra, vatScheme]);
}

function documentAllowanceCharge(ac: En16931DocumentAllowanceCharge, charge: boolean, cur: Attrs): string {
  return node("cac:AllowanceCharge", [
    leaf("cbc:ChargeIndicator", charge ? "true" : "false"),
    leaf("cbc:AllowanceChargeReasonCode", ac.reasonCode),
    leaf("cbc:AllowanceChargeReason", ac.reason),
    leaf("cbc:MultiplierFactorNumeric", ac.percentage),
    leaf("cbc:Amount", ac.amount, cur),
    leaf("cbc:BaseAmount", ac.baseAmount, cur),
    taxCategory("cac:TaxCategory", ac.vatCategoryCode, ac.vatRate),
  ]);
}

function lineAllowanceCharge(ac: En16931LineAllowanceCharge, charge: boolean, cur: Attrs): string {
  return node("cac:AllowanceCharge", [
    leaf("cbc:ChargeIndicator", charge ? "true" : "false"),
    leaf("cbc:AllowanceChargeReasonCode", ac.reasonCode),
    leaf("cbc:AllowanceChargeReason", ac.reason),
    leaf("cbc:MultiplierFactorNumeric", ac.percentage),
    leaf("cbc:Amount", ac.amount, cur),
    leaf("cbc:BaseAmount", ac.baseAmount, cur),
  ]);
}

type Attrs = { readonly currencyID: string | undefined };

function line(l: En16931Line, credit: boolean, cur: Attrs): string {
  const allowanceCharges = [
    ...l.charges.map((c) => lineAllowanceCharge(c, true, cur)),
    ...l.allowances.map((a) => lineAllowanceCharge(a, false, cur)),
  ];
  const item = node(
    "cac:Item",
    [
      leaf("cbc:Description", l.itemDescription),
      leaf("cbc:Name", l.itemName),
      l.buyersItemId === undefined ? "" : node("cac:BuyersItemIdentification", [leaf("cbc:ID", l.buyersItemId)]),
      l.sellersItemId === undefined ? "" : node("cac:SellersItemIdentification", [leaf("cbc:ID", l.sellersItemId)]),
      l.standardItemId === undefined ? "" : node("cac:StandardItemIdentification", [id("cbc:ID", l.standardItemId)]),
      l.originCountry === undefined ? "" : node("cac:OriginCountry", [leaf("cbc:IdentificationCode", l.originCountry)]),
      ...l.classifications.map((c) =>
        node("cac:CommodityClassification", [
          leaf("cbc:ItemClassificationCode", c.id, { listID: c.listId, listVersionID: c.listVersionId }),
        ]),
      ),
      taxCategory("cac:ClassifiedTaxCategory", l.vatCategoryCode, l.vatRate),
      ...l.attributes.map((a) =>
        node("cac:AdditionalItemProperty", [leaf("cbc:Name", a.name), leaf("cbc:Value", a.value)], undefined, true),
      ),
    ],
    undefined,
    true,
  );
  const priceDiscount =
    l.priceDiscount === undefined && l.grossPrice === undefined
      ? ""
      : node("cac:AllowanceCharge", [
          leaf("cbc:ChargeIndicator", "false"),
          leaf("cbc:Amount", l.priceDiscount ?? "0", cur),
          leaf("cbc:BaseAmount", l.grossPrice, cur),
        ]);
  const price = node("cac:Price", [
    leaf("cbc:PriceAmount", l.netPrice, cur),
    leaf("cbc:BaseQuantity", l.baseQuantity, { unitCode: l.baseQuantityUnitCode }),
    priceDiscount,
  ]);
  return node(credit ? "cac:CreditNoteLine" : "cac:InvoiceLine", [
    leaf("cbc:ID", l.id),
    leaf("cbc:Note", l.note),
    leaf(credit ? "cbc:CreditedQuantity" : "cbc:InvoicedQuantity", l.quantity, { unitCode: l.unitCode }),
    leaf("cbc:LineExtensionAmount", l.netAmount, cur),
    leaf("cbc:AccountingCost", l.buyerAccountingReference),
    l.period === undefined
      ? ""
      : node("cac:InvoicePeriod", [leaf("cbc:StartDate", l.period.startDate), leaf("cbc:EndDate", l.period.endDate)]),
    l.orderLineReference === undefined
      ? ""
      : node("cac:OrderLineReference", [leaf("cbc:LineID", l.orderLineReference)]),
    l.objectIdentifier === undefined
      ? ""
      : node("cac:DocumentReference", [id("cbc:ID", l.objectIdentifier), leaf("cbc:DocumentTypeCode", "130")]),
    ...allowanceCharges,
    item,
    price,
  ]);
}

function additionalDocuments(inv: En16931Invoice, credit: boolean): string[] {
  const projectRef = inv.projectReference;
  return [
    ...(credit && projectRef !== undefined
      ? [node("cac:AdditionalDocumentReference", [leaf("cbc:ID", projectRef), leaf("cbc:DocumentTypeCode", "50")])]
      : []),
    ...(inv.invoicedObjectIdentifier === undefined
      ? []
      : [
          node("cac:AdditionalDocumentReference", [
            id("cbc:ID", inv.invoicedObjectIdentifier),
            leaf("cbc:DocumentTypeCode", "130"),
          ]),
        ]),
    ...inv.supportingDocuments.map((d) =>
      node(
        "cac:AdditionalDocumentReference",
        [
          leaf("cbc:ID", d.id),
          leaf("cbc:DocumentDescription", d.description),
          node("cac:Attachment", [
            d.attachment === undefined
              ? ""
              : leaf("cbc:EmbeddedDocumentBinaryObject", d.attachment.content, {
                  mimeCode: d.attachment.mimeCode,
                  filename: d.attachment.filename,
                }),
            d.externalUri === undefined ? "" : node("cac:ExternalReference", [leaf("cbc:URI", d.externalUri)]),
          ]),
        ],
        undefined,
        true,
      ),
    ),
  ];
}

function paymentMeans(inv: En16931Invoice, credit: boolean): string[] {
  const pi = inv.paymentInstructions;
  if (pi === undefined) return [];
  const accounts = pi.creditTransfers.length === 0 ? [undefined] : pi.creditTransfers;
  return accounts.map((acc) =>
    node("cac:PaymentMeans", [
      leaf("cbc:PaymentMeansCode", pi.meansCode, { name: pi.meansText }),
      credit ? leaf("cbc:PaymentDueDate", inv.dueDate) : "",
      leaf("cbc:PaymentID", pi.remittanceInformation),
      pi.card === undefined
        ? ""
        : node(
            "cac:CardAccount",
            [
              leaf("cbc:PrimaryAccountNumberID", pi.card.primaryAccountNumber ?? ""),
              leaf("cbc:NetworkID", "NA"),
              leaf("cbc:HolderName", pi.card.holderName),
            ],
            undefined,
            true,
          ),
      acc === undefined
        ? ""
        : node(
            "cac:PayeeFinancialAccount",
            [
              leaf("cbc:ID", acc.accountId),
              leaf("cbc:Name", acc.accountName),
              acc.serviceProviderId === undefined
                ? ""
                : node("cac:FinancialInstitutionBranch", [leaf("cbc:ID", acc.serviceProviderId)]),
            ],
            undefined,
            true,
          ),
      pi.directDebit === undefined ||
      (pi.directDebit.mandateReference === undefined && pi.directDebit.debitedAccountId === undefined)
        ? ""
        : node(
            "cac:PaymentMandate",
            [
              leaf("cbc:ID", pi.directDebit.mandateReference),
              pi.directDebit.debitedAccountId === undefined
                ? ""
                : node("cac:PayerFinancialAccount", [leaf("cbc:ID", pi.directDebit.debitedAccountId)]),
            ],
            undefined,
            true,
          ),
    ]),
  );
}

function taxTotals(inv: En16931Invoice, cur: Attrs, taxCur: Attrs): string[] {
  const t = inv.totals ?? {};
  return [
    t.vatTotal === undefined && inv.vatBreakdown.length === 0
      ? ""
      : node(
          "cac:TaxTotal",
          [
            leaf("cbc:TaxAmount", t.vatTotal ?? "0", cur),
            ...inv.vatBreakdown.map((b) =>
              node("cac:TaxSubtotal", [
                leaf("cbc:TaxableAmount", b.taxableAmount, cur),
                leaf("cbc:TaxAmount", b.taxAmount, cur),
                taxCategory("cac:TaxCategory", b.categoryCode, b.rate, [
                  leaf("cbc:TaxExemptionReasonCode", b.exemptionReasonCode),
                  leaf("cbc:TaxExemptionReason", b.exemptionReason),
                ]),
              ]),
            ),
          ],
          undefined,
          true,
        ),
    t.vatTotalInAccountingCurrency === undefined
      ? ""
      : node("cac:TaxTotal", [leaf("cbc:TaxAmount", t.vatTotalInAccountingCurrency, taxCur)]),
  ];
}

function payeeParty(payee: En16931Invoice["payee"]): string {
  if (payee === undefined) return "";
  return node("cac:PayeeParty", [
    id("cbc:ID", payee.identifier) === "" ? "" : node("cac:PartyIdentification", [id("cbc:ID", payee.identifier)]),
    payee.name === undefined ? "" : node("cac:PartyName", [leaf("cbc:Name", payee.name)]),
    payee.legalRegistrationId === undefined
      ? ""
      : node("cac:PartyLegalEntity", [id("cbc:CompanyID", payee.legalRegistrationId)]),
  ]);
}

function taxRepresentativeParty(rep: En16931Invoice["taxRepresentative"]): string {
  if (rep === undefined) return "";
  return node("cac:TaxRepresentativeParty", [
    rep.name === undefined ? "" : node("cac:PartyName", [leaf("cbc:Name", rep.name)]),
    address("cac:PostalAddress", rep.address),
    rep.vatId === undefined ? "" : node("cac:PartyTaxScheme", [leaf("cbc:CompanyID", rep.vatId), vatScheme]),
  ]);
}

function deliveryInformation(delivery: En16931Invoice["delivery"]): string {
  if (delivery === undefined) return "";
  const location =
    delivery.locationId === undefined && delivery.address === undefined
      ? ""
      : node(
          "cac:DeliveryLocation",
          [id("cbc:ID", delivery.locationId), address("cac:Address", delivery.address)],
          undefined,
          true,
        );
  const partyName =
    delivery.partyName === undefined
      ? ""
      : node("cac:DeliveryParty", [node("cac:PartyName", [leaf("cbc:Name", delivery.partyName)])]);
  return node(
    "cac:Delivery",
    [leaf("cbc:ActualDeliveryDate", delivery.actualDeliveryDate), location, partyName],
    undefined,
    true,
  );
}

function legalMonetaryTotal(totals: En16931Invoice["totals"], cur: Attrs): string {
  if (totals === undefined) return "";
  const t = totals;
  return node(
    "cac:LegalMonetaryTotal",
    [
      leaf("cbc:LineExtensionAmount", t.lineNetTotal, cur),
      leaf("cbc:TaxExclusiveAmount", t.taxExclusiveAmount, cur),
      leaf("cbc:TaxInclusiveAmount", t.taxInclusiveAmount, cur),
      leaf("cbc:AllowanceTotalAmount", t.allowanceTotal, cur),
      leaf("cbc:ChargeTotalAmount", t.chargeTotal, cur),
      leaf("cbc:PrepaidAmount", t.paidAmount, cur),
      leaf("cbc:PayableRoundingAmount", t.roundingAmount, cur),
      leaf("cbc:PayableAmount", t.payableAmount, cur),
    ],
    undefined,
    true,
  );
}

/**
 * Writes an EN 16931 invoice as a UBL 2.1 `Invoice` (or `CreditNote` for credit note type codes such as 381) in the
 * Peppol BIS Billing 3.0 profile. The writer is a pure string builder: every business term present in the model is
 * written in the element order of the UBL XSD, amounts keep their decimal text exactly and carry `currencyID`, and
 * text is XML-escaped. It does not validate: run {@link checkEn16931} first.
 *
 * @param invoice - The invoice in the EN 16931 semantic model.
 * @returns The UBL XML document (UTF-8, with an XML declaration).
 * @throws ValidationError `VALIDATION_FAILED` (issues `INVALID_TYPE`, `REQUIRED`... with paths) when the input is not an
 * `En16931Invoice` (for example an amount given as a number).
 * @example
 * ```ts
 * import { readUbl, writeUbl } from "@o2c/invoicing";
 *
 * const xml = writeUbl({
 *   id: "INV-1", issueDate: "2025-01-31", typeCode: "380", currencyCode: "EUR",
 *   notes: [], precedingInvoices: [], allowances: [], charges: [], vatBreakdown: [], supportingDocuments: [], lines: [],
 * });
 * xml.includes("<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>") //=> true
 * readUbl(xml).id //=> "INV-1"
 * ```
 * @since 0.1.0
 */
export function writeUbl(invoice: En16931Invoice): string {
  const inv = parseWith(en16931InvoiceSchema, invoice);
  const credit = isCreditNoteTypeCode(inv.typeCode);
  const root = credit ? "CreditNote" : "Invoice";
  const cur: Attrs = { currencyID: inv.currencyCode };
  const taxCur: Attrs = { currencyID: inv.vatAccountingCurrencyCode };
  const pi = inv.paymentInstructions;
  const docRef = (name: string, value: string | undefined): string =>
    value === undefined ? "" : node(name, [leaf("cbc:ID", value)]);
  const projectRef = inv.projectReference;
  const additionalDocs = additionalDocuments(inv, credit);

  const allowanceCharges = [
    ...inv.charges.map((c) => documentAllowanceCharge(c, true, cur)),
    ...inv.allowances.map((a) => documentAllowanceCharge(a, false, cur)),
  ];
  const period = inv.invoicingPeriod;

  const body = [
    leaf("cbc:CustomizationID", inv.customizationId),
    leaf("cbc:ProfileID", inv.profileId),
    leaf("cbc:ID", inv.id),
    leaf("cbc:IssueDate", inv.issueDate),
    credit ? "" : leaf("cbc:DueDate", inv.dueDate),
    credit ? leaf("cbc:TaxPointDate", inv.taxPointDate) : "",
    leaf(credit ? "cbc:CreditNoteTypeCode" : "cbc:InvoiceTypeCode", inv.typeCode),
    ...inv.notes.map((n) => leaf("cbc:Note", n.subjectCode === undefined ? n.text : `#${n.subjectCode}#${n.text}`)),
    credit ? "" : leaf("cbc:TaxPointDate", inv.taxPointDate),
    leaf("cbc:DocumentCurrencyCode", inv.currencyCode),
    leaf("cbc:TaxCurrencyCode", inv.vatAccountingCurrencyCode),
    leaf("cbc:AccountingCost", inv.buyerAccountingReference),
    leaf("cbc:BuyerReference", inv.buyerReference),
    period === undefined && inv.taxPointDateCode === undefined
      ? ""
      : node(
          "cac:InvoicePeriod",
          [
            leaf("cbc:StartDate", period?.startDate),
            leaf("cbc:EndDate", period?.endDate),
            leaf("cbc:DescriptionCode", inv.taxPointDateCode),
          ],
          undefined,
          true,
        ),
    inv.purchaseOrderReference === undefined && inv.salesOrderReference === undefined
      ? ""
      : node("cac:OrderReference", [
          leaf("cbc:ID", inv.purchaseOrderReference ?? "NA"),
          leaf("cbc:SalesOrderID", inv.salesOrderReference),
        ]),
    ...inv.precedingInvoices.map((p) =>
      node("cac:BillingReference", [
        node(
          "cac:InvoiceDocumentReference",
          [leaf("cbc:ID", p.id ?? ""), leaf("cbc:IssueDate", p.issueDate)],
          undefined,
          true,
        ),
      ]),
    ),
    docRef("cac:DespatchDocumentReference", inv.despatchAdviceReference),
    docRef("cac:ReceiptDocumentReference", inv.receivingAdviceReference),
    ...(credit
      ? [
          docRef("cac:ContractDocumentReference", inv.contractReference),
          ...additionalDocs,
          docRef("cac:OriginatorDocumentReference", inv.tenderOrLotReference),
        ]
      : [
          docRef("cac:OriginatorDocumentReference", inv.tenderOrLotReference),
          docRef("cac:ContractDocumentReference", inv.contractReference),
          ...additionalDocs,
          docRef("cac:ProjectReference", projectRef),
        ]),
    node("cac:AccountingSupplierParty", [party(inv.seller, "seller", pi?.directDebit?.creditorId)], undefined, true),
    node("cac:AccountingCustomerParty", [party(inv.buyer, "buyer", undefined)], undefined, true),
    payeeParty(inv.payee),
    taxRepresentativeParty(inv.taxRepresentative),
    deliveryInformation(inv.delivery),
    ...paymentMeans(inv, credit),
    inv.paymentTerms === undefined ? "" : node("cac:PaymentTerms", [leaf("cbc:Note", inv.paymentTerms)]),
    ...allowanceCharges,
    ...taxTotals(inv, cur, taxCur),
    legalMonetaryTotal(inv.totals, cur),
    ...inv.lines.map((l) => line(l, credit, cur)),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n${node(root, body, { xmlns: NS[root], "xmlns:cac": NS.cac, "xmlns:cbc": NS.cbc }, true)}\n`;
}
