import type { MoneyJSON } from "@o2c/core";

/**
 * A credit manager's manual approval of orders the policy would hold or reject, recorded by `overrideCredit`.
 *
 * @remarks
 * An override applies on the days from `validFrom` to `validUntil` (both included), to one order when `orderId` is
 * set or to every order of the customer otherwise, and only while the customer's exposure (the order included)
 * stays at or below `maxExposure`; it then also sets aside a group limit breach. It never approves an order of a blocked customer or one whose exposure is unknown (a missing FX
 * rate).
 * @since 0.1.0
 */
export interface CreditOverride {
  /** The override's id. */
  readonly id: string;
  /** The customer. */
  readonly customerId: string;
  /** The one order it approves; every order of the customer when omitted. */
  readonly orderId?: string | undefined;
  /** The highest exposure, in the credit currency, the override approves. */
  readonly maxExposure: MoneyJSON;
  /** Why it was granted; never empty. */
  readonly reason: string;
  /** Who granted it. */
  readonly approvedBy: string;
  /** First day it applies, `YYYY-MM-DD`. */
  readonly validFrom: string;
  /** Last day it applies, `YYYY-MM-DD`. */
  readonly validUntil: string;
  /** When it was recorded, an ISO 8601 instant from the clock port. */
  readonly recordedAt: string;
}
