/**
 * The EN 16931 semantic model: one TypeScript shape for every business group (BG-n) and business term (BT-n) that
 * o2c supports, independent of the syntax (UBL 2.1 or UN/CEFACT CII) it is written in.
 *
 * The model describes a document as found, valid or not: every term is optional, so a reader can return an
 * incomplete document and {@link checkEn16931} can say which rules it breaks (BR-01 "an invoice shall have a
 * specification identifier" needs a model in which the identifier can be missing). Amounts are decimal strings
 * kept exactly as written (`"100.00"`, `"-5"`), in the invoice currency (BT-5) unless a field says otherwise;
 * dates are `YYYY-MM-DD` strings; percentages are decimal strings (`"19"` means 19 %).
 *
 * @module
 */

/** A decimal number written as a string, exactly as in the document (`"1200.50"`, `"-3"`). @since 0.1.0 */
export type DecimalString = string;

/** A calendar date `YYYY-MM-DD`. @since 0.1.0 */
export type IsoDateString = string;

/**
 * The VAT category codes of EN 16931 (UNTDID 5305 subset): S standard rate, Z zero rated, E exempt, AE reverse
 * charge, K intra-community supply, G export outside the EU, O not subject to VAT, L Canary Islands IGIC, M Ceuta and
 * Melilla IPSI. A reader keeps any other code it finds as a plain string.
 *
 * @since 0.1.0
 */
export type VatCategoryCode = "S" | "Z" | "E" | "AE" | "K" | "G" | "O" | "L" | "M";

/**
 * The invoice type codes (BT-3, UNTDID 1001) o2c names: 380 commercial invoice, 381 credit note, 383 debit note,
 * 384 corrected invoice, 386 prepayment invoice, 389 self-billed invoice, 751 invoice information for accounting.
 * Any other code of the code list is accepted as a string.
 *
 * @since 0.1.0
 */
export type InvoiceTypeCode = "380" | "381" | "383" | "384" | "386" | "389" | "751";

/** An identifier with its optional identification scheme (ISO 6523 ICD, EAS, ...). @since 0.1.0 */
export interface En16931Identifier {
  /** The identifier itself. */
  readonly id: string;
  /** The scheme identifier (`schemeID` in UBL, `schemeID` in CII), when given. */
  readonly schemeId?: string | undefined;
}

/** A postal address (BG-5, BG-8, BG-12, BG-15). @since 0.1.0 */
export interface En16931Address {
  /** Address line 1 (BT-35, BT-50, BT-64, BT-75). */
  readonly line1?: string | undefined;
  /** Address line 2 (BT-36, BT-51, BT-65, BT-76). */
  readonly line2?: string | undefined;
  /** Address line 3 (BT-162, BT-163, BT-164, BT-165). */
  readonly line3?: string | undefined;
  /** City (BT-37, BT-52, BT-66, BT-77). */
  readonly city?: string | undefined;
  /** Post code (BT-38, BT-53, BT-67, BT-78). */
  readonly postCode?: string | undefined;
  /** Country subdivision (BT-39, BT-54, BT-68, BT-79). */
  readonly countrySubdivision?: string | undefined;
  /** ISO 3166-1 alpha-2 country code (BT-40, BT-55, BT-69, BT-80). */
  readonly countryCode?: string | undefined;
}

/** A contact (BG-6 seller contact, BG-9 buyer contact). @since 0.1.0 */
export interface En16931Contact {
  /** Contact point (BT-41, BT-56). */
  readonly name?: string | undefined;
  /** Contact telephone number (BT-42, BT-57). */
  readonly telephone?: string | undefined;
  /** Contact email address (BT-43, BT-58). */
  readonly email?: string | undefined;
}

