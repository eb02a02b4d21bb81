/**
 * Customer master data as the matcher reads it.
 *
 * @since 0.1.0
 */
export interface Customer {
  /** Customer number. */
  readonly id: string;
  /** Legal name as in master data, with diacritics and legal form. */
  readonly name: string;
  /** Other names known for the customer (short names, trade names, transliterations, former names). */
  readonly aliases: readonly string[];
  /** IBANs (electronic format) the customer has paid from before; one IBAN belongs to at most one customer. */
  readonly accounts: readonly string[];
  /** ISO 3166-1 alpha-2 country code. */
  readonly country: string;
}
