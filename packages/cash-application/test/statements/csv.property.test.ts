import { fc, test } from "@fast-check/vitest";
import {
  type BankTransaction,
  parseCamt053,
  parseCsvStatement,
  parseMt940,
  type StatementParseError,
  toPaymentInputs,
} from "@o2c/cash-application";
import { Money } from "@o2c/core";
import { describe, expect, it } from "vitest";

describe("CSV examples", () => {
  it("reads debit/credit columns, quoted fields with delimiters, quotes and newlines", () => {
    const csv =
      'Date,Debit,Credit,Name,Text\n03/02/2026,,"1,234.50","Doe, ""J""","line one\nline two"\n03/03/2026,10.00,,Bank,fee\n';
    const parsed = parseCsvStatement(csv, {
      date: "Date",
      debit: "Debit",
      credit: "Credit",
      payerName: "Name",
      remittance: "Text",
      currencyCode: "USD",
      thousandsSeparator: ",",
      dateFormat: "MM/DD/YYYY",
    });
    const [a, b] = parsed.statements[0]?.transactions ?? [];
    expect(a).toMatchObject({
      amount: "1234.50",
      direction: "credit",
      payerName: 'Doe, "J"',
      remittance: "line one line two",
      valueDate: "2026-03-02",
      source: { line: 2 },
    });
    expect(b).toMatchObject({ amount: "10.00", direction: "debit", source: { line: 4 } });
  });
  it("reads columns by index without a header and German decimal commas", () => {
    const parsed = parseCsvStatement("31.12.2025;-1.000,5;KWD\n", {
      date: 0,
      amount: 1,
      currency: 2,
      headerRow: false,
      delimiter: ";",
      decimalSeparator: ",",
      thousandsSeparator: ".",
      dateFormat: "DD.MM.YYYY",
    });
    expect(parsed.statements[0]?.transactions[0]).toMatchObject({
      amount: "1000.500",
      currency: "KWD",
      direction: "debit",
      valueDate: "2025-12-31",
    });
  });
  it("warns about bad rows with line and column, and keeps the others", () => {
    const parsed = parseCsvStatement("d,a\n2026-01-01,1.00\n2026-13-01,2.00\n2026-01-02,x\n", {
      date: "d",
      amount: "a",
      currencyCode: "EUR",
    });
    expect(parsed.warnings.map((w) => [w.code, w.line, w.field])).toEqual([
      ["STATEMENT_INVALID_DATE", 3, "d"],
      ["STATEMENT_INVALID_AMOUNT", 4, "a"],
    ]);
    expect(parsed.statements[0]?.transactions).toHaveLength(1);
  });
  it("rejects a missing column, an unclosed quote and a bad mapping", () => {
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return [(error as StatementParseError).code, (error as StatementParseError).path];
      }
      return undefined;
    };
    expect(code(() => parseCsvStatement("d,a\n", { date: "d", amount: "b", currencyCode: "EUR" }))).toEqual([
      "STATEMENT_MISSING_FIELD",
      ["mapping", "amount"],
    ]);
    expect(
      code(() => parseCsvStatement('d,a\n"2026-01-01,1\n', { date: "d", amount: "a", currencyCode: "EUR" }))?.[0],
    ).toBe("STATEMENT_MALFORMED_RECORD");
    expect(code(() => parseCsvStatement("d\n", { date: "d", currencyCode: "EUR" }))).toEqual([
      "VALIDATION_FAILED",
      ["mapping", "amount"],
    ]);
  });
});

const currencies = ["EUR", "JPY", "KWD"] as const;
const arbTx = fc.record({
  currency: fc.constantFrom(...currencies),
  minor: fc.bigInt({ min: 0n, max: 10n ** 12n }),
  credit: fc.boolean(),
  date: fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2079-12-31T00:00:00Z"), noInvalidDate: true }),
  name: fc.string({ maxLength: 20 }),
  text: fc.string({ maxLength: 40 }),
});
type Arb = typeof arbTx extends fc.Arbitrary<infer T> ? T : never;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

