import { O2CError } from "@o2c/core";
import type {
  En16931Address,
  En16931DocumentAllowanceCharge,
  En16931Identifier,
  En16931Invoice,
  En16931Line,
  En16931LineAllowanceCharge,
  En16931Party,
} from "../model.js";
import { rootName } from "../ubl/read.js";
import { readIdentifier as ident } from "../xml/readIdentifier.js";
import { all, attr, compact, first, parseXml, strip, text, value, type XmlNode } from "../xml/xmlTree.js";

/** CII format 102 `YYYYMMDD` to `YYYY-MM-DD`; other text is kept as found. */
function date(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  return m === null ? raw : `${m[1]}-${m[2]}-${m[3]}`;
}

function dateTimeOf(n: XmlNode | undefined): string | undefined {
  return date(value(n, "DateTimeString"));
}

function address(n: XmlNode | undefined): En16931Address | undefined {
  if (n === undefined) return undefined;
  return strip({
    line1: value(n, "LineOne"),
    line2: value(n, "LineTwo"),
    line3: value(n, "LineThree"),
    city: value(n, "CityName"),
    postCode: value(n, "PostcodeCode"),
    countrySubdivision: value(n, "CountrySubDivisionName"),
    countryCode: value(n, "CountryID"),
  });
}

function party(n: XmlNode | undefined): En16931Party | undefined {
  if (n === undefined) return undefined;
  const regs = all(n, "SpecifiedTaxRegistration", "ID");
  const contact = first(n, "DefinedTradeContact");
  return compact({
    name: value(n, "Name"),
    tradingName: value(n, "SpecifiedLegalOrganization", "TradingBusinessName"),
    identifiers: [...all(n, "ID"), ...all(n, "GlobalID")].map((i) => ident(i) as En16931Identifier),
    legalRegistrationId: ident(first(n, "SpecifiedLegalOrganization", "ID")),
    vatId: text(regs.find((r) => attr(r, "schemeID") === "VA")),
    taxRegistrationId: text(regs.find((r) => attr(r, "schemeID") === "FC")),
    additionalLegalInformation: value(n, "Description"),
    electronicAddress: ident(first(n, "URIUniversalCommunication", "URIID")),
    address: address(first(n, "PostalTradeAddress")),
    contact:
      contact === undefined
        ? undefined
        : strip({
            name: value(contact, "PersonName") ?? value(contact, "DepartmentName"),
            telephone: value(contact, "TelephoneUniversalCommunication", "CompleteNumber"),
            email: value(contact, "EmailURIUniversalCommunication", "URIID"),
          }),
  });
}

function isCharge(n: XmlNode): boolean {
  return (value(n, "ChargeIndicator", "Indicator") ?? "").trim() === "true";
}

function lineAllowanceCharge(n: XmlNode): En16931LineAllowanceCharge {
  return strip({
    amount: value(n, "ActualAmount"),
    baseAmount: value(n, "BasisAmount"),
    percentage: value(n, "CalculationPercent"),
    reason: value(n, "Reason"),
    reasonCode: value(n, "ReasonCode"),
  });
}

function documentAllowanceCharge(n: XmlNode): En16931DocumentAllowanceCharge {
  const tax = first(n, "CategoryTradeTax");
  return strip({
    ...lineAllowanceCharge(n),
    vatCategoryCode: value(tax, "CategoryCode"),
    vatRate: value(tax, "RateApplicablePercent"),
  });
}

