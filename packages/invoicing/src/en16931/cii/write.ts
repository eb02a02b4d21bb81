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

/** The EN 16931 guideline identifier used as BT-24 by the Factur-X / ZUGFeRD EN 16931 profile. @since 0.1.0 */
export const CII_EN16931_GUIDELINE_ID = "urn:cen.eu:en16931:2017";

const NS = {
  rsm: "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
  ram: "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
  udt: "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
  qdt: "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
};

/** `YYYY-MM-DD` to the CII date format 102 `YYYYMMDD`. */
function d102(date: string): string {
  return date.replace(/-/g, "");
}

function dateTime(name: string, date: string | undefined, prefix: "udt" | "qdt" = "udt"): string {
  return date === undefined ? "" : node(name, [leaf(`${prefix}:DateTimeString`, d102(date), { format: "102" })]);
}

function id(name: string, i: En16931Identifier | undefined): string {
  return i === undefined ? "" : leaf(name, i.id, { schemeID: i.schemeId });
}

function address(a: En16931Address | undefined): string {
  if (a === undefined) return "";
  return node(
    "ram:PostalTradeAddress",
    [
      leaf("ram:PostcodeCode", a.postCode),
      leaf("ram:LineOne", a.line1),
      leaf("ram:LineTwo", a.line2),
      leaf("ram:LineThree", a.line3),
      leaf("ram:CityName", a.city),
      leaf("ram:CountryID", a.countryCode),
      leaf("ram:CountrySubDivisionName", a.countrySubdivision),
    ],
    undefined,
    true,
  );
}

function party(name: string, p: En16931Party | undefined): string {
  if (p === undefined) return "";
  const ids = p.identifiers;
  return node(
    name,
    [
      ...ids.filter((i) => i.schemeId === undefined).map((i) => leaf("ram:ID", i.id)),
      ...ids.filter((i) => i.schemeId !== undefined).map((i) => id("ram:GlobalID", i)),
      leaf("ram:Name", p.name),
      leaf("ram:Description", p.additionalLegalInformation),
      node("ram:SpecifiedLegalOrganization", [
        id("ram:ID", p.legalRegistrationId),
        leaf("ram:TradingBusinessName", p.tradingName),
      ]),
      p.contact === undefined
        ? ""
        : node(
            "ram:DefinedTradeContact",
            [
              leaf("ram:PersonName", p.contact.name),
              p.contact.telephone === undefined
                ? ""
                : node("ram:TelephoneUniversalCommunication", [leaf("ram:CompleteNumber", p.contact.telephone)]),
              p.contact.email === undefined
                ? ""
                : node("ram:EmailURIUniversalCommunication", [leaf("ram:URIID", p.contact.email)]),
            ],
            undefined,
            true,
          ),
      address(p.address),
      p.electronicAddress === undefined
        ? ""
        : node("ram:URIUniversalCommunication", [id("ram:URIID", p.electronicAddress)]),
      p.taxRegistrationId === undefined
        ? ""
        : node("ram:SpecifiedTaxRegistration", [leaf("ram:ID", p.taxRegistrationId, { schemeID: "FC" })]),
      p.vatId === undefined ? "" : node("ram:SpecifiedTaxRegistration", [leaf("ram:ID", p.vatId, { schemeID: "VA" })]),
    ],
    undefined,
    true,
  );
}

function indicator(charge: boolean): string {
  return node("ram:ChargeIndicator", [leaf("udt:Indicator", charge ? "true" : "false")]);
}

function documentAllowanceCharge(ac: En16931DocumentAllowanceCharge, charge: boolean): string {
  return node("ram:SpecifiedTradeAllowanceCharge", [
    indicator(charge),
    leaf("ram:CalculationPercent", ac.percentage),
    leaf("ram:BasisAmount", ac.baseAmount),
    leaf("ram:ActualAmount", ac.amount),
    leaf("ram:ReasonCode", ac.reasonCode),
    leaf("ram:Reason", ac.reason),
    node("ram:CategoryTradeTax", [
      leaf("ram:TypeCode", "VAT"),
      leaf("ram:CategoryCode", ac.vatCategoryCode),
      leaf("ram:RateApplicablePercent", ac.vatRate),
    ]),
  ]);
}

function lineAllowanceCharge(ac: En16931LineAllowanceCharge, charge: boolean): string {
  return node("ram:SpecifiedTradeAllowanceCharge", [
    indicator(charge),
    leaf("ram:CalculationPercent", ac.percentage),
    leaf("ram:BasisAmount", ac.baseAmount),
    leaf("ram:ActualAmount", ac.amount),
    leaf("ram:ReasonCode", ac.reasonCode),
    leaf("ram:Reason", ac.reason),
  ]);
}

