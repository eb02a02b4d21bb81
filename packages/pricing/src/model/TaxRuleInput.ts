import type { TaxCategoryCode } from "@o2c/core";

/**
 * A tax rule, as data: where it applies (jurisdiction, product tax class, customer tax status, cross-border sale),
 * what it charges (EN 16931 category and rate) and how (compound or on the net).
 *
 * @remarks
 * For each line, the provider keeps the rules that match; within one `group` the most specific wins (one point per
 * condition: each region segment, `taxClasses`, `customerStatuses`, `crossBorder`, `requiresBuyerTaxId`; `priority`
 * counts 100 points). Rules of different groups stack: a state tax and a county tax are two groups, so a line carries
 * both. Two rules of one group with the same score are a contradiction (`TAX_RULE_CONFLICT`).
 * @since 0.1.0
 */
export interface TaxRuleInput {
  /** Id of the rule, unique; it appears in every explanation and applied tax. */
  readonly id: string;
  /** A name for people: `"VAT"`, `"WA state sales tax"`. */
  readonly name: string;
  /** Where the tax is owed, as shown in the breakdown: `"DE"`, `"US-WA"`, `"US-WA-KING"`. */
  readonly jurisdiction: string;
  /** ISO 3166-1 alpha-2 country of the destination (ship-to, else the buyer) the rule applies to. */
  readonly country: string;
  /**
   * When present, the destination's region must be this region or inside it: `"US-WA"` matches `"US-WA"` and
   * `"US-WA-KING"`.
   */
  readonly region?: string | undefined;
  /** When present, only these product tax classes. */
  readonly taxClasses?: readonly string[] | undefined;
  /** When present, only buyers with one of these tax statuses. */
  readonly customerStatuses?: readonly ("consumer" | "business" | "exempt")[] | undefined;
  /** When present, only sales where the seller's country differs (`true`) or not (`false`) from the destination's. */
  readonly crossBorder?: boolean | undefined;
  /** When true, only buyers with a tax id (the EU reverse charge needs the buyer's VAT id). */
  readonly requiresBuyerTaxId?: boolean | undefined;
  /** EN 16931 VAT category code (BT-151). */
  readonly category: TaxCategoryCode;
  /** Rate in percent, a non-negative decimal string: `"19"`, `"5.5"`, `"0"`. */
  readonly ratePercent: string;
  /** Rules of one group are alternatives (the most specific wins); groups stack. Default `"vat"`. */
  readonly group?: string | undefined;
  /** Order of the taxes on a line, ascending; a compound tax includes the taxes of lower sequence. Default 0. */
  readonly sequence?: number | undefined;
  /** Whether the tax is computed on the net plus the line's taxes of lower sequence. Default false. */
  readonly compound?: boolean | undefined;
  /** Extra weight against other rules of the group (100 points each). Default 0. */
  readonly priority?: number | undefined;
  /** First valid day, inclusive, `YYYY-MM-DD`. */
  readonly validFrom?: string | undefined;
  /** Last valid day, inclusive, `YYYY-MM-DD`. */
  readonly validTo?: string | undefined;
  /** EN 16931 BT-120 exemption reason text, for `E`, `AE`, `K`, `G`, `O` and the like. */
  readonly exemptionReason?: string | undefined;
  /** EN 16931 BT-121 exemption reason code (VATEX list), such as `"VATEX-EU-AE"`. */
  readonly exemptionReasonCode?: string | undefined;
  /** A legal note the document must carry when the rule applies (the reverse-charge mention). */
  readonly note?: string | undefined;
}
