/**
 * The bank statement format a transaction was read from.
 *
 * @since 0.1.0
 */
export type StatementFormat = "camt.053" | "camt.054" | "mt940" | "bai2" | "csv";

/**
 * Booking status of a transaction as the bank reports it: `booked` (final), `pending` (may still change or
 * disappear), `information` (for information only, camt `INFO`) or `unknown` (the format does not say).
 *
 * @since 0.1.0
 */
export type TransactionStatus = "booked" | "pending" | "information" | "unknown";

/**
 * Where in the original file a transaction came from, so a person can find it again.
 *
 * @since 0.1.0
 */
export interface TransactionSource {
  /** The format of the file. */
  readonly format: StatementFormat;
  /** 1-based line of the record (MT940 `:61:`, BAI2 `16`, CSV row, camt `Ntry` start tag), when known. */
  readonly line?: number | undefined;
  /** 0-based index of the entry within its statement (camt `Ntry`, MT940 `:61:`, BAI2 `16`, CSV row). */
  readonly entryIndex?: number | undefined;
}

/**
 * One transaction of a bank statement, normalised across formats: a credit or a debit with its amount, dates,
 * counterparty and remittance information.
 *
 * @remarks
 * `amount` is always positive, as a decimal string with exactly the currency's minor digits (`"1166.20"`, `"500"`
 * for JPY, `"1.250"` for KWD); `direction` tells credit from debit. A batch entry (one camt `Ntry` with several
 * `TxDtls`) becomes one transaction per `TxDtls`.
 *
 * @since 0.1.0
 */
export interface BankTransaction {
  /** Identifier unique within the parsed file: the statement id and the position of the entry (`"STMT-1/3"`, `"STMT-1/3.2"`). */
  readonly id: string;
  /** Booking date, `YYYY-MM-DD`, when the format carries one. */
  readonly bookingDate?: string | undefined;
  /** Value date, `YYYY-MM-DD` (the booking date, or the statement date, when the bank gives no value date). */
  readonly valueDate: string;
  /** Positive amount with the currency's minor digits. */
  readonly amount: string;
  /** ISO 4217 code. */
  readonly currency: string;
  /** `credit` for money received, `debit` for money paid out (a reversal mark flips the booking side). */
  readonly direction: "credit" | "debit";
  /** Name of the debtor (the payer) as the bank delivered it; for a debit usually `null`. */
  readonly payerName: string | null;
  /** Account of the debtor: an IBAN without spaces when it is one, otherwise the account number as delivered. */
  readonly payerAccount: string | null;
  /** Name of the other party: the payer of a credit, the payee of a debit. */
  readonly counterpartyName?: string | null | undefined;
  /** Unstructured remittance text, lines joined with a single space; empty when there is none. */
  readonly remittance: string;
  /**
   * Structured references: ISO 11649 creditor references (`RF18...`), referred document numbers (`RfrdDocInf/Nb`),
   * Swiss QR/ESR references, MT940 `KREF+` customer references. Empty when none.
   */
  readonly structuredReferences: readonly string[];
  /** The payer's end-to-end id; `null` when absent (`"NOTPROVIDED"` and `"NONREF"` are read as absent). */
  readonly endToEndId: string | null;
  /** The bank's own reference (camt `AcctSvcrRef`, MT940 bank reference after `//`, BAI2 bank reference). */
  readonly bankReference: string | null;
  /** The bank transaction code as delivered (camt `Domn` codes or `Prtry/Cd`, MT940 type code, BAI2 type code). */
  readonly bankTransactionCode?: string | undefined;
  /** Booking status; `unknown` when the format does not say. */
  readonly status?: TransactionStatus | undefined;
  /** Where the transaction was found in the file. */
  readonly source: TransactionSource;
}
