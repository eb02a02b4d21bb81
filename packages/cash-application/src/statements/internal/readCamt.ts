import type { BankStatement, ParsedStatement, StatementParseOptions } from "../ParsedStatement.js";
import { type CamtDocumentContext, type CamtNames, StatementReader } from "./camtStatement.js";
import { fail, Issues } from "./issues.js";
import { type LineOf, lineLocator, scanXml, type XmlVisitor } from "./scanXml.js";
import { child, children, type XmlNode } from "./xml.js";

type CamtFormat = "camt.053" | "camt.054";

const ROOTS: Readonly<Record<CamtFormat, CamtNames>> = {
  "camt.053": { message: "BkToCstmrStmt", statement: "Stmt" },
  "camt.054": { message: "BkToCstmrDbtCdtNtfctn", statement: "Ntfctn" },
};

/** Statement children that the header of a statement reads: after the first entry they force a whole-tree reading. */
const HEADER = new Set(["Id", "Acct", "Bal", "FrToDt", "CreDtTm"]);

/**
 * Reads the statements while the document is scanned: each `Ntry` is read when it closes and then dropped, so the
 * tree never holds more than one entry. A document whose statement header is not complete at its first entry (a
 * header element after an entry, or a `GrpHdr` after a statement) cannot be read this way; it is flagged `reread`.
 * Errors are held until the scan ends, because a malformed document must fail as malformed whatever came before.
 */
class CamtStream implements XmlVisitor {
  /** Document, message, statement, and the statement's children. */
  readonly depth = 4;
  readonly statements: BankStatement[] = [];
  reread = false;
  error: { readonly thrown: unknown } | undefined;
  readonly #ctx: CamtDocumentContext;
  #document: XmlNode | undefined;
  #message: XmlNode | undefined;
  #statement: StatementReader | undefined;
  #statementCount = 0;

  constructor(ctx: CamtDocumentContext) {
    this.#ctx = ctx;
  }

  open(node: XmlNode, parent: XmlNode, depth: number): void {
    if (depth === 1) {
      if (node.name === "Document") this.#document ??= node;
    } else if (parent === this.#document) {
      if (node.name === this.#ctx.names.message) this.#message ??= node;
    } else if (parent === this.#message) {
      if (node.name === this.#ctx.names.statement) {
        this.#statement = new StatementReader(node, this.#statementCount++, this.#message, this.#ctx);
      } else if (node.name === "GrpHdr" && this.#statementCount > 0) {
        this.reread = true;
      }
    } else if (parent === this.#statement?.node && this.#statement.started && HEADER.has(node.name)) {
      this.reread = true;
    }
  }

  close(node: XmlNode, parent: XmlNode): boolean {
    const statement = this.#statement;
    if (statement === undefined) return false;
    const isEntry = parent === statement.node && node.name === "Ntry";
    if (!isEntry && node !== statement.node) return false;
    if (node === statement.node) this.#statement = undefined;
    // After an error or once a second reading is due, statements are only followed, no longer read.
    if (this.error !== undefined || this.reread) return isEntry;
    try {
      if (isEntry) statement.entry(node);
      else this.statements.push(statement.finish());
    } catch (thrown) {
      this.error = { thrown };
    }
    return isEntry;
  }
}

/** The message element, or the error a whole-tree reading throws first. */
function messageOf(root: XmlNode, format: CamtFormat, lineOf: LineOf): XmlNode {
  const names = ROOTS[format];
  const otherFormat = format === "camt.053" ? "camt.054" : "camt.053";
  const document = child(root, "Document");
  const message = child(document, names.message);
  if (message === undefined && document !== undefined && child(document, ROOTS[otherFormat].message) === undefined) {
    throw fail("STATEMENT_MISSING_FIELD", `The document has no ${names.message}`, {
      line: lineOf(document) ?? 1,
      field: names.message,
      path: ["Document"],
    });
  }
  if (message === undefined) {
    const hint = child(document, ROOTS[otherFormat].message) === undefined ? "" : ` (this looks like ${otherFormat})`;
    throw fail("STATEMENT_UNKNOWN_FORMAT", `Not a ${format} document: no Document/${names.message}${hint}`, {
      line: lineOf(document) ?? 1,
      field: names.message,
      path: ["Document"],
    });
  }
  if (child(message, names.statement) === undefined) {
    throw fail("STATEMENT_MISSING_FIELD", `${names.message} has no ${names.statement}`, {
      line: lineOf(message),
      field: names.statement,
      path: ["Document", names.message],
    });
  }
  return message;
}

/**
 * Reads a whole tree: the fallback for documents whose statement headers are not complete at their first entry, and
 * for documents that are not well-formed but tolerated.
 */
function readTree(root: XmlNode, format: CamtFormat, ctx: CamtDocumentContext): BankStatement[] {
  const message = messageOf(root, format, ctx.lineOf);
  return children(message, ctx.names.statement).map((node, s) => {
    const reader = new StatementReader(node, s, message, ctx);
    for (const entry of children(node, "Ntry")) reader.entry(entry);
    return reader.finish();
  });
}

/** Reads a camt.053 or camt.054 document of any version, in one pass for documents in schema order. */
export function readCamt(xml: string, format: CamtFormat, options: StatementParseOptions | undefined): ParsedStatement {
  const lineOf = lineLocator(xml);
  const names = ROOTS[format];
  const streamed = new Issues(options?.strict);
  const stream = new CamtStream({ format, names, issues: streamed, lineOf, dates: new Map() });
  const scanned = scanXml(xml, stream);
  if (scanned.wellFormed && !stream.reread) {
    messageOf(scanned.root, format, lineOf);
    if (stream.error !== undefined) throw stream.error.thrown;
    return { format, statements: stream.statements, warnings: streamed.warnings };
  }
  const root = scanned.wellFormed ? scanXml(xml).root : scanned.root;
  const issues = new Issues(options?.strict);
  const statements = readTree(root, format, { format, names, issues, lineOf, dates: new Map() });
  return { format, statements, warnings: issues.warnings };
}
