import { O2CError } from "@o2c/core";
import type {
  En16931Address,
  En16931DocumentAllowanceCharge,
  En16931Identifier,
  En16931Invoice,
  En16931Line,
  En16931LineAllowanceCharge,
  En16931Party,
  En16931PaymentInstructions,
  En16931VatBreakdown,
} from "../model.js";
import { readIdentifier as ident } from "../xml/readIdentifier.js";
import { all, attr, compact, first, parseXml, strip, text, value, type XmlNode } from "../xml/xmlTree.js";

function address(n: XmlNode | undefined): En16931Address | undefined {
  if (n === undefined) return undefined;
  return strip({
    line1: value(n, "StreetName"),
    line2: value(n, "AdditionalStreetName"),
    line3: value(n, "AddressLine", "Line"),
    city: value(n, "CityName"),
    postCode: value(n, "PostalZone"),
    countrySubdivision: value(n, "CountrySubentity"),
    countryCode: value(n, "Country", "IdentificationCode"),
  });
}

function isVat(n: XmlNode): boolean {
  return (value(n, "TaxScheme", "ID") ?? "").trim().toUpperCase() === "VAT";
}

/** The VAT tax category (TaxScheme ID = VAT) of an element. */
function vatCategory(parent: XmlNode | undefined, name: string): XmlNode | undefined {
  return all(parent, name).find(isVat);
}

function party(n: XmlNode | undefined): En16931Party | undefined {
  if (n === undefined) return undefined;
  const taxSchemes = all(n, "PartyTaxScheme");
  const vat = taxSchemes.find(isVat);
  const other = taxSchemes.find((s) => !isVat(s));
  const contact = first(n, "Contact");
  return compact({
    name: value(n, "PartyLegalEntity", "RegistrationName"),
    tradingName: value(n, "PartyName", "Name"),
    identifiers: all(n, "PartyIdentification", "ID")
      .filter((i) => attr(i, "schemeID") !== "SEPA")
      .map((i) => ident(i) as En16931Identifier),
    legalRegistrationId: ident(first(n, "PartyLegalEntity", "CompanyID")),
    vatId: value(vat, "CompanyID"),
    taxRegistrationId: value(other, "CompanyID"),
    additionalLegalInformation: value(n, "PartyLegalEntity", "CompanyLegalForm"),
    electronicAddress: ident(first(n, "EndpointID")),
    address: address(first(n, "PostalAddress")),
    contact:
      contact === undefined
        ? undefined
        : strip({
            name: value(contact, "Name"),
            telephone: value(contact, "Telephone"),
            email: value(contact, "ElectronicMail"),
          }),
  });
}

function documentAllowanceCharge(n: XmlNode): En16931DocumentAllowanceCharge {
  // A tax category without a TaxScheme is taken as VAT too (the official -08 sums do not look at the scheme).
  const cat = vatCategory(n, "TaxCategory") ?? all(n, "TaxCategory").find((c) => first(c, "TaxScheme") === undefined);
  return strip({
    amount: value(n, "Amount"),
    baseAmount: value(n, "BaseAmount"),
    percentage: value(n, "MultiplierFactorNumeric"),
    vatCategoryCode: value(cat, "ID"),
    vatRate: value(cat, "Percent"),
    reason: value(n, "AllowanceChargeReason"),
    reasonCode: value(n, "AllowanceChargeReasonCode"),
  });
}

function lineAllowanceCharge(n: XmlNode): En16931LineAllowanceCharge {
  return strip({
    amount: value(n, "Amount"),
    baseAmount: value(n, "BaseAmount"),
    percentage: value(n, "MultiplierFactorNumeric"),
    reason: value(n, "AllowanceChargeReason"),
    reasonCode: value(n, "AllowanceChargeReasonCode"),
  });
}

function isCharge(n: XmlNode): boolean {
  return (value(n, "ChargeIndicator") ?? "").trim() === "true";
}

