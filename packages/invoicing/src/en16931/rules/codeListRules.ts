import type { ErrorPath } from "@o2c/core";
import type { En16931Address, En16931Identifier, En16931Invoice } from "../model.js";
import {
  ALLOWANCE_REASON_CODES,
  CHARGE_REASON_CODES,
  CLASSIFICATION_SCHEMES,
  COUNTRY_CODES,
  CREDIT_NOTE_TYPE_CODES,
  CURRENCY_CODES,
  EAS_SCHEMES,
  ICD_SCHEMES,
  INVOICE_TYPE_CODES,
  MIME_CODES,
  OBJECT_SCHEMES,
  PAYMENT_MEANS_CODES,
  TAX_POINT_DATE_CODES,
  UNIT_CODES,
  VAT_CATEGORY_CODES,
  VATEX_CODES,
} from "./codeLists.js";
import { rule } from "./helpers.js";
import type { En16931Rule } from "./types.js";

const G = "BR-CL";

/** A coded value and where it sits in the model. */
type Coded = readonly [value: string | undefined, path: ErrorPath];

/** A code-list rule: every present value must be in the list (`normalize-space`, no inner spaces). */
function inList(
  id: string,
  list: ReadonlySet<string>,
  values: (i: En16931Invoice) => readonly Coded[],
  normalise: (s: string) => string = (s) => s,
): En16931Rule {
  return rule(id, G, (i) =>
    values(i)
      .filter(([v]) => v !== undefined && !list.has(normalise(v.trim())))
      .map(([, path]) => path),
  );
}

const scheme = (x: En16931Identifier | undefined, path: ErrorPath): Coded[] =>
  x?.schemeId === undefined ? [] : [[x.schemeId, path]];

function addresses(i: En16931Invoice): [En16931Address | undefined, ErrorPath][] {
  return [
    [i.seller?.address, ["seller", "address", "countryCode"]],
    [i.buyer?.address, ["buyer", "address", "countryCode"]],
    [i.taxRepresentative?.address, ["taxRepresentative", "address", "countryCode"]],
    [i.delivery?.address, ["delivery", "address", "countryCode"]],
  ];
}

