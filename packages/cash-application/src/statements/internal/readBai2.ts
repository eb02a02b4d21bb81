import type { Money } from "@o2c/core";
import type { BankTransaction } from "../../model/BankTransaction.js";
import type { BankStatement, ParsedStatement, StatementBalance } from "../ParsedStatement.js";
import type { Bai2ParseOptions } from "../parseBai2.js";
import type { StatementParseError } from "../StatementParseError.js";
import { checkCurrency, readMinorUnits } from "./amounts.js";
import { type Bai2Record, readBai2Records } from "./bai2Records.js";
import { readYymmdd } from "./dates.js";
import { fail, Issues, type Location } from "./issues.js";
import { cleanReference, findCreditorReferences, joinText } from "./references.js";
import { uniqueId } from "./uniqueId.js";

/** Credit type codes: 100-399, and the customised 900-949; 400-699, 700-799 and 950-999 are debits. */
function directionOf(typeCode: number): "credit" | "debit" {
  return (typeCode >= 100 && typeCode < 400) || (typeCode >= 900 && typeCode < 950) ? "credit" : "debit";
}

/** Number of fields of one 03 summary group (type, amount, item count, funds type and its availability). */
function groupWidth(fields: readonly string[], start: number): number {
  const funds = (fields[start + 3] ?? "").trim().toUpperCase();
  if (funds === "S") return 7;
  if (funds === "V") return 6;
  if (funds === "D") return 5 + 2 * Number((fields[start + 4] ?? "0").trim() || "0");
  return 4;
}

interface Summary {
  readonly type: string;
  readonly amount: string;
}

function summariesOf(fields: readonly string[]): Summary[] {
  const summaries: Summary[] = [];
  for (let i = 2; i < fields.length; ) {
    const type = (fields[i] ?? "").trim();
    if (type !== "") summaries.push({ type, amount: (fields[i + 1] ?? "").trim() });
    i += type === "" ? 1 : groupWidth(fields, i);
  }
  return summaries;
}

/** Running control sums of one level (account, group or file). */
interface Control {
  total: bigint;
  records: number;
  reliable: boolean;
}

/** Throws a checksum problem, or reports it as a warning when the caller asked for `controlTotals: "warn"`. */
type Complain = (error: StatementParseError) => void;

function checkControl(
  control: Control,
  trailer: Bai2Record,
  indexes: readonly [number, number],
  complain: Complain,
): void {
  const [totalIndex, countIndex] = indexes;
  const at: Location = { line: trailer.line, field: `${trailer.code} control total` };
  const rawTotal = (trailer.fields[totalIndex] ?? "").trim();
  if (rawTotal !== "" && control.reliable) {
    if (!/^[+-]?\d+$/.test(rawTotal))
      throw fail("STATEMENT_INVALID_AMOUNT", `Control total ${rawTotal} is not a number`, at);
    if (BigInt(rawTotal) !== control.total) {
      complain(
        fail(
          "STATEMENT_CHECKSUM_MISMATCH",
          `Control total ${rawTotal} differs from the sum of the amounts ${control.total}`,
          at,
        ),
      );
    }
  }
  const rawCount = (trailer.fields[countIndex] ?? "").trim();
  if (rawCount !== "" && Number(rawCount) !== control.records) {
    complain(
      fail("STATEMENT_CHECKSUM_MISMATCH", `Record count ${rawCount} differs from the ${control.records} records`, {
        line: trailer.line,
        field: `${trailer.code} number of records`,
      }),
    );
  }
}

const newControl = (): Control => ({ total: 0n, records: 0, reliable: true });

function addAmount(control: Control, raw: string): void {
  const text = raw.trim();
  if (text === "") return;
  if (/^[+-]?\d+$/.test(text)) control.total += BigInt(text);
  else control.reliable = false;
}

const NAME_KEYS = /^(?:DBNM|ORG|ORIGINATOR|ORIG NAME|ORIG CO NAME|BY ORDER OF|FROM):=?\s*(.+)$/i;
const EREF_KEY = /^(?:EREF|END TO END ID|E2E ID):=?\s*(.+)$/i;

