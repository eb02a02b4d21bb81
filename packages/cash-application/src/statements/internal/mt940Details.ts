import { addReferences, findCreditorReferences, joinText, normaliseAccount } from "./references.js";

/** What the `:86:` information to account owner says about a transaction. */
export interface Mt940Details {
  readonly remittance: string;
  readonly name: string | null;
  readonly account: string | null;
  readonly endToEndId: string | null;
  readonly references: string[];
}

const SEPA_KEYWORDS = /(EREF|KREF|MREF|CRED|DEBT|COAM|OAMT|SVWZ|ABWA|ABWE|IBAN|BIC)\+/g;
const SEPA_KEYWORD = /(EREF|KREF|MREF|CRED|DEBT|COAM|OAMT|SVWZ|ABWA|ABWE|IBAN|BIC)\+/;
const SLASH_TAGS =
  /\/(EREF|REMI|ORDP|BENM|NAME|IBAN|BIC|ADDR|TRTP|CSID|MARF|PREF|RTRN|ISDT|CDTRREFTP|CDTRREF|ULTD|ULTC|ULTB|PURP|SVCL|CNTP)\//g;

/** Splits SEPA purpose text (`EREF+... SVWZ+...`) into its keywords; text before the first keyword is `""`. */
function sepaFields(purpose: string): Map<string, string> {
  const fields = new Map<string, string>();
  let key = "";
  let last = 0;
  for (const match of purpose.matchAll(SEPA_KEYWORDS)) {
    const value = purpose.slice(last, match.index).trim();
    if (value !== "" || key !== "") fields.set(key, joinText([fields.get(key), value]));
    key = match[1] ?? "";
    last = match.index + match[0].length;
  }
  fields.set(key, joinText([fields.get(key), purpose.slice(last)]));
  return fields;
}

/** German `?NN` subfield layout (`166?00GUTSCHRIFT?20EREF+...?32NAME`; Triodos uses `>NN`). */
function readSubfields(lines: readonly string[], separator: string): Mt940Details {
  const joined = lines.join("");
  const fields = new Map<string, string[]>();
  const pattern = separator === ">" ? />(\d{2})([^>]*)/g : /\?(\d{2})([^?]*)/g;
  for (const match of joined.matchAll(pattern)) {
    const list = fields.get(match[1] ?? "") ?? [];
    list.push(match[2] ?? "");
    fields.set(match[1] ?? "", list);
  }
  const purposeParts: string[] = [];
  for (const key of [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 60, 61, 62, 63]) {
    purposeParts.push(...(fields.get(String(key)) ?? []));
  }
  const keyed = purposeParts.some((part) => SEPA_KEYWORD.test(part));
  const purpose = keyed ? purposeParts.join("") : joinText(purposeParts);
  const sepa = sepaFields(purpose);
  const references: string[] = [];
  addReferences(references, sepa.get("KREF"));
  const remittance = sepa.get("SVWZ") ?? joinText([sepa.get("")]);
  addReferences(references, ...findCreditorReferences(remittance));
  const name = joinText([(fields.get("32") ?? []).join("") + (fields.get("33") ?? []).join("")]);
  return {
    remittance,
    name: name === "" ? null : name,
    account: normaliseAccount(fields.get("31")?.[0]),
    endToEndId: sepa.get("EREF") ?? null,
    references,
  };
}

/** Dutch `/TAG/value/` layout (`/EREF/.../NAME/.../REMI/...`). */
function readSlashTags(lines: readonly string[]): Mt940Details {
  const joined = lines.join("");
  const fields = new Map<string, string>();
  const matches = [...joined.matchAll(SLASH_TAGS)];
  for (const [i, match] of matches.entries()) {
    const end = matches[i + 1]?.index ?? joined.length;
    const value = joined.slice(match.index + match[0].length, end).replace(/\/+$/, "");
    const key = match[1] ?? "";
    if (!fields.has(key) || fields.get(key) === "") fields.set(key, value);
  }
  const references: string[] = [];
  let remittance = fields.get("REMI") ?? "";
  const structured = /^STRD\/[A-Z]*\/(.*)$/.exec(remittance);
  if (structured !== null) {
    addReferences(references, structured[1]);
    remittance = "";
  }
  remittance = joinText([remittance.replace(/^USTD\/\//, "")]);
  addReferences(references, fields.get("CDTRREF"), ...findCreditorReferences(remittance));
  const name = joinText([fields.get("NAME")]);
  return {
    remittance,
    name: name === "" ? null : name,
    account: normaliseAccount(fields.get("IBAN")),
    endToEndId: fields.get("EREF") ?? null,
    references,
  };
}

/**
 * Reads the lines of a `:86:` field: German `?NN` subfields with SEPA keywords (`EREF+`, `KREF+`, `SVWZ+`,
 * `ABWA+`...), Dutch `/TAG/` fields (`/EREF/`, `/REMI/`, `/NAME/`, `/IBAN/`...), or free text. Structured layouts
 * wrap at 65 characters in the middle of words, so their lines are joined without a separator; free text lines are
 * joined with a space.
 */
export function readMt940Details(lines: readonly string[]): Mt940Details {
  const first = lines[0] ?? "";
  const subfields = /^\d{3}([?>])\d{2}|^([?>])\d{2}/.exec(first);
  if (subfields !== null) return readSubfields(lines, subfields[1] ?? subfields[2] ?? "?");
  if (/^\/[A-Z]{2,9}\//.test(first)) return readSlashTags(lines);
  const remittance = joinText(lines);
  const sepa = sepaFields(remittance);
  const references: string[] = [];
  addReferences(references, sepa.get("KREF"), ...findCreditorReferences(remittance));
  return {
    remittance: sepa.get("SVWZ") ?? remittance,
    name: null,
    account: null,
    endToEndId: sepa.get("EREF") ?? null,
    references,
  };
}
