import type { ErrorPath } from "@o2c/core";
import type { En16931Invoice } from "../model.js";
import { code, eq, failing, filled, isNum, type Num, num, round2, rule, sum, unless } from "./helpers.js";
import type { En16931Rule } from "./types.js";

/** How one VAT category constrains an invoice (the BR-S, BR-Z, BR-E, BR-AE, BR-IC, BR-G, BR-O, BR-AF and BR-AG groups). */
interface CategorySpec {
  /** Rule id prefix, such as `BR-S`. */
  readonly prefix: string;
  /** VAT category code (BT-151, BT-95, BT-102, BT-118). */
  readonly code: string;
  /** Whether the category carries a positive or free rate (S, L, M): breakdown per rate, tax within ±1. */
  readonly rated: boolean;
  /** The constraint on the VAT rate of lines, allowances and charges (-05, -06, -07). */
  readonly rateOk: (rate: Num | undefined) => boolean;
  /** Which identifiers the parties need (-02, -03, -04). */
  readonly parties: "anySellerTaxId" | "sellerVat" | "sellerVatBuyerVatOrLegal" | "sellerVatBuyerVat" | "noVatIds";
  /** Whether an exemption reason is forbidden or required in the breakdown (-10). */
  readonly exemption: "forbidden" | "required";
}

const positive = (r: Num | undefined): boolean => isNum(r) && r.gt(0);
const zero = (r: Num | undefined): boolean => isNum(r) && r.isZero();
const absent = (r: Num | undefined): boolean => r === undefined;
const nonNegative = (r: Num | undefined): boolean => isNum(r) && r.gte(0);

const SPECS: readonly CategorySpec[] = [
  { prefix: "BR-S", code: "S", rated: true, rateOk: positive, parties: "anySellerTaxId", exemption: "forbidden" },
  { prefix: "BR-Z", code: "Z", rated: false, rateOk: zero, parties: "anySellerTaxId", exemption: "forbidden" },
  { prefix: "BR-E", code: "E", rated: false, rateOk: zero, parties: "anySellerTaxId", exemption: "required" },
  {
    prefix: "BR-AE",
    code: "AE",
    rated: false,
    rateOk: zero,
    parties: "sellerVatBuyerVatOrLegal",
    exemption: "required",
  },
  { prefix: "BR-IC", code: "K", rated: false, rateOk: zero, parties: "sellerVatBuyerVat", exemption: "required" },
  { prefix: "BR-G", code: "G", rated: false, rateOk: zero, parties: "sellerVat", exemption: "required" },
  { prefix: "BR-O", code: "O", rated: false, rateOk: absent, parties: "noVatIds", exemption: "required" },
  { prefix: "BR-AF", code: "L", rated: true, rateOk: nonNegative, parties: "anySellerTaxId", exemption: "forbidden" },
  { prefix: "BR-AG", code: "M", rated: true, rateOk: nonNegative, parties: "anySellerTaxId", exemption: "forbidden" },
];

function partiesOk(i: En16931Invoice, spec: CategorySpec): boolean {
  const sellerVat = filled(i.seller?.vatId) || filled(i.taxRepresentative?.vatId);
  switch (spec.parties) {
    case "anySellerTaxId":
      return sellerVat || filled(i.seller?.taxRegistrationId);
    case "sellerVat":
      return sellerVat;
    case "sellerVatBuyerVatOrLegal":
      // The official binding accepts any seller tax scheme identifier here (BT-31 or BT-32).
      return (
        (sellerVat || filled(i.seller?.taxRegistrationId)) &&
        (filled(i.buyer?.vatId) || filled(i.buyer?.legalRegistrationId?.id))
      );
    case "sellerVatBuyerVat":
      return sellerVat && filled(i.buyer?.vatId);
    case "noVatIds":
      return !filled(i.seller?.vatId) && !filled(i.taxRepresentative?.vatId) && !filled(i.buyer?.vatId);
  }
}

const is = (c: string | undefined, want: string): boolean => code(c) === want;
const sameRate = (a: string | undefined, b: Num | undefined): boolean => isNum(b) && eq(num(a), b);