interface AccountContext {
  readonly statementId: string;
  readonly currency: string;
  readonly asOf: string;
  readonly issues: Issues;
}

function readDetail(record: Bai2Record, index: number, ctx: AccountContext): BankTransaction {
  const at: Location = { line: record.line, field: "16" };
  const [type = "", amount = "", funds = ""] = record.fields;
  const typeCode = Number(type.trim());
  if (!/^\d{3}$/.test(type.trim()))
    throw fail("STATEMENT_MALFORMED_RECORD", `Type code ${JSON.stringify(type)} is not 3 digits`, at);
  if (!/^\d+$/.test(amount.trim())) {
    throw fail("STATEMENT_INVALID_AMOUNT", `${JSON.stringify(amount)} is not a BAI2 amount`, {
      ...at,
      field: "16 amount",
    });
  }
  const money: Money = readMinorUnits(amount, ctx.currency, { ...at, field: "16 amount" });
  const valueDate =
    funds.trim().toUpperCase() === "V" && (record.fields[3] ?? "").trim() !== ""
      ? readYymmdd(record.fields[3], { ...at, field: "16 value date" })
      : ctx.asOf;
  const n = record.fields.length;
  const bankRef = record.fields[n - 3];
  const lines = [record.fields[n - 1] ?? "", ...record.continuation];
  let name: string | null = null;
  let endToEndId: string | null = null;
  for (const line of lines) {
    name ??= NAME_KEYS.exec(line.trim())?.[1]?.trim() ?? null;
    endToEndId ??= cleanReference(EREF_KEY.exec(line.trim())?.[1]);
  }
  const remittance = joinText(lines);
  const direction = directionOf(typeCode);
  return {
    id: `${ctx.statementId}/${index + 1}`,
    bookingDate: ctx.asOf,
    valueDate,
    amount: money.toString(),
    currency: ctx.currency,
    direction,
    payerName: direction === "credit" ? name : null,
    payerAccount: null,
    counterpartyName: name,
    remittance,
    structuredReferences: findCreditorReferences(remittance),
    endToEndId,
    bankReference: cleanReference(bankRef),
    bankTransactionCode: type.trim(),
    status: "booked",
    source: { format: "bai2", line: record.line, entryIndex: index },
  };
}

function balanceOf(summaries: readonly Summary[], code: string, currency: string, date: string, at: Location) {
  const found = summaries.find((summary) => summary.type === code && summary.amount !== "");
  if (found === undefined) return undefined;
  const result: StatementBalance = {
    amount: readMinorUnits(found.amount, currency, { ...at, field: `03 ${code}` }).toString(),
    currency,
    date,
  };
  return result;
}

