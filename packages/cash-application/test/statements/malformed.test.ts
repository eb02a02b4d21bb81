import { detectStatementFormat, parseBai2, parseBankStatement, parseCamt053, parseMt940 } from "@o2c/cash-application";
import { isO2CError } from "@o2c/core";
import { describe, expect, it } from "vitest";
import { errorOf, where } from "./parseErrors.js";

const camt = (entry: string) => `<?xml version="1.0"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04"><BkToCstmrStmt><Stmt>
<Id>S1</Id><Acct><Id><Othr><Id>12345</Id></Othr></Id><Ccy>KWD</Ccy></Acct>
${entry}
<Ntry><Amt Ccy="KWD">1.250</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><ValDt><Dt>2026-01-02</Dt></ValDt></Ntry>
</Stmt></BkToCstmrStmt></Document>`;

describe("camt malformed input", () => {
  it("throws STATEMENT_MALFORMED_XML with the line of a truncated document", () => {
    const error = errorOf(() => parseCamt053(camt("").slice(0, 200)));
    expect(error.code).toBe("STATEMENT_MALFORMED_XML");
    expect(error.line).toBeGreaterThan(0);
    expect(isO2CError(error)).toBe(true);
  });
  it("skips an entry with a bad amount, warns with its line, and keeps the others (KWD has 3 decimals)", () => {
    const parsed = parseCamt053(
      camt(`<Ntry><Amt Ccy="KWD">1,5</Amt><CdtDbtInd>CRDT</CdtDbtInd><ValDt><Dt>2026-01-02</Dt></ValDt></Ntry>`),
    );
    expect(parsed.warnings.map((w) => [w.code, w.line, w.field])).toEqual([["STATEMENT_INVALID_AMOUNT", 4, "Amt"]]);
    expect(parsed.statements[0]?.transactions.map((t) => t.amount)).toEqual(["1.250"]);
    expect(parsed.statements[0]?.transactions[0]?.id).toBe("S1/2");
  });
  it("rejects an amount with non-zero digits beyond the currency (would need rounding)", () => {
    const error = errorOf(() =>
      parseCamt053(
        camt(`<Ntry><Amt Ccy="KWD">1.2345</Amt><CdtDbtInd>CRDT</CdtDbtInd><ValDt><Dt>2026-01-02</Dt></ValDt></Ntry>`),
        { strict: true },
      ),
    );
    expect(where(error)).toEqual(["STATEMENT_INVALID_AMOUNT", 4, "Amt"]);
  });
  it("reports a bad date and a missing CdtDbtInd", () => {
    const bad = parseCamt053(
      camt(`<Ntry><Amt Ccy="KWD">1</Amt><CdtDbtInd>CRDT</CdtDbtInd><ValDt><Dt>2026-02-30</Dt></ValDt></Ntry>`),
    );
    expect(bad.warnings.map((w) => [w.code, w.field])).toEqual([["STATEMENT_INVALID_DATE", "ValDt"]]);
    const missing = parseCamt053(camt(`<Ntry><Amt Ccy="KWD">1</Amt><ValDt><Dt>2026-01-02</Dt></ValDt></Ntry>`));
    expect(missing.warnings.map((w) => [w.code, w.field])).toEqual([["STATEMENT_MISSING_FIELD", "CdtDbtInd"]]);
  });
  it("sends a broken BAI2 file to the BAI2 parser, which names its bad record, not to CSV inference", () => {
    const broken = "00,0004,1/2/345,06/0321,0829,001,80,1,2/\n02,12345,0004,1,060321,0829,,2/\n";
    expect(detectStatementFormat(broken)).toBe("bai2");
    expect(where(errorOf(() => parseBankStatement(broken)))).toEqual(["STATEMENT_MALFORMED_RECORD", 1, "record code"]);
    expect(detectStatementFormat("Date,Amount,Text\n2026-03-01,10.00,a/\n")).toBe("csv");
  });
  it("tells a camt.054 from a camt.053", () => {
    const xml = `<Document><BkToCstmrDbtCdtNtfctn><Ntfctn/></BkToCstmrDbtCdtNtfctn></Document>`;
    expect(errorOf(() => parseCamt053(xml)).code).toBe("STATEMENT_UNKNOWN_FORMAT");
    expect(detectStatementFormat(xml)).toBe("camt.054");
  });
  it("checks that a batch's details add up to the entry", () => {
    const parsed = parseCamt053(
      camt(`<Ntry><Amt Ccy="KWD">3.000</Amt><CdtDbtInd>CRDT</CdtDbtInd><ValDt><Dt>2026-01-02</Dt></ValDt><NtryDtls>
<TxDtls><Amt Ccy="KWD">1.000</Amt></TxDtls><TxDtls><Amt Ccy="KWD">1.500</Amt></TxDtls></NtryDtls></Ntry>`),
    );
    expect(parsed.warnings.map((w) => [w.code, w.line, w.field])).toEqual([["STATEMENT_BATCH_MISMATCH", 4, "TxDtls"]]);
  });
  it("shares the rest of a batch among details without an amount", () => {
    const parsed = parseCamt053(
      camt(`<Ntry><Amt Ccy="KWD">3.000</Amt><CdtDbtInd>CRDT</CdtDbtInd><ValDt><Dt>2026-01-02</Dt></ValDt><NtryDtls>
<TxDtls><Amt Ccy="KWD">1.000</Amt></TxDtls><TxDtls/><TxDtls/></NtryDtls></Ntry>`),
    );
    expect(parsed.statements[0]?.transactions.slice(0, 3).map((t) => t.amount)).toEqual(["1.000", "1.000", "1.000"]);
    expect(parsed.warnings).toEqual([]);
  });
});

