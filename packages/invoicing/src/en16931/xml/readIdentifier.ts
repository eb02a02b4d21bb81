import type { En16931Identifier } from "../model.js";
import { attr, strip, text, type XmlNode } from "./xmlTree.js";

/** An identifier element with its optional `schemeID` attribute, as both UBL and CII write it. */
export function readIdentifier(n: XmlNode | undefined): En16931Identifier | undefined {
  const id = text(n);
  return id === undefined ? undefined : strip({ id, schemeId: attr(n, "schemeID") });
}