/** Reads a BAI2 file: every account (03 to 49) becomes a statement; control totals and counts are checked. */
export function readBai2(text: string, options: Bai2ParseOptions | undefined): ParsedStatement {
  const issues = new Issues(options?.strict);
  const complain: Complain =
    options?.controlTotals === "warn"
      ? (error) => issues.report(error)
      : (error) => {
          throw error;
        };
  const records = readBai2Records(text);
  const head = records[0];
  if (head === undefined)
    throw fail("STATEMENT_MISSING_FIELD", "The file has no BAI2 record", { line: 1, field: "01" });
  if (head.code !== "01") {
    throw fail("STATEMENT_MALFORMED_RECORD", `A BAI2 file starts with 01, not ${head.code}`, {
      line: head.line,
      field: "01",
    });
  }
  const fileId = (head.fields[3] ?? "").trim() || "BAI2";
  const file = newControl();
  const statements: BankStatement[] = [];
  const seen = new Set<string>();
  let group: { control: Control; currency: string; asOf: string; index: number } | undefined;
  let account:
    | { control: Control; statement: BankStatement & { transactions: BankTransaction[] }; ctx: AccountContext }
    | undefined;
  let groups = 0;
  let ended = false;
  let last: Bai2Record = head;
  for (const record of records) {
    last = record;
    const at: Location = { line: record.line, field: record.code };
    if (ended) throw fail("STATEMENT_UNEXPECTED_RECORD", `Record ${record.code} after the file trailer 99`, at);
    file.records += record.count;
    if (group !== undefined) group.control.records += record.count;
    if (account !== undefined) account.control.records += record.count;
    switch (record.code) {
      case "01":
        if (record !== head) throw fail("STATEMENT_UNEXPECTED_RECORD", "A second file header 01", at);
        break;
      case "02": {
        if (group !== undefined)
          throw fail("STATEMENT_MISSING_FIELD", "Group header 02 before the group trailer 98", { ...at, field: "98" });
        const currencyText = (record.fields[5] ?? "").trim();
        const currency = currencyText === "" ? "USD" : checkCurrency(currencyText, { ...at, field: "02 currency" });
        const asOf = readYymmdd(record.fields[3], { ...at, field: "02 as-of date" });
        group = { control: { total: 0n, records: record.count, reliable: true }, currency, asOf, index: groups++ };
        break;
      }
      case "03": {
        if (group === undefined)
          throw fail("STATEMENT_MISSING_FIELD", "Account record 03 outside a group", { ...at, field: "02" });
        if (account !== undefined)
          throw fail("STATEMENT_MISSING_FIELD", "Account 03 before the account trailer 49", { ...at, field: "49" });
        const number = (record.fields[0] ?? "").trim();
        const currencyText = (record.fields[1] ?? "").trim();
        const currency =
          currencyText === "" ? group.currency : checkCurrency(currencyText, { ...at, field: "03 currency" });
        const summaries = summariesOf(record.fields);
        const control = { total: 0n, records: record.count, reliable: true };
        for (const summary of summaries) addAmount(control, summary.amount);
        const id = uniqueId(seen, `${fileId}-${group.index + 1}-${number}`);
        const ctx: AccountContext = { statementId: id, currency, asOf: group.asOf, issues };
        const statement = {
          id,
          account: number,
          currency,
          openingBalance: issues.guard(() => balanceOf(summaries, "010", currency, group?.asOf ?? "", at)),
          closingBalance: issues.guard(() => balanceOf(summaries, "015", currency, group?.asOf ?? "", at)),
          from: group.asOf,
          to: group.asOf,
          transactions: [] as BankTransaction[],
        };
        account = { control, statement, ctx };
        break;
      }
      case "16": {
        if (account === undefined)
          throw fail("STATEMENT_MISSING_FIELD", "Detail record 16 outside an account", { ...at, field: "03" });
        addAmount(account.control, record.fields[1] ?? "");
        const n = account.statement.transactions.length;
        const current = account;
        const transaction = issues.guard(() => readDetail(record, n, current.ctx));
        if (transaction !== undefined) account.statement.transactions.push(transaction);
        break;
      }
      case "49": {
        if (account === undefined || group === undefined)
          throw fail("STATEMENT_UNEXPECTED_RECORD", "Account trailer 49 without an account", at);
        checkControl(account.control, record, [0, 1], complain);
        const total = (record.fields[0] ?? "").trim();
        if (total === "") group.control.reliable &&= account.control.reliable;
        addAmount(group.control, total === "" ? String(account.control.total) : total);
        statements.push(account.statement);
        account = undefined;
        break;
      }
      case "98": {
        if (group === undefined) throw fail("STATEMENT_UNEXPECTED_RECORD", "Group trailer 98 without a group", at);
        if (account !== undefined)
          throw fail("STATEMENT_MISSING_FIELD", "Group trailer 98 before the account trailer 49", {
            ...at,
            field: "49",
          });
        checkControl(group.control, record, [0, 2], complain);
        const total = (record.fields[0] ?? "").trim();
        addAmount(file, total === "" ? String(group.control.total) : total);
        group = undefined;
        break;
      }
      case "99":
        if (group !== undefined)
          throw fail("STATEMENT_MISSING_FIELD", "File trailer 99 before the group trailer 98", { ...at, field: "98" });
        checkControl(file, record, [0, 2], complain);
        ended = true;
        break;
    }
  }
  if (!ended) {
    const missing = account !== undefined ? "49" : group !== undefined ? "98" : "99";
    throw fail("STATEMENT_MISSING_FIELD", `The file ends without the trailer ${missing}: it is truncated`, {
      line: last.line,
      field: missing,
    });
  }
  return { format: "bai2", statements, warnings: issues.warnings };
}