/** The seller (BG-4) or the buyer (BG-7). @since 0.1.0 */
export interface En16931Party {
  /** Seller name (BT-27) / buyer name (BT-44): the registered legal name. */
  readonly name?: string | undefined;
  /** Seller trading name (BT-28) / buyer trading name (BT-45). */
  readonly tradingName?: string | undefined;
  /** Seller identifiers (BT-29) / buyer identifier (BT-46). */
  readonly identifiers: readonly En16931Identifier[];
  /** Seller legal registration identifier (BT-30) / buyer legal registration identifier (BT-47). */
  readonly legalRegistrationId?: En16931Identifier | undefined;
  /** Seller VAT identifier (BT-31) / buyer VAT identifier (BT-48), with its country prefix. */
  readonly vatId?: string | undefined;
  /** Seller tax registration identifier (BT-32), the local (non-VAT) tax number. */
  readonly taxRegistrationId?: string | undefined;
  /** Seller additional legal information (BT-33). */
  readonly additionalLegalInformation?: string | undefined;
  /** Seller electronic address (BT-34) / buyer electronic address (BT-49), with its EAS scheme. */
  readonly electronicAddress?: En16931Identifier | undefined;
  /** Seller postal address (BG-5) / buyer postal address (BG-8). */
  readonly address?: En16931Address | undefined;
  /** Seller contact (BG-6) / buyer contact (BG-9). */
  readonly contact?: En16931Contact | undefined;
}

/** The payee (BG-10), when it is not the seller. @since 0.1.0 */
export interface En16931Payee {
  /** Payee name (BT-59). */
  readonly name?: string | undefined;
  /** Payee identifier (BT-60). */
  readonly identifier?: En16931Identifier | undefined;
  /** Payee legal registration identifier (BT-61). */
  readonly legalRegistrationId?: En16931Identifier | undefined;
}

/** The seller's tax representative (BG-11). @since 0.1.0 */
export interface En16931TaxRepresentative {
  /** Seller tax representative name (BT-62). */
  readonly name?: string | undefined;
  /** Seller tax representative VAT identifier (BT-63). */
  readonly vatId?: string | undefined;
  /** Seller tax representative postal address (BG-12). */
  readonly address?: En16931Address | undefined;
}

/** Delivery information (BG-13). @since 0.1.0 */
export interface En16931Delivery {
  /** Deliver to party name (BT-70). */
  readonly partyName?: string | undefined;
  /** Deliver to location identifier (BT-71). */
  readonly locationId?: En16931Identifier | undefined;
  /** Actual delivery date (BT-72). */
  readonly actualDeliveryDate?: IsoDateString | undefined;
  /** Deliver to address (BG-15). */
  readonly address?: En16931Address | undefined;
}

/** An invoicing period (BG-14) or an invoice line period (BG-26). @since 0.1.0 */
export interface En16931Period {
  /** Invoicing period start date (BT-73) / invoice line period start date (BT-134). */
  readonly startDate?: IsoDateString | undefined;
  /** Invoicing period end date (BT-74) / invoice line period end date (BT-135). */
  readonly endDate?: IsoDateString | undefined;
}

/** A reference to a preceding invoice (BG-3), used by credit notes and corrected invoices. @since 0.1.0 */
export interface En16931PrecedingInvoice {
  /** Preceding invoice reference (BT-25). */
  readonly id?: string | undefined;
  /** Preceding invoice issue date (BT-26). */
  readonly issueDate?: IsoDateString | undefined;
}

/** An invoice note (BG-1). @since 0.1.0 */
export interface En16931Note {
  /** Invoice note subject code (BT-21, UNTDID 4451). */
  readonly subjectCode?: string | undefined;
  /** Invoice note (BT-22). */
  readonly text: string;
}

/** A credit transfer account (BG-17). @since 0.1.0 */
export interface En16931CreditTransfer {
  /** Payment account identifier (BT-84), an IBAN for SEPA. */
  readonly accountId?: string | undefined;
  /** Payment account name (BT-85). */
  readonly accountName?: string | undefined;
  /** Payment service provider identifier (BT-86), a BIC for SEPA. */
  readonly serviceProviderId?: string | undefined;
}

/** Payment card information (BG-18). @since 0.1.0 */
export interface En16931PaymentCard {
  /** Payment card primary account number (BT-87): at most the first 6 and last 4 digits. */
  readonly primaryAccountNumber?: string | undefined;
  /** Payment card holder name (BT-88). */
  readonly holderName?: string | undefined;
}

/** Direct debit (BG-19). @since 0.1.0 */
export interface En16931DirectDebit {
  /** Mandate reference identifier (BT-89). */
  readonly mandateReference?: string | undefined;
  /** Bank assigned creditor identifier (BT-90). */
  readonly creditorId?: string | undefined;
  /** Debited account identifier (BT-91). */
  readonly debitedAccountId?: string | undefined;
}

