import {
  type Clock,
  createDomainEvent,
  type DomainEvent,
  type IdGenerator,
  type MoneyJSON,
  parseWith,
} from "@o2c/core";
import type { CreditOverride } from "./model/CreditOverride.js";
import { overrideRequestSchema } from "./schemas.js";

/**
 * What a credit manager states to override the policy.
 * @since 0.1.0
 */
export interface CreditOverrideInput {
  /** The customer. */
  readonly customerId: string;
  /** The one order to approve; every order of the customer while valid when omitted. */
  readonly orderId?: string | undefined;
  /** The highest exposure, in the customer's credit currency, the override approves. */
  readonly maxExposure: MoneyJSON;
  /** Why; required and never blank. */
  readonly reason: string;
  /** Who approves. */
  readonly approvedBy: string;
  /** First day it applies, `YYYY-MM-DD`. */
  readonly validFrom: string;
  /** Last day it applies, `YYYY-MM-DD`. */
  readonly validUntil: string;
}

/**
 * The ports {@link overrideCredit} takes its id and time from.
 * @since 0.1.0
 */
export interface OverrideCreditPorts {
  /** Gives the time the override is recorded at. */
  readonly clock: Clock;
  /** Gives the override's id (prefix `cro`) and the event's id. */
  readonly ids: IdGenerator;
}

/**
 * The event recorded when a credit manager overrides the policy: its payload is the override.
 * @since 0.1.0
 */
export type CreditOverriddenEvent = DomainEvent<"credit.overridden", CreditOverride>;

/**
 * What {@link overrideCredit} returns: the override to store and pass to `decideCredit`, and the event to append
 * to the outbox in the same transaction.
 * @since 0.1.0
 */
export interface CreditOverrideResult {
  /** The override record. */
  readonly override: CreditOverride;
  /** The `credit.overridden` event, aggregate type `customer`. */
  readonly event: CreditOverriddenEvent;
}

/**
 * Records a credit manager's manual override of the policy for a customer or one order, with a reason, and the
 * domain event that says so.
 *
 * @remarks
 * Pure: the id and the time come from the ports, nothing is stored here. Pass the override to `decideCredit` in
 * `context.overrides`; it approves orders the policy holds or rejects while it is valid and the exposure stays at
 * or below `maxExposure`, but never a blocked customer's order nor one with a missing FX rate.
 *
 * @param input - The customer, optional order, exposure cap, reason, approver and validity.
 * @param ports - The clock and id generator.
 * @returns The override and its `credit.overridden` event.
 * @throws `ValidationError` (from `@o2c/core`) `REASON_REQUIRED` (path `reason`), `INVALID_DATE_RANGE` (`validUntil`),
 * `NEGATIVE_AMOUNT`, `INVALID_AMOUNT`, `INVALID_DATE`, `REQUIRED`...
 * @example
 * ```ts
 * import { createFixedClock, createSequentialIdGenerator } from "@o2c/core";
 * import { overrideCredit } from "@o2c/credit";
 *
 * const { override, event } = overrideCredit(
 *   {
 *     customerId: "acme",
 *     orderId: "SO-42",
 *     maxExposure: { amount: "12000.00", currency: "EUR" },
 *     reason: "Year-end order backed by a bank guarantee",
 *     approvedBy: "m.keller",
 *     validFrom: "2026-10-14",
 *     validUntil: "2026-10-31",
 *   },
 *   { clock: createFixedClock("2026-10-14T09:00:00Z"), ids: createSequentialIdGenerator() },
 * );
 * override.id //=> "cro_000001"
 * event.type //=> "credit.overridden"
 * event.occurredAt //=> "2026-10-14T09:00:00.000Z"
 * ```
 * @since 0.1.0
 */
export function overrideCredit(input: CreditOverrideInput, ports: OverrideCreditPorts): CreditOverrideResult {
  const parsed = parseWith(overrideRequestSchema, input);
  const override: CreditOverride = {
    id: ports.ids.next("cro"),
    customerId: parsed.customerId,
    ...(parsed.orderId === undefined ? {} : { orderId: parsed.orderId }),
    maxExposure: parsed.maxExposure.toJSON(),
    reason: parsed.reason.trim(),
    approvedBy: parsed.approvedBy,
    validFrom: parsed.validFrom.toString(),
    validUntil: parsed.validUntil.toString(),
    recordedAt: ports.clock.now().toISOString(),
  };
  const event = createDomainEvent(
    {
      type: "credit.overridden" as const,
      aggregateType: "customer",
      aggregateId: override.customerId,
      payload: override,
    },
    ports,
  );
  return { override, event };
}
