import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ParsedStatement, parseBai2, parseCamt053, parseCamt054, parseMt940 } from "@o2c/cash-application";
import { describe, expect, it } from "vitest";
import { errorOf } from "./parseErrors.js";

const root = new URL("../../../../../shared/fixtures/bank-statements/", import.meta.url);
const exists = existsSync(fileURLToPath(root));
if (!exists) console.warn(`Skipping bank-statement fixture tests: ${fileURLToPath(root)} is absent`);

const read = (folder: string, name: string) => readFileSync(new URL(`${folder}/${name}`, root), "utf8");
const list = (folder: string, ext: string) =>
  exists ? readdirSync(new URL(`${folder}/`, root)).filter((name) => name.endsWith(ext)) : [];
const count = (parsed: ParsedStatement) => parsed.statements.reduce((n, s) => n + s.transactions.length, 0);
const NEGATIVE = new Set([
  "genkgo__camt053.v2.wrong.xml",
  "dvbern__camt_054_Beispiel_NotificationMissing.xml",
  "moov__sample-parseError.bai2",
  "zepto__invalid_checksum_eod.bai2",
  "moov__sample4-continuations-newline-delimited.bai2",
  "moov__sample5-issue113.bai2",
]);

describe.skipIf(!exists)("every fixture parses (shared/fixtures/bank-statements)", () => {
  it.each(list("camt053", ".xml").filter((f) => !NEGATIVE.has(f)))("camt053 %s", (name) => {
    expect(count(parseCamt053(read("camt053", name)))).toBeGreaterThan(0);
  });
  it.each(list("camt054", ".xml").filter((f) => !NEGATIVE.has(f)))("camt054 %s", (name) => {
    expect(count(parseCamt054(read("camt054", name)))).toBeGreaterThan(0);
  });
  it.each(list("mt940", ".sta"))("mt940 %s", (name) => {
    expect(parseMt940(read("mt940", name)).statements.length).toBeGreaterThan(0);
  });
  it.each(list("bai2", ".bai2").filter((f) => !NEGATIVE.has(f)))("bai2 %s", (name) => {
    expect(parseBai2(read("bai2", name)).statements.length).toBeGreaterThan(0);
  });
});

describe.skipIf(!exists)("camt content", () => {
  it("reads the Swiss ESR statement: 13 entries become 32 transactions, balances and ESR references", () => {
    const parsed = parseCamt053(
      read("camt053", "dvbern__camt.053_P_CH0309000000250090342_380000000_0_2016053100163801.xml"),
    );
    const [statement] = parsed.statements;
    expect(statement?.account).toBe("CH0309000000250090342");
    expect(statement?.openingBalance).toEqual({ amount: "322152.16", currency: "CHF", date: expect.any(String) });
    expect(statement?.closingBalance?.amount).toBe("322689.77");
    expect(statement?.transactions).toHaveLength(32);
    expect(parsed.warnings).toEqual([]);
    expect(statement?.transactions.some((t) => t.structuredReferences.length > 0)).toBe(true);
  });
  it("keeps the booked balance exact when a file writes more decimals than EUR has, with warnings", () => {
    const parsed = parseCamt053(read("camt053", "genkgo__camt053.v2.five.decimals.xml"));
    expect(parsed.statements[0]?.openingBalance?.amount).toBe("18.15");
    expect(parsed.statements[0]?.transactions[0]?.amount).toBe("8.85");
    expect(parsed.warnings.map((w) => w.code)).toEqual([
      "STATEMENT_AMOUNT_PRECISION",
      "STATEMENT_AMOUNT_PRECISION",
      "STATEMENT_AMOUNT_PRECISION",
    ]);
    expect(parsed.warnings.map((w) => w.line)).toEqual([61, 37, 49]);
    const error = errorOf(() =>
      parseCamt053(read("camt053", "genkgo__camt053.v2.five.decimals.xml"), { strict: true }),
    );
    expect(error.code).toBe("STATEMENT_AMOUNT_PRECISION");
  });
  it("reads remittance, end-to-end id and creditor account from genkgo v2", () => {
    const tx = parseCamt053(read("camt053", "genkgo__camt053.v2.five.decimals.xml")).statements[0]?.transactions[0];
    expect(tx).toMatchObject({
      remittance: "Transaction Description",
      endToEndId: "000000001",
      direction: "credit",
      valueDate: "2015-01-02",
      bookingDate: "2014-12-31",
    });
  });
  it("reads two statements from the multi-statement file", () => {
    expect(parseCamt053(read("camt053", "genkgo__camt053.v2.multi.statement.xml")).statements.map((s) => s.id)).toEqual(
      ["253EURNL26VAYB8060476890", "254EURNL26VAYB8060476890"],
    );
  });
  it("rejects the file without Stmt with STATEMENT_MISSING_FIELD at its line", () => {
    const error = errorOf(() => parseCamt053(read("camt053", "genkgo__camt053.v2.wrong.xml")));
    expect([error.code, error.line, error.field]).toEqual(["STATEMENT_MISSING_FIELD", 3, "Stmt"]);
  });
  it("rejects the camt.054 without Ntfctn", () => {
    const error = errorOf(() => parseCamt054(read("camt054", "dvbern__camt_054_Beispiel_NotificationMissing.xml")));
    expect([error.code, error.field]).toEqual(["STATEMENT_MISSING_FIELD", "BkToCstmrDbtCdtNtfctn"]);
  });
  it("splits the genkgo camt.054 batch into 3 transactions and reports pending and reversed entries", () => {
    expect(count(parseCamt054(read("camt054", "genkgo__camt054.v2.xml")))).toBe(3);
    const txs =
      parseCamt054(read("camt054", "dvbern__camt_054_Beispiel_NoCrdtBookedNotReversed.xml")).statements[0]
        ?.transactions ?? [];
    expect(txs.map((t) => t.status)).toContain("pending");
    expect(txs.map((t) => t.direction)).toContain("debit");
  });
  it("warns about the libeufin snippets without account and keeps their entries", () => {
    const parsed = parseCamt053(read("camt053", "libeufin__gls_camt053.xml"));
    expect(parsed.warnings.map((w) => [w.code, w.field])).toContainEqual(["STATEMENT_MISSING_FIELD", "Acct"]);
    expect(count(parsed)).toBe(4);
  });
});

