import type { BankTransaction } from "../../model/BankTransaction.js";
import type { BankStatement, StatementBalance } from "../ParsedStatement.js";
import { checkCurrency, readAmount } from "./amounts.js";
import { readCamtEntry } from "./camtEntry.js";
import { readIsoDate } from "./dates.js";
import type { Issues, Location } from "./issues.js";
import { normaliseAccount } from "./references.js";
import type { LineOf } from "./scanXml.js";
import { attribute, children, first, ownText, text, type XmlNode } from "./xml.js";

/** The element names of one camt message type. */
export interface CamtNames {
  readonly message: string;
  readonly statement: string;
}

/** What a statement reader needs to know about its document. */
export interface CamtDocumentContext {
  readonly format: "camt.053" | "camt.054";
  readonly names: CamtNames;
  readonly issues: Issues;
  readonly lineOf: LineOf;
  /** Dates already read in this document, by their text. */
  readonly dates: Map<string, string>;
}

/** What is read of a statement before its entries. */
interface StatementHeader {
  readonly id: string;
  readonly account: string;
  readonly currency: string;
  readonly fallbackDate: string | undefined;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly at: Location;
  readonly path: readonly (string | number)[];
}

/**
 * Reads one `Stmt` (or `Ntfctn`) entry by entry, so that a streaming reader can hand over each `Ntry` as soon as it
 * is complete and forget it. The header (id, account, currency, fallback date) is read from the statement as known
 * when the first entry arrives (or at the end when there is none): a caller that streams must make sure that no
 * header element comes after the first entry. Warnings come in the order of a whole-tree reading: header, entries,
 * balances and period.
 */
export class StatementReader {
  readonly node: XmlNode;
  readonly #index: number;
  readonly #message: XmlNode;
  readonly #ctx: CamtDocumentContext;
  readonly #transactions: BankTransaction[] = [];
  #header: StatementHeader | undefined;
  #entries = 0;

  constructor(node: XmlNode, index: number, message: XmlNode, ctx: CamtDocumentContext) {
    this.node = node;
    this.#index = index;
    this.#message = message;
    this.#ctx = ctx;
  }

  /** Whether an entry has arrived, so that the header has been read (or has failed) from the statement as it was. */
  get started(): boolean {
    return this.#entries > 0;
  }

  /** Reads the next `Ntry`; an entry that cannot be read becomes a warning (thrown in strict mode). */
  entry(entry: XmlNode): void {
    const index = this.#entries++;
    this.#header ??= this.#readHeader(entry);
    const header = this.#header;
    const { format, issues, lineOf, dates } = this.#ctx;
    let read: BankTransaction[] | undefined;
    try {
      read = readCamtEntry(entry, index, {
        format,
        statementId: header.id,
        currency: header.currency,
        fallbackDate: header.fallbackDate,
        path: header.path,
        line: lineOf(entry),
        issues,
        dates,
      });
    } catch (error) {
      read = issues.recover(error);
    }
    if (read !== undefined) for (const transaction of read) this.#transactions.push(transaction);
  }

  /** Reads the balances and the period once the statement is complete. */
  finish(): BankStatement {
    this.#header ??= this.#readHeader(undefined);
    const { id, account, currency, at, from, to } = this.#header;
    const { issues } = this.#ctx;
    return {
      id,
      account,
      currency,
      openingBalance: issues.guard(() => this.#balance(["OPBD", "PRCD"], currency, at)),
      closingBalance: issues.guard(() => this.#balance(["CLBD"], currency, at)),
      from: from === undefined ? undefined : issues.guard(() => readIsoDate(from, { ...at, field: "FrDtTm" })),
      to: to === undefined ? undefined : issues.guard(() => readIsoDate(to, { ...at, field: "ToDtTm" })),
      transactions: this.#transactions,
    };
  }

  #readHeader(firstEntry: XmlNode | undefined): StatementHeader {
    const { names, issues, lineOf } = this.#ctx;
    const statement = this.node;
    const path = ["Document", names.message, names.statement, this.#index];
    const at: Location = { line: lineOf(statement), path };
    let id = text(statement, "Id");
    if (id === undefined) {
      id = `${names.statement}-${this.#index + 1}`;
      issues.warn("STATEMENT_MISSING_FIELD", `${names.statement} has no Id; it is named ${id}`, { ...at, field: "Id" });
    }
    const account =
      normaliseAccount(text(statement, "Acct", "Id", "IBAN") ?? text(statement, "Acct", "Id", "Othr", "Id")) ?? "";
    if (account === "")
      issues.warn("STATEMENT_MISSING_FIELD", `${names.statement} has no Acct/Id`, { ...at, field: "Acct" });
    const currencyText =
      text(statement, "Acct", "Ccy") ??
      attribute(first(statement, "Bal", "Amt"), "Ccy") ??
      attribute(first(firstEntry, "Amt"), "Ccy");
    const currency = checkCurrency(currencyText, { ...at, field: "Ccy" });
    const from = text(statement, "FrToDt", "FrDtTm");
    const to = text(statement, "FrToDt", "ToDtTm");
    const created = text(statement, "CreDtTm") ?? text(this.#message, "GrpHdr", "CreDtTm");
    const fallbackDate = issues.guard(() =>
      to !== undefined ? readIsoDate(to, at) : created === undefined ? undefined : readIsoDate(created, at),
    );
    return { id, account, currency, fallbackDate, from, to, at, path };
  }

  #balance(codes: readonly string[], currency: string, at: Location): StatementBalance | undefined {
    const { issues, lineOf } = this.#ctx;
    for (const [i, bal] of children(this.node, "Bal").entries()) {
      const code = text(bal, "Tp", "CdOrPrtry", "Cd") ?? text(bal, "Tp", "CdOrPrtry", "Prtry");
      if (code === undefined || !codes.includes(code)) continue;
      const where: Location = { line: lineOf(bal) ?? at.line, path: [...(at.path ?? []), "Bal", i], field: "Bal" };
      const amountNode = first(bal, "Amt");
      const ccy = attribute(amountNode, "Ccy") ?? currency;
      const money = readAmount(ownText(amountNode), ccy, where, issues);
      const signedAmount = text(bal, "CdtDbtInd") === "DBIT" ? money.negate() : money;
      const date = text(bal, "Dt", "Dt") ?? text(bal, "Dt", "DtTm");
      return {
        amount: signedAmount.toString(),
        currency: ccy,
        date: date === undefined ? undefined : readIsoDate(date, where),
      };
    }
    return undefined;
  }
}