function line(l: En16931Line): string {
  const baseQty = leaf("ram:BasisQuantity", l.baseQuantity, { unitCode: l.baseQuantityUnitCode });
  return node("ram:IncludedSupplyChainTradeLineItem", [
    node(
      "ram:AssociatedDocumentLineDocument",
      [
        leaf("ram:LineID", l.id ?? ""),
        l.note === undefined ? "" : node("ram:IncludedNote", [leaf("ram:Content", l.note)]),
      ],
      undefined,
      true,
    ),
    node(
      "ram:SpecifiedTradeProduct",
      [
        id("ram:GlobalID", l.standardItemId),
        leaf("ram:SellerAssignedID", l.sellersItemId),
        leaf("ram:BuyerAssignedID", l.buyersItemId),
        leaf("ram:Name", l.itemName),
        leaf("ram:Description", l.itemDescription),
        ...l.attributes.map((a) =>
          node("ram:ApplicableProductCharacteristic", [leaf("ram:Description", a.name), leaf("ram:Value", a.value)]),
        ),
        ...l.classifications.map((c) =>
          node("ram:DesignatedProductClassification", [
            leaf("ram:ClassCode", c.id, { listID: c.listId, listVersionID: c.listVersionId }),
          ]),
        ),
        l.originCountry === undefined ? "" : node("ram:OriginTradeCountry", [leaf("ram:ID", l.originCountry)]),
      ],
      undefined,
      true,
    ),
    node(
      "ram:SpecifiedLineTradeAgreement",
      [
        l.orderLineReference === undefined
          ? ""
          : node("ram:BuyerOrderReferencedDocument", [leaf("ram:LineID", l.orderLineReference)]),
        l.grossPrice === undefined && l.priceDiscount === undefined
          ? ""
          : node(
              "ram:GrossPriceProductTradePrice",
              [
                leaf("ram:ChargeAmount", l.grossPrice ?? ""),
                baseQty,
                l.priceDiscount === undefined
                  ? ""
                  : node("ram:AppliedTradeAllowanceCharge", [
                      indicator(false),
                      leaf("ram:ActualAmount", l.priceDiscount),
                    ]),
              ],
              undefined,
              true,
            ),
        node("ram:NetPriceProductTradePrice", [leaf("ram:ChargeAmount", l.netPrice ?? ""), baseQty], undefined, true),
      ],
      undefined,
      true,
    ),
    node(
      "ram:SpecifiedLineTradeDelivery",
      [leaf("ram:BilledQuantity", l.quantity ?? "", { unitCode: l.unitCode })],
      undefined,
      true,
    ),
    node(
      "ram:SpecifiedLineTradeSettlement",
      [
        node(
          "ram:ApplicableTradeTax",
          [
            leaf("ram:TypeCode", "VAT"),
            leaf("ram:CategoryCode", l.vatCategoryCode ?? ""),
            leaf("ram:RateApplicablePercent", l.vatRate),
          ],
          undefined,
          true,
        ),
        l.period === undefined
          ? ""
          : node(
              "ram:BillingSpecifiedPeriod",
              [dateTime("ram:StartDateTime", l.period.startDate), dateTime("ram:EndDateTime", l.period.endDate)],
              undefined,
              true,
            ),
        ...l.charges.map((c) => lineAllowanceCharge(c, true)),
        ...l.allowances.map((a) => lineAllowanceCharge(a, false)),
        node(
          "ram:SpecifiedTradeSettlementLineMonetarySummation",
          [leaf("ram:LineTotalAmount", l.netAmount ?? "")],
          undefined,
          true,
        ),
        l.objectIdentifier === undefined
          ? ""
          : node("ram:AdditionalReferencedDocument", [
              leaf("ram:IssuerAssignedID", l.objectIdentifier.id),
              leaf("ram:TypeCode", "130"),
              leaf("ram:ReferenceTypeCode", l.objectIdentifier.schemeId),
            ]),
        l.buyerAccountingReference === undefined
          ? ""
          : node("ram:ReceivableSpecifiedTradeAccountingAccount", [leaf("ram:ID", l.buyerAccountingReference)]),
      ],
      undefined,
      true,
    ),
  ]);
}

function docRef(name: string, value: string | undefined): string {
  return value === undefined ? "" : node(name, [leaf("ram:IssuerAssignedID", value)]);
}