/** Payment instructions (BG-16). @since 0.1.0 */
export interface En16931PaymentInstructions {
  /** Payment means type code (BT-81, UNTDID 4461): 30 credit transfer, 58 SEPA credit transfer, 59 SEPA direct debit, 48 card... */
  readonly meansCode?: string | undefined;
  /** Payment means text (BT-82). */
  readonly meansText?: string | undefined;
  /** Remittance information (BT-83): the structured reference (for example an RF creditor reference) the payer quotes. */
  readonly remittanceInformation?: string | undefined;
  /** Credit transfer accounts (BG-17). */
  readonly creditTransfers: readonly En16931CreditTransfer[];
  /** Payment card information (BG-18). */
  readonly card?: En16931PaymentCard | undefined;
  /** Direct debit (BG-19). */
  readonly directDebit?: En16931DirectDebit | undefined;
}

/**
 * A document level allowance (BG-20) or charge (BG-21). Terms in brackets: allowance / charge.
 *
 * @since 0.1.0
 */
export interface En16931DocumentAllowanceCharge {
  /** Amount without VAT (BT-92 / BT-99). */
  readonly amount?: DecimalString | undefined;
  /** Base amount (BT-93 / BT-100). */
  readonly baseAmount?: DecimalString | undefined;
  /** Percentage (BT-94 / BT-101), `"10"` for 10 %. */
  readonly percentage?: DecimalString | undefined;
  /** VAT category code (BT-95 / BT-102). */
  readonly vatCategoryCode?: string | undefined;
  /** VAT rate (BT-96 / BT-103), a percentage. */
  readonly vatRate?: DecimalString | undefined;
  /** Reason (BT-97 / BT-104). */
  readonly reason?: string | undefined;
  /** Reason code (BT-98 UNTDID 5189 / BT-105 UNTDID 7161). */
  readonly reasonCode?: string | undefined;
}

/** An invoice line allowance (BG-27) or charge (BG-28). Terms in brackets: allowance / charge. @since 0.1.0 */
export interface En16931LineAllowanceCharge {
  /** Amount without VAT (BT-136 / BT-141). */
  readonly amount?: DecimalString | undefined;
  /** Base amount (BT-137 / BT-142). */
  readonly baseAmount?: DecimalString | undefined;
  /** Percentage (BT-138 / BT-143). */
  readonly percentage?: DecimalString | undefined;
  /** Reason (BT-139 / BT-144). */
  readonly reason?: string | undefined;
  /** Reason code (BT-140 / BT-145). */
  readonly reasonCode?: string | undefined;
}

/** Document totals (BG-22), all in the invoice currency except BT-111. @since 0.1.0 */
export interface En16931Totals {
  /** Sum of invoice line net amount (BT-106). */
  readonly lineNetTotal?: DecimalString | undefined;
  /** Sum of allowances on document level (BT-107). */
  readonly allowanceTotal?: DecimalString | undefined;
  /** Sum of charges on document level (BT-108). */
  readonly chargeTotal?: DecimalString | undefined;
  /** Invoice total amount without VAT (BT-109). */
  readonly taxExclusiveAmount?: DecimalString | undefined;
  /** Invoice total VAT amount (BT-110), in the invoice currency. */
  readonly vatTotal?: DecimalString | undefined;
  /** Invoice total VAT amount in accounting currency (BT-111), in the VAT accounting currency (BT-6). */
  readonly vatTotalInAccountingCurrency?: DecimalString | undefined;
  /** Invoice total amount with VAT (BT-112). */
  readonly taxInclusiveAmount?: DecimalString | undefined;
  /** Paid amount (BT-113). */
  readonly paidAmount?: DecimalString | undefined;
  /** Rounding amount (BT-114). */
  readonly roundingAmount?: DecimalString | undefined;
  /** Amount due for payment (BT-115). */
  readonly payableAmount?: DecimalString | undefined;
}

/** One VAT breakdown (BG-23): the totals of one VAT category and rate. @since 0.1.0 */
export interface En16931VatBreakdown {
  /** VAT category taxable amount (BT-116). */
  readonly taxableAmount?: DecimalString | undefined;
  /** VAT category tax amount (BT-117). */
  readonly taxAmount?: DecimalString | undefined;
  /** VAT category code (BT-118). */
  readonly categoryCode?: string | undefined;
  /** VAT category rate (BT-119), a percentage. */
  readonly rate?: DecimalString | undefined;
  /** VAT exemption reason text (BT-120). */
  readonly exemptionReason?: string | undefined;
  /** VAT exemption reason code (BT-121, VATEX code list). */
  readonly exemptionReasonCode?: string | undefined;
}

