/**
 * One priced line, as the order machine reads it from pricing. Amounts are decimal strings in the order's
 * currency, with exactly its minor digits.
 * @since 0.1.0
 */
export interface PricedLine {
  /** The order line this price is for. */
  readonly lineId: string;
  /** Net price of one unit, after discounts. */
  readonly unitPrice: string;
  /** Net amount of the whole line. */
  readonly net: string;
  /** Tax of the whole line. */
  readonly tax: string;
  /** `net + tax`. */
  readonly gross: string;
  /** The tax rate in percent, for example `"19"`, when one rate applies. */
  readonly taxRate?: string | undefined;
  /** The EN 16931 VAT category code of the line (`S`, `Z`, `E`, `AE`...). */
  readonly taxCategory?: string | undefined;
}

/**
 * What the order machine needs from pricing: totals, lines and the explanation of each price. `@o2c/pricing`
 * results are mapped to this by {@link createPricingService}; a host can produce it from any pricing engine.
 * @since 0.1.0
 */
export interface PricedOrderSummary {
  /** ISO 4217 code; the order's currency. */
  readonly currency: string;
  /** Net total. */
  readonly net: string;
  /** Tax total. */
  readonly tax: string;
  /** Gross total, `net + tax`. */
  readonly gross: string;
  /** One entry per order line. */
  readonly lines: readonly PricedLine[];
  /** Which rules set the prices, in words, for people asking "why". */
  readonly explanation: readonly string[];
}
