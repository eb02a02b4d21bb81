import type { BankTransaction } from "../../model/BankTransaction.js";
import type { BankStatement, ParsedStatement, StatementBalance, StatementParseOptions } from "../ParsedStatement.js";
import { checkCurrency, readAmount } from "./amounts.js";
import { readCamtEntry } from "./camtEntry.js";
import { readIsoDate } from "./dates.js";
import { fail, Issues, type Location } from "./issues.js";
import { normaliseAccount } from "./references.js";
import { attribute, children, first, parseXml, text, type XmlNode } from "./xml.js";

const ROOTS = {
  "camt.053": { message: "BkToCstmrStmt", statement: "Stmt" },
  "camt.054": { message: "BkToCstmrDbtCdtNtfctn", statement: "Ntfctn" },
} as const;

interface BalanceQuery {
  readonly codes: readonly string[];
  readonly currency: string;
  readonly at: Location;
  readonly issues: Issues;
  readonly lineOf: (node: unknown) => number | undefined;
}

function balance(statement: XmlNode, { codes, currency, at, issues, lineOf }: BalanceQuery) {
  for (const [i, bal] of children(statement, "Bal").entries()) {
    const code = text(bal, "Tp", "CdOrPrtry", "Cd") ?? text(bal, "Tp", "CdOrPrtry", "Prtry");
    if (code === undefined || !codes.includes(code)) continue;
    const where: Location = { line: lineOf(bal) ?? at.line, path: [...(at.path ?? []), "Bal", i], field: "Bal" };
    const amountNode = first(bal, "Amt");
    const ccy = attribute(amountNode, "Ccy") ?? currency;
    const raw = typeof amountNode?.["#text"] === "string" ? amountNode["#text"] : undefined;
    const money = readAmount(raw, ccy, where, issues);
    const signedAmount = text(bal, "CdtDbtInd") === "DBIT" ? money.negate() : money;
    const date = text(bal, "Dt", "Dt") ?? text(bal, "Dt", "DtTm");
    const result: StatementBalance = {
      amount: signedAmount.toString(),
      currency: ccy,
      date: date === undefined ? undefined : readIsoDate(date, where),
    };
    return result;
  }
  return undefined;
}

/** Reads a camt.053 or camt.054 document of any version. */
export function readCamt(
  xml: string,
  format: "camt.053" | "camt.054",
  options: StatementParseOptions | undefined,
): ParsedStatement {
  const doc = parseXml(xml);
  const names = ROOTS[format];
  const document = first(doc.root, "Document");
  const message = first(document, names.message);
  if (
    message === undefined &&
    document !== undefined &&
    first(document, ROOTS[format === "camt.053" ? "camt.054" : "camt.053"].message) === undefined
  ) {
    throw fail("STATEMENT_MISSING_FIELD", `The document has no ${names.message}`, {
      line: doc.lineOf(document) ?? 1,
      field: names.message,
      path: ["Document"],
    });
  }
  if (message === undefined) {
    const other = format === "camt.053" ? ROOTS["camt.054"].message : ROOTS["camt.053"].message;
    const hint =
      first(document, other) === undefined
        ? ""
        : ` (this looks like ${format === "camt.053" ? "camt.054" : "camt.053"})`;
    throw fail("STATEMENT_UNKNOWN_FORMAT", `Not a ${format} document: no Document/${names.message}${hint}`, {
      line: doc.lineOf(document) ?? 1,
      field: names.message,
      path: ["Document"],
    });
  }
  const rawStatements = children(message, names.statement);
  if (rawStatements.length === 0) {
    throw fail("STATEMENT_MISSING_FIELD", `${names.message} has no ${names.statement}`, {
      line: doc.lineOf(message),
      field: names.statement,
      path: ["Document", names.message],
    });
  }
  const issues = new Issues(options?.strict);
  const statements: BankStatement[] = [];
  for (const [s, statement] of rawStatements.entries()) {
    const path = ["Document", names.message, names.statement, s];
    const at: Location = { line: doc.lineOf(statement), path };
    let id = text(statement, "Id");
    if (id === undefined) {
      id = `${names.statement}-${s + 1}`;
      issues.warn("STATEMENT_MISSING_FIELD", `${names.statement} has no Id; it is named ${id}`, { ...at, field: "Id" });
    }
    const statementId = id;
    const account =
      normaliseAccount(text(statement, "Acct", "Id", "IBAN") ?? text(statement, "Acct", "Id", "Othr", "Id")) ?? "";
    if (account === "")
      issues.warn("STATEMENT_MISSING_FIELD", `${names.statement} has no Acct/Id`, { ...at, field: "Acct" });
    const entries = children(statement, "Ntry");
    const currencyText =
      text(statement, "Acct", "Ccy") ??
      attribute(first(statement, "Bal", "Amt"), "Ccy") ??
      attribute(first(entries[0], "Amt"), "Ccy");
    const currency = checkCurrency(currencyText, { ...at, field: "Ccy" });
    const from = text(statement, "FrToDt", "FrDtTm");
    const to = text(statement, "FrToDt", "ToDtTm");
    const created = text(statement, "CreDtTm") ?? text(message, "GrpHdr", "CreDtTm");
    const fallbackDate = issues.guard(() =>
      to !== undefined ? readIsoDate(to, at) : created === undefined ? undefined : readIsoDate(created, at),
    );
    const transactions: BankTransaction[] = [];
    for (const [n, entry] of entries.entries()) {
      const read = issues.guard(() =>
        readCamtEntry(entry, n, {
          format,
          statementId,
          currency,
          fallbackDate,
          path,
          line: doc.lineOf(entry),
          issues,
        }),
      );
      if (read !== undefined) transactions.push(...read);
    }
    statements.push({
      id: statementId,
      account,
      currency,
      openingBalance: issues.guard(() =>
        balance(statement, { codes: ["OPBD", "PRCD"], currency, at, issues, lineOf: doc.lineOf }),
      ),
      closingBalance: issues.guard(() =>
        balance(statement, { codes: ["CLBD"], currency, at, issues, lineOf: doc.lineOf }),
      ),
      from: from === undefined ? undefined : issues.guard(() => readIsoDate(from, { ...at, field: "FrDtTm" })),
      to: to === undefined ? undefined : issues.guard(() => readIsoDate(to, { ...at, field: "ToDtTm" })),
      transactions,
    });
  }
  return { format, statements, warnings: issues.warnings };
}