function line(n: XmlNode): En16931Line {
  const qty = first(n, "InvoicedQuantity") ?? first(n, "CreditedQuantity");
  const item = first(n, "Item");
  const cat =
    vatCategory(item, "ClassifiedTaxCategory") ??
    all(item, "ClassifiedTaxCategory").find((c) => first(c, "TaxScheme") === undefined);
  const price = first(n, "Price");
  const priceAc = first(price, "AllowanceCharge");
  const baseQty = first(price, "BaseQuantity");
  const period = first(n, "InvoicePeriod");
  const acs = all(n, "AllowanceCharge");
  return strip({
    id: value(n, "ID"),
    note: value(n, "Note"),
    objectIdentifier: ident(
      first(all(n, "DocumentReference").find((d) => value(d, "DocumentTypeCode") === "130") ?? undefined, "ID"),
    ),
    quantity: text(qty),
    unitCode: attr(qty, "unitCode"),
    netAmount: value(n, "LineExtensionAmount"),
    orderLineReference: value(n, "OrderLineReference", "LineID"),
    buyerAccountingReference: value(n, "AccountingCost"),
    period:
      period === undefined
        ? undefined
        : strip({ startDate: value(period, "StartDate"), endDate: value(period, "EndDate") }),
    allowances: acs.filter((a) => !isCharge(a)).map(lineAllowanceCharge),
    charges: acs.filter(isCharge).map(lineAllowanceCharge),
    netPrice: value(price, "PriceAmount"),
    priceDiscount: value(priceAc, "Amount"),
    grossPrice: value(priceAc, "BaseAmount"),
    baseQuantity: text(baseQty),
    baseQuantityUnitCode: attr(baseQty, "unitCode"),
    vatCategoryCode: value(cat, "ID"),
    vatRate: value(cat, "Percent"),
    itemName: value(item, "Name"),
    itemDescription: value(item, "Description"),
    sellersItemId: value(item, "SellersItemIdentification", "ID"),
    buyersItemId: value(item, "BuyersItemIdentification", "ID"),
    standardItemId: ident(first(item, "StandardItemIdentification", "ID")),
    classifications: all(item, "CommodityClassification", "ItemClassificationCode").map((c) =>
      strip({ id: text(c) ?? "", listId: attr(c, "listID"), listVersionId: attr(c, "listVersionID") }),
    ),
    originCountry: value(item, "OriginCountry", "IdentificationCode"),
    attributes: all(item, "AdditionalItemProperty").map((p) =>
      strip({ name: value(p, "Name"), value: value(p, "Value") }),
    ),
  });
}

function paymentInstructions(root: XmlNode, sepaCreditor: string | undefined): En16931PaymentInstructions | undefined {
  const means = all(root, "PaymentMeans");
  const head = means[0];
  if (head === undefined && sepaCreditor === undefined) return undefined;
  const code = first(head, "PaymentMeansCode");
  const card = first(head, "CardAccount");
  const mandate = means.map((m) => first(m, "PaymentMandate")).find((m) => m !== undefined);
  const directDebit = compact({
    mandateReference: value(mandate, "ID"),
    creditorId: sepaCreditor,
    debitedAccountId: value(mandate, "PayerFinancialAccount", "ID"),
  });
  return strip({
    meansCode: text(code),
    meansText: attr(code, "name"),
    remittanceInformation: value(head, "PaymentID"),
    creditTransfers: all(root, "PaymentMeans", "PayeeFinancialAccount").map((a) =>
      strip({
        accountId: value(a, "ID"),
        accountName: value(a, "Name"),
        serviceProviderId: value(a, "FinancialInstitutionBranch", "ID"),
      }),
    ),
    card:
      card === undefined
        ? undefined
        : strip({ primaryAccountNumber: value(card, "PrimaryAccountNumberID"), holderName: value(card, "HolderName") }),
    directDebit,
  });
}

function vatBreakdown(n: XmlNode): En16931VatBreakdown {
  const cat = vatCategory(n, "TaxCategory");
  return strip({
    taxableAmount: value(n, "TaxableAmount"),
    taxAmount: value(n, "TaxAmount"),
    categoryCode: value(cat, "ID"),
    rate: value(cat, "Percent"),
    exemptionReason: value(cat, "TaxExemptionReason"),
    exemptionReasonCode: value(cat, "TaxExemptionReasonCode"),
  });
}

/**
 * Reads the root element of a parsed UBL document into the model; `rootName` is `Invoice` or `CreditNote`.
 *
 * @internal
 */