/** An additional supporting document (BG-24). @since 0.1.0 */
export interface En16931SupportingDocument {
  /** Supporting document reference (BT-122). */
  readonly id?: string | undefined;
  /** Supporting document description (BT-123). */
  readonly description?: string | undefined;
  /** External document location (BT-124), a URL. */
  readonly externalUri?: string | undefined;
  /** Attached document (BT-125), base64 text, with its MIME code and file name. */
  readonly attachment?:
    | {
        /** The base64 content. */
        readonly content: string;
        /** Attached document MIME code. */
        readonly mimeCode?: string | undefined;
        /** Attached document filename. */
        readonly filename?: string | undefined;
      }
    | undefined;
}

/** An item classification identifier (BT-158). @since 0.1.0 */
export interface En16931Classification {
  /** The classification code. */
  readonly id: string;
  /** The scheme identifier (UNTDID 7143 code, such as `STI`). */
  readonly listId?: string | undefined;
  /** The scheme version identifier. */
  readonly listVersionId?: string | undefined;
}

/** An item attribute (BG-32). @since 0.1.0 */
export interface En16931ItemAttribute {
  /** Item attribute name (BT-160). */
  readonly name?: string | undefined;
  /** Item attribute value (BT-161). */
  readonly value?: string | undefined;
}

/** An invoice line (BG-25) with its price details (BG-29), VAT information (BG-30) and item (BG-31). @since 0.1.0 */
export interface En16931Line {
  /** Invoice line identifier (BT-126). */
  readonly id?: string | undefined;
  /** Invoice line note (BT-127). */
  readonly note?: string | undefined;
  /** Invoice line object identifier (BT-128). */
  readonly objectIdentifier?: En16931Identifier | undefined;
  /** Invoiced quantity (BT-129). */
  readonly quantity?: DecimalString | undefined;
  /** Invoiced quantity unit of measure code (BT-130, UN/ECE Rec 20). */
  readonly unitCode?: string | undefined;
  /** Invoice line net amount (BT-131). */
  readonly netAmount?: DecimalString | undefined;
  /** Referenced purchase order line reference (BT-132). */
  readonly orderLineReference?: string | undefined;
  /** Invoice line buyer accounting reference (BT-133). */
  readonly buyerAccountingReference?: string | undefined;
  /** Invoice line period (BG-26). */
  readonly period?: En16931Period | undefined;
  /** Invoice line allowances (BG-27). */
  readonly allowances: readonly En16931LineAllowanceCharge[];
  /** Invoice line charges (BG-28). */
  readonly charges: readonly En16931LineAllowanceCharge[];
  /** Item net price (BT-146). */
  readonly netPrice?: DecimalString | undefined;
  /** Item price discount (BT-147). */
  readonly priceDiscount?: DecimalString | undefined;
  /** Item gross price (BT-148). */
  readonly grossPrice?: DecimalString | undefined;
  /** Item price base quantity (BT-149). */
  readonly baseQuantity?: DecimalString | undefined;
  /** Item price base quantity unit of measure code (BT-150). */
  readonly baseQuantityUnitCode?: string | undefined;
  /** Invoiced item VAT category code (BT-151). */
  readonly vatCategoryCode?: string | undefined;
  /** Invoiced item VAT rate (BT-152), a percentage. */
  readonly vatRate?: DecimalString | undefined;
  /** Item name (BT-153). */
  readonly itemName?: string | undefined;
  /** Item description (BT-154). */
  readonly itemDescription?: string | undefined;
  /** Item seller's identifier (BT-155). */
  readonly sellersItemId?: string | undefined;
  /** Item buyer's identifier (BT-156). */
  readonly buyersItemId?: string | undefined;
  /** Item standard identifier (BT-157), such as a GTIN with scheme `0160`. */
  readonly standardItemId?: En16931Identifier | undefined;
  /** Item classification identifiers (BT-158). */
  readonly classifications: readonly En16931Classification[];
  /** Item country of origin (BT-159). */
  readonly originCountry?: string | undefined;
  /** Item attributes (BG-32). */
  readonly attributes: readonly En16931ItemAttribute[];
}

