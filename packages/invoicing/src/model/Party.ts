/**
 * A postal address (EN 16931 BG-5 for the seller, BG-8 for the buyer).
 * @since 0.1.0
 */
export interface PostalAddress {
  /** Street and number (BT-35 / BT-50). */
  readonly line1: string;
  /** Additional address line (BT-36 / BT-51). */
  readonly line2?: string | undefined;
  /** City (BT-37 / BT-52). */
  readonly city: string;
  /** Post code (BT-38 / BT-53). */
  readonly postalCode: string;
  /** Country subdivision such as a region or state (BT-39 / BT-54). */
  readonly subdivision?: string | undefined;
  /** ISO 3166-1 alpha-2 country code (BT-40 / BT-55). */
  readonly country: string;
}

/**
 * A party of an invoice: the seller (BG-4) or the buyer (BG-7).
 * @since 0.1.0
 */
export interface InvoiceParty {
  /** The host's id of the party (the customer id for a buyer). */
  readonly id?: string | undefined;
  /** Legal or trading name (BT-27 / BT-44). */
  readonly name: string;
  /** Postal address. */
  readonly address?: PostalAddress | undefined;
  /** VAT identifier with its country prefix, for example `DE123456789` (BT-31 / BT-48). */
  readonly vatId?: string | undefined;
  /** Legal registration id, for example a trade register number (BT-30 / BT-47). */
  readonly legalId?: string | undefined;
  /** Electronic address for e-invoice delivery, for example an e-mail or a Peppol id (BT-34 / BT-49). */
  readonly electronicAddress?: string | undefined;
  /** Contact e-mail shown on the invoice. */
  readonly email?: string | undefined;
}

/**
 * Where the buyer pays: the seller's bank account (EN 16931 BG-16/BG-17).
 * @since 0.1.0
 */
export interface PaymentAccount {
  /** IBAN of the account to credit (BT-84). */
  readonly iban: string;
  /** BIC of the bank (BT-86). */
  readonly bic?: string | undefined;
  /** Name of the account holder (BT-85). */
  readonly accountName?: string | undefined;
}
