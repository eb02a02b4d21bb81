import { isCurrencyCode } from "@o2c/core";
import { transliterate } from "../../normalize/transliterate.js";

/** The mapping keys a column name can be recognised for. */
export type CsvRole =
  | "date"
  | "bookingDate"
  | "amount"
  | "debit"
  | "credit"
  | "currency"
  | "endToEndId"
  | "bankReference"
  | "payerAccount"
  | "payerName"
  | "remittance";

/**
 * Column names banks use for each role, normalised (see {@link normalizeColumnName}), in English, German, French,
 * Spanish and Dutch. Earlier names win when several columns fit one role; no name appears under two roles.
 * `valuta` is a value date (German, Dutch), never a currency.
 */
const NAMES: Readonly<Record<CsvRole, readonly string[]>> = {
  date: [
    "valuedate",
    "valuta",
    "valutadatum",
    "wertstellung",
    "wertstellungsdatum",
    "datevaleur",
    "fechavalor",
    "rentedatum",
  ],
  bookingDate: [
    "bookingdate",
    "postingdate",
    "buchungstag",
    "buchungsdatum",
    "transactiondate",
    "date",
    "datum",
    "fecha",
    "boekdatum",
    "dateoperation",
    "fechaoperacion",
    "datecomptable",
    "transactiedatum",
    "buchung",
  ],
  amount: ["amount", "betrag", "umsatz", "montant", "importe", "bedrag", "transactionamount", "transactiebedrag"],
  debit: ["debit", "soll", "debet", "cargo", "afschrijving", "withdrawal", "withdrawals", "debitamount", "moneyout"],
  credit: ["credit", "haben", "abono", "bijschrijving", "deposit", "deposits", "creditamount", "moneyin"],
  currency: ["currency", "waehrung", "devise", "moneda", "currencycode", "iso", "ccy", "divisa", "munt", "muntsoort"],
  endToEndId: [
    "endtoendid",
    "endtoendreference",
    "eref",
    "endtoendidentification",
    "endtoendreferenz",
    "kundenreferenzendtoend",
  ],
  bankReference: ["bankreference", "transactionid", "transaktionsid", "bankref"],
  payerAccount: [
    "iban",
    "payeriban",
    "counterpartyiban",
    "account",
    "kontonummer",
    "tegenrekening",
    "compte",
    "cuenta",
    "kontonummeriban",
    "tegenrekeningibanbban",
    "counterpartyaccount",
    "payeraccount",
  ],
  payerName: [
    "payername",
    "payer",
    "counterparty",
    "counterpartyname",
    "name",
    "auftraggeber",
    "beguenstigterzahlungspflichtiger",
    "zahlungspflichtiger",
    "nom",
    "ordenante",
    "naam",
    "tegenpartij",
    "auftraggeberbeguenstigter",
    "beguenstigterauftraggeber",
    "auftraggeberempfaenger",
    "auftraggeberzahlungsempfaenger",
    "naamtegenpartij",
  ],
  remittance: [
    "remittance",
    "remittanceinformation",
    "verwendungszweck",
    "vorgangverwendungszweck",
    "purpose",
    "description",
    "details",
    "reference",
    "referenz",
    "libelle",
    "concepto",
    "omschrijving",
    "mededelingen",
    "communication",
    "memo",
    "text",
    "buchungstext",
  ],
};

/** The roles in the order they pick their columns: money and dates first, so text columns never take them. */
const ROLE_ORDER: readonly CsvRole[] = [
  "date",
  "bookingDate",
  "amount",
  "debit",
  "credit",
  "currency",
  "endToEndId",
  "bankReference",
  "payerAccount",
  "payerName",
  "remittance",
];

/** Roles whose column may carry the currency in its name (`Betrag (EUR)`, `Amount USD`). */
const MONEY_ROLES: ReadonlySet<CsvRole> = new Set(["amount", "debit", "credit"]);

/**
 * Names of a column that says whether an unsigned amount is a debit or a credit (`Soll/Haben`, `Af Bij`, `D/C`):
 * next to one, an amount column is only trusted as signed when a sampled amount is negative.
 */
const DIRECTION_NAMES: ReadonlySet<string> = new Set([
  "sollhaben",
  "habensoll",
  "sh",
  "afbij",
  "bijaf",
  "debitcredit",
  "creditdebit",
  "dc",
  "cd",
  "drcr",
  "crdr",
  "cdindicator",
  "dcindicator",
  "creditdebitindicator",
  "debitcreditindicator",
  "sens",
  "direction",
  "cargoabono",
]);

/** A column name for comparison: lower-case ASCII letters and digits only (`Währung` → `waehrung`). */
export function normalizeColumnName(name: string): string {
  return transliterate(name).replace(/[^a-z0-9]/g, "");
}

/**
 * Whether a column (raw and normalised name) is named by a synonym of a role: the same name, or for an amount
 * column the name followed by an ISO 4217 code written in capitals (`Betrag (EUR)`, but not `Amount all`).
 */
function fits(role: CsvRole, synonym: string, raw: string, column: string): boolean {
  if (column === synonym) return true;
  if (!MONEY_ROLES.has(role) || column.length !== synonym.length + 3 || !column.startsWith(synonym)) return false;
  return currencyInName(raw) === column.slice(synonym.length).toUpperCase();
}

/**
 * The ISO 4217 code a column name ends in, written in capitals and followed by nothing but punctuation or spaces
 * (`Betrag (EUR)`, `Debit EUR`); otherwise `undefined`.
 */
export function currencyInName(name: string): string | undefined {
  const code = /([A-Z]{3})[^A-Za-z]*$/.exec(name)?.[1];
  return code !== undefined && isCurrencyCode(code) ? code : undefined;
}

/**
 * The column index each role is found at, by the normalised names of the header: for each role in turn, its
 * earliest synonym that names a column not taken yet. A column serves one role at most.
 */
export function findColumns(header: readonly string[]): Map<CsvRole, number> {
  const normalized = header.map(normalizeColumnName);
  const found = new Map<CsvRole, number>();
  const taken = new Set<number>();
  for (const role of ROLE_ORDER) {
    for (const synonym of NAMES[role]) {
      const index = normalized.findIndex((column, i) => !taken.has(i) && fits(role, synonym, header[i] ?? "", column));
      if (index !== -1) {
        found.set(role, index);
        taken.add(index);
        break;
      }
    }
  }
  return found;
}

/** The index of a column that gives the direction of unsigned amounts, or -1. */
export function findDirectionColumn(header: readonly string[]): number {
  return header.findIndex((name) => DIRECTION_NAMES.has(normalizeColumnName(name)));
}
