import { fc, test } from "@fast-check/vitest";
import {
  type CsvMapping,
  csvMappingSchema,
  inferCsvMapping,
  parseBankStatement,
  parseCsvStatement,
} from "@o2c/cash-application";
import { isO2CError, Money, ValidationError } from "@o2c/core";
import { describe, expect, it } from "vitest";
import { errorOf, where } from "./parseErrors.js";

/** Infers the mapping, checks it is a valid mapping, and parses the same content with it. */
function inferAndParse(content: string, currencyCode?: string) {
  const mapping = inferCsvMapping(content, currencyCode === undefined ? undefined : { currencyCode });
  expect(csvMappingSchema.safeParse(mapping).success).toBe(true);
  const parsed = parseCsvStatement(content, mapping);
  expect(parsed.warnings).toEqual([]);
  expect(parseBankStatement(content, { csv: mapping }).statements).toEqual(parsed.statements);
  return { mapping, transactions: parsed.statements[0]?.transactions ?? [] };
}

const brief = (transactions: readonly { valueDate: string; amount: string; currency: string; direction: string }[]) =>
  transactions.map((t) => [t.valueDate, t.amount, t.currency, t.direction]);

describe("inferCsvMapping", () => {
  it("reads an English export: commas, ISO dates, dot decimals with comma grouping", () => {
    const csv = [
      "Booking Date,Value Date,Counterparty,IBAN,Description,Amount,Currency,End-to-End ID,Balance",
      '2026-03-02,2026-03-03,"Acme, Inc.",GB33BUKB20201555555555,INV-1001,"1,234.56",GBP,E2E-1,"10,000.00"',
      "2026-03-04,2026-03-04,Bank,,Fee,-12.50,GBP,,9987.50",
    ].join("\n");
    const { mapping, transactions } = inferAndParse(csv);
    expect(mapping).toEqual({
      date: "Value Date",
      bookingDate: "Booking Date",
      amount: "Amount",
      currency: "Currency",
      payerName: "Counterparty",
      payerAccount: "IBAN",
      remittance: "Description",
      endToEndId: "End-to-End ID",
      delimiter: ",",
      headerRow: true,
      dateFormat: "YYYY-MM-DD",
      decimalSeparator: ".",
      thousandsSeparator: ",",
    } satisfies CsvMapping);
    expect(brief(transactions)).toEqual([
      ["2026-03-03", "1234.56", "GBP", "credit"],
      ["2026-03-04", "12.50", "GBP", "debit"],
    ]);
    expect(transactions[0]).toMatchObject({
      bookingDate: "2026-03-02",
      payerName: "Acme, Inc.",
      payerAccount: "GB33BUKB20201555555555",
      remittance: "INV-1001",
      endToEndId: "E2E-1",
    });
  });

  it("reads a German export: semicolons, BOM, CRLF, DD.MM.YYYY, 1.234,56 and umlauts in the header", () => {
    const csv = [
      "\uFEFFBuchungstag;Valutadatum;Auftraggeber/Begünstigter;Verwendungszweck;IBAN;Betrag;Währung",
      "02.03.2026;03.03.2026;Müller GmbH;RE 2026-0042;DE89370400440532013000;1.234,56;EUR",
      '05.03.2026;05.03.2026;Stadtwerke;"Abschlag; März";DE02120300000000202051;-89,90;EUR',
      "31.03.2026;01.04.2026;Kunde AG;RE 7;DE75512108001245126199;17,00;EUR",
    ].join("\r\n");
    const { mapping, transactions } = inferAndParse(csv);
    expect(mapping).toEqual({
      date: "Valutadatum",
      bookingDate: "Buchungstag",
      amount: "Betrag",
      currency: "Währung",
      payerName: "Auftraggeber/Begünstigter",
      payerAccount: "IBAN",
      remittance: "Verwendungszweck",
      delimiter: ";",
      headerRow: true,
      dateFormat: "DD.MM.YYYY",
      decimalSeparator: ",",
      thousandsSeparator: ".",
    } satisfies CsvMapping);
    expect(brief(transactions)).toEqual([
      ["2026-03-03", "1234.56", "EUR", "credit"],
      ["2026-03-05", "89.90", "EUR", "debit"],
      ["2026-04-01", "17.00", "EUR", "credit"],
    ]);
    expect(transactions[1]).toMatchObject({ remittance: "Abschlag; März", bookingDate: "2026-03-05" });
  });

  it("maps debit and credit columns (French, space grouping) and a booking date alone", () => {
    const csv = [
      "Date opération;Libellé;Débit;Crédit;Devise",
      "02.03.2026;VIR SEPA CLIENT DUPONT;;1 250,00;EUR",
      "03.03.2026;FRAIS;4,50;;EUR",
    ].join("\n");
    const { mapping, transactions } = inferAndParse(csv);
    expect(mapping).toEqual({
      date: "Date opération",
      debit: "Débit",
      credit: "Crédit",
      currency: "Devise",
      remittance: "Libellé",
      delimiter: ";",
      headerRow: true,
      dateFormat: "DD.MM.YYYY",
      decimalSeparator: ",",
      thousandsSeparator: " ",
    } satisfies CsvMapping);
    expect(brief(transactions)).toEqual([
      ["2026-03-02", "1250.00", "EUR", "credit"],
      ["2026-03-03", "4.50", "EUR", "debit"],
    ]);
  });

  it("maps US withdrawal/deposit columns with month-first dates", () => {
    const csv = "Date,Description,Withdrawal,Deposit\n03/02/2026,ACH ACME,,500.00\n03/17/2026,CHECK 12,75.25,\n";
    const { mapping, transactions } = inferAndParse(csv, "USD");
    expect(mapping).toMatchObject({ date: "Date", debit: "Withdrawal", credit: "Deposit", currencyCode: "USD" });
    expect(mapping.dateFormat).toBe("MM/DD/YYYY");
    expect(brief(transactions)).toEqual([
      ["2026-03-02", "500.00", "USD", "credit"],
      ["2026-03-17", "75.25", "USD", "debit"],
    ]);
  });

  it("reads tab-separated Spanish and Dutch headers", () => {
    const es = inferAndParse("Fecha valor\tConcepto\tImporte\tOrdenante\n2026-03-02\tFRA 55\t-1.5\tLópez SL\n", "EUR");
    expect(es.mapping).toMatchObject({
      date: "Fecha valor",
      remittance: "Concepto",
      amount: "Importe",
      payerName: "Ordenante",
      delimiter: "\t",
    });
    expect(brief(es.transactions)).toEqual([["2026-03-02", "1.50", "EUR", "debit"]]);
    const nl = inferAndParse(
      "Datum,Naam,Tegenrekening,Bedrag,Munt,Omschrijving\n2026-03-02,Jansen BV,NL91ABNA0417164300,25.00,EUR,F 9\n",
    );
    expect(nl.mapping).toMatchObject({ payerName: "Naam", payerAccount: "Tegenrekening", currency: "Munt" });
    expect(nl.transactions[0]).toMatchObject({ payerAccount: "NL91ABNA0417164300", remittance: "F 9" });
  });

  it("accepts an amount column whose name carries the currency, such as Betrag (EUR), and reads the currency there", () => {
    const { mapping, transactions } = inferAndParse("Datum;Betrag (EUR);Text\n02.03.2026;-3,00;Gebühr\n");
    expect(mapping).toMatchObject({ amount: "Betrag (EUR)", currencyCode: "EUR" });
    expect(brief(transactions)).toEqual([["2026-03-02", "3.00", "EUR", "debit"]]);
    // The option wins over the name; debit and credit columns must name the same code.
    expect(inferAndParse("Datum;Betrag (EUR);Text\n02.03.2026;-3,00;x\n", "CHF").mapping.currencyCode).toBe("CHF");
    expect(inferAndParse("Date,Debit EUR,Credit EUR\n2026-03-02,,5.00\n").mapping.currencyCode).toBe("EUR");
    const mixed = errorOf(() => inferCsvMapping("Date,Debit EUR,Credit USD\n2026-03-02,,5.00\n"));
    expect(where(mixed)).toEqual(["STATEMENT_MISSING_FIELD", 1, "currency"]);
  });

  it("takes the currency from options.currencyCode when the file has no currency column, else refuses", () => {
    const csv = "Date,Amount,Reference\n2026-03-02,119.00,INV-1\n";
    const { mapping, transactions } = inferAndParse(csv, "CHF");
    expect(mapping.currencyCode).toBe("CHF");
    expect(mapping.currency).toBeUndefined();
    expect(brief(transactions)).toEqual([["2026-03-02", "119.00", "CHF", "credit"]]);
    const error = errorOf(() => inferCsvMapping(csv));
    expect(where(error)).toEqual(["STATEMENT_MISSING_FIELD", 1, "currency"]);
    expect(error.message).toContain('"Date", "Amount", "Reference"');
    // A currency column wins over the option.
    expect(inferCsvMapping("Date,Amount,Currency\n2026-03-02,1.00,EUR\n", { currencyCode: "USD" })).toMatchObject({
      currency: "Currency",
    });
    expect(inferCsvMapping("Date,Amount,Currency\n2026-03-02,1.00,EUR\n").currencyCode).toBeUndefined();
  });

  it("does not read Valuta as a currency", () => {
    const { mapping } = inferAndParse("Buchung;Valuta;Betrag\n01.03.2026;02.03.2026;5,00\n", "EUR");
    expect(mapping).toMatchObject({ date: "Valuta", bookingDate: "Buchung", currencyCode: "EUR" });
  });

  it("names the missing role and the columns found when a header is unknown", () => {
    const noDate = errorOf(() => inferCsvMapping("Foo;Bar;Baz\n1;2;3\n", { currencyCode: "EUR" }));
    expect(where(noDate)).toEqual(["STATEMENT_MISSING_FIELD", 1, "date"]);
    expect(noDate.message).toContain('"Foo", "Bar", "Baz"');
    expect(noDate.message).toContain("explicit CSV mapping");
    const noAmount = errorOf(() => inferCsvMapping("Date,Balance,Currency\n2026-03-02,10.00,EUR\n"));
    expect(where(noAmount)).toEqual(["STATEMENT_MISSING_FIELD", 1, "amount"]);
  });

  it("reads slashed dates month first only when a day above 12 shows it, and refuses them otherwise", () => {
    const { mapping, transactions } = inferAndParse("Date,Amount\n05/06/2026,1.00\n05/16/2026,2.00\n", "USD");
    expect(mapping.dateFormat).toBe("MM/DD/YYYY");
    expect(transactions[0]?.valueDate).toBe("2026-05-06");
    const either = errorOf(() => inferCsvMapping("Date,Amount\n05/06/2026,1.00\n", { currencyCode: "USD" }));
    expect(where(either)).toEqual(["STATEMENT_UNKNOWN_FORMAT", 2, "Date"]);
    expect(either.message).toContain("month first or day first");
    const dayFirst = errorOf(() =>
      inferCsvMapping("Date,Amount\n05/06/2026,1.00\n13/06/2026,2.00\n", { currencyCode: "USD" }),
    );
    expect(where(dayFirst)).toEqual(["STATEMENT_UNKNOWN_FORMAT", 3, "Date"]);
  });

  it("refuses dates written in more than one format, or in none it can read", () => {
    const mixed = errorOf(() =>
      inferCsvMapping("Date,Amount\n2026-03-02,1.00\n03.03.2026,2.00\n", { currencyCode: "EUR" }),
    );
    expect(where(mixed)).toEqual(["STATEMENT_UNKNOWN_FORMAT", 3, "Date"]);
    const short = errorOf(() => inferCsvMapping("Date,Amount\n02.03.26,1.00\n", { currencyCode: "EUR" }));
    expect(where(short)).toEqual(["STATEMENT_UNKNOWN_FORMAT", 2, "Date"]);
  });

  it("refuses amounts whose decimal separator cannot be told, and reads them once another row tells it", () => {
    const alone = errorOf(() => inferCsvMapping('Date,Amount\n2026-03-02,"1,250"\n', { currencyCode: "EUR" }));
    expect(where(alone)).toEqual(["STATEMENT_UNKNOWN_FORMAT", 2, "Amount"]);
    const german = errorOf(() => inferCsvMapping("Datum;Betrag\n02.03.2026;1.000\n", { currencyCode: "EUR" }));
    expect(where(german)).toEqual(["STATEMENT_UNKNOWN_FORMAT", 2, "Betrag"]);
    const told = inferAndParse('Date,Amount\n2026-03-02,"1,250"\n2026-03-03,12.50\n', "EUR");
    expect(told.mapping).toMatchObject({ decimalSeparator: ".", thousandsSeparator: "," });
    expect(told.transactions.map((t) => t.amount)).toEqual(["1250.00", "12.50"]);
    const mixed = errorOf(() =>
      inferCsvMapping("Datum;Betrag\n02.03.2026;1.234,56\n03.03.2026;12.50\n", { currencyCode: "EUR" }),
    );
    expect(where(mixed)).toEqual(["STATEMENT_UNKNOWN_FORMAT", 2, "Betrag"]);
    const symbol = errorOf(() => inferCsvMapping("Date,Amount\n2026-03-02,€12.50\n", { currencyCode: "EUR" }));
    expect(where(symbol)).toEqual(["STATEMENT_UNKNOWN_FORMAT", 2, "Amount"]);
  });

  it("reads the formats from the first 20 rows: a later row written otherwise is a warning when parsed", () => {
    const rows = Array.from({ length: 20 }, (_, i) => `${String(i + 1).padStart(2, "0")}.03.2026;12,50`);
    const csv = ["Datum;Betrag", ...rows, "21.03.2026;1.234,56", "2026-03-22;1,00"].join("\n");
    const mapping = inferCsvMapping(csv, { currencyCode: "EUR" });
    expect(mapping).toMatchObject({ dateFormat: "DD.MM.YYYY", decimalSeparator: "," });
    expect(mapping.thousandsSeparator).toBeUndefined();
    const parsed = parseCsvStatement(csv, mapping);
    expect(parsed.statements[0]?.transactions).toHaveLength(20);
    expect(parsed.warnings.map((w) => [w.code, w.line])).toEqual([
      ["STATEMENT_INVALID_AMOUNT", 22],
      ["STATEMENT_INVALID_DATE", 23],
    ]);
  });

  it("refuses an unsigned amount beside a debit/credit indicator column, and accepts a signed one", () => {
    const unsigned = errorOf(() =>
      inferCsvMapping("Buchungstag;Umsatz;Soll/Haben;Währung\n02.03.2026;10,00;S\n03.03.2026;20,00;H\n"),
    );
    expect(where(unsigned)).toEqual(["STATEMENT_UNKNOWN_FORMAT", 1, "Soll/Haben"]);
    const signed = inferAndParse("Buchungstag;Umsatz;Soll/Haben;Währung\n02.03.2026;-10,00;S;EUR\n");
    expect(signed.mapping.amount).toBe("Umsatz");
  });

  it("refuses an empty file, a header without rows and a file without a header row", () => {
    expect(where(errorOf(() => inferCsvMapping("")))).toEqual(["STATEMENT_MALFORMED_RECORD", 1, undefined]);
    expect(where(errorOf(() => inferCsvMapping("\uFEFF\r\n\n")))).toEqual(["STATEMENT_MALFORMED_RECORD", 1, undefined]);
    expect(where(errorOf(() => inferCsvMapping("Date,Amount,Currency\n")))).toEqual([
      "STATEMENT_MALFORMED_RECORD",
      1,
      undefined,
    ]);
    expect(where(errorOf(() => inferCsvMapping("2026-03-02,1.00,EUR\n2026-03-03,2.00,EUR\n")))).toEqual([
      "STATEMENT_MALFORMED_RECORD",
      1,
      undefined,
    ]);
    expect(errorOf(() => inferCsvMapping('Date,"Amount\n2026-03-02,1.00\n')).code).toBe("STATEMENT_MALFORMED_RECORD");
  });

  it("validates its input with VALIDATION_FAILED", () => {
    for (const [run, path] of [
      [() => inferCsvMapping(42 as unknown as string), ["content"]],
      [() => inferCsvMapping("Date,Amount\n2026-03-02,1.00\n", { currencyCode: "eur" }), ["options", "currencyCode"]],
    ] as const) {
      let caught: unknown;
      try {
        run();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      expect(isO2CError(caught, "VALIDATION_FAILED")).toBe(true);
      expect((caught as ValidationError).issues[0]?.path).toEqual(path);
    }
  });
});

// Property: a file written in any supported style, with its columns in any order, infers back.

const HEADERS = {
  date: ["Date", "Value Date", "Buchungstag", "Valutadatum", "Fecha valor", "Date opération", "Boekdatum"],
  amount: ["Amount", "Betrag", "Montant", "Importe", "Bedrag"],
  currency: ["Currency", "Währung", "Devise", "Moneda"],
  name: ["Counterparty", "Auftraggeber", "Nom", "Naam", "Payer"],
  text: ["Description", "Verwendungszweck", "Libellé", "Concepto", "Omschrijving"],
} as const;
type Column = keyof typeof HEADERS;

const NUMBER_STYLES = [
  { decimal: ".", thousands: "" },
  { decimal: ".", thousands: "," },
  { decimal: ",", thousands: "" },
  { decimal: ",", thousands: "." },
  { decimal: ",", thousands: " " },
] as const;

const DATE_STYLES = ["YYYY-MM-DD", "DD.MM.YYYY", "MM/DD/YYYY"] as const;

const arbRow = fc.record({
  minor: fc.bigInt({ min: 0n, max: 10n ** 11n }),
  credit: fc.boolean(),
  date: fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2079-12-31T00:00:00Z"), noInvalidDate: true }),
  currency: fc.constantFrom("EUR", "USD", "CHF"),
  name: fc.string({ maxLength: 12 }),
  text: fc.string({ maxLength: 20 }),
});
type Row = typeof arbRow extends fc.Arbitrary<infer T> ? T : never;

const arbFile = fc.record({
  // Up to the 20 rows the formats are read from: a later row written otherwise is a parse warning (tested above).
  rows: fc.array(arbRow, { minLength: 1, maxLength: 20 }),
  delimiter: fc.constantFrom(";", ",", "\t"),
  numbers: fc.constantFrom(...NUMBER_STYLES),
  dates: fc.constantFrom(...DATE_STYLES),
  order: fc.shuffledSubarray<Column>(["date", "amount", "currency", "name", "text"], { minLength: 5 }),
  names: fc.record({
    date: fc.constantFrom(...HEADERS.date),
    amount: fc.constantFrom(...HEADERS.amount),
    currency: fc.constantFrom(...HEADERS.currency),
    name: fc.constantFrom(...HEADERS.name),
    text: fc.constantFrom(...HEADERS.text),
  }),
});

const iso = (d: Date) => d.toISOString().slice(0, 10);

function writeDate(date: Date, style: (typeof DATE_STYLES)[number]): string {
  const [y, m, d] = iso(date).split("-");
  if (style === "DD.MM.YYYY") return `${d}.${m}.${y}`;
  if (style === "MM/DD/YYYY") return `${m}/${d}/${y}`;
  return `${y}-${m}-${d}`;
}

function writeAmount(row: Row, style: (typeof NUMBER_STYLES)[number]): string {
  const [whole = "", fraction = ""] = Money.fromMinor(row.minor, row.currency).toString().split(".");
  const grouped = style.thousands === "" ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.thousands);
  return `${row.credit ? "" : "-"}${grouped}${style.decimal}${fraction}`;
}

