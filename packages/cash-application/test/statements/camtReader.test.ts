import { type ParsedStatement, parseBankStatement, parseCamt053, parseCamt054 } from "@o2c/cash-application";
import { describe, expect, it } from "vitest";
import { errorOf, where } from "./parseErrors.js";

const entry = (amount: string, extra = "") =>
  `<Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><ValDt><Dt>2026-01-02</Dt></ValDt>${extra}</Ntry>`;
/** A camt.053 whose line 3 is the account and whose entries start on line 4, one a line. */
const camt = (...entries: string[]) => `<?xml version="1.0"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04"><BkToCstmrStmt><GrpHdr><CreDtTm>2026-01-03T08:00:00</CreDtTm></GrpHdr><Stmt>
<Id>S1</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
${entries.join("\n")}
</Stmt></BkToCstmrStmt></Document>`;
const transactions = (parsed: ParsedStatement) => parsed.statements.flatMap((s) => s.transactions);
const withoutLines = (parsed: ParsedStatement) =>
  transactions(parsed).map(({ source, ...rest }) => ({ ...rest, entryIndex: source.entryIndex }));

describe("camt reader: malformed documents", () => {
  it.each([
    ["an unclosed tag", camt(`<Ntry><Amt Ccy="EUR">1.00</Amt>`), 5],
    ["a mismatched closing tag", camt(`<Ntry><Amt Ccy="EUR">1.00</Amt></Ntryx>`), 4],
    ["a closing tag that was never opened", "<Document>\n<a>\n</b>\n</Document>", 3],
    ["garbage", "<<<>>> not xml at all", 1],
    ["a truncated start tag", camt(entry("1.00")).slice(0, 150), 2],
    ["a repeated attribute", camt(`<Ntry><Amt Ccy="EUR" Ccy="USD">1.00</Amt></Ntry>`), 4],
    ["an attribute without quotes", camt(`<Ntry><Amt Ccy=EUR>1.00</Amt></Ntry>`), 4],
    ["a bare ampersand", camt(entry("1.00", "<AddtlNtryInf>A & B</AddtlNtryInf>")), 4],
    ["an empty string", "", 1],
  ])("throws STATEMENT_MALFORMED_XML with the line for %s", (_, xml, line) => {
    expect(where(errorOf(() => parseCamt053(xml)))).toEqual(["STATEMENT_MALFORMED_XML", line, "XML"]);
  });

  it("types the failure of a document that the validator accepts but cannot be read (0.1 threw a plain Error)", () => {
    const xml = camt(entry("1.00")).replace('<?xml version="1.0"?>', '<?xml versi1.0"?>');
    expect(where(errorOf(() => parseCamt053(xml)))).toEqual(["STATEMENT_MALFORMED_XML", 1, "XML"]);
  });

  it("reports malformed XML even when an earlier entry would already fail in strict mode", () => {
    const xml = camt(entry("1,5"), entry("2.00")).replace("</Stmt>", "</Stmtx>");
    expect(errorOf(() => parseCamt053(xml, { strict: true })).code).toBe("STATEMENT_MALFORMED_XML");
    expect(errorOf(() => parseCamt053(xml)).code).toBe("STATEMENT_MALFORMED_XML");
  });

  it("fails in strict mode with the first bad entry, and otherwise skips it with its line", () => {
    const xml = camt(entry("1.00"), entry("x"), entry("3.00"));
    expect(where(errorOf(() => parseCamt053(xml, { strict: true })))).toEqual(["STATEMENT_INVALID_AMOUNT", 5, "Amt"]);
    const parsed = parseCamt053(xml);
    expect(parsed.warnings.map((w) => [w.code, w.line, w.field])).toEqual([["STATEMENT_INVALID_AMOUNT", 5, "Amt"]]);
    expect(transactions(parsed).map((t) => [t.id, t.amount, t.source.line])).toEqual([
      ["S1/1", "1.00", 4],
      ["S1/3", "3.00", 6],
    ]);
  });
});

