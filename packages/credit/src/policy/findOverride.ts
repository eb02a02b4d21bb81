import { type Money, parseWith } from "@o2c/core";
import type { Request } from "../internal/parsed.js";
import type { CreditReason } from "../model/CreditDecision.js";
import type { CreditOverride } from "../model/CreditOverride.js";
import { overrideRecordSchema } from "../schemas.js";

/** Reasons no override can set aside: a blocked customer, and an exposure that is not known. */
const NOT_OVERRIDABLE: ReadonlySet<string> = new Set(["CUSTOMER_BLOCKED", "FX_RATE_MISSING"]);

/** What {@link findOverride} looks at. */
export interface OverrideQuery {
  readonly overrides: readonly CreditOverride[];
  readonly request: Request;
  readonly reasons: readonly CreditReason[];
  readonly exposure: Money;
}

/**
 * The override that approves this order, if any: same customer, same order (or none named), valid on the as-of
 * date, in the credit currency with a `maxExposure` at or above the exposure. When several apply, the one with the
 * smallest id wins, so the result does not depend on the order of the list.
 */
export function findOverride(query: OverrideQuery): CreditOverride | undefined {
  if (query.reasons.some((r) => NOT_OVERRIDABLE.has(r.code))) return undefined;
  const parsed = parseWith(overrideRecordSchema, query.overrides, ["overrides"]);
  const { request, exposure } = query;
  let best: CreditOverride | undefined;
  parsed.forEach((candidate, index) => {
    const original = query.overrides[index];
    if (original === undefined) return;
    const applies =
      candidate.customerId === request.customerId &&
      (candidate.orderId === undefined || candidate.orderId === request.orderId) &&
      !request.asOf.isBefore(candidate.validFrom) &&
      !request.asOf.isAfter(candidate.validUntil) &&
      candidate.maxExposure.currency === exposure.currency &&
      exposure.lessThanOrEqual(candidate.maxExposure);
    if (applies && (best === undefined || original.id < best.id)) best = original;
  });
  return best;
}