describe.skipIf(!exists)("MT940 content", () => {
  it("reads bunq: 111 transactions with /NAME/ and /IBAN/", () => {
    const parsed = parseMt940(read("mt940", "php-mt940__bunq.sta"));
    expect(count(parsed)).toBe(111);
    expect(parsed.statements[0]?.transactions[0]).toMatchObject({
      amount: "2.00",
      direction: "credit",
      payerName: "P.C. Wacki",
      payerAccount: "NL65BUNQ2206724936",
    });
    expect(parsed.statements[0]?.openingBalance?.amount).toBe("32.33");
  });
  it("reads the German SEPA snippet: EREF, SVWZ and the payer from ?32/?33", () => {
    const tx = parseMt940(read("mt940", "wolph-betterplace__sepa_snippet.sta")).statements[0]?.transactions[0];
    expect(tx).toMatchObject({
      amount: "50990.05",
      valueDate: "2007-09-07",
      bookingDate: "2007-09-04",
      payerName: "KARL KAUFMANN",
      payerAccount: "DE14508800500194785000",
      remittance: "Verw CTSc-01 BC-PPP TFNr 22 004",
      endToEndId: "EndToEndId TFNR 22 004 00001",
      bankReference: "0724710333343453",
    });
  });
  it("counts statements and transactions of the bigger files", () => {
    const sepa = parseMt940(read("mt940", "wolph-betterplace__sepa_mt9401.sta"));
    expect([sepa.statements.length, count(sepa)]).toEqual([26, 97]);
    const asn = parseMt940(read("mt940", "wolph__asnb_0708271685_09022020_164516.sta"));
    expect([asn.statements.length, count(asn)]).toEqual([31, 8]);
    expect(new Set(asn.statements.map((s) => s.id)).size).toBe(31);
    expect(count(parseMt940(read("mt940", "php-mt940__sparkasse.sta")))).toBe(10);
    expect(count(parseMt940(read("mt940", "wolph-jejik__ing.sta")))).toBe(7);
  });
  it("reads the Rabobank /EREF/ /REMI/ dialect", () => {
    const tx = parseMt940(read("mt940", "php-mt940__rabo-sample3.sta")).statements[0]?.transactions[0];
    expect(tx?.counterpartyName).toBe("Nespresso Nederland B.V.");
    expect(tx?.remittance).toContain("674725433");
  });
  it("keeps the broken snippet's transaction and warns about the stray :25:", () => {
    const parsed = parseMt940(read("mt940", "wolph-betterplace__sepa_snippet_broken.sta"));
    expect(count(parsed)).toBe(1);
    expect(parsed.warnings.map((w) => [w.code, w.line, w.field])).toEqual([["STATEMENT_UNEXPECTED_RECORD", 6, ":25:"]]);
  });
  it("warns about the DEM statement of cmxl (no longer an ISO 4217 currency) and keeps the others", () => {
    const parsed = parseMt940(read("mt940", "wolph-cmxl__mt940.sta"));
    expect(parsed.warnings.map((w) => [w.code, w.field])).toEqual([["STATEMENT_UNKNOWN_CURRENCY", ":60F:"]]);
    expect(parsed.statements.length).toBe(2);
  });
  it("reads the CP1250 Raiffeisen file once decoded", () => {
    const bytes = readFileSync(new URL("mt940/wolph__raiffeisen-cmi.sta", root));
    const parsed = parseMt940(new TextDecoder("windows-1250").decode(bytes));
    expect(count(parsed)).toBe(7);
  });
});

