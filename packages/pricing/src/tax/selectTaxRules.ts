import { O2CError, type TaxBuyer, type TaxParty } from "@o2c/core";
import { parseScaled, type Scaled } from "../internal/scaled.js";
import type { TaxRuleInput } from "../model/TaxRuleInput.js";

/** A tax rule with its rate parsed to an exact fraction. */
export interface CompiledTaxRule {
  readonly rule: TaxRuleInput;
  /** The rate as a fraction (percent / 100). */
  readonly rate: Scaled;
  readonly group: string;
  readonly sequence: number;
  readonly score: number;
  /** The breakdown key: jurisdiction, category and rate. */
  readonly key: string;
}

/** Parses the rates and scores of validated rules. */
export function compileTaxRules(rules: readonly TaxRuleInput[]): CompiledTaxRule[] {
  return rules.map((rule) => {
    const percent = parseScaled(rule.ratePercent) ?? { units: 0n, scale: 0 };
    const score =
      (rule.priority ?? 0) * 100 +
      (rule.region === undefined ? 0 : rule.region.split("-").length) +
      (rule.taxClasses === undefined ? 0 : 1) +
      (rule.customerStatuses === undefined ? 0 : 1) +
      (rule.crossBorder === undefined ? 0 : 1) +
      (rule.requiresBuyerTaxId === true ? 1 : 0);
    return {
      rule,
      rate: { units: percent.units, scale: percent.scale + 2 },
      group: rule.group ?? "vat",
      sequence: rule.sequence ?? 0,
      score,
      key: `${rule.jurisdiction}|${rule.category}|${rule.ratePercent}`,
    };
  });
}

/** The facts of a request that decide which rules match a line, besides its tax class. */
export interface TaxSituation {
  readonly date: string;
  readonly seller: TaxParty;
  readonly buyer: TaxBuyer;
  readonly destination: TaxParty;
}

function regionMatches(ruleRegion: string | undefined, region: string | undefined): boolean {
  if (ruleRegion === undefined) return true;
  if (region === undefined) return false;
  return region === ruleRegion || region.startsWith(`${ruleRegion}-`);
}

function matches(rule: TaxRuleInput, situation: TaxSituation, taxClass: string): boolean {
  const { destination, buyer } = situation;
  if (rule.country !== destination.country) return false;
  if (!regionMatches(rule.region, destination.region)) return false;
  if (rule.validFrom !== undefined && situation.date < rule.validFrom) return false;
  if (rule.validTo !== undefined && situation.date > rule.validTo) return false;
  if (rule.taxClasses !== undefined && !rule.taxClasses.includes(taxClass)) return false;
  if (rule.customerStatuses !== undefined && !rule.customerStatuses.includes(buyer.taxStatus)) return false;
  if (rule.crossBorder !== undefined && rule.crossBorder !== (situation.seller.country !== destination.country)) {
    return false;
  }
  if (rule.requiresBuyerTaxId === true && (buyer.taxId === undefined || buyer.taxId === "")) return false;
  return true;
}

/**
 * The rules that tax a line: the most specific matching rule of each group, in sequence order.
 *
 * @throws {@link O2CError} `TAX_NO_RULE` when no rule matches; `TAX_RULE_CONFLICT` when two rules of one group
 * match with the same score.
 */
export function selectTaxRules(
  rules: readonly CompiledTaxRule[],
  situation: TaxSituation,
  taxClass: string,
  lineIndex: number,
): CompiledTaxRule[] {
  const best = new Map<string, CompiledTaxRule>();
  for (const candidate of rules) {
    if (!matches(candidate.rule, situation, taxClass)) continue;
    const current = best.get(candidate.group);
    if (current === undefined || candidate.score > current.score) {
      best.set(candidate.group, candidate);
    } else if (candidate.score === current.score) {
      throw new O2CError(
        "TAX_RULE_CONFLICT",
        `Tax rules ${current.rule.id} and ${candidate.rule.id} both match tax class ${taxClass} in ${situation.destination.country} with the same specificity: make one more specific or give it a priority`,
        { path: ["lines", lineIndex, "taxClass"], details: { ruleIds: [current.rule.id, candidate.rule.id] } },
      );
    }
  }
  if (best.size === 0) {
    const where = situation.destination.region ?? situation.destination.country;
    throw new O2CError("TAX_NO_RULE", `No tax rule for tax class ${taxClass} in ${where} on ${situation.date}`, {
      path: ["lines", lineIndex, "taxClass"],
      details: { taxClass, country: situation.destination.country, region: situation.destination.region },
    });
  }
  return [...best.values()].sort(
    (a, b) => a.sequence - b.sequence || (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0),
  );
}
