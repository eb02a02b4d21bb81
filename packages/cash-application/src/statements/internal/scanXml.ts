import { XMLValidator } from "fast-xml-parser";
import { SaxesParser, type SaxesStartTagPlain } from "saxes";
import { fail } from "./issues.js";
import { readTolerantXml } from "./tolerantXml.js";
import { localName, type XmlNode } from "./xml.js";

/** A node while the document is being read. */
interface OpenNode extends XmlNode {
  text: string;
  children: OpenNode[];
}

/** The children of a leaf, shared until a first child arrives (most elements of a statement are leaves). */
const LEAF: OpenNode[] = [];

/**
 * Sees each element as the document is read. An element is attached to its parent when it opens; `close` may drop it
 * again, so that a reader that has used an element (a statement entry) does not keep it in memory.
 */
export interface XmlVisitor {
  /** The deepest level the visitor wants to see (1 is the top-level element); deeper elements are only built. */
  readonly depth: number;
  /** An element has opened (its attributes are known, its content not yet); `depth` is 1 for a top-level element. */
  open(node: XmlNode, parent: XmlNode, depth: number): void;
  /** An element has closed with all its content; returns `true` to drop it from its parent. */
  close(node: XmlNode, parent: XmlNode, depth: number): boolean;
}

/** A read document; see {@link scanXml}. */
export interface ScannedXml {
  readonly root: XmlNode;
  readonly wellFormed: boolean;
}

/** The 1-based line of an element's `<`, counting `\n`; `undefined` for no element or the synthetic root. */
export type LineOf = (node: XmlNode | undefined) => number | undefined;

/**
 * Reads XML in one pass with saxes, building a light element tree and showing each element to `visitor`.
 *
 * When saxes finds the document not well-formed, fast-xml-parser's validator decides, as it did before this reader
 * existed: a document it rejects throws `STATEMENT_MALFORMED_XML` with its message and line; a document it accepts
 * (an undefined entity such as `&nbsp;`, a control character, a second root element) is read again as before, by
 * {@link readTolerantXml}, and what the visitor saw must then be thrown away. Only such documents are read twice.
 *
 * @returns The read document: `root` is a synthetic node whose children are the top-level elements (those not
 * dropped); `wellFormed` is `false` when `root` comes from the tolerant reading.
 */
export function scanXml(xml: string, visitor?: XmlVisitor): ScannedXml {
  const root: OpenNode = { name: "", attributes: {}, text: "", children: [], offset: -1 };
  const stack: OpenNode[] = [root];
  let current = root;
  let complaint: { readonly error: Error; readonly line: number } | undefined;
  const deepest = visitor?.depth ?? 0;
  const parser = new SaxesParser<{ xmlns: false }>({ xmlns: false });
  parser.on("opentagstart", (tag: SaxesStartTagPlain) => {
    const name = tag.name;
    const node: OpenNode = {
      name: name.indexOf(":") === -1 ? name : localName(name),
      // Without namespace processing saxes stores each attribute as its string value (its type says either); the
      // object is filled in place once the start tag is read.
      attributes: tag.attributes as Record<string, string>,
      text: "",
      children: LEAF,
      // The character after the name, which is on the line of the `<` (a name holds no line break).
      offset: parser.position - 1,
    };
    if (current.children === LEAF) current.children = [node];
    else current.children.push(node);
    stack.push(node);
    if (stack.length - 1 <= deepest) visitor?.open(node, current, stack.length - 1);
    current = node;
  });
  parser.on("closetag", () => {
    if (stack.length === 1) return;
    const node = stack.pop() as OpenNode;
    const parent = stack[stack.length - 1] ?? root;
    current = parent;
    if (stack.length <= deepest && visitor?.close(node, parent, stack.length) === true) parent.children.pop();
  });
  parser.on("text", (value: string) => {
    if (current === root) return;
    const trimmed = value.trim();
    if (trimmed !== "") current.text += trimmed;
  });
  parser.on("cdata", (value: string) => {
    if (current !== root) current.text += value;
  });
  parser.on("error", (error: Error) => {
    complaint ??= { error, line: parser.line };
  });
  parser.write(xml).close();
  if (complaint !== undefined) {
    const verdict = XMLValidator.validate(xml);
    if (verdict !== true) {
      throw fail(
        "STATEMENT_MALFORMED_XML",
        `Malformed XML: ${verdict.err.msg}`,
        { line: verdict.err.line, field: "XML" },
        complaint.error,
      );
    }
    return { root: readTolerantXml(xml, complaint.line), wellFormed: false };
  }
  return { root, wellFormed: true };
}

/** Line numbers of the elements of a document, computed on first use. */
export function lineLocator(xml: string): LineOf {
  let lineStarts: number[] | undefined;
  return (node) => {
    if (node === undefined || node.offset < 0) return undefined;
    lineStarts ??= computeLineStarts(xml);
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= node.offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