export function ublToModel(root: XmlNode): En16931Invoice {
  const currency = value(root, "DocumentCurrencyCode");
  const taxCurrency = value(root, "TaxCurrencyCode");
  const taxTotals = all(root, "TaxTotal");
  const inCurrency = (c: string | undefined) =>
    taxTotals.find((t) => {
      const cid = attr(first(t, "TaxAmount"), "currencyID");
      return cid === c || (cid === undefined && c === currency);
    });
  const mainTaxTotal = taxTotals.find((t) => all(t, "TaxSubtotal").length > 0) ?? inCurrency(currency);
  const accountingTaxTotal =
    taxCurrency !== undefined && taxCurrency !== currency ? inCurrency(taxCurrency) : undefined;
  const lmt = first(root, "LegalMonetaryTotal");
  const seller = first(root, "AccountingSupplierParty", "Party");
  const sepa = all(seller, "PartyIdentification", "ID").find((i) => attr(i, "schemeID") === "SEPA");
  const docRefs = all(root, "AdditionalDocumentReference");
  const typeOf = (d: XmlNode) => value(d, "DocumentTypeCode");
  const period = first(root, "InvoicePeriod");
  const delivery = first(root, "Delivery");
  const payee = first(root, "PayeeParty");
  const rep = first(root, "TaxRepresentativeParty");
  const acs = all(root, "AllowanceCharge");
  const dueDate =
    value(root, "DueDate") ?? all(root, "PaymentMeans", "PaymentDueDate").map((d) => text(d))[0] ?? undefined;
  const project =
    value(root, "ProjectReference", "ID") ??
    value(
      docRefs.find((d) => typeOf(d) === "50"),
      "ID",
    );
  const invoicingPeriod =
    period === undefined
      ? undefined
      : strip({ startDate: value(period, "StartDate"), endDate: value(period, "EndDate") });
  return strip({
    customizationId: value(root, "CustomizationID"),
    profileId: value(root, "ProfileID"),
    id: value(root, "ID"),
    issueDate: value(root, "IssueDate"),
    typeCode: value(root, "InvoiceTypeCode") ?? value(root, "CreditNoteTypeCode"),
    currencyCode: currency,
    vatAccountingCurrencyCode: taxCurrency,
    taxPointDate: value(root, "TaxPointDate"),
    taxPointDateCode: value(period, "DescriptionCode"),
    dueDate,
    buyerReference: value(root, "BuyerReference"),
    projectReference: project,
    contractReference: value(root, "ContractDocumentReference", "ID"),
    purchaseOrderReference: value(root, "OrderReference", "ID"),
    salesOrderReference: value(root, "OrderReference", "SalesOrderID"),
    receivingAdviceReference: value(root, "ReceiptDocumentReference", "ID"),
    despatchAdviceReference: value(root, "DespatchDocumentReference", "ID"),
    tenderOrLotReference: value(root, "OriginatorDocumentReference", "ID"),
    invoicedObjectIdentifier: ident(first(docRefs.find((d) => typeOf(d) === "130") ?? undefined, "ID")),
    buyerAccountingReference: value(root, "AccountingCost"),
    paymentTerms: value(root, "PaymentTerms", "Note"),
    notes: all(root, "Note").map((n) => {
      const t = text(n) ?? "";
      const m = /^#([A-Za-z0-9]{3})#([\s\S]*)$/.exec(t);
      return m === null ? { text: t } : { subjectCode: m[1], text: m[2] ?? "" };
    }),
    precedingInvoices: all(root, "BillingReference").map((b) => {
      const r = first(b, "InvoiceDocumentReference");
      return strip({ id: value(r, "ID"), issueDate: value(r, "IssueDate") });
    }),
    seller: party(seller),
    buyer: party(first(root, "AccountingCustomerParty", "Party")),
    payee:
      payee === undefined
        ? undefined
        : strip({
            name: value(payee, "PartyName", "Name"),
            identifier: ident(first(payee, "PartyIdentification", "ID")),
            legalRegistrationId: ident(first(payee, "PartyLegalEntity", "CompanyID")),
          }),
    taxRepresentative:
      rep === undefined
        ? undefined
        : strip({
            name: value(rep, "PartyName", "Name"),
            vatId: value(all(rep, "PartyTaxScheme").find(isVat), "CompanyID"),
            address: address(first(rep, "PostalAddress")),
          }),
    delivery:
      delivery === undefined
        ? undefined
        : strip({
            partyName: value(delivery, "DeliveryParty", "PartyName", "Name"),
            locationId: ident(first(delivery, "DeliveryLocation", "ID")),
            actualDeliveryDate: value(delivery, "ActualDeliveryDate"),
            address: address(first(delivery, "DeliveryLocation", "Address")),
          }),
    invoicingPeriod,
    paymentInstructions: paymentInstructions(root, text(sepa)),
    allowances: acs.filter((a) => !isCharge(a)).map(documentAllowanceCharge),
    charges: acs.filter(isCharge).map(documentAllowanceCharge),
    totals:
      lmt === undefined && mainTaxTotal === undefined && accountingTaxTotal === undefined
        ? undefined
        : strip({
            lineNetTotal: value(lmt, "LineExtensionAmount"),
            allowanceTotal: value(lmt, "AllowanceTotalAmount"),
            chargeTotal: value(lmt, "ChargeTotalAmount"),
            taxExclusiveAmount: value(lmt, "TaxExclusiveAmount"),
            vatTotal: value(mainTaxTotal, "TaxAmount"),
            vatTotalInAccountingCurrency: value(accountingTaxTotal, "TaxAmount"),
            taxInclusiveAmount: value(lmt, "TaxInclusiveAmount"),
            paidAmount: value(lmt, "PrepaidAmount"),
            roundingAmount: value(lmt, "PayableRoundingAmount"),
            payableAmount: value(lmt, "PayableAmount"),
          }),
    vatBreakdown: taxTotals.flatMap((t) => all(t, "TaxSubtotal")).map(vatBreakdown),
    supportingDocuments: docRefs
      .filter((d) => typeOf(d) !== "130" && typeOf(d) !== "50")
      .map((d) => {
        const bin = first(d, "Attachment", "EmbeddedDocumentBinaryObject");
        return strip({
          id: value(d, "ID"),
          description: value(d, "DocumentDescription"),
          externalUri: value(d, "Attachment", "ExternalReference", "URI"),
          attachment:
            bin === undefined
              ? undefined
              : strip({ content: text(bin) ?? "", mimeCode: attr(bin, "mimeCode"), filename: attr(bin, "filename") }),
        });
      }),
    lines: [...all(root, "InvoiceLine"), ...all(root, "CreditNoteLine")].map(line),
  });
}