function ciiAdditionalDocs(inv: En16931Invoice): string[] {
  return [
    ...inv.supportingDocuments.map((d) =>
      node(
        "ram:AdditionalReferencedDocument",
        [
          leaf("ram:IssuerAssignedID", d.id ?? ""),
          leaf("ram:URIID", d.externalUri),
          leaf("ram:TypeCode", "916"),
          leaf("ram:Name", d.description),
          d.attachment === undefined
            ? ""
            : leaf("ram:AttachmentBinaryObject", d.attachment.content, {
                mimeCode: d.attachment.mimeCode,
                filename: d.attachment.filename,
              }),
        ],
        undefined,
        true,
      ),
    ),
    inv.tenderOrLotReference === undefined
      ? ""
      : node("ram:AdditionalReferencedDocument", [
          leaf("ram:IssuerAssignedID", inv.tenderOrLotReference),
          leaf("ram:TypeCode", "50"),
        ]),
    inv.invoicedObjectIdentifier === undefined
      ? ""
      : node("ram:AdditionalReferencedDocument", [
          leaf("ram:IssuerAssignedID", inv.invoicedObjectIdentifier.id),
          leaf("ram:TypeCode", "130"),
          leaf("ram:ReferenceTypeCode", inv.invoicedObjectIdentifier.schemeId),
        ]),
  ];
}

function ciiAgreement(inv: En16931Invoice): string {
  const rep = inv.taxRepresentative;
  const additionalDocs = ciiAdditionalDocs(inv);
  return node(
    "ram:ApplicableHeaderTradeAgreement",
    [
      leaf("ram:BuyerReference", inv.buyerReference),
      party("ram:SellerTradeParty", inv.seller ?? { identifiers: [] }),
      party("ram:BuyerTradeParty", inv.buyer ?? { identifiers: [] }),
      rep === undefined
        ? ""
        : node(
            "ram:SellerTaxRepresentativeTradeParty",
            [
              leaf("ram:Name", rep.name),
              address(rep.address),
              rep.vatId === undefined
                ? ""
                : node("ram:SpecifiedTaxRegistration", [leaf("ram:ID", rep.vatId, { schemeID: "VA" })]),
            ],
            undefined,
            true,
          ),
      docRef("ram:SellerOrderReferencedDocument", inv.salesOrderReference),
      docRef("ram:BuyerOrderReferencedDocument", inv.purchaseOrderReference),
      docRef("ram:ContractReferencedDocument", inv.contractReference),
      ...additionalDocs,
      inv.projectReference === undefined
        ? ""
        : node("ram:SpecifiedProcuringProject", [
            leaf("ram:ID", inv.projectReference),
            leaf("ram:Name", "Project reference"),
          ]),
    ],
    undefined,
    true,
  );
}

function ciiDeliveryXml(inv: En16931Invoice): string {
  const delivery = inv.delivery;
  return node(
    "ram:ApplicableHeaderTradeDelivery",
    [
      delivery === undefined ||
      (delivery.partyName === undefined && delivery.locationId === undefined && delivery.address === undefined)
        ? ""
        : node("ram:ShipToTradeParty", [
            delivery.locationId?.schemeId === undefined
              ? leaf("ram:ID", delivery.locationId?.id)
              : id("ram:GlobalID", delivery.locationId),
            leaf("ram:Name", delivery.partyName),
            address(delivery.address),
          ]),
      delivery?.actualDeliveryDate === undefined
        ? ""
        : node("ram:ActualDeliverySupplyChainEvent", [dateTime("ram:OccurrenceDateTime", delivery.actualDeliveryDate)]),
      docRef("ram:DespatchAdviceReferencedDocument", inv.despatchAdviceReference),
      docRef("ram:ReceivingAdviceReferencedDocument", inv.receivingAdviceReference),
    ],
    undefined,
    true,
  );
}