/**
 * An EN 16931 invoice or credit note (the whole semantic model, BG-0).
 *
 * @example
 * ```ts
 * import type { En16931Invoice } from "@o2c/invoicing";
 *
 * const invoice: En16931Invoice = {
 *   id: "INV-1",
 *   issueDate: "2025-01-31",
 *   typeCode: "380",
 *   currencyCode: "EUR",
 *   notes: [],
 *   precedingInvoices: [],
 *   allowances: [],
 *   charges: [],
 *   vatBreakdown: [],
 *   supportingDocuments: [],
 *   lines: [],
 * };
 * invoice.typeCode //=> "380"
 * ```
 * @since 0.1.0
 */
export interface En16931Invoice {
  /** Specification identifier (BT-24), the CIUS or profile the document claims to follow. */
  readonly customizationId?: string | undefined;
  /** Business process type (BT-23). */
  readonly profileId?: string | undefined;
  /** Invoice number (BT-1). */
  readonly id?: string | undefined;
  /** Invoice issue date (BT-2). */
  readonly issueDate?: IsoDateString | undefined;
  /** Invoice type code (BT-3): 380 invoice, 381 credit note, 383 debit note, 384 corrected invoice... */
  readonly typeCode?: InvoiceTypeCode | (string & {}) | undefined;
  /** Invoice currency code (BT-5), ISO 4217. */
  readonly currencyCode?: string | undefined;
  /** VAT accounting currency code (BT-6), when VAT is accounted in another currency; BT-111 is then given in it. */
  readonly vatAccountingCurrencyCode?: string | undefined;
  /** Value added tax point date (BT-7). */
  readonly taxPointDate?: IsoDateString | undefined;
  /** Value added tax point date code (BT-8, UNTDID 2005: 3 issue date, 35 delivery date, 432 paid date). */
  readonly taxPointDateCode?: string | undefined;
  /** Payment due date (BT-9). */
  readonly dueDate?: IsoDateString | undefined;
  /** Buyer reference (BT-10), the Leitweg-ID in Germany. */
  readonly buyerReference?: string | undefined;
  /** Project reference (BT-11). */
  readonly projectReference?: string | undefined;
  /** Contract reference (BT-12). */
  readonly contractReference?: string | undefined;
  /** Purchase order reference (BT-13). */
  readonly purchaseOrderReference?: string | undefined;
  /** Sales order reference (BT-14). */
  readonly salesOrderReference?: string | undefined;
  /** Receiving advice reference (BT-15). */
  readonly receivingAdviceReference?: string | undefined;
  /** Despatch advice reference (BT-16). */
  readonly despatchAdviceReference?: string | undefined;
  /** Tender or lot reference (BT-17). */
  readonly tenderOrLotReference?: string | undefined;
  /** Invoiced object identifier (BT-18). */
  readonly invoicedObjectIdentifier?: En16931Identifier | undefined;
  /** Buyer accounting reference (BT-19). */
  readonly buyerAccountingReference?: string | undefined;
  /** Payment terms (BT-20), free text. */
  readonly paymentTerms?: string | undefined;
  /** Invoice notes (BG-1). */
  readonly notes: readonly En16931Note[];
  /** Preceding invoice references (BG-3). */
  readonly precedingInvoices: readonly En16931PrecedingInvoice[];
  /** Seller (BG-4). */
  readonly seller?: En16931Party | undefined;
  /** Buyer (BG-7). */
  readonly buyer?: En16931Party | undefined;
  /** Payee (BG-10). */
  readonly payee?: En16931Payee | undefined;
  /** Seller tax representative party (BG-11). */
  readonly taxRepresentative?: En16931TaxRepresentative | undefined;
  /** Delivery information (BG-13) with the deliver to address (BG-15). */
  readonly delivery?: En16931Delivery | undefined;
  /** Invoicing period (BG-14). */
  readonly invoicingPeriod?: En16931Period | undefined;
  /** Payment instructions (BG-16). */
  readonly paymentInstructions?: En16931PaymentInstructions | undefined;
  /** Document level allowances (BG-20). */
  readonly allowances: readonly En16931DocumentAllowanceCharge[];
  /** Document level charges (BG-21). */
  readonly charges: readonly En16931DocumentAllowanceCharge[];
  /** Document totals (BG-22). */
  readonly totals?: En16931Totals | undefined;
  /** VAT breakdown (BG-23), one entry per VAT category and rate. */
  readonly vatBreakdown: readonly En16931VatBreakdown[];
  /** Additional supporting documents (BG-24). */
  readonly supportingDocuments: readonly En16931SupportingDocument[];
  /** Invoice lines (BG-25). */
  readonly lines: readonly En16931Line[];
}
