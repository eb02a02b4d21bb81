import {
  type AppliedTax,
  Money,
  O2CError,
  type RoundingMode,
  type TaxBreakdownEntry,
  type TaxCalculation,
  type TaxedLine,
  type TaxRequest,
} from "@o2c/core";
import { allocateStable } from "../internal/allocateStable.js";
import { type CompiledTaxRule, selectTaxRules, type TaxSituation } from "./selectTaxRules.js";
import { backCalculate, exclusiveTaxes, type TaxFactor, taxOn } from "./taxMath.js";

/** One line's figures in minor units: net, and per applied rule its base and tax. */
interface LineFigures {
  net: bigint;
  bases: bigint[];
  taxes: bigint[];
}

function factorsOf(rules: readonly CompiledTaxRule[]): TaxFactor[] {
  return rules.map((r) => ({ rate: r.rate, compound: r.rule.compound === true }));
}

function basesOf(net: bigint, rules: readonly CompiledTaxRule[], taxes: readonly bigint[]): bigint[] {
  let earlier = 0n;
  return rules.map((rule, i) => {
    const base = rule.rule.compound === true ? net + earlier : net;
    earlier += taxes[i] ?? 0n;
    return base;
  });
}

/** Exclusive prices, tax rounded once per rule over the document and spread over the lines by their bases. */
function documentExclusive(
  amounts: readonly bigint[],
  selected: readonly CompiledTaxRule[][],
  ids: readonly string[],
  mode: RoundingMode,
): LineFigures[] {
  const figures: LineFigures[] = amounts.map((net) => ({ net, bases: [], taxes: [] }));
  const ordered = [...new Set(selected.flat())].sort(
    (a, b) => a.sequence - b.sequence || (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0),
  );
  for (const rule of ordered) {
    const members: { line: number; position: number; base: bigint }[] = [];
    selected.forEach((rules, line) => {
      const position = rules.indexOf(rule);
      if (position < 0) return;
      const f = figures[line] as LineFigures;
      let earlier = 0n;
      for (let k = 0; k < position; k++) earlier += f.taxes[k] ?? 0n;
      members.push({ line, position, base: rule.rule.compound === true ? f.net + earlier : f.net });
    });
    let totalBase = 0n;
    for (const m of members) totalBase += m.base;
    const shares = allocateStable(
      taxOn(totalBase, rule.rate, mode),
      members.map((m) => m.base),
      members.map((m) => ids[m.line] ?? ""),
    );
    members.forEach((m, k) => {
      const f = figures[m.line] as LineFigures;
      f.bases[m.position] = m.base;
      f.taxes[m.position] = shares[k] ?? 0n;
    });
  }
  return figures;
}

/** Inclusive prices, back-calculated once per set of taxes over the document, then spread by gross. */
function documentInclusive(
  amounts: readonly bigint[],
  selected: readonly CompiledTaxRule[][],
  ids: readonly string[],
  mode: RoundingMode,
): LineFigures[] {
  const figures: LineFigures[] = amounts.map((gross) => ({ net: gross, bases: [], taxes: [] }));
  const groups = new Map<string, number[]>();
  selected.forEach((rules, line) => {
    const key = rules.map((r) => r.rule.id).join("|");
    const members = groups.get(key);
    if (members === undefined) groups.set(key, [line]);
    else members.push(line);
  });
  for (const members of groups.values()) {
    const rules = selected[members[0] ?? 0] ?? [];
    let gross = 0n;
    for (const line of members) gross += amounts[line] ?? 0n;
    const whole = backCalculate(gross, factorsOf(rules), mode);
    const grosses = members.map((line) => amounts[line] ?? 0n);
    const nets = allocateStable(
      whole.net,
      grosses,
      members.map((line) => ids[line] ?? ""),
    );
    members.forEach((line, k) => {
      const net = nets[k] ?? 0n;
      const lineTax = (grosses[k] ?? 0n) - net;
      const taxes =
        whole.taxes.length === 1
          ? [lineTax]
          : allocateStable(
              lineTax,
              [...whole.taxes],
              rules.map((r) => r.rule.id),
            );
      figures[line] = { net, taxes, bases: basesOf(net, rules, taxes) };
    });
  }
  return figures;
}

function figuresPerLine(
  request: TaxRequest,
  amounts: readonly bigint[],
  selected: readonly CompiledTaxRule[][],
  mode: RoundingMode,
): LineFigures[] {
  const ids = request.lines.map((l) => l.id);
  if (request.rounding === "document") {
    return request.priceMode === "exclusive"
      ? documentExclusive(amounts, selected, ids, mode)
      : documentInclusive(amounts, selected, ids, mode);
  }
  return amounts.map((amount, i) => {
    const rules = selected[i] ?? [];
    if (request.priceMode === "exclusive") {
      const only = rules.length === 1 ? rules[0] : undefined;
      if (only !== undefined && only.rule.compound !== true) {
        return { net: amount, taxes: [taxOn(amount, only.rate, mode)], bases: [amount] };
      }
      const factors = factorsOf(rules);
      const taxes = exclusiveTaxes(amount, factors, mode);
      return { net: amount, taxes, bases: basesOf(amount, rules, taxes) };
    }
    const split = backCalculate(amount, factorsOf(rules), mode);
    const taxes = [...split.taxes];
    return { net: split.net, taxes, bases: basesOf(split.net, rules, taxes) };
  });
}

