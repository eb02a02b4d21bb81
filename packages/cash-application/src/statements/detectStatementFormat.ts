import type { StatementFormat } from "../model/BankTransaction.js";

/**
 * Guesses the format of a bank statement file from its content.
 *
 * @remarks XML is `camt.053` or `camt.054` by its message element (`BkToCstmrStmt`, `BkToCstmrDbtCdtNtfctn`) or
 * namespace; text starting with a `01,` record, or with another line shaped like a BAI2 record (`00,...,2/`, a broken
 * file the BAI2 parser then explains), is BAI2; text with `:20:` and `:61:` or `:60F:` tags is MT940; any
 * other text whose first line has a `,` or `;` is CSV. The guess reads at most the first 64 KiB.
 * @param content - The file content.
 * @returns The format, or `undefined` when none fits.
 * @example
 * ```ts
 * import { detectStatementFormat } from "@o2c/cash-application";
 *
 * detectStatementFormat("01,BANK,ACME,260301,0800,1,,,2/\n") //=> "bai2"
 * detectStatementFormat("00,BANK,ACME,260301,0800,1,,,2/\n") //=> "bai2"
 * detectStatementFormat("date,amount\n2026-03-01,10.00\n") //=> "csv"
 * detectStatementFormat(":20:X\n:25:DE1\n:60F:C260301EUR0,\n") //=> "mt940"
 * detectStatementFormat("hello") //=> undefined
 * ```
 * @since 0.1.0
 */
export function detectStatementFormat(content: string): StatementFormat | undefined {
  if (typeof content !== "string") return undefined;
  let start = 0;
  while (start < content.length && (content.charCodeAt(start) <= 32 || content.charCodeAt(start) === 0xfeff)) start++;
  const head = content.slice(start, start + 65_536);
  if (head.startsWith("<")) {
    if (/BkToCstmrDbtCdtNtfctn|camt\.054\./.test(head)) return "camt.054";
    if (/BkToCstmrStmt|camt\.053\./.test(head)) return "camt.053";
    return undefined;
  }
  if (/^01,[^\n]*/.test(head)) return "bai2";
  // A first line shaped like a BAI2 record (`NN,` ... `/`) with another record code: a broken BAI2 file, whose parser
  // says what is wrong with it (a CSV header does not start with a two-digit code and end with a slash).
  if (/^\d{2},[^\r\n]*\/[ \t]*(\r?\n|$)/.test(head)) return "bai2";
  if (/(^|\n)(\{4:)?:20:/.test(head) && /(^|\n):(60[FM]|61):/.test(head)) return "mt940";
  const firstLine = head.split(/\r?\n/, 1)[0] ?? "";
  if (/[,;\t]/.test(firstLine)) return "csv";
  return undefined;
}
