import type { ErrorPath } from "@o2c/core";
import type { En16931Invoice, En16931Party } from "../model.js";
import { eq, failing, filled, num, round0, round2, rule, sum, unless } from "./helpers.js";
import type { En16931Rule } from "./types.js";

const G = "BR-CO";

// ISO 3166-1 alpha-2 codes plus the VAT prefixes 1A (Kosovo), EL (Greece) and XI (Northern Ireland) (BR-CO-09).
const VAT_PREFIXES = new Set(
  (
    "1A AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH EL ER ES ET FI FJ FK FM FO " +
    "FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM " +
    "JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ " +
    "MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE " +
    "RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT " +
    "TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XI YE YT ZA ZM ZW"
  ).split(" "),
);

const has = (s: string | undefined): boolean => s !== undefined;
const reasonOrCode = (ac: { reason?: string | undefined; reasonCode?: string | undefined }): boolean =>
  has(ac.reason) || has(ac.reasonCode);

function vatPrefixOk(vatId: string | undefined): boolean {
  return vatId === undefined || VAT_PREFIXES.has(vatId.slice(0, 2));
}

function hasLmt(i: En16931Invoice): boolean {
  const t = i.totals;
  return (
    t !== undefined &&
    [
      t.lineNetTotal,
      t.allowanceTotal,
      t.chargeTotal,
      t.taxExclusiveAmount,
      t.taxInclusiveAmount,
      t.paidAmount,
      t.roundingAmount,
      t.payableAmount,
    ].some(has)
  );
}

/** BR-CO-13: BT-109 = round(BT-106 - BT-107 + BT-108, 2), each term only when present. */
function taxExclusiveOk(i: En16931Invoice): boolean {
  const t = i.totals ?? {};
  const lines = num(t.lineNetTotal);
  const allowances = num(t.allowanceTotal);
  const charges = num(t.chargeTotal);
  const exclusive = num(t.taxExclusiveAmount);
  if (lines === null || lines === undefined || allowances === null || charges === null) return false;
  let expected = lines;
  if (charges !== undefined) expected = expected.plus(charges);
  if (allowances !== undefined) expected = expected.minus(allowances);
  return eq(exclusive, allowances === undefined && charges === undefined ? expected : round2(expected));
}

/** BR-CO-16: BT-115 = BT-112 - BT-113 + BT-114, with the official rounding to 2 decimals. */
function payableOk(i: En16931Invoice): boolean {
  const t = i.totals ?? {};
  const payable = num(t.payableAmount);
  const inclusive = num(t.taxInclusiveAmount);
  const paid = num(t.paidAmount);
  const rounding = num(t.roundingAmount);
  if (payable == null || inclusive == null || paid === null || rounding === null) return false;
  const due = paid === undefined ? inclusive : round2(inclusive.minus(paid));
  const left = rounding === undefined ? payable : round2(payable.minus(rounding));
  return left.equals(due);
}

/**
 * BR-CO-17: BT-117 = BT-116 × BT-119 / 100 rounded to 2 decimals, within ±1: strictly in the UBL binding, inclusive
 * in the CII binding (as in the official artefacts).
 */
function categoryTaxOk(b: En16931Invoice["vatBreakdown"][number], inclusive: boolean): boolean {
  const rate = num(b.rate);
  const tax = num(b.taxAmount);
  const taxable = num(b.taxableAmount);
  if (tax == null || rate === null) return false;
  if (rate === undefined || round0(rate).isZero()) return round0(tax).isZero();
  if (taxable == null) return false;
  const expected = round2(taxable.abs().times(rate).div(100));
  const low = tax.abs().minus(1);
  const high = tax.abs().plus(1);
  return inclusive ? low.lte(expected) && high.gte(expected) : low.lt(expected) && high.gt(expected);
}

function partyIdentified(p: En16931Party | undefined): boolean {
  return p !== undefined && (has(p.vatId) || p.identifiers.length > 0 || has(p.legalRegistrationId?.id));
}

