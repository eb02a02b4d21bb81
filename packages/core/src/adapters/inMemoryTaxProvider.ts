import { Percent } from "../decimal/Rate.js";
import { O2CError } from "../errors/O2CError.js";
import { Money } from "../money/Money.js";
import type {
  TaxBreakdownEntry,
  TaxCalculation,
  TaxCategoryCode,
  TaxedLine,
  TaxProvider,
  TaxRequest,
} from "../ports/TaxProvider.js";

/** A flat rate for one country and tax class. */
export interface FlatTaxRate {
  /** ISO 3166-1 alpha-2 country of the buyer (or ship-to). */
  readonly country: string;
  /** The product tax class; `"*"` for every class. */
  readonly taxClass: string;
  /** Percent as a decimal string, `"19"`. */
  readonly ratePercent: string;
  /** The EN 16931 VAT category of the rate (default `S`, standard). */
  readonly category?: TaxCategoryCode | undefined;
}

/**
 * A minimal in-memory {@link TaxProvider}: one flat VAT rate per country and tax class, tax-exclusive or inclusive,
 * rounded half up per line or (tax-exclusive) once per rate over the document. It exists so every port has a default; `@o2c/pricing` ships the real
 * rule-based engine (jurisdictions, compound taxes, exemptions, reverse charge).
 *
 * @param rates - The rates.
 * @returns The provider.
 * @example
 * ```ts
 * import { Money, createFlatRateTaxProvider } from "@o2c/core";
 *
 * const tax = createFlatRateTaxProvider([{ country: "DE", taxClass: "*", ratePercent: "19" }]);
 * const result = await tax.calculate({
 *   currency: "EUR", date: "2026-10-14", priceMode: "exclusive", rounding: "line",
 *   seller: { country: "DE" }, buyer: { country: "DE", taxStatus: "consumer" },
 *   lines: [{ id: "1", amount: Money.of("100.00", "EUR"), taxClass: "standard" }],
 * });
 * result.totalGross.toString() //=> "119.00"
 * ```
 * @since 0.1.0
 */
export function createFlatRateTaxProvider(rates: readonly FlatTaxRate[]): TaxProvider {
  return {
    calculate: async (request: TaxRequest): Promise<TaxCalculation> => {
      const country = request.shipTo?.country ?? request.buyer.country;
      const perLine = request.lines.map((line, index) => {
        const rate =
          rates.find((r) => r.country === country && r.taxClass === line.taxClass) ??
          rates.find((r) => r.country === country && r.taxClass === "*");
        if (rate === undefined) {
          throw new O2CError("TAX_NO_RULE", `No tax rate for ${country} and tax class ${line.taxClass}`, {
            path: ["lines", index, "taxClass"],
          });
        }
        const percent = Percent.of(rate.ratePercent);
        const net =
          request.priceMode === "exclusive" ? line.amount : line.amount.divide(percent.toRate().plus("1"), "halfUp");
        return { line, rate, net };
      });
      const taxes = perLine.map(({ line, net, rate }) =>
        request.priceMode === "inclusive"
          ? line.amount.subtract(net)
          : net.multiply(Percent.of(rate.ratePercent), "halfUp"),
      );
      if (request.rounding === "document" && request.priceMode === "exclusive") {
        // One rounding per rate: the document's tax at a rate, spread over its lines by their nets.
        for (const ratePercent of new Set(perLine.map((p) => p.rate.ratePercent))) {
          const indexes = perLine.flatMap((p, i) => (p.rate.ratePercent === ratePercent ? [i] : []));
          const nets = indexes.map((i) => perLine[i]?.net ?? Money.zero(request.currency));
          const documentTax = Money.sum(nets, request.currency).multiply(Percent.of(ratePercent), "halfUp");
          if (nets.every((n) => n.isZero())) continue;
          const shares = documentTax.allocate(nets.map((n) => n.abs().minor));
          indexes.forEach((lineIndex, k) => {
            taxes[lineIndex] = shares[k] ?? Money.zero(request.currency);
          });
        }
      }
      const lines: TaxedLine[] = perLine.map(({ line, net, rate }, i) => {
        const tax = taxes[i] ?? Money.zero(request.currency);
        return {
          id: line.id,
          net,
          tax,
          gross: net.add(tax),
          taxes: [
            {
              name: "VAT",
              jurisdiction: country,
              category: rate.category ?? "S",
              ratePercent: rate.ratePercent,
              taxableAmount: net,
              amount: tax,
              compound: false,
              ruleId: `flat:${country}:${rate.taxClass}`,
            },
          ],
        };
      });
      const breakdown = new Map<string, TaxBreakdownEntry>();
      for (const line of lines) {
        for (const tax of line.taxes) {
          const key = `${tax.category}|${tax.ratePercent}`;
          const entry = breakdown.get(key);
          breakdown.set(key, {
            category: tax.category,
            ratePercent: tax.ratePercent,
            jurisdiction: tax.jurisdiction,
            taxableAmount: entry === undefined ? tax.taxableAmount : entry.taxableAmount.add(tax.taxableAmount),
            taxAmount: entry === undefined ? tax.amount : entry.taxAmount.add(tax.amount),
          });
        }
      }
      const totalNet = Money.sum(
        lines.map((l) => l.net),
        request.currency,
      );
      const totalTax = Money.sum(
        lines.map((l) => l.tax),
        request.currency,
      );
      return {
        currency: request.currency,
        lines,
        breakdown: [...breakdown.values()],
        totalNet,
        totalTax,
        totalGross: totalNet.add(totalTax),
        notes: [],
      };
    },
  };
}
