import type { ErrorPath } from "@o2c/core";
import type { En16931Invoice } from "../model.js";
import { rule, twoDecimals, unless } from "./helpers.js";
import type { En16931Rule } from "./types.js";

const G = "BR-DEC";

type Amounts = (i: En16931Invoice) => readonly (readonly [string | undefined, ErrorPath])[];

function dec(id: string, amounts: Amounts): En16931Rule {
  return rule(id, G, (i) => amounts(i).flatMap(([value, path]) => unless(twoDecimals(value), path)));
}

const totals =
  (field: keyof NonNullable<En16931Invoice["totals"]>): Amounts =>
  (i) => [[i.totals?.[field], ["totals", field]]];

/** The BR-DEC rules: amounts carry at most two decimals. */
export const DEC_RULES: readonly En16931Rule[] = [
  dec("BR-DEC-01", (i) => i.allowances.map((a, n) => [a.amount, ["allowances", n, "amount"]])),
  dec("BR-DEC-02", (i) => i.allowances.map((a, n) => [a.baseAmount, ["allowances", n, "baseAmount"]])),
  dec("BR-DEC-05", (i) => i.charges.map((a, n) => [a.amount, ["charges", n, "amount"]])),
  dec("BR-DEC-06", (i) => i.charges.map((a, n) => [a.baseAmount, ["charges", n, "baseAmount"]])),
  dec("BR-DEC-09", totals("lineNetTotal")),
  dec("BR-DEC-10", totals("allowanceTotal")),
  dec("BR-DEC-11", totals("chargeTotal")),
  dec("BR-DEC-12", totals("taxExclusiveAmount")),
  dec("BR-DEC-13", totals("vatTotal")),
  dec("BR-DEC-14", totals("taxInclusiveAmount")),
  dec("BR-DEC-15", totals("vatTotalInAccountingCurrency")),
  dec("BR-DEC-16", totals("paidAmount")),
  dec("BR-DEC-17", totals("roundingAmount")),
  dec("BR-DEC-18", totals("payableAmount")),
  dec("BR-DEC-19", (i) => i.vatBreakdown.map((b, n) => [b.taxableAmount, ["vatBreakdown", n, "taxableAmount"]])),
  dec("BR-DEC-20", (i) => i.vatBreakdown.map((b, n) => [b.taxAmount, ["vatBreakdown", n, "taxAmount"]])),
  dec("BR-DEC-23", (i) => i.lines.map((l, n) => [l.netAmount, ["lines", n, "netAmount"]])),
  dec("BR-DEC-24", (i) =>
    i.lines.flatMap((l, n) => l.allowances.map((a, k) => [a.amount, ["lines", n, "allowances", k, "amount"]] as const)),
  ),
  dec("BR-DEC-25", (i) =>
    i.lines.flatMap((l, n) =>
      l.allowances.map((a, k) => [a.baseAmount, ["lines", n, "allowances", k, "baseAmount"]] as const),
    ),
  ),
  dec("BR-DEC-27", (i) =>
    i.lines.flatMap((l, n) => l.charges.map((a, k) => [a.amount, ["lines", n, "charges", k, "amount"]] as const)),
  ),
  dec("BR-DEC-28", (i) =>
    i.lines.flatMap((l, n) =>
      l.charges.map((a, k) => [a.baseAmount, ["lines", n, "charges", k, "baseAmount"]] as const),
    ),
  ),
];
