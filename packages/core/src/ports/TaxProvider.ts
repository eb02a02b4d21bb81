import type { Money } from "../money/Money.js";

/**
 * EN 16931 VAT category codes (UNCL5305 subset, BT-118 / BT-151):
 * `S` standard rate, `Z` zero rated, `E` exempt, `AE` reverse charge, `K` intra-community supply,
 * `G` export outside the EU, `O` outside the scope of VAT, `L` Canary Islands IGIC, `M` Ceuta and Melilla IPSI.
 * @since 0.1.0
 */
export type TaxCategoryCode = "S" | "Z" | "E" | "AE" | "K" | "G" | "O" | "L" | "M";

/** A party's place and tax identity, as tax rules need them. */
export interface TaxParty {
  /** ISO 3166-1 alpha-2 country. */
  readonly country: string;
  /** Region within the country (ISO 3166-2 subdivision such as `US-CA`, or the host's code). */
  readonly region?: string | undefined;
  /** VAT or sales-tax registration id. */
  readonly taxId?: string | undefined;
}

/** The buyer, with what decides how they are taxed. */
export interface TaxBuyer extends TaxParty {
  /** `consumer` (B2C), `business` (B2B, with a tax id), or `exempt` (with a certificate). */
  readonly taxStatus: "consumer" | "business" | "exempt";
  /** Id of the exemption certificate, required for `exempt`. */
  readonly exemptionCertificateId?: string | undefined;
}

/** One line to tax: its amount after discounts, in the request's price mode. */
export interface TaxLineInput {
  /** The line's id, unique within the request. */
  readonly id: string;
  /** Net amount (exclusive mode) or gross amount (inclusive mode) of the line, after discounts. */
  readonly amount: Money;
  /** The product's tax class, for example `"standard"`, `"reduced"`, `"food"`, `"books"`, `"services"`. */
  readonly taxClass: string;
}

/**
 * What a tax provider is asked: the parties, the lines and how to compute.
 * @since 0.1.0
 */
export interface TaxRequest {
  /** ISO 4217 code of every amount. */
  readonly currency: string;
  /** Tax point date, `YYYY-MM-DD`: rules valid on this date apply. */
  readonly date: string;
  /** The seller's place and tax identity. */
  readonly seller: TaxParty;
  /** The buyer, with their tax status. */
  readonly buyer: TaxBuyer;
  /** Where the goods go or the service is used, when it differs from the buyer's address. */
  readonly shipTo?: TaxParty | undefined;
  /** Whether line amounts are net (`exclusive`) or include tax (`inclusive`). */
  readonly priceMode: "exclusive" | "inclusive";
  /** Round the tax of every line (`line`) or once per rate over the document (`document`). */
  readonly rounding: "line" | "document";
  /** The lines to tax. */
  readonly lines: readonly TaxLineInput[];
}

/** One tax on one line. */
export interface AppliedTax {
  /** A name for people: "VAT", "IGIC", "CA state sales tax". */
  readonly name: string;
  /** Where it is owed: `DE`, `US-CA`. */
  readonly jurisdiction: string;
  /** The EN 16931 VAT category of this tax. */
  readonly category: TaxCategoryCode;
  /** Rate in percent, exact decimal string: `"19"`, `"5.5"`. */
  readonly ratePercent: string;
  /** The base it is computed on (the net, or net plus earlier taxes for a compound tax). */
  readonly taxableAmount: Money;
  /** The tax of this line; with document rounding, this line's share of the rounded document tax. */
  readonly amount: Money;
  /** Whether the tax is computed on the net plus earlier taxes. */
  readonly compound: boolean;
  /** Id of the rule that set it, for explanations. */
  readonly ruleId: string;
  /** Exemption or reverse-charge reason (EN 16931 BT-120), when the category needs one. */
  readonly exemptionReason?: string | undefined;
  /** Exemption reason code (EN 16931 BT-121, VATEX list), when known. */
  readonly exemptionReasonCode?: string | undefined;
  /**
   * Id of the buyer's exemption certificate, when the line is exempt because of it (category `E`).
   * @since 0.1.0
   */
  readonly exemptionCertificateId?: string | undefined;
}

/** A taxed line: net + tax = gross exactly. */
export interface TaxedLine {
  /** The line's id, as in the request. */
  readonly id: string;
  /** The line's net amount. */
  readonly net: Money;
  /** The sum of the line's taxes. */
  readonly tax: Money;
  /** `net + tax`, exactly. */
  readonly gross: Money;
  /** Each tax on the line, in the order applied (compound taxes after their base). */
  readonly taxes: readonly AppliedTax[];
}

/** One row of the tax breakdown per category and rate (EN 16931 BG-23). */
export interface TaxBreakdownEntry {
  /** The EN 16931 VAT category (BT-118). */
  readonly category: TaxCategoryCode;
  /** The rate in percent, an exact decimal string (BT-119). */
  readonly ratePercent: string;
  /** Where the tax is owed: `DE`, `US-WA`. */
  readonly jurisdiction: string;
  /** BT-116: the sum of the line nets taxed at this category and rate. */
  readonly taxableAmount: Money;
  /** BT-117. */
  readonly taxAmount: Money;
  /** Exemption reason text (BT-120), for categories that need one. */
  readonly exemptionReason?: string | undefined;
  /** Exemption reason code from the VATEX list (BT-121). */
  readonly exemptionReasonCode?: string | undefined;
}

/**
 * A tax provider's answer: every line taxed, the breakdown per category and rate, the totals, and any legal
 * notes the document must carry (the reverse-charge mention).
 * @since 0.1.0
 */
export interface TaxCalculation {
  /** ISO 4217 code of every amount in the calculation. */
  readonly currency: string;
  /** Every line of the request, taxed, in request order. */
  readonly lines: readonly TaxedLine[];
  /** One entry per category, rate and jurisdiction (EN 16931 BG-23). */
  readonly breakdown: readonly TaxBreakdownEntry[];
  /** Sum of the line nets. */
  readonly totalNet: Money;
  /** Sum of the breakdown's tax amounts. */
  readonly totalTax: Money;
  /** `totalNet + totalTax`. */
  readonly totalGross: Money;
  /** Legal mentions the document must carry, such as the reverse-charge note. */
  readonly notes: readonly string[];
}

/**
 * The port to a tax engine. `@o2c/pricing` ships a rule-based provider; a host may call an external engine (Avalara,
 * Vertex, a tax authority's API) by implementing this interface.
 *
 * @remarks
 * Implementations must keep `net + tax = gross` on every line, `totalTax` equal to the sum of the breakdown's tax
 * amounts, and `totalNet` equal to the sum of the line nets. An unknown jurisdiction or tax class is an
 * `O2CError` (`TAX_NO_RULE`), never a silent zero.
 * @since 0.1.0
 */
export interface TaxProvider {
  /** Taxes every line of the request and sums the breakdown and totals. */
  calculate(request: TaxRequest): Promise<TaxCalculation>;
}