const mt940 = (line61: string) =>
  [
    ":20:REF",
    ":25:DE89370400440532013000",
    ":28C:1/1",
    ":60F:C251231JPY1000,",
    line61,
    ":86:/NAME/ACME/REMI/INV-1",
    ":61:2601020102C500,NTRFNONREF",
    ":62F:C260102JPY1500,",
    "-",
  ].join("\n");

describe("MT940 malformed input", () => {
  it("reads JPY amounts without decimals", () => {
    const parsed = parseMt940(mt940(":61:2601020102D0,NMSCNONREF"));
    expect(parsed.statements[0]?.transactions.map((t) => t.amount)).toEqual(["0", "500"]);
    expect(parsed.statements[0]?.closingBalance?.amount).toBe("1500");
  });
  it("skips a :61: with a bad amount and warns with its line and tag", () => {
    const parsed = parseMt940(mt940(":61:2601020102C5.00NTRFNONREF"));
    expect(parsed.warnings.map((w) => [w.code, w.line, w.field])).toEqual([["STATEMENT_INVALID_AMOUNT", 5, ":61:"]]);
    expect(parsed.statements[0]?.transactions).toHaveLength(1);
    expect(errorOf(() => parseMt940(mt940(":61:2601020102C5.00NTRFNONREF"), { strict: true })).code).toBe(
      "STATEMENT_INVALID_AMOUNT",
    );
  });
  it("reports a bad value date", () => {
    const error = errorOf(() => parseMt940(mt940(":61:2613020102C5,00NTRFNONREF"), { strict: true }));
    expect(where(error)).toEqual(["STATEMENT_INVALID_DATE", 5, ":61:"]);
  });
  it("rolls the entry date over the turn of the year", () => {
    const tx = parseMt940(mt940(":61:2512311231C5,00NTRFNONREF")).statements[0]?.transactions[0];
    expect([tx?.valueDate, tx?.bookingDate]).toEqual(["2025-12-31", "2025-12-31"]);
    const next = parseMt940(mt940(":61:2512310102C5,00NTRFNONREF")).statements[0]?.transactions[0];
    expect(next?.bookingDate).toBe("2026-01-02");
  });
  it("books RC (reversal of a credit) as a debit and RD as a credit", () => {
    const rc = parseMt940(mt940(":61:2601020102RC5,NTRFNONREF")).statements[0]?.transactions[0];
    const rd = parseMt940(mt940(":61:2601020102RD5,NTRFNONREF")).statements[0]?.transactions[0];
    expect([rc?.direction, rd?.direction]).toEqual(["debit", "credit"]);
  });
  it("skips a message without opening balance (missing mandatory field) with a warning", () => {
    const parsed = parseMt940(":20:A\n:25:X\n:61:2601020102C5,NTRFNONREF\n-\n:20:B\n:25:Y\n:60F:C260101EUR0,\n");
    expect(parsed.warnings.map((w) => [w.code, w.line, w.field])).toEqual([["STATEMENT_MISSING_FIELD", 1, ":60F:"]]);
    expect(parsed.statements.map((s) => s.id)).toEqual(["B"]);
  });
  it("throws on text with no MT940 message", () => {
    expect(where(errorOf(() => parseMt940("hello")))).toEqual(["STATEMENT_MISSING_FIELD", 1, ":20:"]);
  });
});