/** The rules of one VAT category, -01 to -10. */
function categoryRules(spec: CategorySpec): En16931Rule[] {
  const { prefix: p, code: c } = spec;
  const id = (n: string) => `${p}-${n}`;
  const inLines = (i: En16931Invoice) => i.lines.filter((l) => is(l.vatCategoryCode, c));
  const inAllowances = (i: En16931Invoice) => i.allowances.filter((a) => is(a.vatCategoryCode, c));
  const inCharges = (i: En16931Invoice) => i.charges.filter((a) => is(a.vatCategoryCode, c));
  const breakdowns = (i: En16931Invoice) => i.vatBreakdown.filter((b) => is(b.categoryCode, c));
  const used = (i: En16931Invoice) => inLines(i).length + inAllowances(i).length + inCharges(i).length > 0;
  const each = (
    i: En16931Invoice,
    list: "lines" | "allowances" | "charges",
    ok: (rate: string | undefined) => boolean,
  ): ErrorPath[] => {
    const items: readonly { vatCategoryCode?: string | undefined; vatRate?: string | undefined }[] = i[list];
    return failing(items, [list], (x) => !is(x.vatCategoryCode, c) || ok(x.vatRate), "vatRate");
  };
  return [
    rule(id("01"), p, (i) => {
      const count = breakdowns(i).length;
      const ok = spec.rated ? used(i) === count > 0 : !(used(i) || count > 0) || count === 1;
      return unless(ok, ["vatBreakdown"]);
    }),
    rule(id("02"), p, (i) => unless(inLines(i).length === 0 || partiesOk(i, spec), ["seller", "vatId"])),
    rule(id("03"), p, (i) => unless(inAllowances(i).length === 0 || partiesOk(i, spec), ["seller", "vatId"])),
    rule(id("04"), p, (i) => unless(inCharges(i).length === 0 || partiesOk(i, spec), ["seller", "vatId"])),
    rule(id("05"), p, (i) => each(i, "lines", (r) => spec.rateOk(num(r)))),
    rule(id("06"), p, (i) => each(i, "allowances", (r) => spec.rateOk(num(r)))),
    rule(id("07"), p, (i) => each(i, "charges", (r) => spec.rateOk(num(r)))),
    rule(id("08"), p, (i) =>
      failing(
        i.vatBreakdown,
        ["vatBreakdown"],
        (b) => {
          if (!is(b.categoryCode, c)) return true;
          const taxable = num(b.taxableAmount);
          if (taxable == null) return false;
          if (!spec.rated) {
            const plus = sum([...inLines(i).map((l) => l.netAmount), ...inCharges(i).map((a) => a.amount)]);
            const minus = sum(inAllowances(i).map((a) => a.amount));
            return plus !== null && minus !== null && i.lines.length > 0 && plus.minus(minus).equals(taxable);
          }
          const rate = num(b.rate);
          if (rate === undefined) return true; // `every $rate in ()` holds
          if (rate === null) return false;
          const lines = inLines(i).filter((l) => sameRate(l.vatRate, rate));
          const charges = inCharges(i).filter((a) => sameRate(a.vatRate, rate));
          const allowances = inAllowances(i).filter((a) => sameRate(a.vatRate, rate));
          if (spec.code === "S" && lines.length + charges.length + allowances.length === 0) return false;
          const plus = sum([...lines.map((l) => l.netAmount), ...charges.map((a) => a.amount)]);
          const minus = sum(allowances.map((a) => a.amount));
          if (plus === null || minus === null) return false;
          const total = plus.minus(minus);
          return taxable.minus(1).lt(total) && taxable.plus(1).gt(total);
        },
        "taxableAmount",
      ),
    ),
    rule(id("09"), p, (i) =>
      failing(
        i.vatBreakdown,
        ["vatBreakdown"],
        (b) => {
          if (!is(b.categoryCode, c)) return true;
          const tax = num(b.taxAmount);
          if (!spec.rated) return isNum(tax) && tax.isZero();
          const taxable = num(b.taxableAmount);
          const rate = num(b.rate);
          if (tax == null || taxable == null || rate == null) return false;
          const expected = round2(taxable.abs().times(rate.div(100)));
          return tax.abs().minus(1).lt(expected) && tax.abs().plus(1).gt(expected);
        },
        "taxAmount",
      ),
    ),
    rule(id("10"), p, (i) =>
      failing(
        i.vatBreakdown,
        ["vatBreakdown"],
        (b) => {
          if (!is(b.categoryCode, c)) return true;
          const given = b.exemptionReason !== undefined || b.exemptionReasonCode !== undefined;
          return spec.exemption === "required" ? given : !given;
        },
        "exemptionReason",
      ),
    ),
  ];
}

const hasK = (i: En16931Invoice) => i.vatBreakdown.some((b) => is(b.categoryCode, "K"));
const hasO = (i: En16931Invoice) => i.vatBreakdown.some((b) => is(b.categoryCode, "O"));
const notO = (x: { vatCategoryCode?: string | undefined }) =>
  x.vatCategoryCode === undefined || is(x.vatCategoryCode, "O");

/** The VAT category rules: BR-S, BR-Z, BR-E, BR-AE, BR-IC (K), BR-G, BR-O, BR-AF (L, IGIC) and BR-AG (M, IPSI). */
export const VAT_CATEGORY_RULES: readonly En16931Rule[] = [
  ...SPECS.flatMap(categoryRules),
  rule("BR-IC-11", "BR-IC", (i) => {
    if (!hasK(i)) return [];
    const period = i.invoicingPeriod;
    const ok =
      (i.delivery?.actualDeliveryDate ?? "").length > 1 ||
      period?.startDate !== undefined ||
      period?.endDate !== undefined ||
      i.taxPointDateCode !== undefined;
    return unless(ok, ["delivery", "actualDeliveryDate"]);
  }),
  rule("BR-IC-12", "BR-IC", (i) =>
    !hasK(i) ? [] : unless((i.delivery?.address?.countryCode ?? "").length > 1, ["delivery", "address", "countryCode"]),
  ),
  rule("BR-O-11", "BR-O", (i) =>
    !hasO(i) ? [] : failing(i.vatBreakdown, ["vatBreakdown"], (b) => is(b.categoryCode, "O"), "categoryCode"),
  ),
  rule("BR-O-12", "BR-O", (i) => (!hasO(i) ? [] : failing(i.lines, ["lines"], (l) => notO(l), "vatCategoryCode"))),
  rule("BR-O-13", "BR-O", (i) =>
    !hasO(i) ? [] : failing(i.allowances, ["allowances"], (a) => notO(a), "vatCategoryCode"),
  ),
  rule("BR-O-14", "BR-O", (i) => (!hasO(i) ? [] : failing(i.charges, ["charges"], (a) => notO(a), "vatCategoryCode"))),
];
