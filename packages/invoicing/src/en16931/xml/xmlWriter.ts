/** Attributes of an element; undefined values are left out. */
export type XmlAttributes = Readonly<Record<string, string | undefined>>;

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Escapes text for element content and attribute values. */
export function escapeXml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) : text;
}

const NEEDS_ESCAPE = /[&<>"']/;

function attributes(attrs: XmlAttributes | undefined): string {
  if (attrs === undefined) return "";
  let out = "";
  for (const name in attrs) {
    const value = attrs[name];
    if (value !== undefined) out += ` ${name}="${escapeXml(value)}"`;
  }
  return out;
}

/** A leaf element with text content, or "" when the value is undefined. */
export function leaf(name: string, value: string | undefined, attrs?: XmlAttributes): string {
  if (value === undefined) return "";
  return `<${name}${attributes(attrs)}>${escapeXml(value)}</${name}>`;
}

/** An element with child elements, or "" when every child is empty (unless `keepEmpty`). */
export function node(name: string, children: readonly string[], attrs?: XmlAttributes, keepEmpty = false): string {
  const inner = children.join("");
  if (inner === "" && !keepEmpty) return "";
  return `<${name}${attributes(attrs)}>${inner}</${name}>`;
}
