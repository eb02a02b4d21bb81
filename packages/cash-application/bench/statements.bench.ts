// Parses a generated camt.053 with 10,000 entries and an MT940 with 10,000 statement lines, and prints
// transactions per second next to a baseline that only runs the XML parser / only splits the lines.

import { parseCamt053, parseMt940 } from "@o2c/cash-application";
import { Money } from "@o2c/core";
import { XMLParser } from "fast-xml-parser";
import { Bench } from "tinybench";

const N = 10_000;
const amount = (i: number) => Money.fromMinor(1000 + ((i * 7919) % 100_000), "EUR").toString();
const camt = `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt><Id>B</Id>
<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
${Array.from(
  { length: N },
  (_, i) => `<Ntry><Amt Ccy="EUR">${amount(i)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
<BookgDt><Dt>2026-03-02</Dt></BookgDt><ValDt><Dt>2026-03-02</Dt></ValDt><AcctSvcrRef>R${i}</AcctSvcrRef>
<NtryDtls><TxDtls><Refs><EndToEndId>E2E-${i}</EndToEndId></Refs><RltdPties><Dbtr><Pty><Nm>Customer ${i}</Nm></Pty></Dbtr>
<DbtrAcct><Id><IBAN>DE44500105175407324931</IBAN></Id></DbtrAcct></RltdPties><RmtInf><Ustrd>Invoice INV-${i}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`,
).join("\n")}
</Stmt></BkToCstmrStmt></Document>`;
const mt940 = [
  ":20:B",
  ":25:DE89370400440532013000",
  ":28C:1/1",
  ":60F:C260301EUR0,",
  ...Array.from({ length: N }, (_, i) => [
    `:61:2603020302C${amount(i).replace(".", ",")}NTRFNONREF//R${i}`,
    `:86:166?00GUTSCHRIFT?20EREF+E2E-${i}?21SVWZ+Invoice INV-${i}?32Customer ${i}?31DE44500105175407324931`,
  ]).flat(),
  ":62F:C260302EUR0,",
  "-",
].join("\n");

const xml = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false });
const bench = new Bench({ time: 3000, iterations: 5 });
bench
  .add("baseline: fast-xml-parser only (camt.053)", () => void xml.parse(camt))
  .add("parseCamt053", () => void parseCamt053(camt))
  .add("baseline: split lines only (MT940)", () => void mt940.split(/\r\n|\r|\n/))
  .add("parseMt940", () => void parseMt940(mt940));
await bench.run();

const mean = (name: string) =>
  (bench.tasks.find((t) => t.name === name)?.result as { latency?: { mean?: number } } | undefined)?.latency?.mean ??
  Number.NaN;
const rows = [
  ["camt.053", "parseCamt053", "baseline: fast-xml-parser only (camt.053)"],
  ["MT940", "parseMt940", "baseline: split lines only (MT940)"],
] as const;
for (const [label, task, baseline] of rows) {
  const ms = mean(task);
  const base = mean(baseline);
  console.log(
    `${label}: ${N} transactions in ${ms.toFixed(1)} ms = ${Math.round((N / ms) * 1000).toLocaleString("en")} tx/s; ` +
      `baseline ${base.toFixed(2)} ms; ratio ${(ms / base).toFixed(1)}x the baseline`,
  );
}