describe("properties", () => {
  test.prop([fc.array(arbTx, { maxLength: 15 })])(
    "a CSV rendering of transactions parses back to the same transactions",
    (txs) => {
      const rows = txs.map((t) => {
        const amount = Money.fromMinor(t.minor, t.currency).toString();
        return [iso(t.date), t.credit ? amount : `-${amount}`, t.currency, quote(t.name), quote(t.text)].join(";");
      });
      const parsed = parseCsvStatement(`date;amount;ccy;name;text\n${rows.join("\r\n")}`, {
        date: "date",
        amount: "amount",
        currency: "ccy",
        payerName: "name",
        remittance: "text",
        delimiter: ";",
      });
      const back = parsed.statements[0]?.transactions ?? [];
      const norm = (s: string) => s.replace(/\s+/g, " ").trim();
      expect(
        back.map((t) => [t.valueDate, t.amount, t.currency, t.direction, t.counterpartyName ?? "", t.remittance]),
      ).toEqual(
        txs.map((t: Arb) => [
          iso(t.date),
          Money.fromMinor(t.minor, t.currency).toString(),
          t.currency,
          t.credit ? "credit" : "debit",
          norm(t.name),
          norm(t.text),
        ]),
      );
    },
  );

  test.prop([
    fc.array(
      fc.record({
        minor: fc.bigInt({ min: 1n, max: 10n ** 9n }),
        credit: fc.boolean(),
        parts: fc.integer({ min: 1, max: 4 }),
      }),
      { minLength: 1, maxLength: 10 },
    ),
  ])("camt: the transactions of a statement sum to the sum of its entries, batches included", (entries) => {
    const xml = `<Document><BkToCstmrStmt><Stmt><Id>S</Id><Acct><Id><IBAN>X1</IBAN></Id><Ccy>EUR</Ccy></Acct>${entries
      .map((e) => {
        const shares = Money.fromMinor(e.minor, "EUR").split(e.parts);
        const details = shares.map((s) => `<TxDtls><Amt Ccy="EUR">${s.toString()}</Amt></TxDtls>`).join("");
        return `<Ntry><Amt Ccy="EUR">${Money.fromMinor(e.minor, "EUR").toString()}</Amt><CdtDbtInd>${e.credit ? "CRDT" : "DBIT"}</CdtDbtInd><ValDt><Dt>2026-01-01</Dt></ValDt><NtryDtls>${details}</NtryDtls></Ntry>`;
      })
      .join("")}</Stmt></BkToCstmrStmt></Document>`;
    const parsed = parseCamt053(xml);
    const signed = (t: BankTransaction) => (t.direction === "credit" ? 1n : -1n) * Money.of(t.amount, t.currency).minor;
    const total = (parsed.statements[0]?.transactions ?? []).reduce((sum, t) => sum + signed(t), 0n);
    expect(total).toBe(entries.reduce((sum, e) => sum + (e.credit ? e.minor : -e.minor), 0n));
    expect(parsed.statements[0]?.transactions).toHaveLength(entries.reduce((n, e) => n + e.parts, 0));
  });

  test.prop([
    fc.array(fc.record({ minor: fc.bigInt({ min: 0n, max: 10n ** 9n }), credit: fc.boolean() }), {
      minLength: 1,
      maxLength: 10,
    }),
  ])(
    "MT940: the transactions sum to the sum of the :61: lines, and toPaymentInputs yields only positive credits",
    (lines) => {
      const amount = (minor: bigint) => Money.fromMinor(minor, "EUR").toString().replace(".", ",");
      const text = [
        ":20:R",
        ":25:X",
        ":60F:C260101EUR0,",
        ...lines.map((l) => `:61:2601020102${l.credit ? "C" : "D"}${amount(l.minor)}NTRFNONREF`),
        "-",
      ].join("\n");
      const parsed = parseMt940(text);
      const txs = parsed.statements[0]?.transactions ?? [];
      const total = txs.reduce(
        (sum, t) => sum + (t.direction === "credit" ? 1n : -1n) * Money.of(t.amount, "EUR").minor,
        0n,
      );
      expect(total).toBe(lines.reduce((sum, l) => sum + (l.credit ? l.minor : -l.minor), 0n));
      const payments = toPaymentInputs(parsed);
      expect(payments.every((p) => Money.of(p.amount, p.currency).isPositive())).toBe(true);
      expect(payments).toHaveLength(lines.filter((l) => l.credit && l.minor > 0n).length);
    },
  );
});
