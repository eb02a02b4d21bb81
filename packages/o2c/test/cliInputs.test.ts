// The command line's answers to what people actually type and feed it: help, typos in options, missing and
// corrupt files, malformed records, statements with unreadable lines, CSV exports without a mapping.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { main } from "../src/main.js";

const work = mkdtempSync(join(tmpdir(), "o2c-cli-inputs-"));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};

const customers = file(
  "customers.json",
  JSON.stringify([{ id: "C1", name: "Acme GmbH", aliases: [], accounts: ["DE02100100109307118603"], country: "DE" }]),
);
const invoice = (id: string, amount: string) => ({
  id,
  customerId: "C1",
  kind: "invoice",
  currency: "EUR",
  issueDate: "2026-09-01",
  dueDate: "2026-10-01",
  amount,
  openAmount: amount,
  poNumber: null,
  terms: null,
});
const invoices = file("invoices.json", JSON.stringify([invoice("INV-1001", "100.00"), invoice("INV-1002", "250.50")]));
const out = join(work, "result.json");

/** Runs the CLI, collecting what it prints. */
function run(...args: string[]): { code: number; out: string[]; err: string[] } {
  const o: string[] = [];
  const e: string[] = [];
  const code = main(
    args,
    (l) => o.push(l),
    (l) => e.push(l),
  );
  return { code, out: o, err: e };
}

const match = (payments: string, ...more: string[]) =>
  run("match", "--customers", customers, "--invoices", invoices, "--payments", payments, "--out", out, ...more);

const statuses = (): string[] => (JSON.parse(readFileSync(out, "utf8")) as { status: string }[]).map((r) => r.status);

describe("o2c command line: usage", () => {
  it("prints the usage for help, --help and -h and exits 0", () => {
    for (const args of [["help"], ["--help"], ["match", "-h"], ["score", "--help"]]) {
      const r = run(...args);
      expect(r.code).toBe(0);
      expect(r.out.join("\n")).toContain("o2c match --customers FILE");
      expect(r.err).toEqual([]);
    }
  });

  it("refuses a misspelt, repeated or valueless option instead of ignoring it", () => {
    const typo = match(invoices, "--treshold", "0.9");
    expect(typo.code).toBe(1);
    expect(typo.err[0]).toContain("unknown option --treshold for match");
    expect(match(invoices, "--threshold", "0.9", "--threshold", "0.7").err[0]).toContain("--threshold is given twice");
    expect(run("match", "--customers", "--invoices", invoices).err[0]).toContain("--customers needs a value");
    expect(match(invoices, "--threshold", "high").err[0]).toContain(
      '--threshold must be a number from 0 to 1 (got "high")',
    );
    expect(match(invoices, "--currency", "euro").code).toBe(1);
    expect(run("match", "--customers", customers).err[0]).toContain("missing --invoices");
  });
});

describe("o2c command line: bad files", () => {
  it("names a file it cannot read and why, with exit code 2", () => {
    const missing = match(join(work, "nope.json"));
    expect(missing.code).toBe(2);
    expect(missing.err).toEqual([`o2c: cannot read the --payments file ${join(work, "nope.json")}: no such file`]);
    const corrupt = file("payments.json.gz", gzipSync("[]").subarray(0, 8));
    expect(match(corrupt).err[0]).toContain("not a valid gzip file");
    expect(match(work).err[0]).toContain("it is a directory");
  });

  it("prints every validation issue with its file, record and field, the first ten of them", () => {
    const bad = file(
      "bad-invoices.json",
      JSON.stringify([
        { ...invoice("INV-1", "1.001"), issueDate: "2026-13-01" },
        ...Array.from({ length: 12 }, (_, i) => ({ ...invoice(`INV-X${i}`, "10.00"), currency: "EURO" })),
      ]),
    );
    const r = run("match", "--customers", customers, "--invoices", bad, "--payments", invoices, "--out", out);
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe(`o2c: ${bad}: INVALID_DATE at [0].issueDate: Expected a calendar date as YYYY-MM-DD`);
    expect(r.err).toContain(`o2c: ${bad}: AMOUNT_PRECISION at [0].amount: "1.001" has 3 decimals; the currency has 2`);
    expect(r.err).toHaveLength(11);
    expect(r.err[10]).toMatch(/^o2c: \.\.\. and \d+ more issues$/);
  });

  it("says which file is not JSON", () => {
    const notJson = file("not.json", "{ nope");
    const r = run("match", "--customers", notJson, "--invoices", invoices, "--payments", invoices, "--out", out);
    expect(r.err).toEqual([`o2c: ${notJson}: INVALID_JSON: The customers file is not valid JSON`]);
  });
});

