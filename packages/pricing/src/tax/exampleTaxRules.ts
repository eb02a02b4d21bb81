import type { TaxRuleInput } from "../model/TaxRuleInput.js";

const REVERSE_CHARGE_NOTE =
  "Reverse charge: VAT to be accounted for by the recipient, Article 196 of Council Directive 2006/112/EC.";

/**
 * EXAMPLE DATA, NOT TAX ADVICE: a small rule set for demos and tests, with rates as published for 2026 and effective
 * dates, for Germany (19 % / 7 %), France (20 % / 5.5 %), the EU reverse charge for cross-border B2B sales into
 * Germany and France, Washington State with King County stacked on it, a compound example, exemptions, and Japan
 * (10 % / 8 % reduced for food).
 *
 * @remarks
 * Rates change and real tax depends on facts these rules ignore (thresholds, OSS registration, nexus, product
 * specifics). Use a maintained source or an external engine behind `TaxProvider` in production.
 * Tax classes used: `standard`, `reduced` (DE 7 %, FR 5.5 %), `food` (reduced everywhere, JP 8 %), `books` (reduced),
 * `export` (zero-rated `Z`), `out-of-scope` (`O`). The `XC` country holds a made-up compound tax
 * (5 % then 9.975 % on net plus the first), shaped like Quebec's QST before 2013, for tests only.
 * @example
 * ```ts
 * import { exampleTaxRules } from "@o2c/pricing";
 *
 * exampleTaxRules.find((rule) => rule.id === "de-vat-standard")?.ratePercent //=> "19"
 * ```
 * @since 0.1.0
 */
