import { type AppliedTax, Money, O2CError, type TaxCalculation, type TaxedLine } from "@o2c/core";
import type { ExplanationEntry, LineDiscount, PricedLine, PricedOrder } from "./model/PricedOrder.js";
import type { PricingInput } from "./model/PricingInput.js";
import type { PromotionOutcome } from "./promotions/applyPromotions.js";
import type { LineState } from "./promotions/LineState.js";

/** What {@link toPricedOrder} assembles. */
export interface PricedOrderParts {
  readonly order: PricingInput;
  readonly lines: readonly LineState[];
  readonly promotions: PromotionOutcome;
  readonly calculation: TaxCalculation;
  readonly priceMode: "exclusive" | "inclusive";
  readonly rounding: "line" | "document";
}

const NO_DISCOUNTS: readonly LineDiscount[] = Object.freeze([]);

function mismatch(message: string, path: (string | number)[]): O2CError {
  return new O2CError("TAX_RESULT_MISMATCH", `The tax provider's answer is inconsistent: ${message}`, { path });
}

/**
 * Checks the provider's answer against the port's invariants, so a faulty adapter cannot produce wrong totals, and
 * returns its lines in the order of ours (matched by id).
 */
function checkCalculation(parts: PricedOrderParts): TaxedLine[] {
  const { calculation, lines, order } = parts;
  const currency = order.currency;
  if (calculation.currency !== currency) throw mismatch(`currency ${calculation.currency}`, ["currency"]);
  const given = calculation.lines;
  let inOrder = true;
  for (let i = 0; i < given.length && inOrder; i++) inOrder = given[i]?.id === lines[i]?.id;
  const byId = inOrder ? undefined : new Map(given.map((l) => [l.id, l]));
  const exclusive = parts.priceMode === "exclusive";
  const matched: TaxedLine[] = new Array<TaxedLine>(lines.length);
  let taxSum = 0n;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as LineState;
    const taxed = byId === undefined ? given[i] : byId.get(line.id);
    if (taxed === undefined) throw mismatch(`line ${line.id} missing`, ["lines", i]);
    const { net, tax, gross } = taxed;
    const amount = exclusive ? net : gross;
    if (net.currency !== currency || amount.minor !== line.amountMinor) {
      throw mismatch(`line ${line.id} amount ${amount.toString()}`, ["lines", i]);
    }
    // A tax in another currency throws CURRENCY_MISMATCH, as adding it to the net would.
    if (!net.hasSameCurrency(tax)) net.add(tax);
    if (net.minor + tax.minor !== gross.minor) throw mismatch(`line ${line.id}: net + tax != gross`, ["lines", i]);
    taxSum += tax.minor;
    matched[i] = taxed;
  }
  if (calculation.lines.length !== lines.length) throw mismatch("unexpected lines", ["lines"]);
  const breakdownSum = calculation.breakdown.reduce((s, row) => s + row.taxAmount.minor, 0n);
  if (breakdownSum !== taxSum) throw mismatch("the breakdown does not add up to the line taxes", ["breakdown"]);
  return matched;
}

/** The fixed parts of a tax rule's explanation within one order; `tail` is for these reason and certificate. */
interface TaxTexts {
  readonly prefix: string;
  readonly reason: string | undefined;
  readonly certificate: string | undefined;
  readonly tail: string;
}

/** The explanation entry of one applied tax, with the fixed parts of its text made once per rule and order. */
function taxEntry(t: AppliedTax, texts: Map<string, TaxTexts>, currency: string): ExplanationEntry {
  let fixed = texts.get(t.ruleId);
  if (fixed === undefined || fixed.reason !== t.exemptionReason || fixed.certificate !== t.exemptionCertificateId) {
    const reason = t.exemptionReason === undefined ? "" : `: ${t.exemptionReason}`;
    const certificate = t.exemptionCertificateId === undefined ? "" : ` (certificate ${t.exemptionCertificateId})`;
    fixed = {
      prefix:
        fixed?.prefix ??
        `${t.name} ${t.jurisdiction} ${t.ratePercent}% (${t.category}${t.compound ? ", compound" : ""}) on `,
      reason: t.exemptionReason,
      certificate: t.exemptionCertificateId,
      tail: ` ${currency}${reason}${certificate} [rule ${t.ruleId}]`,
    };
    texts.set(t.ruleId, fixed);
  }
  return {
    type: "tax",
    text: `${fixed.prefix + t.taxableAmount.toString()} = ${t.amount.toString()}${fixed.tail}`,
    ruleId: t.ruleId,
    amount: t.amount,
  };
}

function discountsOf(line: LineState): LineDiscount[] {
  const result: LineDiscount[] = new Array<LineDiscount>(line.discounts.length);
  for (let i = 0; i < line.discounts.length; i++) {
    const d = line.discounts[i] as LineState["discounts"][number];
    result[i] = { promotionId: d.promotionId, kind: d.kind, amount: d.amount };
  }
  return result;
}

/** Assembles the {@link PricedOrder} from the priced lines, the promotions and the tax calculation. */
export function toPricedOrder(parts: PricedOrderParts): PricedOrder {
  const { order, promotions, calculation } = parts;
  const currency = order.currency;
  const taxedLines = checkCalculation(parts);
  let list = 0n;
  let discount = 0n;
  let net = 0n;
  let tax = 0n;
  const zero = Money.zero(currency);
  const texts = new Map<string, TaxTexts>();
  const exclusive = parts.priceMode === "exclusive";
  const lines: PricedLine[] = new Array<PricedLine>(parts.lines.length);
  for (let index = 0; index < parts.lines.length; index++) {
    const line = parts.lines[index] as LineState;
    const taxed = taxedLines[index] as TaxedLine;
    const discountMinor = line.listMinor - line.amountMinor;
    list += line.listMinor;
    discount += discountMinor;
    net += taxed.net.minor;
    tax += taxed.tax.minor;
    const explanation = line.explanation;
    for (const t of taxed.taxes) explanation.push(taxEntry(t, texts, currency));
    lines[index] = {
      id: line.id,
      productId: line.productId,
      quantity: line.quantityText,
      taxClass: line.taxClass,
      unitPrice: line.unitPrice,
      priceSource: line.source,
      listAmount: line.listAmount,
      discounts: line.discounts.length === 0 ? NO_DISCOUNTS : discountsOf(line),
      discountTotal:
        discountMinor === 0n
          ? zero
          : line.discounts.length === 1
            ? (line.discounts[0] as LineState["discounts"][number]).amount
            : Money.fromMinor(discountMinor, currency),
      amount: exclusive ? taxed.net : taxed.gross,
      net: taxed.net,
      tax: taxed.tax,
      gross: taxed.gross,
      taxes: taxed.taxes,
      free: line.free,
      explanation,
    };
  }
  return {
    currency,
    date: order.date,
    priceMode: parts.priceMode,
    rounding: parts.rounding,
    lines,
    appliedPromotions: promotions.applied,
    notAppliedPromotions: promotions.notApplied,
    consumedCoupons: promotions.consumed,
    taxBreakdown: calculation.breakdown,
    notes: calculation.notes,
    totals: {
      list: Money.fromMinor(list, currency),
      discount: Money.fromMinor(discount, currency),
      net: Money.fromMinor(net, currency),
      tax: Money.fromMinor(tax, currency),
      gross: Money.fromMinor(net + tax, currency),
    },
    taxCalculation: calculation,
  };
}