const bai2 = (lines: string[]) => lines.join("\n");
const goodBai2 = [
  "01,BANK,ACME,260301,0800,1,,,2/",
  "02,ACME,BANK,1,260301,,JPY,2/",
  "03,ACC1,,010,1000,,/",
  "16,175,500,V,260302,,BR-1,CR-1,Invoice 1/2, paid/",
  "16,475,200,Z,BR-2,,Fee/",
  "49,1700,4/",
  "98,1700,1,6/",
  "99,1700,1,8/",
];

describe("BAI2 malformed input", () => {
  it("reads the hand-written file: JPY without decimals, V value date, text with / and ,", () => {
    const [credit, debit] = parseBai2(bai2(goodBai2)).statements[0]?.transactions ?? [];
    expect(credit).toMatchObject({
      amount: "500",
      valueDate: "2026-03-02",
      remittance: "Invoice 1/2, paid",
      bankReference: "BR-1",
      direction: "credit",
    });
    expect(debit).toMatchObject({ amount: "200", direction: "debit", valueDate: "2026-03-01" });
  });
  it("throws STATEMENT_MISSING_FIELD for a truncated file", () => {
    expect(where(errorOf(() => parseBai2(bai2(goodBai2.slice(0, 5)))))).toEqual(["STATEMENT_MISSING_FIELD", 5, "49"]);
  });
  it("throws STATEMENT_CHECKSUM_MISMATCH for a wrong account total and a wrong record count", () => {
    const total = [...goodBai2];
    total[5] = "49,1701,4/";
    expect(where(errorOf(() => parseBai2(bai2(total))))).toEqual([
      "STATEMENT_CHECKSUM_MISMATCH",
      6,
      "49 control total",
    ]);
    const records = [...goodBai2];
    records[7] = "99,1700,1,9/";
    expect(where(errorOf(() => parseBai2(bai2(records))))).toEqual([
      "STATEMENT_CHECKSUM_MISMATCH",
      8,
      "99 number of records",
    ]);
  });
  it("throws STATEMENT_INVALID_DATE for a bad as-of date", () => {
    const lines = [...goodBai2];
    lines[1] = "02,ACME,BANK,1,261301,,JPY,2/";
    expect(where(errorOf(() => parseBai2(bai2(lines))))).toEqual(["STATEMENT_INVALID_DATE", 2, "02 as-of date"]);
  });
  it("skips a detail with a bad amount with a warning (and cannot check that account's total)", () => {
    const lines = [...goodBai2];
    lines[4] = "16,475,2x0,Z,BR-2,,Fee/";
    const parsed = parseBai2(bai2(lines));
    expect(parsed.warnings.map((w) => [w.code, w.line, w.field])).toEqual([
      ["STATEMENT_INVALID_AMOUNT", 5, "16 amount"],
    ]);
    expect(parsed.statements[0]?.transactions).toHaveLength(1);
  });
});

describe("parseBankStatement", () => {
  it("detects each format", () => {
    expect(parseBankStatement(bai2(goodBai2)).format).toBe("bai2");
    expect(parseBankStatement(mt940(":61:2601020102D0,NMSCNONREF")).format).toBe("mt940");
    expect(parseBankStatement(camt("")).format).toBe("camt.053");
  });
  it("needs a mapping for CSV and refuses unknown content", () => {
    expect(where(errorOf(() => parseBankStatement("a,b\n1,2\n")))).toEqual(["STATEMENT_UNKNOWN_FORMAT", 1, "csv"]);
    expect(errorOf(() => parseBankStatement("hello")).code).toBe("STATEMENT_UNKNOWN_FORMAT");
  });
  it("validates its input with VALIDATION_FAILED", () => {
    try {
      parseBankStatement(42 as unknown as string);
      expect.unreachable();
    } catch (error) {
      expect(isO2CError(error, "VALIDATION_FAILED")).toBe(true);
      expect((error as { path: unknown }).path).toEqual(["content"]);
    }
  });
});
