import { fc, test } from "@fast-check/vitest";
import { type ParsedStatement, parseCamt053, StatementParseError } from "@o2c/cash-application";
import { Money } from "@o2c/core";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect } from "vitest";

// Laws of the camt reader, stated in words:
// 1. Well-formedness is decided as in 0.1: a document throws STATEMENT_MALFORMED_XML when fast-xml-parser's validator
//    rejects it, with the validator's line; a document the validator accepts is read, unless fast-xml-parser's parser
//    fails on it after all (0.1 then threw an untyped Error; now it is STATEMENT_MALFORMED_XML too).
// 2. The line of every transaction is the line of its `<Ntry`, however the document is laid out (line breaks, CRLF,
//    comments and white space between and inside tags).
// 3. Where the statement header (Id, Acct, Bal, FrToDt, CreDtTm, GrpHdr) stands does not change what is read: a
//    header after the entries (read from the whole tree) gives what a header before them (read while streaming) gives.

interface Entry {
  readonly minor: bigint;
  readonly credit: boolean;
  readonly name: string;
  readonly info: string;
}

const arbEntry: fc.Arbitrary<Entry> = fc.record({
  minor: fc.bigInt({ min: 0n, max: 10n ** 12n }),
  credit: fc.boolean(),
  name: fc.stringMatching(/^[A-Za-z][A-Za-z .-]{0,20}$/),
  info: fc.stringMatching(/^[A-Za-z0-9 /-]{0,30}$/),
});

/** White space, line breaks or a comment to put between tags. */
const arbGap = fc.constantFrom("", " ", "\n", "\r\n", "\n\n  ", "<!-- x -->", "\n<!--\n-->\n");

const entryXml = (e: Entry, gap: (i: number) => string) =>
  [
    `<Ntry${gap(0).includes("<") ? "" : gap(0)}>`,
    `<Amt Ccy="KWD">${Money.fromMinor(e.minor, "KWD").toString()}</Amt>`,
    `<CdtDbtInd>${e.credit ? "CRDT" : "DBIT"}</CdtDbtInd>`,
    "<ValDt><Dt>2026-01-02</Dt></ValDt>",
    `<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>${e.name}</Nm></Dbtr></RltdPties>`,
    `<RmtInf><Ustrd>${e.info}</Ustrd></RmtInf></TxDtls></NtryDtls>`,
    "</Ntry>",
  ].join(gap(1));

const header = "<Id>S1</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>KWD</Ccy></Acct>";
const period = "<FrToDt><FrDtTm>2026-01-01T00:00:00</FrDtTm><ToDtTm>2026-01-02T00:00:00</ToDtTm></FrToDt>";
const group = "<GrpHdr><MsgId>M</MsgId><CreDtTm>2026-01-03T08:00:00</CreDtTm></GrpHdr>";
const document = (message: string) =>
  `<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>${message}</BkToCstmrStmt></Document>`;

const transactions = (parsed: ParsedStatement) => parsed.statements.flatMap((s) => s.transactions);
const outcome = (run: () => ParsedStatement) => {
  try {
    return { parsed: run() };
  } catch (error) {
    if (error instanceof StatementParseError) return { error };
    throw error;
  }
};

