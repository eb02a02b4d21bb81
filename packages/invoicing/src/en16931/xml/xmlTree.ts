import { O2CError } from "@o2c/core";
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** A parsed element: child elements by local name (namespace prefixes stripped), text under `#text`, attributes under `@name`. */
export interface XmlNode {
  readonly [name: string]: readonly XmlNode[] | string | undefined;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  alwaysCreateTextNode: true,
  textNodeName: "#text",
  processEntities: true,
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});

/**
 * Parses an XML document into a tree of {@link XmlNode}.
 *
 * @throws O2CError `EINVOICE_MALFORMED_XML` when the text is not well-formed XML.
 */
export function parseXml(xml: string): XmlNode {
  if (typeof xml !== "string") {
    throw new O2CError("EINVOICE_MALFORMED_XML", "The e-invoice must be given as an XML string.", { path: [] });
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new O2CError("EINVOICE_MALFORMED_XML", `The e-invoice is not well-formed XML: ${valid.err.msg}`, {
      path: [],
      details: { line: valid.err.line, column: valid.err.col, reason: valid.err.code },
    });
  }
  let doc: XmlNode;
  try {
    doc = parser.parse(xml) as XmlNode;
  } catch (cause) {
    throw new O2CError("EINVOICE_MALFORMED_XML", "The e-invoice could not be parsed as XML.", { path: [], cause });
  }
  const roots = Object.entries(doc).filter(([name]) => !name.startsWith("?") && !name.startsWith("#"));
  const count = roots.reduce((n, [, v]) => n + (Array.isArray(v) ? v.length : 1), 0);
  if (count !== 1) {
    throw new O2CError("EINVOICE_MALFORMED_XML", `The e-invoice must have exactly one root element, not ${count}.`, {
      path: [],
      details: { roots: count },
    });
  }
  return doc;
}

/** The child elements of `parent` along a path of local names. */
export function all(parent: XmlNode | undefined, ...path: readonly string[]): readonly XmlNode[] {
  let current: readonly XmlNode[] = parent === undefined ? [] : [parent];
  for (const name of path) {
    const next: XmlNode[] = [];
    for (const n of current) {
      const kids = n[name];
      if (Array.isArray(kids)) next.push(...(kids as readonly XmlNode[]));
    }
    current = next;
  }
  return current;
}

/** The first element along a path, if any. */
export function first(parent: XmlNode | undefined, ...path: readonly string[]): XmlNode | undefined {
  return all(parent, ...path)[0];
}

/** The text of an element ("" for an empty element), or undefined when there is no element. */
export function text(n: XmlNode | undefined): string | undefined {
  if (n === undefined) return undefined;
  const t = n["#text"];
  return typeof t === "string" ? t : "";
}

/** The text of the first element along a path. */
export function value(parent: XmlNode | undefined, ...path: readonly string[]): string | undefined {
  return text(first(parent, ...path));
}

/** An attribute of an element. */
export function attr(n: XmlNode | undefined, name: string): string | undefined {
  const a = n?.[`@${name}`];
  return typeof a === "string" ? a : undefined;
}

/** Removes undefined properties, so that read models compare equal to written ones. */
export function strip<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** Like {@link strip}, but undefined when nothing but empty lists is left. */
export function compact<T extends object>(o: T): T | undefined {
  const out = strip(o);
  const any = Object.values(out).some((v) => !Array.isArray(v) || v.length > 0);
  return any ? out : undefined;
}
