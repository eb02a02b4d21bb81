import type { En16931Address, En16931Invoice } from "../model.js";
import { code, failing, filled, isNum, num, rule, unless } from "./helpers.js";
import type { En16931Rule } from "./types.js";

const G = "BR";
const has = (s: string | undefined): boolean => s !== undefined;
const lmtFields = (inv: En16931Invoice) => inv.totals ?? {};
const countryOf = (a: En16931Address | undefined): boolean => a === undefined || filled(a.countryCode);
const nonNegative = (s: string | undefined): boolean => {
  const n = num(s);
  return isNum(n) && n.gte(0);
};
const periodOk = (start: string | undefined, end: string | undefined): boolean =>
  start === undefined || end === undefined || end >= start;
const reasonOrCode = (ac: { reason?: string | undefined; reasonCode?: string | undefined }): boolean =>
  has(ac.reason) || has(ac.reasonCode);
const vatIdOf = (p: { readonly vatId?: string | undefined } | undefined): string | undefined => p?.vatId;

/** BR-01 .. BR-65: the mandatory terms and cardinalities of EN 16931. */
export const CORE_RULES: readonly En16931Rule[] = [
  rule("BR-01", G, (i) => unless(filled(i.customizationId), ["customizationId"])),
  rule("BR-02", G, (i) => unless(filled(i.id), ["id"])),
  rule("BR-03", G, (i) => unless(filled(i.issueDate), ["issueDate"])),
  rule("BR-04", G, (i) => unless(filled(i.typeCode), ["typeCode"])),
  rule("BR-05", G, (i) => unless(filled(i.currencyCode), ["currencyCode"])),
  rule("BR-06", G, (i) => unless(filled(i.seller?.name), ["seller", "name"])),
  rule("BR-07", G, (i) => unless(filled(i.buyer?.name), ["buyer", "name"])),
  rule("BR-08", G, (i) => unless(i.seller?.address !== undefined, ["seller", "address"])),
  rule("BR-09", G, (i) => unless(countryOf(i.seller?.address), ["seller", "address", "countryCode"])),
  rule("BR-10", G, (i) => unless(i.buyer?.address !== undefined, ["buyer", "address"])),
  rule("BR-11", G, (i) => unless(countryOf(i.buyer?.address), ["buyer", "address", "countryCode"])),
  rule("BR-12", G, (i) => unless(has(lmtFields(i).lineNetTotal), ["totals", "lineNetTotal"])),
  rule("BR-13", G, (i) => unless(has(lmtFields(i).taxExclusiveAmount), ["totals", "taxExclusiveAmount"])),
  rule("BR-14", G, (i) => unless(has(lmtFields(i).taxInclusiveAmount), ["totals", "taxInclusiveAmount"])),
  rule("BR-15", G, (i) => unless(has(lmtFields(i).payableAmount), ["totals", "payableAmount"])),
  rule("BR-16", G, (i) => unless(i.lines.length > 0, ["lines"])),
  rule("BR-17", G, (i) => {
    const p = i.payee;
    if (p === undefined) return [];
    const ok =
      has(p.name) &&
      p.name !== i.seller?.tradingName &&
      !(p.identifier !== undefined && (i.seller?.identifiers ?? []).some((s) => s.id === p.identifier?.id));
    return unless(ok, ["payee", "name"]);
  }),
  rule("BR-18", G, (i) =>
    i.taxRepresentative === undefined ? [] : unless(filled(i.taxRepresentative.name), ["taxRepresentative", "name"]),
  ),
  rule("BR-19", G, (i) =>
    i.taxRepresentative === undefined
      ? []
      : unless(i.taxRepresentative.address !== undefined, ["taxRepresentative", "address"]),
  ),
  rule("BR-20", G, (i) =>
    unless(countryOf(i.taxRepresentative?.address), ["taxRepresentative", "address", "countryCode"]),
  ),
  rule("BR-21", G, (i) => failing(i.lines, ["lines"], (l) => filled(l.id), "id")),
  rule("BR-22", G, (i) => failing(i.lines, ["lines"], (l) => has(l.quantity), "quantity")),
  rule("BR-23", G, (i) => failing(i.lines, ["lines"], (l) => has(l.unitCode), "unitCode")),
  rule("BR-24", G, (i) => failing(i.lines, ["lines"], (l) => has(l.netAmount), "netAmount")),
  rule("BR-25", G, (i) => failing(i.lines, ["lines"], (l) => filled(l.itemName), "itemName")),
  rule("BR-26", G, (i) => failing(i.lines, ["lines"], (l) => has(l.netPrice), "netPrice")),
  rule("BR-27", G, (i) => failing(i.lines, ["lines"], (l) => nonNegative(l.netPrice), "netPrice")),
  rule("BR-28", G, (i) =>
    failing(i.lines, ["lines"], (l) => l.grossPrice === undefined || nonNegative(l.grossPrice), "grossPrice"),
  ),
  rule("BR-29", G, (i) =>
    unless(periodOk(i.invoicingPeriod?.startDate, i.invoicingPeriod?.endDate), ["invoicingPeriod", "endDate"]),
  ),
  rule("BR-30", G, (i) =>
    failing(i.lines, ["lines"], (l) => periodOk(l.period?.startDate, l.period?.endDate), "period"),
  ),
  rule("BR-31", G, (i) => failing(i.allowances, ["allowances"], (a) => has(a.amount), "amount")),
  rule("BR-32", G, (i) => failing(i.allowances, ["allowances"], (a) => has(a.vatCategoryCode), "vatCategoryCode")),
  rule("BR-33", G, (i) => failing(i.allowances, ["allowances"], reasonOrCode, "reason")),
  rule("BR-36", G, (i) => failing(i.charges, ["charges"], (a) => has(a.amount), "amount")),
  rule("BR-37", G, (i) => failing(i.charges, ["charges"], (a) => has(a.vatCategoryCode), "vatCategoryCode")),
  rule("BR-38", G, (i) => failing(i.charges, ["charges"], reasonOrCode, "reason")),
  rule("BR-41", G, (i) =>
    i.lines.flatMap((l, n) => failing(l.allowances, ["lines", n, "allowances"], (a) => has(a.amount), "amount")),
  ),
  rule("BR-42", G, (i) =>
    i.lines.flatMap((l, n) => failing(l.allowances, ["lines", n, "allowances"], reasonOrCode, "reason")),
  ),
  rule("BR-43", G, (i) =>
    i.lines.flatMap((l, n) => failing(l.charges, ["lines", n, "charges"], (a) => has(a.amount), "amount")),
  ),
  rule("BR-44", G, (i) =>
    i.lines.flatMap((l, n) => failing(l.charges, ["lines", n, "charges"], reasonOrCode, "reason")),
  ),
  rule("BR-45", G, (i) => failing(i.vatBreakdown, ["vatBreakdown"], (b) => has(b.taxableAmount), "taxableAmount")),
  rule("BR-46", G, (i) => failing(i.vatBreakdown, ["vatBreakdown"], (b) => has(b.taxAmount), "taxAmount")),
  rule("BR-47", G, (i) => failing(i.vatBreakdown, ["vatBreakdown"], (b) => has(b.categoryCode), "categoryCode")),
  rule("BR-48", G, (i) =>
    failing(i.vatBreakdown, ["vatBreakdown"], (b) => has(b.rate) || code(b.categoryCode) === "O", "rate"),
  ),
  rule("BR-49", G, (i) =>
    i.paymentInstructions === undefined
      ? []
      : unless(has(i.paymentInstructions.meansCode), ["paymentInstructions", "meansCode"]),
  ),
  rule("BR-50", G, (i) => {
    const p = i.paymentInstructions;
    if (p === undefined || !["30", "58"].includes(code(p.meansCode) ?? "")) return [];
    return failing(
      p.creditTransfers,
      ["paymentInstructions", "creditTransfers"],
      (c) => filled(c.accountId),
      "accountId",
    );
  }),
  rule("BR-51", G, (i) => {
    const pan = i.paymentInstructions?.card?.primaryAccountNumber;
    return pan === undefined
      ? []
      : unless(pan.trim().length <= 10, ["paymentInstructions", "card", "primaryAccountNumber"]);
  }),
  rule("BR-52", G, (i) => failing(i.supportingDocuments, ["supportingDocuments"], (d) => filled(d.id), "id")),
  rule("BR-53", G, (i) =>
    i.vatAccountingCurrencyCode === undefined
      ? []
      : unless(
          i.vatAccountingCurrencyCode === i.currencyCode
            ? has(i.totals?.vatTotal)
            : has(i.totals?.vatTotalInAccountingCurrency),
          ["totals", "vatTotalInAccountingCurrency"],
        ),
  ),
  rule("BR-54", G, (i) =>
    i.lines.flatMap((l, n) => failing(l.attributes, ["lines", n, "attributes"], (a) => has(a.name) && has(a.value))),
  ),
  rule("BR-55", G, (i) => failing(i.precedingInvoices, ["precedingInvoices"], (p) => has(p.id), "id")),
  rule("BR-56", G, (i) =>
    i.taxRepresentative === undefined ? [] : unless(has(vatIdOf(i.taxRepresentative)), ["taxRepresentative", "vatId"]),
  ),
  rule("BR-57", G, (i) =>
    i.delivery?.address === undefined
      ? []
      : unless(has(i.delivery.address.countryCode), ["delivery", "address", "countryCode"]),
  ),
  rule("BR-61", G, (i) => {
    const p = i.paymentInstructions;
    if (p === undefined || !["30", "58"].includes(code(p.meansCode) ?? "")) return [];
    return unless(
      p.creditTransfers.some((c) => has(c.accountId)),
      ["paymentInstructions", "creditTransfers"],
    );
  }),
  rule("BR-62", G, (i) =>
    i.seller?.electronicAddress === undefined
      ? []
      : unless(has(i.seller.electronicAddress.schemeId), ["seller", "electronicAddress", "schemeId"]),
  ),
  rule("BR-63", G, (i) =>
    i.buyer?.electronicAddress === undefined
      ? []
      : unless(has(i.buyer.electronicAddress.schemeId), ["buyer", "electronicAddress", "schemeId"]),
  ),
  rule("BR-64", G, (i) =>
    failing(
      i.lines,
      ["lines"],
      (l) => l.standardItemId === undefined || has(l.standardItemId.schemeId),
      "standardItemId",
    ),
  ),
  rule("BR-65", G, (i) =>
    i.lines.flatMap((l, n) =>
      failing(l.classifications, ["lines", n, "classifications"], (c) => has(c.listId), "listId"),
    ),
  ),
];