function ciiPaymentMeans(inv: En16931Invoice): string[] {
  const pi = inv.paymentInstructions;
  return pi === undefined
    ? []
    : (pi.creditTransfers.length === 0 ? [undefined] : pi.creditTransfers).map((acc) =>
        node(
          "ram:SpecifiedTradeSettlementPaymentMeans",
          [
            leaf("ram:TypeCode", pi.meansCode ?? ""),
            leaf("ram:Information", pi.meansText),
            pi.card === undefined
              ? ""
              : node(
                  "ram:ApplicableTradeSettlementFinancialCard",
                  [leaf("ram:ID", pi.card.primaryAccountNumber ?? ""), leaf("ram:CardholderName", pi.card.holderName)],
                  undefined,
                  true,
                ),
            pi.directDebit?.debitedAccountId === undefined
              ? ""
              : node("ram:PayerPartyDebtorFinancialAccount", [leaf("ram:IBANID", pi.directDebit.debitedAccountId)]),
            acc === undefined
              ? ""
              : node("ram:PayeePartyCreditorFinancialAccount", [
                  leaf("ram:IBANID", acc.accountId),
                  leaf("ram:AccountName", acc.accountName),
                ]),
            acc?.serviceProviderId === undefined
              ? ""
              : node("ram:PayeeSpecifiedCreditorFinancialInstitution", [leaf("ram:BICID", acc.serviceProviderId)]),
          ],
          undefined,
          true,
        ),
      );
}

function ciiTaxes(inv: En16931Invoice): string[] {
  return inv.vatBreakdown.map((b, index) =>
    node(
      "ram:ApplicableTradeTax",
      [
        leaf("ram:CalculatedAmount", b.taxAmount ?? ""),
        leaf("ram:TypeCode", "VAT"),
        leaf("ram:ExemptionReason", b.exemptionReason),
        leaf("ram:BasisAmount", b.taxableAmount ?? ""),
        leaf("ram:CategoryCode", b.categoryCode ?? ""),
        leaf("ram:ExemptionReasonCode", b.exemptionReasonCode),
        index === 0 && inv.taxPointDate !== undefined
          ? node("ram:TaxPointDate", [leaf("udt:DateString", d102(inv.taxPointDate), { format: "102" })])
          : "",
        index === 0 ? leaf("ram:DueDateTypeCode", inv.taxPointDateCode) : "",
        leaf("ram:RateApplicablePercent", b.rate),
      ],
      undefined,
      true,
    ),
  );
}

function ciiAllowanceCharges(inv: En16931Invoice): string[] {
  return [
    ...inv.charges.map((c) => documentAllowanceCharge(c, true)),
    ...inv.allowances.map((a) => documentAllowanceCharge(a, false)),
  ];
}

function ciiTerms(inv: En16931Invoice): string {
  const pi = inv.paymentInstructions;
  return inv.paymentTerms === undefined && inv.dueDate === undefined && pi?.directDebit?.mandateReference === undefined
    ? ""
    : node("ram:SpecifiedTradePaymentTerms", [
        leaf("ram:Description", inv.paymentTerms),
        dateTime("ram:DueDateDateTime", inv.dueDate),
        leaf("ram:DirectDebitMandateID", pi?.directDebit?.mandateReference),
      ]);
}

function ciiSummation(inv: En16931Invoice): string {
  const t = inv.totals ?? {};
  return node(
    "ram:SpecifiedTradeSettlementHeaderMonetarySummation",
    [
      leaf("ram:LineTotalAmount", t.lineNetTotal ?? ""),
      leaf("ram:ChargeTotalAmount", t.chargeTotal),
      leaf("ram:AllowanceTotalAmount", t.allowanceTotal),
      leaf("ram:TaxBasisTotalAmount", t.taxExclusiveAmount ?? ""),
      leaf("ram:TaxTotalAmount", t.vatTotal, { currencyID: inv.currencyCode }),
      leaf("ram:TaxTotalAmount", t.vatTotalInAccountingCurrency, { currencyID: inv.vatAccountingCurrencyCode }),
      leaf("ram:RoundingAmount", t.roundingAmount),
      leaf("ram:GrandTotalAmount", t.taxInclusiveAmount ?? ""),
      leaf("ram:TotalPrepaidAmount", t.paidAmount),
      leaf("ram:DuePayableAmount", t.payableAmount ?? ""),
    ],
    undefined,
    true,
  );
}