function line(n: XmlNode): En16931Line {
  const doc = first(n, "AssociatedDocumentLineDocument");
  const product = first(n, "SpecifiedTradeProduct");
  const agreement = first(n, "SpecifiedLineTradeAgreement");
  const gross = first(agreement, "GrossPriceProductTradePrice");
  const net = first(agreement, "NetPriceProductTradePrice");
  const baseQty = first(net, "BasisQuantity") ?? first(gross, "BasisQuantity");
  const qty = first(n, "SpecifiedLineTradeDelivery", "BilledQuantity");
  const settlement = first(n, "SpecifiedLineTradeSettlement");
  const tax = first(settlement, "ApplicableTradeTax");
  const period = first(settlement, "BillingSpecifiedPeriod");
  const acs = all(settlement, "SpecifiedTradeAllowanceCharge");
  const object = all(settlement, "AdditionalReferencedDocument").find((d) => value(d, "TypeCode") === "130");
  return strip({
    id: value(doc, "LineID"),
    note: value(doc, "IncludedNote", "Content"),
    objectIdentifier:
      object === undefined
        ? undefined
        : strip({ id: value(object, "IssuerAssignedID") ?? "", schemeId: value(object, "ReferenceTypeCode") }),
    quantity: text(qty),
    unitCode: attr(qty, "unitCode"),
    netAmount: value(settlement, "SpecifiedTradeSettlementLineMonetarySummation", "LineTotalAmount"),
    orderLineReference: value(agreement, "BuyerOrderReferencedDocument", "LineID"),
    buyerAccountingReference: value(settlement, "ReceivableSpecifiedTradeAccountingAccount", "ID"),
    period:
      period === undefined
        ? undefined
        : strip({
            startDate: dateTimeOf(first(period, "StartDateTime")),
            endDate: dateTimeOf(first(period, "EndDateTime")),
          }),
    allowances: acs.filter((a) => !isCharge(a)).map(lineAllowanceCharge),
    charges: acs.filter(isCharge).map(lineAllowanceCharge),
    netPrice: value(net, "ChargeAmount"),
    priceDiscount: value(gross, "AppliedTradeAllowanceCharge", "ActualAmount"),
    grossPrice: gross === undefined ? undefined : value(gross, "ChargeAmount"),
    baseQuantity: text(baseQty),
    baseQuantityUnitCode: attr(baseQty, "unitCode"),
    vatCategoryCode: value(tax, "CategoryCode"),
    vatRate: value(tax, "RateApplicablePercent"),
    itemName: value(product, "Name"),
    itemDescription: value(product, "Description"),
    sellersItemId: value(product, "SellerAssignedID"),
    buyersItemId: value(product, "BuyerAssignedID"),
    standardItemId: ident(first(product, "GlobalID")),
    classifications: all(product, "DesignatedProductClassification", "ClassCode").map((c) =>
      strip({ id: text(c) ?? "", listId: attr(c, "listID"), listVersionId: attr(c, "listVersionID") }),
    ),
    originCountry: value(product, "OriginTradeCountry", "ID"),
    attributes: all(product, "ApplicableProductCharacteristic").map((p) =>
      strip({ name: value(p, "Description"), value: value(p, "Value") }),
    ),
  });
}

/**
 * Reads the root element of a parsed CII document into the model.
 *
 * @internal
 */
