import type { Money } from "@o2c/core";
import type { BankTransaction } from "../../model/BankTransaction.js";
import type { CsvMapping } from "../csvMapping.js";
import type { ParsedStatement } from "../ParsedStatement.js";
import { checkCurrency, readAmount } from "./amounts.js";
import { type CsvRow, readCsvRows } from "./csvRows.js";
import { checkDate } from "./dates.js";
import { fail, Issues, type Location } from "./issues.js";
import { cleanReference, findCreditorReferences, joinText, normaliseAccount } from "./references.js";

/** The date formats a mapping can name, with the parts as named groups (also read by `inferCsvMapping`). */
export const CSV_DATE_FORMATS = {
  "YYYY-MM-DD": /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$/,
  "DD.MM.YYYY": /^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})$/,
  "MM/DD/YYYY": /^(?<m>\d{1,2})\/(?<d>\d{1,2})\/(?<y>\d{4})$/,
} as const;

type Key = Exclude<
  keyof CsvMapping,
  | "strict"
  | "currencyCode"
  | "delimiter"
  | "decimalSeparator"
  | "thousandsSeparator"
  | "dateFormat"
  | "headerRow"
  | "account"
  | "statementId"
>;

function readDate(raw: string, format: keyof typeof CSV_DATE_FORMATS, at: Location): string {
  const match = CSV_DATE_FORMATS[format].exec(raw.trim());
  if (match?.groups === undefined)
    throw fail("STATEMENT_INVALID_DATE", `${JSON.stringify(raw)} is not a ${format} date`, at);
  const { y = "", m = "", d = "" } = match.groups;
  return checkDate(`${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`, raw, at);
}

/** A signed amount as written by the bank, into a sign and a canonical unsigned decimal. */
function readSigned(raw: string, mapping: CsvMapping, at: Location): { negative: boolean; decimal: string } {
  let text = raw.trim().replace(/\s+/g, mapping.thousandsSeparator === " " ? "" : " ");
  if (mapping.thousandsSeparator !== undefined) text = text.split(mapping.thousandsSeparator).join("");
  const match = /^([+-])?(\d+)(?:[.,](\d+))?$/.exec(text);
  const separator = mapping.decimalSeparator ?? ".";
  if (match === null || (match[3] !== undefined && text.charAt(text.length - match[3].length - 1) !== separator)) {
    throw fail(
      "STATEMENT_INVALID_AMOUNT",
      `${JSON.stringify(raw)} is not an amount with "${separator}" as decimal separator`,
      at,
    );
  }
  return { negative: match[1] === "-", decimal: match[3] === undefined ? (match[2] ?? "") : `${match[2]}.${match[3]}` };
}

