/**
 * A report from an external credit bureau.
 * @since 0.1.0
 */
export interface BureauReport {
  /** The bureau's name. */
  readonly provider: string;
  /** The bureau's score mapped to 0 (worst) to 100 (best), an integer. */
  readonly score: number;
  /** The date of the report, `YYYY-MM-DD`. */
  readonly reportDate: string;
  /** The bureau's own rating (`"A2"`, `"BBB"`), shown as is. */
  readonly rating?: string | undefined;
}

/**
 * A question for {@link CreditBureau.getReport}.
 * @since 0.1.0
 */
export interface BureauQuery {
  /** The customer. */
  readonly customerId: string;
  /** The date the decision is made for, `YYYY-MM-DD`. */
  readonly asOf: string;
}

/**
 * The port to an external credit bureau a host may plug in.
 *
 * @remarks
 * `undefined` means the bureau has no report on the customer. A rejected promise is treated as the bureau being
 * unavailable: the order is held (`BUREAU_UNAVAILABLE`) when the policy asks for a bureau score.
 * @since 0.1.0
 */
export interface CreditBureau {
  /**
   * The latest report on a customer.
   *
   * @param query - The customer and the as-of date.
   * @returns The report, or `undefined` when the bureau has none.
   */
  getReport(query: BureauQuery): Promise<BureauReport | undefined>;
}
