/**
 * An element of a parsed document: local name (namespace prefix removed), attributes as written, the element's own
 * text (each text run trimmed, runs and CDATA sections concatenated), child elements in document order, and an
 * offset in the source on the line of its `<` (`-1` for a node that is not in the source).
 */
export interface XmlNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly text: string;
  readonly children: readonly XmlNode[];
  readonly offset: number;
}

/** An element with no name, attributes, text or children (an entry without `TxDtls` reads as one empty detail). */
export const EMPTY_NODE: XmlNode = Object.freeze({
  name: "",
  attributes: Object.freeze({}),
  text: "",
  children: Object.freeze([]),
  offset: -1,
});

/** A name without its namespace prefix (`c:Ntry` is `Ntry`); a name with several colons is kept as written. */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 || colon !== name.lastIndexOf(":") ? name : name.slice(colon + 1);
}

/** The child elements of a name, in document order. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  if (node === undefined) return found;
  for (const child of node.children) if (child.name === name) found.push(child);
  return found;
}

/** The first child element of a name. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  if (node === undefined) return undefined;
  for (const candidate of node.children) if (candidate.name === name) return candidate;
  return undefined;
}

/** The first element along a path of up to four local names. */
export function first(node: XmlNode | undefined, a: string, b?: string, c?: string, d?: string): XmlNode | undefined {
  let found = child(node, a);
  if (b !== undefined) found = child(found, b);
  if (c !== undefined) found = child(found, c);
  if (d !== undefined) found = child(found, d);
  return found;
}

/** The text of the first element along a path, trimmed; `undefined` when absent or empty. */
export function text(node: XmlNode | undefined, a: string, b?: string, c?: string, d?: string): string | undefined {
  return trimmedText(first(node, a, b, c, d));
}

/** The text of an element, trimmed; `undefined` when absent or empty. */
export function trimmedText(node: XmlNode | undefined): string | undefined {
  if (node === undefined || node.text === "") return undefined;
  // Runs are trimmed while reading; a CDATA section is kept as written, so trim once more.
  const trimmed = node.text.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** The element's own text (its runs are trimmed already); `undefined` when the element is absent or has none. */
export function ownText(node: XmlNode | undefined): string | undefined {
  return node === undefined || node.text === "" ? undefined : node.text;
}

/** The texts of every element of a name under a node. */
export function texts(node: XmlNode | undefined, name: string): string[] {
  const found: string[] = [];
  if (node === undefined) return found;
  for (const element of node.children) {
    if (element.name !== name) continue;
    const value = element.text.trim();
    if (value !== "") found.push(value);
  }
  return found;
}

/** An attribute of an element by local name, trimmed. */
export function attribute(node: XmlNode | undefined, name: string): string | undefined {
  if (node === undefined) return undefined;
  const value = node.attributes[name];
  if (value !== undefined) return value.trim();
  for (const key in node.attributes) {
    if (!key.startsWith("xmlns:") && localName(key) === name) return node.attributes[key]?.trim();
  }
  return undefined;
}