/** The BR-CO rules: conditions and calculations between business terms. */
export const CO_RULES: readonly En16931Rule[] = [
  rule("BR-CO-03", G, (i) => unless(!(has(i.taxPointDate) && has(i.taxPointDateCode)), ["taxPointDate"])),
  rule("BR-CO-04", G, (i) => failing(i.lines, ["lines"], (l) => filled(l.vatCategoryCode), "vatCategoryCode")),
  rule("BR-CO-09", G, (i) => {
    const out: ErrorPath[] = [];
    if (!vatPrefixOk(i.seller?.vatId)) out.push(["seller", "vatId"]);
    if (!vatPrefixOk(i.buyer?.vatId)) out.push(["buyer", "vatId"]);
    if (!vatPrefixOk(i.taxRepresentative?.vatId)) out.push(["taxRepresentative", "vatId"]);
    return out;
  }),
  rule("BR-CO-10", G, (i) => {
    if (!hasLmt(i)) return [];
    const total = sum(i.lines.map((l) => l.netAmount));
    return unless(total !== null && eq(num(i.totals?.lineNetTotal), round2(total)), ["totals", "lineNetTotal"]);
  }),
  rule("BR-CO-11", G, (i) => {
    if (!hasLmt(i)) return [];
    const declared = i.totals?.allowanceTotal;
    if (declared === undefined && i.allowances.length === 0) return [];
    const total = sum(i.allowances.map((a) => a.amount));
    return unless(total !== null && eq(num(declared), round2(total)), ["totals", "allowanceTotal"]);
  }),
  rule("BR-CO-12", G, (i) => {
    if (!hasLmt(i)) return [];
    const declared = i.totals?.chargeTotal;
    if (declared === undefined && i.charges.length === 0) return [];
    const total = sum(i.charges.map((a) => a.amount));
    return unless(total !== null && eq(num(declared), round2(total)), ["totals", "chargeTotal"]);
  }),
  rule("BR-CO-13", G, (i) => (hasLmt(i) ? unless(taxExclusiveOk(i), ["totals", "taxExclusiveAmount"]) : [])),
  rule("BR-CO-14", G, (i) => {
    if (i.vatBreakdown.length === 0 || i.totals?.vatTotal === undefined) return [];
    const total = sum(i.vatBreakdown.map((b) => b.taxAmount));
    return unless(total !== null && eq(num(i.totals.vatTotal), round2(total)), ["totals", "vatTotal"]);
  }),
  rule("BR-CO-15", G, (i) => {
    const t = i.totals ?? {};
    const exclusive = num(t.taxExclusiveAmount);
    // BT-110 is optional (0..1): an absent VAT total counts as zero, as in the CII binding.
    const vat = num(t.vatTotal ?? "0");
    const ok = exclusive != null && vat != null && eq(num(t.taxInclusiveAmount), round2(exclusive.plus(vat)));
    return unless(ok, ["totals", "taxInclusiveAmount"]);
  }),
  rule("BR-CO-16", G, (i) => (hasLmt(i) ? unless(payableOk(i), ["totals", "payableAmount"]) : [])),
  rule("BR-CO-17", G, (i, o) =>
    failing(i.vatBreakdown, ["vatBreakdown"], (b) => categoryTaxOk(b, o.binding === "cii"), "taxAmount"),
  ),
  rule("BR-CO-18", G, (i) => unless(i.vatBreakdown.length > 0, ["vatBreakdown"])),
  rule("BR-CO-19", G, (i) =>
    i.invoicingPeriod === undefined
      ? []
      : unless(has(i.invoicingPeriod.startDate) || has(i.invoicingPeriod.endDate) || has(i.taxPointDateCode), [
          "invoicingPeriod",
        ]),
  ),
  rule("BR-CO-20", G, (i) =>
    failing(
      i.lines,
      ["lines"],
      (l) => l.period === undefined || has(l.period.startDate) || has(l.period.endDate),
      "period",
    ),
  ),
  rule("BR-CO-21", G, (i) => failing(i.allowances, ["allowances"], reasonOrCode, "reason")),
  rule("BR-CO-22", G, (i) => failing(i.charges, ["charges"], reasonOrCode, "reason")),
  rule("BR-CO-23", G, (i) =>
    i.lines.flatMap((l, n) => failing(l.allowances, ["lines", n, "allowances"], reasonOrCode, "reason")),
  ),
  rule("BR-CO-24", G, (i) =>
    i.lines.flatMap((l, n) => failing(l.charges, ["lines", n, "charges"], reasonOrCode, "reason")),
  ),
  rule("BR-CO-26", G, (i) => unless(partyIdentified(i.seller), ["seller"])),
];
