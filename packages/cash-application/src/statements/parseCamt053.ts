import { parseWith } from "@o2c/core";
import { z } from "zod";
import { readCamt } from "./internal/readCamt.js";
import type { ParsedStatement, StatementParseOptions } from "./ParsedStatement.js";

/** Zod schema of {@link StatementParseOptions}. */
export const statementParseOptionsSchema: z.ZodType<StatementParseOptions> = z
  .object({ strict: z.boolean().optional() })
  .optional()
  .transform((value) => value ?? {});

/** Zod schema of a statement file's content. */
export const statementContentSchema: z.ZodType<string> = z.string();

/**
 * Parses an ISO 20022 camt.053 bank-to-customer statement (any version: 001.02, 001.04, 001.08, ...).
 *
 * @remarks
 * Each `Ntry` becomes one transaction per `TxDtls` (one when it has none); a batch's detail amounts come from
 * `TxDtls/Amt` or `AmtDtls/TxAmt/Amt`, and details without an amount share what is left of the entry. Amounts keep
 * the currency's minor digits exactly: zero digits beyond them are dropped with a `STATEMENT_AMOUNT_PRECISION`
 * warning, any other excess digit rejects the entry (`STATEMENT_INVALID_AMOUNT`). An entry that cannot be read is
 * skipped with a warning that names its line; `strict` turns such warnings into errors.
 *
 * The document is read in one pass with an XML reader that checks well-formedness as it goes; each entry is read as
 * soon as it closes and then dropped, so memory stays flat however long the statement. A document whose statement
 * header (`Id`, `Acct`, `Bal`, `FrToDt`, `CreDtTm`, `GrpHdr`) comes after its entries is read a second time as a
 * whole, with the same result. A document that is not well-formed but that earlier versions accepted (an undefined
 * entity such as `&nbsp;`, a control character) is still accepted and read as before.
 *
 * @param xml - The XML document.
 * @param options - `strict` to fail on the first bad entry.
 * @returns The statements with their transactions, and the warnings.
 * @throws {@link StatementParseError} `STATEMENT_MALFORMED_XML` (unparseable XML), `STATEMENT_UNKNOWN_FORMAT` (not a
 * camt.053), `STATEMENT_MISSING_FIELD` (no `Stmt`, no `Id`, no account), `STATEMENT_UNKNOWN_CURRENCY`; in strict
 * mode also every warning code.
 * @throws `ValidationError` `VALIDATION_FAILED` when `xml` is not a string or the options are malformed.
 * @example
 * ```ts
 * import { parseCamt053 } from "@o2c/cash-application";
 *
 * const xml = `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt>
 *   <Id>S1</Id><Acct><Id><IBAN>DE89 3704 0044 0532 0130 00</IBAN></Id><Ccy>EUR</Ccy></Acct>
 *   <Ntry><Amt Ccy="EUR">119.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
 *     <ValDt><Dt>2026-03-02</Dt></ValDt>
 *     <NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
 *       <RltdPties><Dbtr><Pty><Nm>ACME GmbH</Nm></Pty></Dbtr></RltdPties>
 *       <RmtInf><Ustrd>Invoice INV-1001</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
 * </Stmt></BkToCstmrStmt></Document>`;
 * const parsed = parseCamt053(xml);
 * parsed.statements[0]?.account //=> "DE89370400440532013000"
 * const tx = parsed.statements[0]?.transactions[0];
 * tx?.amount //=> "119.00"
 * tx?.payerName //=> "ACME GmbH"
 * tx?.remittance //=> "Invoice INV-1001"
 * tx?.endToEndId //=> null
 * ```
 * @since 0.1.0
 */
export function parseCamt053(xml: string, options?: StatementParseOptions): ParsedStatement {
  const content = parseWith(statementContentSchema, xml, ["xml"]);
  return readCamt(content, "camt.053", parseWith(statementParseOptionsSchema, options, ["options"]));
}