function ciiSettlement(inv: En16931Invoice): string {
  const pi = inv.paymentInstructions;
  const payee = inv.payee;
  const period = inv.invoicingPeriod;
  const paymentMeans = ciiPaymentMeans(inv);
  const taxes = ciiTaxes(inv);
  const allowanceCharges = ciiAllowanceCharges(inv);
  const terms = ciiTerms(inv);
  const summation = ciiSummation(inv);
  return node(
    "ram:ApplicableHeaderTradeSettlement",
    [
      leaf("ram:CreditorReferenceID", pi?.directDebit?.creditorId),
      leaf("ram:PaymentReference", pi?.remittanceInformation),
      leaf("ram:TaxCurrencyCode", inv.vatAccountingCurrencyCode),
      leaf("ram:InvoiceCurrencyCode", inv.currencyCode ?? ""),
      payee === undefined
        ? ""
        : node(
            "ram:PayeeTradeParty",
            [
              payee.identifier?.schemeId === undefined
                ? leaf("ram:ID", payee.identifier?.id)
                : id("ram:GlobalID", payee.identifier),
              leaf("ram:Name", payee.name),
              node("ram:SpecifiedLegalOrganization", [id("ram:ID", payee.legalRegistrationId)]),
            ],
            undefined,
            true,
          ),
      ...paymentMeans,
      ...taxes,
      period === undefined
        ? ""
        : node(
            "ram:BillingSpecifiedPeriod",
            [dateTime("ram:StartDateTime", period.startDate), dateTime("ram:EndDateTime", period.endDate)],
            undefined,
            true,
          ),
      ...allowanceCharges,
      terms,
      summation,
      ...inv.precedingInvoices.map((p) =>
        node(
          "ram:InvoiceReferencedDocument",
          [leaf("ram:IssuerAssignedID", p.id ?? ""), dateTime("ram:FormattedIssueDateTime", p.issueDate, "qdt")],
          undefined,
          true,
        ),
      ),
      inv.buyerAccountingReference === undefined
        ? ""
        : node("ram:ReceivableSpecifiedTradeAccountingAccount", [leaf("ram:ID", inv.buyerAccountingReference)]),
    ],
    undefined,
    true,
  );
}

/**
 * Writes an EN 16931 invoice as a UN/CEFACT Cross Industry Invoice (D16B), the XML of the Factur-X / ZUGFeRD EN 16931
 * profile. Every business term present in the model is written in the element order of the Factur-X EN 16931 XSD,
 * dates in format 102, amounts with their exact decimal text; BT-111 carries the VAT accounting currency as
 * `currencyID`. The writer is a pure string builder and does not validate: run {@link checkEn16931} first.
 *
 * @param invoice - The invoice in the EN 16931 semantic model.
 * @returns The CII XML document (UTF-8, with an XML declaration).
 * @throws ValidationError `VALIDATION_FAILED` (issues `INVALID_TYPE`, `REQUIRED`... with paths) when the input is not an
 * `En16931Invoice` (for example an amount given as a number).
 * @example
 * ```ts
 * import { readCii, writeCii } from "@o2c/invoicing";
 *
 * const xml = writeCii({
 *   id: "INV-1", issueDate: "2025-01-31", typeCode: "380", currencyCode: "EUR",
 *   notes: [], precedingInvoices: [], allowances: [], charges: [], vatBreakdown: [], supportingDocuments: [], lines: [],
 * });
 * xml.includes('<udt:DateTimeString format="102">20250131</udt:DateTimeString>') //=> true
 * readCii(xml).issueDate //=> "2025-01-31"
 * ```
 * @since 0.1.0
 */
export function writeCii(invoice: En16931Invoice): string {
  const inv = parseWith(en16931InvoiceSchema, invoice);
  const agreement = ciiAgreement(inv);
  const deliveryXml = ciiDeliveryXml(inv);
  const settlement = ciiSettlement(inv);

  const body = [
    node(
      "rsm:ExchangedDocumentContext",
      [
        inv.profileId === undefined
          ? ""
          : node("ram:BusinessProcessSpecifiedDocumentContextParameter", [leaf("ram:ID", inv.profileId)]),
        node("ram:GuidelineSpecifiedDocumentContextParameter", [leaf("ram:ID", inv.customizationId ?? "")]),
      ],
      undefined,
      true,
    ),
    node(
      "rsm:ExchangedDocument",
      [
        leaf("ram:ID", inv.id ?? ""),
        leaf("ram:TypeCode", inv.typeCode ?? ""),
        dateTime("ram:IssueDateTime", inv.issueDate ?? ""),
        ...inv.notes.map((n) =>
          node("ram:IncludedNote", [leaf("ram:Content", n.text), leaf("ram:SubjectCode", n.subjectCode)]),
        ),
      ],
      undefined,
      true,
    ),
    node(
      "rsm:SupplyChainTradeTransaction",
      [...inv.lines.map(line), agreement, deliveryXml, settlement],
      undefined,
      true,
    ),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n${node(
    "rsm:CrossIndustryInvoice",
    body,
    { "xmlns:rsm": NS.rsm, "xmlns:ram": NS.ram, "xmlns:qdt": NS.qdt, "xmlns:udt": NS.udt },
    true,
  )}\n`;
}