describe("properties", () => {
  test.prop([arbFile])(
    "a file in any delimiter, number style, date style and column order infers a mapping that reads back its amounts and dates",
    (file) => {
      const cell = (value: string) =>
        /["\r\n]/.test(value) || value.includes(file.delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
      const write = (row: Row, column: Column): string => {
        if (column === "date") return writeDate(row.date, file.dates);
        if (column === "amount") return writeAmount(row, file.numbers);
        if (column === "currency") return row.currency;
        return row[column];
      };
      const lines = [
        file.order.map((column) => file.names[column]).join(file.delimiter),
        ...file.rows.map((row) => file.order.map((column) => cell(write(row, column))).join(file.delimiter)),
      ];
      const content = lines.join("\n");
      // Slashed dates are read month first only when some day above 12 shows it; otherwise they are refused.
      const ambiguous = file.dates === "MM/DD/YYYY" && file.rows.every((row) => row.date.getUTCDate() <= 12);
      if (ambiguous) {
        expect(() => inferCsvMapping(content)).toThrow(/month first or day first/);
        return;
      }
      const mapping = inferCsvMapping(content);
      expect(mapping).toMatchObject({ date: file.names.date, amount: file.names.amount, delimiter: file.delimiter });
      const parsed = parseCsvStatement(content, mapping);
      expect(parsed.warnings).toEqual([]);
      expect(brief(parsed.statements[0]?.transactions ?? [])).toEqual(
        file.rows.map((row) => [
          iso(row.date),
          Money.fromMinor(row.minor, row.currency).toString(),
          row.currency,
          row.credit ? "credit" : "debit",
        ]),
      );
    },
  );
});
