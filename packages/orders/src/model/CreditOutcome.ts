/**
 * One reason behind a credit decision.
 * @since 0.1.0
 */
export interface CreditReason {
  /** Stable code, for example `LIMIT_EXCEEDED` or `OVERDUE_ITEMS`. */
  readonly code: string;
  /** The reason in words. */
  readonly message: string;
}

/**
 * The credit decision on an order: approved, on hold (a person decides) or rejected, with reasons. An expected
 * business outcome, so it is data, tagged by `status`.
 * @since 0.1.0
 */
export interface CreditOutcome {
  /** `approved` confirms the order, `hold` waits for a person, `rejected` ends it. */
  readonly status: "approved" | "hold" | "rejected";
  /** Why. */
  readonly reasons: readonly CreditReason[];
}