export const exampleTaxRules: readonly TaxRuleInput[] = [
  // Germany, UStG 12: 19 % standard, 7 % reduced, since 2007-01-01 (2020-07-01..2020-12-31 at 16/5 not modelled).
  {
    id: "de-vat-standard",
    name: "VAT",
    jurisdiction: "DE",
    country: "DE",
    category: "S",
    ratePercent: "19",
    validFrom: "2021-01-01",
  },
  {
    id: "de-vat-reduced",
    name: "VAT",
    jurisdiction: "DE",
    country: "DE",
    taxClasses: ["reduced", "food", "books"],
    category: "S",
    ratePercent: "7",
    validFrom: "2021-01-01",
  },
  // France, CGI 278 and 278-0 bis: 20 % standard, 5.5 % reduced, since 2014-01-01.
  {
    id: "fr-vat-standard",
    name: "TVA",
    jurisdiction: "FR",
    country: "FR",
    category: "S",
    ratePercent: "20",
    validFrom: "2014-01-01",
  },
  {
    id: "fr-vat-reduced",
    name: "TVA",
    jurisdiction: "FR",
    country: "FR",
    taxClasses: ["reduced", "food", "books"],
    category: "S",
    ratePercent: "5.5",
    validFrom: "2014-01-01",
  },
  // EU reverse charge: a business buyer with a VAT id in another member state than the seller's.
  ...(["DE", "FR"] as const).map(
    (country): TaxRuleInput => ({
      id: `${country.toLowerCase()}-reverse-charge`,
      name: "VAT reverse charge",
      jurisdiction: country,
      country,
      customerStatuses: ["business"],
      crossBorder: true,
      requiresBuyerTaxId: true,
      category: "AE",
      ratePercent: "0",
      validFrom: "2010-01-01",
      exemptionReason: "Reverse charge",
      exemptionReasonCode: "VATEX-EU-AE",
      note: REVERSE_CHARGE_NOTE,
    }),
  ),
  // Exempt buyers (a certificate is required) and zero-rated exports, for every example country.
  ...(["DE", "FR"] as const).flatMap((country): TaxRuleInput[] => [
    {
      id: `${country.toLowerCase()}-exempt`,
      name: "VAT exemption",
      jurisdiction: country,
      country,
      customerStatuses: ["exempt"],
      category: "E",
      ratePercent: "0",
      priority: 1,
      exemptionReason: "Exempt under certificate",
      exemptionReasonCode: "VATEX-EU-132",
    },
    {
      id: `${country.toLowerCase()}-zero-rated`,
      name: "VAT",
      jurisdiction: country,
      country,
      taxClasses: ["zero-rated"],
      category: "Z",
      ratePercent: "0",
    },
    {
      id: `${country.toLowerCase()}-out-of-scope`,
      name: "Not subject to VAT",
      jurisdiction: country,
      country,
      taxClasses: ["out-of-scope"],
      category: "O",
      ratePercent: "0",
      priority: 1,
      exemptionReason: "Not subject to VAT",
      exemptionReasonCode: "VATEX-EU-O",
    },
  ]),
  // Washington State retail sales tax 6.5 % plus King County / Seattle local 3.85 % (2026 example), stacked: two
  // groups, each on the net. Food for home consumption is exempt from both.
  {
    id: "us-wa-state",
    name: "WA state sales tax",
    jurisdiction: "US-WA",
    country: "US",
    region: "US-WA",
    group: "state",
    category: "S",
    ratePercent: "6.5",
    validFrom: "2024-01-01",
  },
  {
    id: "us-wa-king-local",
    name: "King County local sales tax",
    jurisdiction: "US-WA-KING",
    country: "US",
    region: "US-WA-KING",
    group: "local",
    sequence: 1,
    category: "S",
    ratePercent: "3.85",
    validFrom: "2025-04-01",
  },
  ...(["state", "local"] as const).map(
    (group): TaxRuleInput => ({
      id: `us-wa-food-exempt-${group}`,
      name: "Food exemption",
      jurisdiction: group === "state" ? "US-WA" : "US-WA-KING",
      country: "US",
      region: group === "state" ? "US-WA" : "US-WA-KING",
      taxClasses: ["food"],
      group,
      sequence: group === "state" ? 0 : 1,
      category: "E",
      ratePercent: "0",
      exemptionReason: "Food for home consumption",
    }),
  ),
  // Resellers with a certificate buy tax-free in Washington.
  {
    id: "us-wa-resale-exempt",
    name: "Resale exemption",
    jurisdiction: "US-WA",
    country: "US",
    region: "US-WA",
    customerStatuses: ["exempt"],
    group: "state",
    category: "E",
    ratePercent: "0",
    priority: 1,
    exemptionReason: "Reseller permit",
  },
  {
    id: "us-wa-resale-exempt-local",
    name: "Resale exemption",
    jurisdiction: "US-WA-KING",
    country: "US",
    region: "US-WA-KING",
    customerStatuses: ["exempt"],
    group: "local",
    sequence: 1,
    category: "E",
    ratePercent: "0",
    priority: 1,
    exemptionReason: "Reseller permit",
  },
  // Japan consumption tax: 10 % standard, 8 % reduced for food, since 2019-10-01.
  {
    id: "jp-ct-standard",
    name: "Consumption tax",
    jurisdiction: "JP",
    country: "JP",
    category: "S",
    ratePercent: "10",
    validFrom: "2019-10-01",
  },
  {
    id: "jp-ct-food",
    name: "Consumption tax (reduced)",
    jurisdiction: "JP",
    country: "JP",
    taxClasses: ["food"],
    category: "S",
    ratePercent: "8",
    validFrom: "2019-10-01",
  },
  // A made-up compound example (country code XC): 5 % federal, then 9.975 % provincial on net plus federal.
  {
    id: "xc-federal",
    name: "Federal tax",
    jurisdiction: "XC",
    country: "XC",
    group: "federal",
    category: "S",
    ratePercent: "5",
  },
  {
    id: "xc-provincial",
    name: "Provincial tax (compound)",
    jurisdiction: "XC-P",
    country: "XC",
    group: "provincial",
    sequence: 1,
    compound: true,
    category: "S",
    ratePercent: "9.975",
  },
];