describe("camt reader: what well-formed documents may hold", () => {
  it("skips a byte-order mark", () => {
    expect(transactions(parseCamt053(`\uFEFF${camt(entry("1.00"))}`)).map((t) => t.amount)).toEqual(["1.00"]);
  });

  it("decodes the predefined entities and character references", () => {
    const info = "<AddtlNtryInf>A &amp; B &lt;c&gt; &quot;q&apos; M&#252;ller &#x42;</AddtlNtryInf>";
    const [tx] = transactions(parseCamt053(camt(entry("1.00", info))));
    expect(tx?.remittance).toBe(`A & B <c> "q' Müller B`);
  });

  it("reads a document with an undefined entity as before: the entity (and any character reference) as written", () => {
    const info = "<AddtlNtryInf>Caf&#233; &amp; &nbsp;bar</AddtlNtryInf>";
    const parsed = parseCamt053(camt(entry("1.00", info), entry("2.00")));
    expect(transactions(parsed).map((t) => [t.remittance, t.source.line])).toEqual([
      ["Caf&#233; & &nbsp;bar", 4],
      ["", 5],
    ]);
  });

  it("reads CDATA sections as text", () => {
    const [tx] = transactions(parseCamt053(camt(entry("1.00", "<AddtlNtryInf><![CDATA[x < y & z]]></AddtlNtryInf>"))));
    expect(tx?.remittance).toBe("x < y & z");
  });

  it("ignores comments and processing instructions, also between the entries", () => {
    const parsed = parseCamt053(camt(entry("1.00"), "<!-- <Ntry> in a comment -->", "<?pi data?>", entry("2.00")));
    expect(transactions(parsed).map((t) => [t.amount, t.source.line])).toEqual([
      ["1.00", 4],
      ["2.00", 7],
    ]);
  });

  it("reads namespace prefixes, on elements and on the amount's currency attribute", () => {
    const xml = `<c:Document xmlns:c="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><c:BkToCstmrDbtCdtNtfctn><c:Ntfctn>
<c:Id>N1</c:Id><c:Acct><c:Id><c:IBAN>CH9300762011623852957</c:IBAN></c:Id></c:Acct>
<c:Ntry><c:Amt c:Ccy="CHF">7.50</c:Amt><c:CdtDbtInd>DBIT</c:CdtDbtInd><c:BookgDt><c:Dt>2026-01-05</c:Dt></c:BookgDt></c:Ntry>
</c:Ntfctn></c:BkToCstmrDbtCdtNtfctn></c:Document>`;
    const parsed = parseCamt054(xml);
    expect(parsed.statements[0]?.currency).toBe("CHF");
    expect(transactions(parsed).map((t) => [t.amount, t.direction, t.valueDate, t.source.line])).toEqual([
      ["7.50", "debit", "2026-01-05", 3],
    ]);
  });

  it("keeps a control character and a second root element, as before, instead of failing the file", () => {
    const control = transactions(parseCamt053(camt(entry("1.00", "<AddtlNtryInf>a\u0001b</AddtlNtryInf>"))));
    expect(control.map((t) => t.remittance)).toEqual(["a\u0001b"]);
    expect(transactions(parseCamt053(`${camt(entry("1.00"))}<Document/>`))).toHaveLength(1);
  });

  it("counts lines in CRLF files and in start tags that span lines", () => {
    const xml = camt(entry("1.00"), `<Ntry\n>${entry("x").slice(6)}`).replace(/\n/g, "\r\n");
    const parsed = parseCamt053(xml);
    expect(transactions(parsed).map((t) => t.source.line)).toEqual([4]);
    expect(parsed.warnings.map((w) => [w.code, w.line])).toEqual([["STATEMENT_INVALID_AMOUNT", 5]]);
  });

  it("gives the line of an empty Document that lacks its message", () => {
    const error = errorOf(() => parseCamt054(`<?xml version="1.0"?>\n<Document/>`));
    expect(where(error)).toEqual(["STATEMENT_MISSING_FIELD", 2, "BkToCstmrDbtCdtNtfctn"]);
  });
});