/** Reads a CSV export with a column mapping into one statement. */
export function readCsv(text: string, mapping: CsvMapping): ParsedStatement {
  const issues = new Issues(mapping.strict);
  const rows = readCsvRows(text, mapping.delimiter ?? ",");
  const hasHeader = mapping.headerRow ?? true;
  const header = hasHeader ? rows[0] : undefined;
  const indexes = new Map<Key, number>();
  const keys: Key[] = [
    "date",
    "bookingDate",
    "amount",
    "debit",
    "credit",
    "currency",
    "payerName",
    "payerAccount",
    "remittance",
    "endToEndId",
    "bankReference",
  ];
  for (const key of keys) {
    const column = mapping[key];
    if (column === undefined) continue;
    if (typeof column === "number") {
      indexes.set(key, column);
      continue;
    }
    const index = header?.fields.findIndex((name) => name.trim() === column) ?? -1;
    if (index === -1) {
      throw fail("STATEMENT_MISSING_FIELD", `No column named ${JSON.stringify(column)} in the header row`, {
        line: header?.line ?? 1,
        field: column,
        path: ["mapping", key],
      });
    }
    indexes.set(key, index);
  }
  const id = mapping.statementId ?? "csv";
  const transactions: BankTransaction[] = [];
  const currencies = new Set<string>();
  const body = hasHeader ? rows.slice(1) : rows;
  for (const [n, row] of body.entries()) {
    const read = issues.guard(() => readRow(row, n));
    if (read !== undefined) {
      transactions.push(read);
      currencies.add(read.currency);
    }
  }
  function cell(row: CsvRow, key: Key, required: boolean): string | undefined {
    const index = indexes.get(key);
    if (index === undefined) return undefined;
    const value = row.fields[index];
    const name = typeof mapping[key] === "string" ? String(mapping[key]) : `column ${index}`;
    if (required && (value === undefined || value.trim() === "")) {
      throw fail("STATEMENT_MISSING_FIELD", `The ${key} is missing`, {
        line: row.line,
        field: name,
        path: ["line", row.line, key],
      });
    }
    return value;
  }
  function readRow(row: CsvRow, n: number): BankTransaction {
    const at = (key: Key): Location => ({
      line: row.line,
      field: typeof mapping[key] === "string" ? String(mapping[key]) : `column ${indexes.get(key)}`,
      path: ["line", row.line, key],
    });
    const format = mapping.dateFormat ?? "YYYY-MM-DD";
    const valueDate = readDate(cell(row, "date", true) ?? "", format, at("date"));
    const booking = cell(row, "bookingDate", false);
    const currency = mapping.currencyCode ?? checkCurrency(cell(row, "currency", true), at("currency"));
    let signedAmount: { negative: boolean; decimal: string } | undefined;
    const amountCell = cell(row, "amount", false);
    if (indexes.has("amount")) signedAmount = readSigned(amountCell ?? "", mapping, at("amount"));
    else {
      const debit = cell(row, "debit", false)?.trim() ?? "";
      const credit = cell(row, "credit", false)?.trim() ?? "";
      if (debit === "" && credit === "")
        throw fail("STATEMENT_MISSING_FIELD", "Neither debit nor credit is given", at("credit"));
      signedAmount =
        credit !== ""
          ? readSigned(credit, mapping, at("credit"))
          : { ...readSigned(debit, mapping, at("debit")), negative: true };
      if (debit !== "" && credit !== "")
        throw fail("STATEMENT_MALFORMED_RECORD", "Both debit and credit are given", at("credit"));
    }
    const money: Money = readAmount(
      signedAmount.decimal,
      currency,
      at(indexes.has("amount") ? "amount" : "credit"),
      issues,
    );
    const direction = signedAmount.negative ? "debit" : "credit";
    const name = joinText([cell(row, "payerName", false)]);
    const remittance = joinText([cell(row, "remittance", false)]);
    return {
      id: `${id}/${n + 1}`,
      bookingDate:
        booking === undefined || booking.trim() === "" ? undefined : readDate(booking, format, at("bookingDate")),
      valueDate,
      amount: money.toString(),
      currency,
      direction,
      payerName: direction === "credit" && name !== "" ? name : null,
      payerAccount: direction === "credit" ? normaliseAccount(cell(row, "payerAccount", false)) : null,
      counterpartyName: name === "" ? null : name,
      remittance,
      structuredReferences: findCreditorReferences(remittance),
      endToEndId: cleanReference(cell(row, "endToEndId", false)),
      bankReference: cleanReference(cell(row, "bankReference", false)),
      status: "unknown",
      source: { format: "csv", line: row.line, entryIndex: n },
    };
  }
  const dates = transactions.map((t) => t.valueDate).sort();
  return {
    format: "csv",
    statements: [
      {
        id,
        account: mapping.account ?? "",
        currency: mapping.currencyCode ?? (currencies.size === 1 ? ([...currencies][0] ?? "") : ""),
        from: dates[0],
        to: dates[dates.length - 1],
        transactions,
      },
    ],
    warnings: issues.warnings,
  };
}
