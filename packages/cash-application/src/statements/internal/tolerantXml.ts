import { XMLParser } from "fast-xml-parser";
import { fail } from "./issues.js";
import type { XmlNode } from "./xml.js";

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** The reader of documents that are not well-formed but that fast-xml-parser tolerates, with the options of 0.1. */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  captureMetaData: true,
  processEntities: true,
});

function toNode(name: string, value: unknown): XmlNode {
  if (typeof value !== "object" || value === null) {
    return { name, attributes: {}, text: value === undefined ? "" : String(value), children: [], offset: -1 };
  }
  const attributes: Record<string, string> = {};
  const children: XmlNode[] = [];
  let text = "";
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith("@_")) {
      if (typeof item === "string") attributes[key.slice(2)] = item;
    } else if (key === "#text") {
      if (typeof item === "string" || typeof item === "number") text = String(item);
    } else {
      for (const element of Array.isArray(item) ? item : [item]) children.push(toNode(key, element));
    }
  }
  const meta = (value as Record<symbol, { startIndex?: number } | undefined>)[META];
  return { name, attributes, text, children, offset: meta?.startIndex ?? -1 };
}

/**
 * Reads a document that saxes found not well-formed but that fast-xml-parser's validator accepts (an undefined entity
 * such as `&nbsp;`, a control character, a `<` or `&` in an attribute value, a second root element) exactly as 0.1
 * read every document: with fast-xml-parser, which keeps such text as written. Elements of different names lose
 * their relative order, which no camt reading depends on; an element that fast-xml-parser gives without position
 * (an empty or text-only one) has offset -1, so no line, as in 0.1.
 *
 * @param line - Where saxes first complained: the line of a `STATEMENT_MALFORMED_XML` when fast-xml-parser fails
 * after all (0.1 let that error through untyped).
 */
export function readTolerantXml(xml: string, line: number): XmlNode {
  let parsed: unknown;
  try {
    parsed = parser.parse(xml);
  } catch (error) {
    throw fail("STATEMENT_MALFORMED_XML", `Malformed XML: ${String(error)}`, { line, field: "XML" }, error);
  }
  return { ...toNode("", parsed), offset: -1 };
}
