// Writes the UBL 2.1 and CII files of the sample EN 16931 invoices into OUTDIR:
//   tsx --conditions=@o2c/source examples/einvoice/main.ts OUTDIR
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkEn16931, writeCii, writeUbl } from "@o2c/invoicing";
import { sampleInvoices } from "./sampleInvoices.js";

const outDir = process.argv[2];
if (outDir === undefined) {
  console.error("usage: main.ts OUTDIR");
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
let files = 0;
let fatal = 0;
for (const [name, invoice] of Object.entries(sampleInvoices())) {
  fatal += checkEn16931(invoice).filter((v) => v.flag === "fatal").length;
  writeFileSync(join(outDir, `${name}.ubl.xml`), writeUbl(invoice));
  writeFileSync(join(outDir, `${name}.cii.xml`), writeCii(invoice));
  files += 2;
}
console.log(`wrote ${files} e-invoices (UBL 2.1 + CII) to ${outDir}; ${fatal} fatal EN 16931 violations`);
if (fatal > 0) process.exitCode = 1;
