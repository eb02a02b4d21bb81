import type { MoneyJSON } from "@o2c/core";

/**
 * Where a customer or group stands with the credit department.
 *
 * - `active`: orders are checked against the limit and the policy.
 * - `watch`: on the watch list; every order is held for review, even within the limit.
 * - `cashInAdvance`: no credit is extended; orders are held until paid in advance.
 * - `blocked`: no new orders; every order is rejected.
 *
 * @since 0.1.0
 */
export type CreditStatus = "active" | "watch" | "cashInAdvance" | "blocked";

/**
 * A temporary increase of a credit limit, valid on the days from `validFrom` to `validUntil` (both included).
 * @since 0.1.0
 */
export interface TemporaryIncreaseInput {
  /** The increase, in the credit currency of the profile or group it belongs to. */
  readonly amount: MoneyJSON;
  /** First day the increase counts, `YYYY-MM-DD`. */
  readonly validFrom: string;
  /** Last day the increase counts, `YYYY-MM-DD`; it has expired the day after. */
  readonly validUntil: string;
  /** Why it was granted (a seasonal peak, a large project), shown in the decision. */
  readonly reason: string;
}

/**
 * The credit profile of one customer, as the host stores it.
 *
 * @remarks
 * A customer in a group (`groupId`) shares the group's limit with its siblings; it may also have a limit of its own,
 * and then both are checked. A customer with neither has no credit (`CREDIT_LIMIT_MISSING`).
 * @since 0.1.0
 */
export interface CreditProfileInput {
  /** The customer's id. */
  readonly customerId: string;
  /** ISO 4217 code every exposure and limit of this customer is expressed in. */
  readonly currency: string;
  /** The customer's own limit, in `currency`; omitted when only the group limit applies. */
  readonly limit?: MoneyJSON | undefined;
  /** The group (parent company) whose limit this customer shares. */
  readonly groupId?: string | undefined;
  /** Credit status; `active` when omitted. */
  readonly status?: CreditStatus | undefined;
  /** Temporary increases of the customer's own limit. */
  readonly temporaryIncreases?: readonly TemporaryIncreaseInput[] | undefined;
}

/**
 * A customer group: a parent company whose subsidiaries share one limit.
 * @since 0.1.0
 */
export interface CreditGroupInput {
  /** The group's id, referenced by {@link CreditProfileInput.groupId}. */
  readonly groupId: string;
  /** ISO 4217 code of the group limit; every member must have the same credit currency. */
  readonly currency: string;
  /** The limit shared by every member, in `currency`. */
  readonly limit: MoneyJSON;
  /** Status of the whole group; a `blocked` group blocks every member. `active` when omitted. */
  readonly status?: CreditStatus | undefined;
  /** Temporary increases of the group limit. */
  readonly temporaryIncreases?: readonly TemporaryIncreaseInput[] | undefined;
}
