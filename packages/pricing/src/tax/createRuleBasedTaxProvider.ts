import { isRoundingMode, O2CError, parseWith, type RoundingMode, type TaxProvider } from "@o2c/core";
import type { TaxRuleInput } from "../model/TaxRuleInput.js";
import { calculateTaxes } from "./calculateTaxes.js";
import { compileTaxRules } from "./selectTaxRules.js";
import { taxRulesSchema } from "./taxRuleSchema.js";

/**
 * Options of {@link createRuleBasedTaxProvider}.
 * @since 0.1.0
 */
export interface RuleBasedTaxProviderOptions {
  /** How each tax is rounded to minor units. Default `"halfUp"` (commercial rounding, as EN 16931 expects). */
  readonly roundingMode?: RoundingMode | undefined;
}

/**
 * The built-in `TaxProvider`: taxes lines with rules given as data ({@link TaxRuleInput}).
 *
 * @remarks
 * Destination: the request's `shipTo`, else the buyer. For each line, the most specific matching rule of each rule
 * group applies (several groups stack; compound taxes include the earlier ones). Arithmetic, all in integer minor
 * units:
 * - exclusive, `line` rounding: each tax is `base x rate` rounded with `roundingMode` (half up by default);
 * - exclusive, `document` rounding: each rule's tax is rounded once on the sum of its bases and spread over the lines
 *   by largest remainder (ties by line id), so `|sum of per-line taxes - document tax| <= n/2` minor units for n
 *   lines at one rate;
 * - inclusive: the net is back-calculated so that `net + tax = gross` exactly; when a net exists whose exclusive tax
 *   gives the gross, that net is used (so inclusive and exclusive agree), otherwise the net is `gross / (1 + rate)`
 *   rounded half up and the tax takes the difference. With `document` rounding the back-calculation runs once per
 *   set of taxes and the net is spread over the lines by gross.
 * The breakdown has one row per jurisdiction, category and rate; its tax amounts add up to `totalTax`. The legal
 * notes of the applied rules (reverse charge) are in `notes`. An exempt buyer's certificate id is carried on each
 * `E` tax.
 * @param rules - The rules, validated here; see {@link exampleTaxRules} for a sample set.
 * @param options - The rounding mode.
 * @returns The provider.
 * @throws `ValidationError` `VALIDATION_FAILED` for bad rules (`INVALID_PERCENT`, `DUPLICATE_ID`,
 * `INVALID_VALIDITY`...); `calculate` rejects with `O2CError` `TAX_NO_RULE`, `TAX_RULE_CONFLICT`,
 * `TAX_EXEMPTION_CERTIFICATE_REQUIRED` or `CURRENCY_MISMATCH`.
 * @example
 * ```ts
 * import { Money } from "@o2c/core";
 * import { createRuleBasedTaxProvider, exampleTaxRules } from "@o2c/pricing";
 *
 * const tax = createRuleBasedTaxProvider(exampleTaxRules);
 * const result = await tax.calculate({
 *   currency: "EUR", date: "2026-03-02", priceMode: "inclusive", rounding: "line",
 *   seller: { country: "DE" }, buyer: { country: "DE", taxStatus: "consumer" },
 *   lines: [{ id: "1", amount: Money.of("119.00", "EUR"), taxClass: "standard" }],
 * });
 * result.lines[0]?.net.toString() //=> "100.00"
 * result.totalTax.toString() //=> "19.00"
 * result.breakdown.map((row) => row.category + " " + row.ratePercent) //=> ["S 19"]
 * ```
 * @since 0.1.0
 */
export function createRuleBasedTaxProvider(
  rules: readonly TaxRuleInput[],
  options: RuleBasedTaxProviderOptions = {},
): TaxProvider {
  const compiled = compileTaxRules(parseWith(taxRulesSchema, rules, ["rules"]));
  const mode = options.roundingMode ?? "halfUp";
  if (!isRoundingMode(mode)) {
    throw new O2CError("INVALID_ROUNDING_MODE", `Unknown rounding mode ${String(mode)}`, { path: ["roundingMode"] });
  }
  return {
    calculate: async (request) => calculateTaxes(compiled, request, mode),
  };
}
