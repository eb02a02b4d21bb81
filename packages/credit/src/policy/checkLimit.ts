import type { BusinessDate, Money } from "@o2c/core";
import { creditError } from "../errors.js";
import type { Group, Increase, Profile } from "../internal/parsed.js";
import type { LimitCheck } from "../model/CreditDecision.js";

/** What {@link checkLimit} compares. */
export interface LimitInput {
  readonly scope: "customer" | "group";
  readonly id: string;
  readonly limit: Money;
  readonly increases: readonly Increase[];
  readonly exposure: Money;
  readonly asOf: BusinessDate;
}

/**
 * Compares an exposure with a limit plus the temporary increases valid on the as-of date (from `validFrom` to
 * `validUntil`, both included; an increase has expired the day after `validUntil`).
 *
 * @throws O2CError `CURRENCY_MISMATCH` when an increase or the exposure is not in the limit's currency.
 */
export function checkLimit(input: LimitInput): LimitCheck {
  const { limit, asOf } = input;
  let effective = limit;
  const applied = [];
  for (const [index, increase] of input.increases.entries()) {
    if (increase.amount.currency !== limit.currency) {
      throw creditError(
        "CURRENCY_MISMATCH",
        `A temporary increase of ${input.scope} ${input.id} is in ${increase.amount.currency}, its limit in ${limit.currency}`,
        {
          path: [input.scope === "customer" ? "profile" : "group", "temporaryIncreases", index, "amount", "currency"],
          details: { expected: limit.currency, actual: increase.amount.currency },
        },
      );
    }
    if (asOf.isBefore(increase.validFrom) || asOf.isAfter(increase.validUntil)) continue;
    effective = effective.add(increase.amount);
    applied.push({
      amount: increase.amount.toJSON(),
      validFrom: increase.validFrom.toString(),
      validUntil: increase.validUntil.toString(),
      reason: increase.reason,
    });
  }
  const headroom = effective.subtract(input.exposure);
  return {
    scope: input.scope,
    id: input.id,
    baseLimit: limit.toJSON(),
    increases: applied,
    effectiveLimit: effective.toJSON(),
    exposure: input.exposure.toJSON(),
    headroom: headroom.toJSON(),
    exceeded: headroom.isNegative(),
  };
}

/** What {@link checkLimits} compares: the customer's and the group's limits with their exposures. */
export interface LimitsInput {
  readonly profile: Profile;
  readonly group: Group | undefined;
  readonly exposure: Money;
  readonly groupExposure: Money | undefined;
  readonly asOf: BusinessDate;
}

/** The customer's own limit (when it has one), then the group's (when it is in one). */
export function checkLimits(input: LimitsInput): LimitCheck[] {
  const { profile, group, asOf } = input;
  const limits: LimitCheck[] = [];
  if (profile.limit !== undefined) {
    limits.push(
      checkLimit({
        scope: "customer",
        id: profile.customerId,
        limit: profile.limit,
        increases: profile.increases,
        exposure: input.exposure,
        asOf,
      }),
    );
  }
  if (group !== undefined && input.groupExposure !== undefined) {
    limits.push(
      checkLimit({
        scope: "group",
        id: group.groupId,
        limit: group.limit,
        increases: group.increases,
        exposure: input.groupExposure,
        asOf,
      }),
    );
  }
  return limits;
}