const mt940 = (line61: string) =>
  [
    ":20:STMT-7",
    ":25:DE89370400440532013000",
    ":28C:7/1",
    ":60F:C261001EUR1000,00",
    ":61:2610021002C100,00NTRFNONREF//B1",
    ":86:166?00GUTSCHRIFT?20SVWZ+INV-1001?32ACME GMBH?31DE02100100109307118603",
    line61,
    ":86:166?00GUTSCHRIFT?20SVWZ+INV-1002?32ACME GMBH",
    ":62F:C261002EUR1350,50",
    "-",
  ].join("\n");

describe("o2c command line: bank statements", () => {
  it("matches what it can read of a statement and warns about the line it skipped; --strict stops instead", () => {
    const statement = file("statement.sta", mt940(":61:26100X1002C250,50NTRFNONREF//B2"));
    const r = match(statement);
    expect(r.code).toBe(0);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toBe(
      `o2c: ${statement}: warning: STATEMENT_MALFORMED_RECORD at line 7, :61:: Expected a statement line like 2501310131C100,00NTRFNONREF`,
    );
    expect(r.out[0]).toMatch(/^1 payments: 1 applied, 0 review, 0 unmatched in \d+ ms; 1 statement warning \(above\)$/);
    const strict = match(statement, "--strict");
    expect(strict.code).toBe(2);
    expect(strict.err[0]).toMatch(new RegExp(`^o2c: ${statement}: STATEMENT_MALFORMED_RECORD at line 7, :61:: `));
  });

  it("reads a CSV export by its header row, or as a mapping file says", () => {
    const csv = file(
      "export.csv",
      "Buchungstag;Valutadatum;Auftraggeber/Begünstigter;Verwendungszweck;IBAN;Betrag;Währung\n" +
        "02.10.2026;02.10.2026;ACME GMBH;Rechnung INV-1001;DE02100100109307118603;100,00;EUR\n" +
        "02.10.2026;03.10.2026;ACME GMBH;INV-1002;DE02100100109307118603;250,50;EUR\n" +
        "02.10.2026;03.10.2026;Stadtwerke;Abschlag;DE11;-80,00;EUR\n",
    );
    const report = join(work, "report.csv");
    const inferred = match(csv, "--report", report);
    expect(inferred.code).toBe(0);
    expect(statuses()).toEqual(["applied", "applied"]);
    const lines = readFileSync(report, "utf8").trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^payment,value date,amount,currency,payer,/);
    expect(lines[1]).toMatch(
      /^csv\/\d+,2026-10-02,100\.00,EUR,ACME GMBH,DE02100100109307118603,Rechnung INV-1001,applied,/,
    );

    const noCurrency = file("no-currency.csv", "date,amount,text\n2026-10-02,100.00,INV-1001\n");
    const refused = match(noCurrency);
    expect(refused.code).toBe(2);
    expect(refused.err[0]).toContain("STATEMENT_MISSING_FIELD");
    expect(match(noCurrency, "--currency", "EUR").code).toBe(0);
    expect(statuses()).toEqual(["applied"]);

    const odd = file("odd.csv", "when,how much,what\n2026-10-02,100.00,INV-1001\n");
    expect(match(odd).code).toBe(2);
    const mapping = file(
      "mapping.json",
      JSON.stringify({ date: "when", amount: "how much", remittance: "what", currencyCode: "EUR" }),
    );
    expect(match(odd, "--csv-mapping", mapping).code).toBe(0);
    expect(statuses()).toEqual(["applied"]);
    const badMapping = file("bad-mapping.json", JSON.stringify({ date: "when", currencyCode: "EUR" }));
    const r = match(odd, "--csv-mapping", badMapping);
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe(`o2c: ${badMapping}: REQUIRED at amount: Map an amount column, or debit/credit columns`);
  });
});