describe("camt reader: documents out of schema order", () => {
  it("reads the account, balances and period the same when they follow the entries", () => {
    const entries = [entry("1.00"), entry("2.50", "<NtryDtls><TxDtls><Amt Ccy='EUR'>2.50</Amt></TxDtls></NtryDtls>")];
    const account = `<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>`;
    const header = `<Id>S1</Id>${account}`;
    const balance = `<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">3.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-01-02</Dt></Dt></Bal>`;
    const doc = (stmt: string) =>
      `<Document><BkToCstmrStmt><GrpHdr><CreDtTm>2026-01-03T08:00:00</CreDtTm></GrpHdr><Stmt>${stmt}</Stmt></BkToCstmrStmt></Document>`;
    const inOrder = parseCamt053(doc(`${header}${balance}${entries.join("")}`));
    for (const shuffled of [
      doc(`${entries.join("")}${header}${balance}`),
      doc(`${entries[0]}${header}${entries[1]}${balance}`),
      doc(`${account}${entries.join("")}<Id>S1</Id>${balance}`),
    ]) {
      const parsed = parseCamt053(shuffled);
      expect(withoutLines(parsed)).toEqual(withoutLines(inOrder));
      expect(parsed.statements[0]?.closingBalance).toEqual(inOrder.statements[0]?.closingBalance);
      expect(parsed.warnings).toEqual(inOrder.warnings);
    }
  });

  it("takes the statement date from a group header that follows the statement", () => {
    const noDate = `<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></Ntry>`;
    const stmt = `<Stmt><Id>S1</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>${noDate}</Stmt>`;
    const header = "<GrpHdr><CreDtTm>2026-01-03T08:00:00</CreDtTm></GrpHdr>";
    const after = parseCamt053(`<Document><BkToCstmrStmt>${stmt}${header}</BkToCstmrStmt></Document>`);
    const before = parseCamt053(`<Document><BkToCstmrStmt>${header}${stmt}</BkToCstmrStmt></Document>`);
    expect(transactions(after).map((t) => t.valueDate)).toEqual(["2026-01-03"]);
    expect(withoutLines(after)).toEqual(withoutLines(before));
  });

  it("takes the currency from the first entry only when no account currency follows", () => {
    const xml = `<Document><BkToCstmrStmt><Stmt><Id>S1</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>
<Ntry><Amt Ccy="XYZ">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><ValDt><Dt>2026-01-02</Dt></ValDt></Ntry></Stmt></BkToCstmrStmt></Document>`;
    expect(where(errorOf(() => parseCamt053(xml)))).toEqual(["STATEMENT_UNKNOWN_CURRENCY", 1, "Ccy"]);
    const account = "<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>";
    const later = parseCamt053(
      xml.replace(account, "").replace("</Ntry>", `</Ntry>${account.replace("</Id>", "</Id><Ccy>EUR</Ccy>")}`),
    );
    expect(later.statements[0]?.currency).toBe("EUR");
    expect(later.warnings.map((w) => [w.code, w.line, w.field])).toEqual([["STATEMENT_MALFORMED_RECORD", 2, "Amt"]]);
  });
});

describe("camt reader: several statements", () => {
  const statement = (id: string, amounts: string[], headerLast: boolean) => {
    const head = `<Id>${id}</Id><Acct><Id><Othr><Id>${id}-ACC</Id></Othr></Id><Ccy>JPY</Ccy></Acct>`;
    const body = amounts
      .map(
        (a) =>
          `<Ntry><Amt Ccy="JPY">${a}</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2026-01-05</Dt></BookgDt></Ntry>`,
      )
      .join("\n");
    return `<Ntfctn>${headerLast ? `${body}${head}` : `${head}${body}`}</Ntfctn>`;
  };
  const doc = (...statements: string[]) =>
    `<Document><BkToCstmrDbtCdtNtfctn>\n${statements.join("\n")}\n</BkToCstmrDbtCdtNtfctn></Document>`;

  it("reads each notification as a statement, whichever of them has its header last", () => {
    const inOrder = parseCamt054(doc(statement("N1", ["100", "2.0"], false), statement("N2", ["300"], false)));
    const late = parseCamt054(doc(statement("N1", ["100", "2.0"], false), statement("N2", ["300"], true)));
    for (const parsed of [inOrder, late]) {
      expect(parsed.statements.map((s) => [s.id, s.account, s.transactions.map((t) => t.amount)])).toEqual([
        ["N1", "N1-ACC", ["100", "2"]],
        ["N2", "N2-ACC", ["300"]],
      ]);
      expect(parsed.warnings.map((w) => [w.code, w.line])).toEqual([["STATEMENT_AMOUNT_PRECISION", 3]]);
    }
  });

  it("fails in strict mode with the first warning whether the document streams or is read whole", () => {
    for (const headerLast of [false, true]) {
      const xml = doc(statement("N1", ["100"], false), statement("N2", ["2.0"], headerLast));
      expect(where(errorOf(() => parseCamt054(xml, { strict: true })))).toEqual([
        "STATEMENT_AMOUNT_PRECISION",
        3,
        "Amt",
      ]);
    }
  });
});

describe("camt reader: size", () => {
  it("reads a statement of 3,000 entries into 3,000 transactions with their lines", () => {
    const entries = Array.from({ length: 3000 }, (_, i) => entry(`${i + 1}.00`));
    const parsed = parseBankStatement(camt(...entries));
    const txs = transactions(parsed);
    expect(txs).toHaveLength(3000);
    expect(txs.map((t) => t.source.line)).toEqual(entries.map((_, i) => i + 4));
    expect(txs.at(-1)).toMatchObject({ id: "S1/3000", amount: "3000.00" });
  });
});