/** The situation of a request: its date, parties and destination (ship-to, else the buyer). */
function situationOf(request: TaxRequest): TaxSituation {
  if (request.buyer.taxStatus === "exempt" && !request.buyer.exemptionCertificateId) {
    throw new O2CError("TAX_EXEMPTION_CERTIFICATE_REQUIRED", "An exempt buyer needs an exemption certificate id", {
      path: ["buyer", "exemptionCertificateId"],
    });
  }
  return {
    date: request.date,
    seller: request.seller,
    buyer: request.buyer,
    destination: request.shipTo ?? request.buyer,
  };
}

/** Computes a {@link TaxCalculation} with the given rules: selection, arithmetic, breakdown and notes. */
export function calculateTaxes(
  rules: readonly CompiledTaxRule[],
  request: TaxRequest,
  mode: RoundingMode,
): TaxCalculation {
  const currency = request.currency;
  const zero = Money.zero(currency);
  const situation = situationOf(request);
  const cache = new Map<string, CompiledTaxRule[]>();
  const amounts: bigint[] = [];
  const selected = request.lines.map((line, i) => {
    if (line.amount.currency !== currency) {
      throw new O2CError("CURRENCY_MISMATCH", `Line ${line.id} is in ${line.amount.currency}, not ${currency}`, {
        path: ["lines", i, "amount"],
      });
    }
    amounts.push(line.amount.minor);
    let found = cache.get(line.taxClass);
    if (found === undefined) {
      found = selectTaxRules(rules, situation, line.taxClass, i);
      cache.set(line.taxClass, found);
    }
    return found;
  });
  const figures = figuresPerLine(request, amounts, selected, mode);
  const certificate = request.buyer.taxStatus === "exempt" ? request.buyer.exemptionCertificateId : undefined;
  const notes: string[] = [];
  const breakdown = new Map<string, { entry: TaxBreakdownEntry; base: bigint; tax: bigint }>();
  let totalNet = 0n;
  let totalTax = 0n;
  const lines = request.lines.map((line, i): TaxedLine => {
    const f = figures[i] as LineFigures;
    const rulesOfLine = selected[i] ?? [];
    const exclusive = request.priceMode === "exclusive";
    const netMoney = exclusive ? line.amount : Money.fromMinor(f.net, currency);
    let lineTax = 0n;
    const taxes = rulesOfLine.map((compiled, k): AppliedTax => {
      const { rule } = compiled;
      const amount = f.taxes[k] ?? 0n;
      const base = f.bases[k] ?? 0n;
      lineTax += amount;
      if (rule.note !== undefined && !notes.includes(rule.note)) notes.push(rule.note);
      const key = compiled.key;
      const row = breakdown.get(key);
      if (row === undefined) {
        breakdown.set(key, {
          entry: {
            category: rule.category,
            ratePercent: rule.ratePercent,
            jurisdiction: rule.jurisdiction,
            taxableAmount: zero,
            taxAmount: zero,
            exemptionReason: rule.exemptionReason,
            exemptionReasonCode: rule.exemptionReasonCode,
          },
          base,
          tax: amount,
        });
      } else {
        row.base += base;
        row.tax += amount;
      }
      return {
        name: rule.name,
        jurisdiction: rule.jurisdiction,
        category: rule.category,
        ratePercent: rule.ratePercent,
        taxableAmount: base === f.net ? netMoney : Money.fromMinor(base, currency),
        amount: amount === 0n ? zero : Money.fromMinor(amount, currency),
        compound: rule.compound === true,
        ruleId: rule.id,
        exemptionReason: rule.exemptionReason,
        exemptionReasonCode: rule.exemptionReasonCode,
        exemptionCertificateId: rule.category === "E" ? certificate : undefined,
      };
    });
    totalNet += f.net;
    totalTax += lineTax;
    return {
      id: line.id,
      net: netMoney,
      tax: taxes.length === 1 ? (taxes[0] as AppliedTax).amount : Money.fromMinor(lineTax, currency),
      gross: exclusive ? Money.fromMinor(f.net + lineTax, currency) : line.amount,
      taxes,
    };
  });
  const rows = [...breakdown.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => ({
      ...row.entry,
      taxableAmount: Money.fromMinor(row.base, currency),
      taxAmount: Money.fromMinor(row.tax, currency),
    }));
  notes.sort();
  return {
    currency,
    lines,
    breakdown: rows,
    totalNet: Money.fromMinor(totalNet, currency),
    totalTax: Money.fromMinor(totalTax, currency),
    totalGross: Money.fromMinor(totalNet + totalTax, currency),
    notes,
  };
}