/**
 * Reads a UBL 2.1 `Invoice` or `CreditNote` (any namespace prefixes) into the EN 16931 semantic model. The reader
 * is lenient about content, so that an incomplete document can still be checked with {@link checkEn16931}; it is
 * strict about form.
 *
 * @param xml - The UBL XML text.
 * @returns The invoice in the EN 16931 semantic model.
 * @throws O2CError `EINVOICE_MALFORMED_XML` when the text is not well-formed XML (details carry line and column).
 * @throws O2CError `EINVOICE_UNSUPPORTED_DOCUMENT` when the root element is not a UBL `Invoice` or `CreditNote`.
 * @example
 * ```ts
 * import { readUbl } from "@o2c/invoicing";
 *
 * const invoice = readUbl(`<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 *   xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 *   <cbc:ID>INV-7</cbc:ID><cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode></Invoice>`);
 * invoice.id //=> "INV-7"
 * invoice.currencyCode //=> "EUR"
 * ```
 * @since 0.1.0
 */
export function readUbl(xml: string): En16931Invoice {
  const doc = parseXml(xml);
  const root = first(doc, "Invoice") ?? first(doc, "CreditNote");
  if (root === undefined) {
    throw new O2CError("EINVOICE_UNSUPPORTED_DOCUMENT", "The document is not a UBL Invoice or CreditNote.", {
      path: [rootName(doc) ?? ""],
      details: { root: rootName(doc) },
    });
  }
  return ublToModel(root);
}

/** The local name of the root element of a parsed document. @internal */
export function rootName(doc: XmlNode): string | undefined {
  return Object.keys(doc).find((k) => !k.startsWith("?") && !k.startsWith("#") && !k.startsWith("@"));
}
