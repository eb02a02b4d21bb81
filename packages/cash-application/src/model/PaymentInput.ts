/**
 * An incoming payment as the matcher reads it: one credit line of a bank statement, normalised. Statement parsers
 * (camt.053/054, MT940, BAI2, CSV) and the benchmark's `payments.json` all produce this shape.
 *
 * @since 0.1.0
 */
export interface PaymentInput {
  /** Unique id of the payment within the batch. */
  readonly id: string;
  /** Value date, `YYYY-MM-DD`. */
  readonly valueDate: string;
  /** Credited amount, a positive decimal string with the currency's minor digits (`"1166.20"`). */
  readonly amount: string;
  /** ISO 4217 code. */
  readonly currency: string;
  /** Name of the ordering party as the bank delivered it, or `null`. */
  readonly payerName: string | null;
  /** IBAN or account number of the ordering party, or `null`. */
  readonly payerAccount: string | null;
  /** Unstructured remittance text (may be empty). */
  readonly remittance: string;
  /** The payer's end-to-end reference, `null` when absent (`"NOTPROVIDED"` is read as absent). */
  readonly endToEndId: string | null;
  /**
   * Structured references delivered in dedicated fields: ISO 11649 creditor references (`RF18...`), referred
   * document numbers (`RfrdDocInf/Nb`), Swiss QR/ESR references. Empty when none.
   */
  readonly structuredReferences?: readonly string[] | undefined;
}
