import {
  type AppliedTax,
  Money,
  O2CError,
  type RoundingMode,
  type TaxBreakdownEntry,
  type TaxCalculation,
  type TaxedLine,
  type TaxLineInput,
  type TaxRequest,
} from "@o2c/core";
import { allocateStable } from "../internal/allocateStable.js";
import { type CompiledTaxRule, selectTaxRules, type TaxSituation } from "./selectTaxRules.js";
import { backCalculate, type TaxFactor, taxOn } from "./taxMath.js";

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

/** The figures of every line, or `undefined` for exclusive prices rounded per line (computed while assembling). */
function figuresPerLine(
  request: TaxRequest,
  amounts: readonly bigint[],
  selected: readonly CompiledTaxRule[][],
  mode: RoundingMode,
): LineFigures[] | undefined {
  const ids = request.lines.map((l) => l.id);
  if (request.rounding === "document") {
    return request.priceMode === "exclusive"
      ? documentExclusive(amounts, selected, ids, mode)
      : documentInclusive(amounts, selected, ids, mode);
  }
  if (request.priceMode === "exclusive") return undefined;
  return amounts.map((amount, i) => {
    const rules = selected[i] ?? [];
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

/** A row of the breakdown while it is summed: the entry, and its base and tax in minor units. */
interface BreakdownRow {
  readonly entry: TaxBreakdownEntry;
  base: bigint;
  tax: bigint;
}

function addToBreakdown(
  breakdown: Map<string, BreakdownRow>,
  compiled: CompiledTaxRule,
  base: bigint,
  tax: bigint,
  zero: Money,
): void {
  const row = breakdown.get(compiled.key);
  if (row !== undefined) {
    row.base += base;
    row.tax += tax;
    return;
  }
  const { rule } = compiled;
  breakdown.set(compiled.key, {
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
    tax,
  });
}

/** Each line's amount in minor units and its rules (selected once per tax class). */
function selectPerLine(
  rules: readonly CompiledTaxRule[],
  request: TaxRequest,
  situation: TaxSituation,
): { amounts: bigint[]; selected: CompiledTaxRule[][] } {
  const currency = request.currency;
  const cache = new Map<string, CompiledTaxRule[]>();
  const n = request.lines.length;
  const amounts: bigint[] = new Array<bigint>(n);
  const selected: CompiledTaxRule[][] = new Array<CompiledTaxRule[]>(n);
  for (let i = 0; i < n; i++) {
    const line = request.lines[i] as TaxLineInput;
    if (line.amount.currency !== currency) {
      throw new O2CError("CURRENCY_MISMATCH", `Line ${line.id} is in ${line.amount.currency}, not ${currency}`, {
        path: ["lines", i, "amount"],
      });
    }
    amounts[i] = line.amount.minor;
    let found = cache.get(line.taxClass);
    if (found === undefined) {
      found = selectTaxRules(rules, situation, line.taxClass, i);
      cache.set(line.taxClass, found);
    }
    selected[i] = found;
  }
  return { amounts, selected };
}

/** The breakdown's rows, sorted by jurisdiction, category and rate. */
function breakdownRows(breakdown: ReadonlyMap<string, BreakdownRow>, currency: string): TaxBreakdownEntry[] {
  return [...breakdown.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => ({
      ...row.entry,
      taxableAmount: Money.fromMinor(row.base, currency),
      taxAmount: Money.fromMinor(row.tax, currency),
    }));
}

/** What the lines of one calculation share while they are taxed, with the running totals. */
interface TaxRun {
  readonly currency: string;
  readonly zero: Money;
  readonly mode: RoundingMode;
  readonly exclusive: boolean;
  /** The exempt buyer's certificate id, carried on each `E` tax. */
  readonly certificate: string | undefined;
  readonly notes: string[];
  readonly breakdown: Map<string, BreakdownRow>;
  totalNet: bigint;
  totalTax: bigint;
}

/**
 * Taxes one line: with its figures when given, else (exclusive prices rounded per line) each tax is computed here,
 * a compound tax on the net plus the taxes before it. Adds to the breakdown, the notes and the totals.
 */
function taxedLine(
  run: TaxRun,
  line: TaxLineInput,
  rulesOfLine: readonly CompiledTaxRule[],
  net: bigint,
  f: LineFigures | undefined,
): TaxedLine {
  const { currency, zero } = run;
  const netMoney = run.exclusive ? line.amount : Money.fromMinor(net, currency);
  let lineTax = 0n;
  const taxes: AppliedTax[] = new Array<AppliedTax>(rulesOfLine.length);
  for (let k = 0; k < rulesOfLine.length; k++) {
    const compiled = rulesOfLine[k] as CompiledTaxRule;
    const { rule } = compiled;
    const base = f === undefined ? (rule.compound === true ? net + lineTax : net) : (f.bases[k] ?? 0n);
    const amount = f === undefined ? taxOn(base, compiled.rate, run.mode) : (f.taxes[k] ?? 0n);
    lineTax += amount;
    if (rule.note !== undefined && !run.notes.includes(rule.note)) run.notes.push(rule.note);
    addToBreakdown(run.breakdown, compiled, base, amount, zero);
    taxes[k] = {
      name: rule.name,
      jurisdiction: rule.jurisdiction,
      category: rule.category,
      ratePercent: rule.ratePercent,
      taxableAmount: base === net ? netMoney : Money.fromMinor(base, currency),
      amount: amount === 0n ? zero : Money.fromMinor(amount, currency),
      compound: rule.compound === true,
      ruleId: rule.id,
      exemptionReason: rule.exemptionReason,
      exemptionReasonCode: rule.exemptionReasonCode,
      exemptionCertificateId: rule.category === "E" ? run.certificate : undefined,
    };
  }
  run.totalNet += net;
  run.totalTax += lineTax;
  return {
    id: line.id,
    net: netMoney,
    tax: taxes.length === 1 ? (taxes[0] as AppliedTax).amount : Money.fromMinor(lineTax, currency),
    gross: run.exclusive ? Money.fromMinor(net + lineTax, currency) : line.amount,
    taxes,
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
  const { amounts, selected } = selectPerLine(rules, request, situation);
  const figures = figuresPerLine(request, amounts, selected, mode);
  const notes: string[] = [];
  const breakdown = new Map<string, BreakdownRow>();
  const run: TaxRun = {
    currency,
    zero,
    mode,
    exclusive: request.priceMode === "exclusive",
    certificate: request.buyer.taxStatus === "exempt" ? request.buyer.exemptionCertificateId : undefined,
    notes,
    breakdown,
    totalNet: 0n,
    totalTax: 0n,
  };
  const lines: TaxedLine[] = new Array<TaxedLine>(request.lines.length);
  for (let i = 0; i < request.lines.length; i++) {
    const f = figures?.[i];
    const line = request.lines[i] as TaxLineInput;
    lines[i] = taxedLine(
      run,
      line,
      selected[i] as CompiledTaxRule[],
      f === undefined ? (amounts[i] as bigint) : f.net,
      f,
    );
  }
  const { totalNet, totalTax } = run;
  notes.sort();
  return {
    currency,
    lines,
    breakdown: breakdownRows(breakdown, currency),
    totalNet: Money.fromMinor(totalNet, currency),
    totalTax: Money.fromMinor(totalTax, currency),
    totalGross: Money.fromMinor(totalNet + totalTax, currency),
    notes,
  };
}
