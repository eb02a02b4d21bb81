import { fail } from "./issues.js";

/** One logical BAI2 record: its code, its fields (88 continuations merged in) and where it starts. */
export interface Bai2Record {
  readonly code: string;
  /** Fields after the record code; for a 16 record the last field is the whole text, commas included. */
  fields: string[];
  /** Text continued by 88 records (16 records only). */
  readonly continuation: string[];
  readonly line: number;
  /** How many physical records (the record itself and its 88 continuations) it counts for in control counts. */
  count: number;
}

const KNOWN = new Set(["01", "02", "03", "16", "49", "88", "98", "99"]);
const RECORD_START = /^(\d{2}),/;

/** How many fields precede the text of a 16 record, from its funds type. */
function fixedFieldsOf16(fields: readonly string[]): number {
  const funds = (fields[2] ?? "").trim().toUpperCase();
  if (funds === "S") return 3 + 3 + 2;
  if (funds === "V") return 3 + 2 + 2;
  if (funds === "D") return 3 + 1 + 2 * Number((fields[3] ?? "0").trim() || "0") + 2;
  return 3 + 2;
}

function stripTerminator(body: string): string {
  return body.replace(/\s*\/\s*$/, "");
}

function splitFields(code: string, body: string): string[] {
  const raw = body.split(",");
  if (code !== "16") return stripTerminator(body).split(",");
  const fixed = fixedFieldsOf16(raw);
  const head = raw.slice(0, fixed);
  const text = stripTerminator(raw.slice(fixed).join(","));
  return [...head.map((field) => stripTerminator(field)), text.trim()];
}

/**
 * Splits BAI2 text into logical records: one or several records per physical line (`.../ 16,...`), records
 * continued on a following line without a record code, and 88 continuations merged into the record they continue.
 */
export function readBai2Records(text: string): Bai2Record[] {
  const pieces: { body: string; line: number }[] = [];
  for (const [i, raw] of text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .entries()) {
    if (raw.trim() === "") continue;
    const parts = raw.split(/\/\s+(?=\d{2},)/);
    for (const [k, part] of parts.entries()) {
      const body = k < parts.length - 1 ? `${part}/` : part;
      if (RECORD_START.test(body.trimStart())) pieces.push({ body: body.trimStart(), line: i + 1 });
      else if (pieces.length > 0) {
        const last = pieces[pieces.length - 1];
        if (last !== undefined) last.body = `${stripTerminator(last.body)} ${body.trim()}`;
      } else {
        throw fail("STATEMENT_MALFORMED_RECORD", "The file does not start with a BAI2 record", {
          line: i + 1,
          field: "record code",
        });
      }
    }
  }
  const records: Bai2Record[] = [];
  for (const piece of pieces) {
    const code = piece.body.slice(0, 2);
    if (!KNOWN.has(code)) {
      throw fail("STATEMENT_MALFORMED_RECORD", `Unknown BAI2 record code ${JSON.stringify(code)}`, {
        line: piece.line,
        field: "record code",
      });
    }
    const body = piece.body.slice(3);
    const previous = records[records.length - 1];
    if (code === "88") {
      if (previous === undefined) {
        throw fail("STATEMENT_MALFORMED_RECORD", "A continuation record 88 has nothing to continue", {
          line: piece.line,
          field: "88",
        });
      }
      previous.count++;
      if (previous.code === "16") previous.continuation.push(stripTerminator(body).trim());
      else previous.fields.push(...stripTerminator(body).split(","));
      continue;
    }
    records.push({ code, fields: splitFields(code, body), continuation: [], line: piece.line, count: 1 });
  }
  return records;
}
