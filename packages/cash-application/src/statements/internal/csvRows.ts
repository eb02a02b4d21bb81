import { fail } from "./issues.js";

/** One CSV record: its fields and the 1-based line it starts on. */
export interface CsvRow {
  readonly fields: string[];
  readonly line: number;
}

/**
 * Splits CSV text into records per RFC 4180: fields in double quotes may hold the delimiter, line breaks and
 * doubled quotes. Empty lines are skipped. An unterminated quote throws `STATEMENT_MALFORMED_RECORD`.
 */
export function readCsvRows(text: string, delimiter: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let touched = false;
  const source = text.replace(/^\uFEFF/, "");
  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== "" || touched) rows.push({ fields, line: rowLine });
    fields = [];
    field = "";
    touched = false;
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === "\n") line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === "") {
      quoted = true;
      touched = true;
      quoteLine = line;
    } else if (char === delimiter) {
      fields.push(field);
      field = "";
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else field += char;
  }
  if (quoted)
    throw fail("STATEMENT_MALFORMED_RECORD", "A quoted field is not closed", { line: quoteLine, field: "quote" });
  if (field !== "" || fields.length > 0) endRow();
  return rows;
}
