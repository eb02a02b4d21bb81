import type { Money } from "@o2c/core";
import type { BankTransaction } from "../../model/BankTransaction.js";
import type { BankStatement, ParsedStatement, StatementBalance, StatementParseOptions } from "../ParsedStatement.js";
import { checkCurrency, readAmount } from "./amounts.js";
import { checkDate, readYymmdd } from "./dates.js";
import { fail, Issues, type Location } from "./issues.js";
import { readMt940Details } from "./mt940Details.js";
import { cleanReference, isIban, normaliseAccount } from "./references.js";
import { uniqueId } from "./uniqueId.js";

/** One tagged field of an MT940 message: its tag, its lines and the line it starts on. */
interface Field {
  readonly tag: string;
  readonly lines: string[];
  readonly line: number;
}

const TAG = /^:(\d{2}[A-Z]?):(.*)$/;
const END_OF_MESSAGE = /^-(\}.*|XXX)?\s*$/;

/** Drops control characters (an SOH byte before the first tag, stray binary bytes) but keeps tabs. */
function stripControlCharacters(line: string): string {
  let out = "";
  for (const char of line) {
    const code = char.charCodeAt(0);
    if (code === 9 || (code >= 32 && code !== 127)) out += char;
  }
  return out;
}

/** Splits the text into messages (from `:20:` to the next), each a list of fields; envelopes and headers are skipped. */
function splitMessages(text: string): Field[][] {
  const messages: Field[][] = [];
  let current: Field[] | undefined;
  let field: Field | undefined;
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  for (const [i, raw] of lines.entries()) {
    const line = stripControlCharacters(raw);
    const envelope = /^\{1:.*\{4:(.*)$/.exec(line);
    const content = envelope === null ? line : (envelope[1] ?? "");
    if (END_OF_MESSAGE.test(content)) {
      field = undefined;
      continue;
    }
    const tagged = TAG.exec(content);
    if (tagged !== null) {
      const tag = tagged[1] ?? "";
      if (tag === "20" || current === undefined) {
        current = [];
        messages.push(current);
      }
      field = { tag, lines: [tagged[2] ?? ""], line: i + 1 };
      current.push(field);
    } else if (field !== undefined && content.trim() !== "") {
      field.lines.push(content);
    }
  }
  return messages;
}

const BALANCE = /^([CD])(\d{6})([A-Z]{3})(\d[\d,]*)$/;

function amountOf(raw: string, currency: string, at: Location, issues: Issues): Money {
  if (!/^\d+,\d*$/.test(raw)) {
    throw fail(
      "STATEMENT_INVALID_AMOUNT",
      `${JSON.stringify(raw)} is not an MT940 amount (digits with a decimal comma)`,
      at,
    );
  }
  return readAmount(raw.replace(",", ".").replace(/\.$/, ""), currency, at, issues);
}

function readBalance(field: Field, issues: Issues): StatementBalance {
  const at: Location = { line: field.line, field: `:${field.tag}:` };
  const match = BALANCE.exec((field.lines[0] ?? "").trim());
  if (match === null) throw fail("STATEMENT_MALFORMED_RECORD", "Expected a balance like C250131EUR1234,56", at);
  const currency = checkCurrency(match[3], at);
  const money = amountOf(match[4] ?? "", currency, at, issues);
  return {
    amount: (match[1] === "D" ? money.negate() : money).toString(),
    currency,
    date: readYymmdd(match[2], at),
  };
}

const STATEMENT_LINE = /^(\d{6})(\d{4})?(RC|RD|C|D)([A-Z])?(\d[\d,]*)([NSF][A-Z0-9 ]{3})(.*)$/;

/** The entry date `MMDD` in the year of the value date, rolled over at the turn of the year. */
function entryDate(mmdd: string, valueDate: string, at: Location): string {
  const valueYear = Number(valueDate.slice(0, 4));
  const valueMonth = Number(valueDate.slice(5, 7));
  const month = Number(mmdd.slice(0, 2));
  const year =
    valueMonth === 12 && month === 1 ? valueYear + 1 : valueMonth === 1 && month === 12 ? valueYear - 1 : valueYear;
  return checkDate(`${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2, 4)}`, mmdd, at);
}

interface StatementContext {
  readonly id: string;
  readonly currency: string;
  readonly issues: Issues;
}

function readTransaction(
  field: Field,
  details: Field | undefined,
  index: number,
  ctx: StatementContext,
): BankTransaction {
  const at: Location = { line: field.line, field: ":61:" };
  const match = STATEMENT_LINE.exec((field.lines[0] ?? "").trim());
  if (match === null) {
    const amount = /^\d{6}(\d{4})?R?[CD][A-Z]?([^NSF]*)/.exec(field.lines[0] ?? "");
    if (amount !== null && !/^\d+,\d*$/.test(amount[2] ?? "")) {
      throw fail("STATEMENT_INVALID_AMOUNT", `${JSON.stringify(amount[2])} is not an MT940 amount`, at);
    }
    throw fail("STATEMENT_MALFORMED_RECORD", "Expected a statement line like 2501310131C100,00NTRFNONREF", at);
  }
  const [, value = "", entry, mark = "", , rawAmount = "", type = "", rest = ""] = match;
  const valueDate = readYymmdd(value, at);
  const bookingDate = entry === undefined ? undefined : entryDate(entry, valueDate, at);
  const money = amountOf(rawAmount, ctx.currency, at, ctx.issues);
  const direction = mark === "C" || mark === "RD" ? "credit" : "debit";
  const [, bankPart = ""] = rest.split("//");
  const supplementary = field.lines.slice(1).join(" ").trim();
  const info = readMt940Details(details?.lines ?? []);
  const fallbackAccount = isIban(supplementary.replace(/\s+/g, "")) ? normaliseAccount(supplementary) : null;
  const account = info.account ?? fallbackAccount;
  const remittance = info.remittance !== "" ? info.remittance : details === undefined ? supplementary : "";
  return {
    id: `${ctx.id}/${index + 1}`,
    bookingDate,
    valueDate,
    amount: money.toString(),
    currency: ctx.currency,
    direction,
    payerName: direction === "credit" ? info.name : null,
    payerAccount: direction === "credit" ? account : null,
    counterpartyName: info.name,
    remittance,
    structuredReferences: info.references,
    endToEndId: cleanReference(info.endToEndId),
    bankReference: cleanReference(bankPart.slice(0, 16)),
    bankTransactionCode: type.trim(),
    status: "booked",
    source: { format: "mt940", line: field.line, entryIndex: index },
  };
}

function readMessage(fields: readonly Field[], seen: Set<string>, issues: Issues): BankStatement | undefined {
  const find = (...tags: string[]) => fields.find((f) => tags.includes(f.tag));
  const head = fields[0];
  const reference = find("20");
  const accountField = find("25");
  const opening = find("60F", "60M");
  const at: Location = { line: head?.line, path: ["line", head?.line ?? 0] };
  if (reference === undefined)
    throw fail("STATEMENT_MISSING_FIELD", "The message has no :20: reference", { ...at, field: ":20:" });
  if (accountField === undefined) {
    throw fail("STATEMENT_MISSING_FIELD", "The message has no :25: account", { ...at, field: ":25:" });
  }
  if (opening === undefined) {
    throw fail("STATEMENT_MISSING_FIELD", "The message has no :60F: opening balance", { ...at, field: ":60F:" });
  }
  const openingBalance = readBalance(opening, issues);
  const closing = find("62F", "62M");
  const closingBalance = closing === undefined ? undefined : issues.guard(() => readBalance(closing, issues));
  const id = uniqueId(seen, (reference.lines[0] ?? "").trim());
  const accountText = (accountField.lines[0] ?? "").trim().replace(/\s+[A-Z]{3}$/, "");
  const ctx: StatementContext = { id, currency: openingBalance.currency, issues };
  const transactions: BankTransaction[] = [];
  let index = 0;
  for (const [i, field] of fields.entries()) {
    if (field.tag === "25" && field !== accountField) {
      issues.warn("STATEMENT_UNEXPECTED_RECORD", "A second :25: inside the message was ignored", {
        line: field.line,
        field: ":25:",
      });
    }
    if (field.tag !== "61") continue;
    const next = fields[i + 1];
    const details = next?.tag === "86" ? next : undefined;
    const n = index++;
    const transaction = issues.guard(() => readTransaction(field, details, n, ctx));
    if (transaction !== undefined) transactions.push(transaction);
  }
  const dates = transactions.map((t) => t.bookingDate ?? t.valueDate).sort();
  return {
    id,
    account: normaliseAccount(accountText) ?? accountText,
    currency: openingBalance.currency,
    openingBalance,
    closingBalance,
    from: openingBalance.date,
    to: closingBalance?.date ?? dates[dates.length - 1],
    transactions,
  };
}

/** Reads SWIFT MT940 text (one or more messages, with or without FIN envelopes). */
export function readMt940(text: string, options: StatementParseOptions | undefined): ParsedStatement {
  const issues = new Issues(options?.strict);
  const messages = splitMessages(text);
  if (messages.length === 0) {
    throw fail("STATEMENT_MISSING_FIELD", "No MT940 message: no :20: field found", { line: 1, field: ":20:" });
  }
  const seen = new Set<string>();
  const statements: BankStatement[] = [];
  for (const fields of messages) {
    const statement = issues.guard(() => readMessage(fields, seen, issues));
    if (statement !== undefined) statements.push(statement);
  }
  return { format: "mt940", statements, warnings: issues.warnings };
}