export function ciiToModel(root: XmlNode): En16931Invoice {
  const context = first(root, "ExchangedDocumentContext");
  const exchanged = first(root, "ExchangedDocument");
  const transaction = first(root, "SupplyChainTradeTransaction");
  const agreement = first(transaction, "ApplicableHeaderTradeAgreement");
  const deliveryNode = first(transaction, "ApplicableHeaderTradeDelivery");
  const settlement = first(transaction, "ApplicableHeaderTradeSettlement");
  const currency = value(settlement, "InvoiceCurrencyCode");
  const taxCurrency = value(settlement, "TaxCurrencyCode");
  const sum = first(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation");
  const taxTotals = all(sum, "TaxTotalAmount");
  const vatTotal =
    taxTotals.find((t) => attr(t, "currencyID") === currency) ??
    taxTotals.find((t) => attr(t, "currencyID") === undefined);
  const vatTotalAccounting =
    taxCurrency !== undefined && taxCurrency !== currency
      ? taxTotals.find((t) => attr(t, "currencyID") === taxCurrency)
      : undefined;
  const taxes = all(settlement, "ApplicableTradeTax");
  const means = all(settlement, "SpecifiedTradeSettlementPaymentMeans");
  const head = means[0];
  const terms = first(settlement, "SpecifiedTradePaymentTerms");
  const card = first(head, "ApplicableTradeSettlementFinancialCard");
  const shipTo = first(deliveryNode, "ShipToTradeParty");
  const payee = first(settlement, "PayeeTradeParty");
  const rep = first(agreement, "SellerTaxRepresentativeTradeParty");
  const period = first(settlement, "BillingSpecifiedPeriod");
  const docs = all(agreement, "AdditionalReferencedDocument");
  const typeOf = (d: XmlNode) => value(d, "TypeCode");
  const object = docs.find((d) => typeOf(d) === "130");
  const acs = all(settlement, "SpecifiedTradeAllowanceCharge");
  const creditorId = value(settlement, "CreditorReferenceID");
  const directDebit = compact({
    mandateReference: value(terms, "DirectDebitMandateID"),
    creditorId,
    debitedAccountId: value(head, "PayerPartyDebtorFinancialAccount", "IBANID"),
  });
  const remittance = value(settlement, "PaymentReference");
  const paymentInstructions =
    head === undefined && remittance === undefined && directDebit === undefined
      ? undefined
      : strip({
          meansCode: value(head, "TypeCode"),
          meansText: value(head, "Information"),
          remittanceInformation: remittance,
          creditTransfers: means
            .map((m) => ({ m, acc: first(m, "PayeePartyCreditorFinancialAccount") }))
            .filter(({ acc }) => acc !== undefined)
            .map(({ m, acc }) =>
              strip({
                accountId: value(acc, "IBANID") ?? value(acc, "ProprietaryID"),
                accountName: value(acc, "AccountName"),
                serviceProviderId: value(m, "PayeeSpecifiedCreditorFinancialInstitution", "BICID"),
              }),
            ),
          card:
            card === undefined
              ? undefined
              : strip({ primaryAccountNumber: value(card, "ID"), holderName: value(card, "CardholderName") }),
          directDebit,
        });
  const payeeIds = [...all(payee, "ID"), ...all(payee, "GlobalID")];
  const shipIds = [...all(shipTo, "ID"), ...all(shipTo, "GlobalID")];
  const delivery = compact({
    partyName: value(shipTo, "Name"),
    locationId: ident(shipIds[0]),
    actualDeliveryDate: dateTimeOf(first(deliveryNode, "ActualDeliverySupplyChainEvent", "OccurrenceDateTime")),
    address: address(first(shipTo, "PostalTradeAddress")),
  });
  return strip({
    customizationId: value(context, "GuidelineSpecifiedDocumentContextParameter", "ID"),
    profileId: value(context, "BusinessProcessSpecifiedDocumentContextParameter", "ID"),
    id: value(exchanged, "ID"),
    issueDate: dateTimeOf(first(exchanged, "IssueDateTime")),
    typeCode: value(exchanged, "TypeCode"),
    currencyCode: currency,
    vatAccountingCurrencyCode: taxCurrency,
    taxPointDate: date(taxes.map((t) => value(t, "TaxPointDate", "DateString")).find((d) => d !== undefined)),
    taxPointDateCode: taxes.map((t) => value(t, "DueDateTypeCode")).find((d) => d !== undefined),
    dueDate: dateTimeOf(first(terms, "DueDateDateTime")),
    buyerReference: value(agreement, "BuyerReference"),
    projectReference: value(agreement, "SpecifiedProcuringProject", "ID"),
    contractReference: value(agreement, "ContractReferencedDocument", "IssuerAssignedID"),
    purchaseOrderReference: value(agreement, "BuyerOrderReferencedDocument", "IssuerAssignedID"),
    salesOrderReference: value(agreement, "SellerOrderReferencedDocument", "IssuerAssignedID"),
    receivingAdviceReference: value(deliveryNode, "ReceivingAdviceReferencedDocument", "IssuerAssignedID"),
    despatchAdviceReference: value(deliveryNode, "DespatchAdviceReferencedDocument", "IssuerAssignedID"),
    tenderOrLotReference: value(
      docs.find((d) => typeOf(d) === "50"),
      "IssuerAssignedID",
    ),
    invoicedObjectIdentifier:
      object === undefined
        ? undefined
        : strip({ id: value(object, "IssuerAssignedID") ?? "", schemeId: value(object, "ReferenceTypeCode") }),
    buyerAccountingReference: value(settlement, "ReceivableSpecifiedTradeAccountingAccount", "ID"),
    paymentTerms: value(terms, "Description"),
    notes: all(exchanged, "IncludedNote").map((n) =>
      strip({ subjectCode: value(n, "SubjectCode"), text: value(n, "Content") ?? "" }),
    ),
    precedingInvoices: all(settlement, "InvoiceReferencedDocument").map((r) =>
      strip({
        id: value(r, "IssuerAssignedID"),
        issueDate: date(value(r, "FormattedIssueDateTime", "DateTimeString")),
      }),
    ),
    seller: party(first(agreement, "SellerTradeParty")),
    buyer: party(first(agreement, "BuyerTradeParty")),
    payee:
      payee === undefined
        ? undefined
        : strip({
            name: value(payee, "Name"),
            identifier: ident(payeeIds[0]),
            legalRegistrationId: ident(first(payee, "SpecifiedLegalOrganization", "ID")),
          }),
    taxRepresentative:
      rep === undefined
        ? undefined
        : strip({
            name: value(rep, "Name"),
            vatId: value(rep, "SpecifiedTaxRegistration", "ID"),
            address: address(first(rep, "PostalTradeAddress")),
          }),
    delivery,
    invoicingPeriod:
      period === undefined
        ? undefined
        : compact({
            startDate: dateTimeOf(first(period, "StartDateTime")),
            endDate: dateTimeOf(first(period, "EndDateTime")),
          }),
    paymentInstructions,
    allowances: acs.filter((a) => !isCharge(a)).map(documentAllowanceCharge),
    charges: acs.filter(isCharge).map(documentAllowanceCharge),
    totals:
      sum === undefined
        ? undefined
        : strip({
            lineNetTotal: value(sum, "LineTotalAmount"),
            allowanceTotal: value(sum, "AllowanceTotalAmount"),
            chargeTotal: value(sum, "ChargeTotalAmount"),
            taxExclusiveAmount: value(sum, "TaxBasisTotalAmount"),
            vatTotal: text(vatTotal),
            vatTotalInAccountingCurrency: text(vatTotalAccounting),
            taxInclusiveAmount: value(sum, "GrandTotalAmount"),
            paidAmount: value(sum, "TotalPrepaidAmount"),
            roundingAmount: value(sum, "RoundingAmount"),
            payableAmount: value(sum, "DuePayableAmount"),
          }),
    vatBreakdown: taxes.map((t) =>
      strip({
        taxableAmount: value(t, "BasisAmount"),
        taxAmount: value(t, "CalculatedAmount"),
        categoryCode: value(t, "CategoryCode"),
        rate: value(t, "RateApplicablePercent"),
        exemptionReason: value(t, "ExemptionReason"),
        exemptionReasonCode: value(t, "ExemptionReasonCode"),
      }),
    ),
    supportingDocuments: docs
      .filter((d) => typeOf(d) !== "130" && typeOf(d) !== "50")
      .map((d) => {
        const bin = first(d, "AttachmentBinaryObject");
        return strip({
          id: value(d, "IssuerAssignedID"),
          description: value(d, "Name"),
          externalUri: value(d, "URIID"),
          attachment:
            bin === undefined
              ? undefined
              : strip({ content: text(bin) ?? "", mimeCode: attr(bin, "mimeCode"), filename: attr(bin, "filename") }),
        });
      }),
    lines: all(transaction, "IncludedSupplyChainTradeLineItem").map(line),
  });
}

/**
 * Reads a UN/CEFACT Cross Industry Invoice (D16B, the XML of Factur-X / ZUGFeRD) into the EN 16931 semantic model.
 * Namespace prefixes may be anything; dates in format 102 become `YYYY-MM-DD`.
 *
 * @param xml - The CII XML text.
 * @returns The invoice in the EN 16931 semantic model.
 * @throws O2CError `EINVOICE_MALFORMED_XML` when the text is not well-formed XML (details carry line and column).
 * @throws O2CError `EINVOICE_UNSUPPORTED_DOCUMENT` when the root element is not `CrossIndustryInvoice`.
 * @example
 * ```ts
 * import { readCii } from "@o2c/invoicing";
 *
 * const invoice = readCii(`<rsm:CrossIndustryInvoice
 *   xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 *   xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">
 *   <rsm:ExchangedDocument><ram:ID>INV-9</ram:ID><ram:TypeCode>381</ram:TypeCode></rsm:ExchangedDocument>
 * </rsm:CrossIndustryInvoice>`);
 * invoice.typeCode //=> "381"
 * ```
 * @since 0.1.0
 */
export function readCii(xml: string): En16931Invoice {
  const doc = parseXml(xml);
  const root = first(doc, "CrossIndustryInvoice");
  if (root === undefined) {
    const name = rootName(doc);
    throw new O2CError("EINVOICE_UNSUPPORTED_DOCUMENT", "The document is not a CII CrossIndustryInvoice.", {
      path: [name ?? ""],
      details: { root: name },
    });
  }
  return ciiToModel(root);
}
