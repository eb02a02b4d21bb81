import { O2CError, parseWith } from "@o2c/core";
import { z } from "zod";
import { ciiToModel } from "../cii/read.js";
import type { En16931Invoice } from "../model.js";
import { en16931InvoiceSchema } from "../schema.js";
import { rootName, ublToModel } from "../ubl/read.js";
import { first, parseXml, type XmlNode } from "../xml/xmlTree.js";
import { CODE_LIST_RULES } from "./codeListRules.js";
import { CO_RULES } from "./coRules.js";
import { CORE_RULES } from "./coreRules.js";
import { DEC_RULES } from "./decRules.js";
import type { CheckEn16931Options, En16931Rule, RuleViolation } from "./types.js";
import { VAT_CATEGORY_RULES } from "./vatCategoryRules.js";

/**
 * Every EN 16931 business rule o2c checks (artefacts v1.3.16): BR-01..BR-65, BR-CO-*, BR-DEC-* and the VAT category
 * rules BR-S/Z/E/AE/IC/G/O/AF/AG-* and the code-list rules BR-CL-*, each with its official id and flag and an o2c message.
 *
 * @since 0.1.0
 */
export const EN16931_RULES: readonly En16931Rule[] = [
  ...CORE_RULES,
  ...CO_RULES,
  ...DEC_RULES,
  ...VAT_CATEGORY_RULES,
  ...CODE_LIST_RULES,
];

/**
 * Checks an invoice in the EN 16931 semantic model against the EN 16931 business rules.
 *
 * @param invoice - The invoice to check.
 * @param options - Which syntax binding's tolerances apply where the official UBL and CII artefacts differ.
 * @returns The violations, in rule order; empty when the invoice satisfies every rule. An invoice is valid when no
 * violation has the flag `fatal`.
 * @throws ValidationError `VALIDATION_FAILED` (issue codes with paths under `invoice` or `options`) when the input is not an
 * `En16931Invoice` or the options are unknown.
 * @example
 * ```ts
 * import { checkEn16931 } from "@o2c/invoicing";
 *
 * const violations = checkEn16931({
 *   id: "INV-1", issueDate: "2025-01-31", typeCode: "380", currencyCode: "EUR",
 *   notes: [], precedingInvoices: [], allowances: [], charges: [], vatBreakdown: [], supportingDocuments: [], lines: [],
 * });
 * violations.some((v) => v.id === "BR-16" && v.flag === "fatal") //=> true
 * violations.find((v) => v.id === "BR-06")?.path //=> ["seller", "name"]
 * ```
 * @since 0.1.0
 */
export function checkEn16931(invoice: En16931Invoice, options: CheckEn16931Options = {}): RuleViolation[] {
  const inv = parseWith(en16931InvoiceSchema, invoice, ["invoice"]);
  const opts = parseWith(optionsSchema, options, ["options"]);
  return runRules(inv, opts);
}

const optionsSchema: z.ZodType<CheckEn16931Options> = z.object({ binding: z.enum(["ubl", "cii"]).optional() });

function runRules(invoice: En16931Invoice, options: CheckEn16931Options): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const r of EN16931_RULES) {
    for (const path of r.check(invoice, options)) out.push({ id: r.id, flag: r.flag, message: r.message, path });
  }
  return out;
}

/**
 * Reads a UBL 2.1 `Invoice`/`CreditNote` or a CII `CrossIndustryInvoice` (detected from the root element) and checks
 * it against the EN 16931 business rules.
 *
 * @param xml - The e-invoice XML.
 * @returns The violations, as {@link checkEn16931} returns them.
 * @throws O2CError `EINVOICE_MALFORMED_XML` when the text is not well-formed XML.
 * @throws O2CError `EINVOICE_UNSUPPORTED_DOCUMENT` when the root is neither UBL nor CII.
 * @example
 * ```ts
 * import { checkEn16931Xml } from "@o2c/invoicing";
 *
 * const violations = checkEn16931Xml(`<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 *   xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"><cbc:ID>1</cbc:ID></Invoice>`);
 * violations.some((v) => v.id === "BR-01") //=> true
 * ```
 * @since 0.1.0
 */
export function checkEn16931Xml(xml: string): RuleViolation[] {
  const doc = parseXml(xml);
  const ubl = first(doc, "Invoice") ?? first(doc, "CreditNote");
  if (ubl !== undefined) return runRules(ublToModel(ubl), { binding: "ubl" });
  const cii = first(doc, "CrossIndustryInvoice");
  if (cii !== undefined) return runRules(ciiToModel(cii), { binding: "cii" });
  throw unsupported(doc);
}

function unsupported(doc: XmlNode): O2CError {
  const name = rootName(doc);
  return new O2CError("EINVOICE_UNSUPPORTED_DOCUMENT", "The document is neither a UBL invoice nor a CII invoice.", {
    path: [name ?? ""],
    details: { root: name },
  });
}

/**
 * Reads a UBL or CII e-invoice into the EN 16931 model, detecting the syntax from the root element.
 *
 * @param xml - The e-invoice XML.
 * @returns The invoice in the EN 16931 semantic model.
 * @throws O2CError `EINVOICE_MALFORMED_XML` when the text is not well-formed XML.
 * @throws O2CError `EINVOICE_UNSUPPORTED_DOCUMENT` when the root is neither UBL nor CII.
 * @since 0.1.0
 */
export function readEn16931Xml(xml: string): En16931Invoice {
  const doc = parseXml(xml);
  const ubl = first(doc, "Invoice") ?? first(doc, "CreditNote");
  if (ubl !== undefined) return ublToModel(ubl);
  const cii = first(doc, "CrossIndustryInvoice");
  if (cii !== undefined) return ciiToModel(cii);
  throw unsupported(doc);
}