describe("camt reader laws", () => {
  const arbDocument = fc
    .tuple(fc.array(arbEntry, { minLength: 1, maxLength: 6 }), fc.array(arbGap, { minLength: 2, maxLength: 2 }))
    .map(([entries, [a, b]]) =>
      document(
        `${group}<Stmt>${header}${period}${entries.map((e) => entryXml(e, (i) => (i === 0 ? a : b) ?? "")).join("\n")}</Stmt>`,
      ),
    );
  const arbPiece = fc.constantFrom(
    "<",
    ">",
    "&",
    "</Ntry>",
    "<Ntry>",
    "<!--",
    "]]>",
    '"',
    "<a b=1>",
    "&nbsp;",
    "\u0001",
    "</",
  );
  const arbCorruption = fc.oneof(
    fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
    fc.record({ kind: fc.constant("drop" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
    fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), piece: arbPiece }),
  );

  test.prop([arbDocument, arbCorruption], { numRuns: 300 })(
    "1. malformed when the validator rejects, with its line; read when it accepts and its parser does too",
    (xml, corruption) => {
      const at = corruption.at % (xml.length + 1);
      const corrupt =
        corruption.kind === "cut"
          ? xml.slice(0, at)
          : corruption.kind === "drop"
            ? xml.slice(0, at) + xml.slice(at + corruption.length)
            : xml.slice(0, at) + corruption.piece + xml.slice(at);
      const verdict = XMLValidator.validate(corrupt);
      const result = outcome(() => parseCamt053(corrupt));
      if (verdict === true) {
        if (result.error?.code === "STATEMENT_MALFORMED_XML") {
          expect(() => new XMLParser({ ignoreAttributes: false, captureMetaData: true }).parse(corrupt)).toThrow();
          expect(result.error.line).toBeGreaterThan(0);
        }
      } else {
        expect([result.error?.code, result.error?.line]).toEqual(["STATEMENT_MALFORMED_XML", verdict.err.line]);
      }
    },
  );

  test.prop([fc.array(fc.tuple(arbEntry, arbGap, arbGap, arbGap), { minLength: 1, maxLength: 8 }), fc.boolean()])(
    "2. every transaction has the line of its <Ntry",
    (entries, crlf) => {
      const body = entries.map(([e, a, b, between]) => `${between}${entryXml(e, (i) => (i === 0 ? a : b))}`).join("");
      let xml = document(`<Stmt>${header}${body}</Stmt>`);
      if (crlf) xml = xml.replace(/\r?\n/g, "\r\n");
      const lines: number[] = [];
      for (let i = xml.indexOf("<Ntry"); i !== -1; i = xml.indexOf("<Ntry", i + 1)) {
        if (!xml.startsWith("<NtryDtls", i)) lines.push(xml.slice(0, i).split("\n").length);
      }
      const parsed = parseCamt053(xml);
      expect(transactions(parsed).map((t) => t.source.line)).toEqual(lines);
      expect(transactions(parsed).map((t) => t.amount)).toEqual(
        entries.map(([e]) => Money.fromMinor(e.minor, "KWD").toString()),
      );
    },
  );

  test.prop([fc.array(arbEntry, { maxLength: 5 }), fc.subarray(["Id", "Acct", "FrToDt", "GrpHdr"] as const), fc.nat()])(
    "3. a header after the entries reads as a header before them",
    (entries, moved, split) => {
      const parts = { Id: "<Id>S1</Id>", Acct: header.slice("<Id>S1</Id>".length), FrToDt: period, GrpHdr: group };
      const body = entries.map((e) => entryXml(e, () => "")).join("");
      const cut = entries.length === 0 ? 0 : split % (entries.length + 1);
      const before = ["Id", "Acct", "FrToDt"] as const;
      const inOrder = document(`${group}<Stmt>${before.map((k) => parts[k]).join("")}${body}</Stmt>`);
      const head = before.filter((k) => !moved.includes(k)).map((k) => parts[k]);
      const tail = before.filter((k) => moved.includes(k)).map((k) => parts[k]);
      const entriesXml = entries.map((e) => entryXml(e, () => ""));
      const stmt = `<Stmt>${head.join("")}${entriesXml.slice(0, cut).join("")}${tail.join("")}${entriesXml.slice(cut).join("")}</Stmt>`;
      const shuffled = document(moved.includes("GrpHdr") ? `${stmt}${group}` : `${group}${stmt}`);
      const strip = (parsed: ParsedStatement) => ({
        statements: parsed.statements.map((s) => ({
          ...s,
          transactions: s.transactions.map(({ source, ...t }) => ({ ...t, entryIndex: source.entryIndex })),
        })),
        warnings: parsed.warnings.map((w) => [w.code, w.field, w.path]),
      });
      expect(strip(parseCamt053(shuffled))).toEqual(strip(parseCamt053(inOrder)));
    },
  );
});