describe.skipIf(!exists)("BAI2 content", () => {
  it("reads moov sample1: 2 accounts, 17 details in CAD with implied decimals", () => {
    const parsed = parseBai2(read("bai2", "moov__sample1.bai2"));
    expect(parsed.statements.map((s) => s.transactions.length)).toEqual([11, 6]);
    expect(parsed.statements[0]?.transactions[0]).toMatchObject({
      amount: "25.00",
      currency: "CAD",
      direction: "debit",
      remittance: "RETURNED CHEQUE",
      valueDate: "2006-03-16",
    });
  });
  it("keeps slashes and commas in text and joins 88 continuations", () => {
    const tx = parseBai2(read("bai2", "zepto__eod_with_slash_in_text.bai2")).statements[0]?.transactions[0];
    expect(tx?.amount).toBe("83259.82");
    expect(tx?.remittance).toContain("ORG ADDRESS:=2/AV MAIN 2/AVENUE DE ANGELLIST 3/MX /MEXICO ;");
    expect(tx?.remittance).toContain("OBI:=INVOICE 123456");
    expect(tx?.payerName).toBe("OPTIONS LINK WIRE CLEARING");
  });
  it("reads several records per line and records split across lines (moov sample3)", () => {
    expect(count(parseBai2(read("bai2", "moov__sample3.bai2")))).toBe(26);
  });
  it("rejects the garbage header with STATEMENT_MALFORMED_RECORD on line 1", () => {
    const error = errorOf(() => parseBai2(read("bai2", "moov__sample-parseError.bai2")));
    expect([error.code, error.line, error.field]).toEqual(["STATEMENT_MALFORMED_RECORD", 1, "record code"]);
  });
  it("rejects wrong control totals with STATEMENT_CHECKSUM_MISMATCH at the 49 record", () => {
    const error = errorOf(() => parseBai2(read("bai2", "zepto__invalid_checksum_eod.bai2")));
    expect([error.code, error.line, error.field]).toEqual(["STATEMENT_CHECKSUM_MISMATCH", 15, "49 control total"]);
  });
  it("reads the Goldman-style files, whose trailers do not add up, only with controlTotals: warn", () => {
    for (const name of ["moov__sample4-continuations-newline-delimited.bai2", "moov__sample5-issue113.bai2"]) {
      expect(errorOf(() => parseBai2(read("bai2", name))).code).toBe("STATEMENT_CHECKSUM_MISMATCH");
      const parsed = parseBai2(read("bai2", name), { controlTotals: "warn" });
      expect(parsed.warnings.every((w) => w.code === "STATEMENT_CHECKSUM_MISMATCH")).toBe(true);
      expect(parsed.warnings.length).toBeGreaterThan(0);
      const first = parsed.statements[1]?.transactions[0];
      expect(first).toMatchObject({ amount: "600.00", endToEndId: "1111", payerName: null, direction: "debit" });
    }
  });
  it("accepts blank account control totals", () => {
    expect(parseBai2(read("bai2", "moj__account_trailer_amount_blank_example.bai2")).statements.length).toBe(2);
  });
});