/** The BR-CL rules: coded values belong to their official code lists (UNTDID, ISO, UN/ECE Rec 20, VATEX, EAS, ICD). */
export const CODE_LIST_RULES: readonly En16931Rule[] = [
  // The model does not say whether a UBL document was an Invoice or a CreditNote: both lists are accepted.
  rule("BR-CL-01", G, (i) => {
    const t = i.typeCode?.trim();
    return t === undefined || INVOICE_TYPE_CODES.has(t) || CREDIT_NOTE_TYPE_CODES.has(t) ? [] : [["typeCode"]];
  }),
  inList("BR-CL-04", CURRENCY_CODES, (i) => [[i.currencyCode, ["currencyCode"]]]),
  inList("BR-CL-05", CURRENCY_CODES, (i) => [[i.vatAccountingCurrencyCode, ["vatAccountingCurrencyCode"]]]),
  inList("BR-CL-06", TAX_POINT_DATE_CODES, (i) => [[i.taxPointDateCode, ["taxPointDateCode"]]]),
  inList("BR-CL-07", OBJECT_SCHEMES, (i) => [
    ...scheme(i.invoicedObjectIdentifier, ["invoicedObjectIdentifier", "schemeId"]),
    ...i.lines.flatMap((l, n) => scheme(l.objectIdentifier, ["lines", n, "objectIdentifier", "schemeId"])),
  ]),
  inList("BR-CL-10", ICD_SCHEMES, (i) => [
    ...(i.seller?.identifiers ?? []).flatMap((x, n) => scheme(x, ["seller", "identifiers", n, "schemeId"])),
    ...(i.buyer?.identifiers ?? []).flatMap((x, n) => scheme(x, ["buyer", "identifiers", n, "schemeId"])),
    ...scheme(i.payee?.identifier, ["payee", "identifier", "schemeId"]),
  ]),
  inList("BR-CL-11", ICD_SCHEMES, (i) => [
    ...scheme(i.seller?.legalRegistrationId, ["seller", "legalRegistrationId", "schemeId"]),
    ...scheme(i.buyer?.legalRegistrationId, ["buyer", "legalRegistrationId", "schemeId"]),
    ...scheme(i.payee?.legalRegistrationId, ["payee", "legalRegistrationId", "schemeId"]),
  ]),
  inList("BR-CL-13", CLASSIFICATION_SCHEMES, (i) =>
    i.lines.flatMap((l, n) =>
      l.classifications.map((c, k): Coded => [c.listId, ["lines", n, "classifications", k, "listId"]]),
    ),
  ),
  inList("BR-CL-14", COUNTRY_CODES, (i) =>
    addresses(i)
      .filter(([a]) => a !== undefined)
      .map(([a, path]): Coded => [a?.countryCode, path]),
  ),
  inList("BR-CL-15", COUNTRY_CODES, (i) =>
    i.lines.map((l, n): Coded => [l.originCountry, ["lines", n, "originCountry"]]),
  ),
  inList("BR-CL-16", PAYMENT_MEANS_CODES, (i) => [
    [i.paymentInstructions?.meansCode, ["paymentInstructions", "meansCode"]],
  ]),
  inList("BR-CL-17", VAT_CATEGORY_CODES, (i) => [
    ...i.allowances.map((a, n): Coded => [a.vatCategoryCode, ["allowances", n, "vatCategoryCode"]]),
    ...i.charges.map((a, n): Coded => [a.vatCategoryCode, ["charges", n, "vatCategoryCode"]]),
    ...i.vatBreakdown.map((b, n): Coded => [b.categoryCode, ["vatBreakdown", n, "categoryCode"]]),
  ]),
  inList("BR-CL-18", VAT_CATEGORY_CODES, (i) =>
    i.lines.map((l, n): Coded => [l.vatCategoryCode, ["lines", n, "vatCategoryCode"]]),
  ),
  inList("BR-CL-19", ALLOWANCE_REASON_CODES, (i) => [
    ...i.allowances.map((a, n): Coded => [a.reasonCode, ["allowances", n, "reasonCode"]]),
    ...i.lines.flatMap((l, n) =>
      l.allowances.map((a, k): Coded => [a.reasonCode, ["lines", n, "allowances", k, "reasonCode"]]),
    ),
  ]),
  inList("BR-CL-20", CHARGE_REASON_CODES, (i) => [
    ...i.charges.map((a, n): Coded => [a.reasonCode, ["charges", n, "reasonCode"]]),
    ...i.lines.flatMap((l, n) =>
      l.charges.map((a, k): Coded => [a.reasonCode, ["lines", n, "charges", k, "reasonCode"]]),
    ),
  ]),
  inList("BR-CL-21", ICD_SCHEMES, (i) =>
    i.lines.flatMap((l, n) => scheme(l.standardItemId, ["lines", n, "standardItemId", "schemeId"])),
  ),
  inList(
    "BR-CL-22",
    VATEX_CODES,
    (i) => i.vatBreakdown.map((b, n): Coded => [b.exemptionReasonCode, ["vatBreakdown", n, "exemptionReasonCode"]]),
    (s) => s.toUpperCase(),
  ),
  inList("BR-CL-23", UNIT_CODES, (i) =>
    i.lines.flatMap((l, n): Coded[] => [
      [l.unitCode, ["lines", n, "unitCode"]],
      [l.baseQuantityUnitCode, ["lines", n, "baseQuantityUnitCode"]],
    ]),
  ),
  inList("BR-CL-24", MIME_CODES, (i) =>
    i.supportingDocuments.map(
      (d, n): Coded => [d.attachment?.mimeCode, ["supportingDocuments", n, "attachment", "mimeCode"]],
    ),
  ),
  inList("BR-CL-25", EAS_SCHEMES, (i) => [
    ...scheme(i.seller?.electronicAddress, ["seller", "electronicAddress", "schemeId"]),
    ...scheme(i.buyer?.electronicAddress, ["buyer", "electronicAddress", "schemeId"]),
  ]),
  inList("BR-CL-26", ICD_SCHEMES, (i) => scheme(i.delivery?.locationId, ["delivery", "locationId", "schemeId"])),
];
