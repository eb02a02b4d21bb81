import { XMLParser, XMLValidator } from "fast-xml-parser";
import { fail } from "./issues.js";

/** An element as fast-xml-parser returns it: child elements by local name, attributes as `@_name`, text as `#text`. */
export type XmlNode = { readonly [key: string]: unknown };

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

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

/** A parsed XML document and a way to turn element offsets into line numbers. */
export interface XmlDocument {
  readonly root: XmlNode;
  lineOf(node: unknown): number | undefined;
}

/** Parses XML; malformed XML throws `STATEMENT_MALFORMED_XML` with the validator's line. */
export function parseXml(xml: string): XmlDocument {
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) {
    throw fail("STATEMENT_MALFORMED_XML", `Malformed XML: ${verdict.err.msg}`, {
      line: verdict.err.line,
      field: "XML",
    });
  }
  const root = parser.parse(xml) as XmlNode;
  let lineStarts: number[] | undefined;
  return {
    root,
    lineOf(node) {
      if (typeof node !== "object" || node === null) return undefined;
      const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META];
      const index = meta?.startIndex;
      if (index === undefined) return undefined;
      lineStarts ??= computeLineStarts(xml);
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((lineStarts[mid] ?? 0) <= index) low = mid;
        else high = mid - 1;
      }
      return low + 1;
    },
  };
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The child elements of a name, always as a list. */
export function children(node: unknown, name: string): XmlNode[] {
  if (typeof node !== "object" || node === null) return [];
  const value = (node as XmlNode)[name];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => (typeof item === "object" && item !== null ? (item as XmlNode) : { "#text": item }));
}

/** The first element along a path of local names. */
export function first(node: unknown, ...names: readonly string[]): XmlNode | undefined {
  let current: unknown = node;
  for (const name of names) {
    current = children(current, name)[0];
    if (current === undefined) return undefined;
  }
  return current as XmlNode;
}

/** The text of the first element along a path, trimmed; `undefined` when absent or empty. */
export function text(node: unknown, ...names: readonly string[]): string | undefined {
  const found = first(node, ...names);
  if (found === undefined) return undefined;
  const value = found["#text"];
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const trimmed = String(value).trim();
  return trimmed === "" ? undefined : trimmed;
}

/** The texts of every element of a name under a node. */
export function texts(node: unknown, name: string): string[] {
  return children(node, name)
    .map((child) => text({ [name]: child }, name))
    .filter((value): value is string => value !== undefined);
}

/** An attribute of an element. */
export function attribute(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === "string" ? value.trim() : undefined;
}
