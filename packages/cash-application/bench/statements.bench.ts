// Parses a generated camt.053 with 10,000 entries and an MT940 with 10,000 statement lines, and prints
// transactions per second next to baselines that only run an XML parser / only split the lines.
//
// camt rows, all on the same document:
// - "baseline: fast-xml-parser only": XMLParser.parse into a plain object tree, nothing else (the baseline of the
//   reader before 0.2: it validated with XMLValidator, then parsed with captureMetaData for line numbers);
// - "option: validator + captureMetaData": those two fast-xml-parser passes, without the camt reading;
// - "baseline: saxes only": saxes reads the document and delivers every event to an empty handler;
// - "option: saxes, whole tree kept": saxes building a tree of the whole document (what a non-streaming reader holds);
// - "parseCamt053": the reader (saxes, one pass, each entry read as it closes and then dropped).
//
// Run: npx tsx --conditions=@o2c/source packages/cash-application/bench/statements.bench.ts

import { parseCamt053, parseMt940 } from "@o2c/cash-application";
import { Money } from "@o2c/core";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { SaxesParser, type SaxesStartTagPlain } from "saxes";
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
const withMetaData = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  captureMetaData: true,
});
const noop = () => undefined;
const saxesOnly = () => {
  const parser = new SaxesParser<{ xmlns: false }>({ xmlns: false });
  parser.on("opentagstart", noop);
  parser.on("text", noop);
  parser.on("closetag", noop);
  parser.write(camt).close();
};
interface Node {
  readonly name: string;
  readonly attributes: Record<string, string>;
  text: string;
  readonly children: Node[];
}
const saxesTree = () => {
  const root: Node = { name: "", attributes: {}, text: "", children: [] };
  const stack = [root];
  const parser = new SaxesParser<{ xmlns: false }>({ xmlns: false });
  parser.on("opentagstart", (tag: SaxesStartTagPlain) => {
    const node: Node = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: "", children: [] };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  parser.on("text", (text) => {
    const node = stack[stack.length - 1];
    if (node !== undefined) node.text += text.trim();
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(camt).close();
  return root;
};

const bench = new Bench({ time: 1500, iterations: 5, warmupTime: 100, warmupIterations: 2 });
bench
  .add("baseline: fast-xml-parser only (camt.053)", () => void xml.parse(camt))
  .add("option: validator + captureMetaData (camt.053)", () => {
    if (XMLValidator.validate(camt) === true) withMetaData.parse(camt);
  })
  .add("baseline: saxes only (camt.053)", saxesOnly)
  .add("option: saxes, whole tree kept (camt.053)", () => void saxesTree())
  .add("parseCamt053", () => void parseCamt053(camt))
  .add("baseline: split lines only (MT940)", () => void mt940.split(/\r\n|\r|\n/))
  .add("parseMt940", () => void parseMt940(mt940));
await bench.run();

type Latency = { mean?: number; p50?: number; min?: number };
const latency = (name: string): Latency =>
  (bench.tasks.find((t) => t.name === name)?.result as { latency?: Latency } | undefined)?.latency ?? {};
const median = (name: string) => latency(name).p50 ?? Number.NaN;
const fastest = (name: string) => latency(name).min ?? Number.NaN;
const rate = (ms: number) => `${Math.round((N / ms) * 1000).toLocaleString("en")} tx/s`;
// Medians and minimums rather than means: the machine is shared, and a neighbour's burst inflates a mean.
for (const task of bench.tasks) {
  const { mean = Number.NaN } = latency(task.name);
  console.log(
    `${task.name}: median ${median(task.name).toFixed(1)} ms = ${rate(median(task.name))}; ` +
      `min ${fastest(task.name).toFixed(1)} ms; mean ${mean.toFixed(1)} ms`,
  );
}
const rows = [
  ["camt.053", "parseCamt053", "baseline: saxes only (camt.053)"],
  ["camt.053", "parseCamt053", "baseline: fast-xml-parser only (camt.053)"],
  ["MT940", "parseMt940", "baseline: split lines only (MT940)"],
] as const;
for (const [label, task, baseline] of rows) {
  const ms = median(task);
  console.log(
    `${label}: ${N} transactions in ${ms.toFixed(1)} ms (median) = ${rate(ms)}; ${baseline} ${median(baseline).toFixed(2)} ms; ` +
      `ratio ${(ms / median(baseline)).toFixed(1)}x that baseline (${(fastest(task) / fastest(baseline)).toFixed(1)}x by minimums)`,
  );
}
