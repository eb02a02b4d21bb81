/**
 * The customer of an order, as pricing and tax need them.
 * @since 0.1.0
 */
export interface PricingCustomer {
  /** The customer id; customer-specific price lists match it. */
  readonly id: string;
  /** Customer groups (for example `"wholesale"`); group price lists and promotions match them. */
  readonly groups?: readonly string[] | undefined;
  /** `consumer` (B2C), `business` (B2B) or `exempt` (with a certificate). */
  readonly taxStatus: "consumer" | "business" | "exempt";
  /** ISO 3166-1 alpha-2 country of the customer. */
  readonly country: string;
  /** Region within the country (ISO 3166-2 such as `US-WA`, or a host's code such as `US-WA-KING`). */
  readonly region?: string | undefined;
  /** VAT or sales-tax registration id (needed for the EU reverse charge). */
  readonly taxId?: string | undefined;
  /** Id of the tax-exemption certificate, required when `taxStatus` is `exempt`. */
  readonly exemptionCertificateId?: string | undefined;
}

/**
 * One order line to price.
 * @since 0.1.0
 */
export interface PricingLineInput {
  /** Unique id of the line within the order. */
  readonly id: string;
  /** The product; it must exist in the catalog. */
  readonly productId: string;
  /**
   * Quantity in the product's base unit, a positive decimal string: `"3"` pieces, `"2.5"` kilograms (at most 6
   * decimal places).
   */
  readonly quantity: string;
}

/**
 * Where the goods go.
 * @since 0.1.0
 */
export interface PricingShipTo {
  /** ISO 3166-1 alpha-2 country. */
  readonly country: string;
  /** Region within the country, as for {@link PricingCustomer.region}. */
  readonly region?: string | undefined;
}

/**
 * What {@link priceOrder} prices: the wire form of an order, amounts and quantities as strings.
 * @since 0.1.0
 */
export interface PricingInput {
  /** ISO 4217 code of the order; only price lists in this currency apply. */
  readonly currency: string;
  /** The pricing and tax point date, `YYYY-MM-DD`: price lists, promotions and tax rules valid on it apply. */
  readonly date: string;
  /** The customer. */
  readonly customer: PricingCustomer;
  /** Where the goods go, when it differs from the customer's address (tax follows it). */
  readonly shipTo?: PricingShipTo | undefined;
  /** The sales channel (`"web"`, `"pos"`); channel price lists and promotions match it. */
  readonly channel?: string | undefined;
  /** Coupon codes entered by the customer. */
  readonly couponCodes?: readonly string[] | undefined;
  /** The lines, at least one. */
  readonly lines: readonly PricingLineInput[];
}
