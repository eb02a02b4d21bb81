import { parseWith } from "@o2c/core";
import { readCamt } from "./internal/readCamt.js";
import type { ParsedStatement, StatementParseOptions } from "./ParsedStatement.js";
import { statementContentSchema, statementParseOptionsSchema } from "./parseCamt053.js";

/**
 * Parses an ISO 20022 camt.054 debit/credit notification (any version); each `Ntfctn` becomes one statement.
 *
 * @remarks Entries are read as in {@link parseCamt053}: one transaction per `TxDtls`, exact amounts, warnings for
 * entries that cannot be read.
 * @param xml - The XML document.
 * @param options - `strict` to fail on the first bad entry.
 * @returns The notifications as statements, and the warnings.
 * @throws {@link StatementParseError} `STATEMENT_MALFORMED_XML`, `STATEMENT_UNKNOWN_FORMAT` (not a camt.054),
 * `STATEMENT_MISSING_FIELD` (no `Ntfctn`, no `Id`, no account), `STATEMENT_UNKNOWN_CURRENCY`; in strict mode also
 * every warning code.
 * @throws `ValidationError` `VALIDATION_FAILED` when `xml` is not a string or the options are malformed.
 * @example
 * ```ts
 * import { parseCamt054 } from "@o2c/cash-application";
 *
 * const xml = `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.04"><BkToCstmrDbtCdtNtfctn><Ntfctn>
 *   <Id>N1</Id><Acct><Id><IBAN>CH9300762011623852957</IBAN></Id></Acct>
 *   <Ntry><Amt Ccy="CHF">50.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-01-05</Dt></BookgDt>
 *     <NtryDtls><TxDtls><RmtInf><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf>
 *     </TxDtls></NtryDtls></Ntry>
 * </Ntfctn></BkToCstmrDbtCdtNtfctn></Document>`;
 * const tx = parseCamt054(xml).statements[0]?.transactions[0];
 * tx?.structuredReferences //=> ["RF18539007547034"]
 * tx?.valueDate //=> "2026-01-05"
 * ```
 * @since 0.1.0
 */
export function parseCamt054(xml: string, options?: StatementParseOptions): ParsedStatement {
  const content = parseWith(statementContentSchema, xml, ["xml"]);
  return readCamt(content, "camt.054", parseWith(statementParseOptionsSchema, options, ["options"]));
}
