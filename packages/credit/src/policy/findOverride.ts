import { type BusinessDate, type Money, parseWith } from "@o2c/core";
import type { Request } from "../internal/parsed.js";
import type { CreditReason } from "../model/CreditDecision.js";
import type { CreditOverride } from "../model/CreditOverride.js";
import { overrideRecordSchema } from "../schemas.js";

/** Reasons no override can set aside: a blocked customer, and an exposure that is not known. */
const NOT_OVERRIDABLE: ReadonlySet<string> = new Set(["CUSTOMER_BLOCKED", "FX_RATE_MISSING"]);

/** An override as handed in, with its validated dates and cap. */
export interface ParsedOverride {
  readonly record: CreditOverride;
  readonly maxExposure: Money;
  readonly validFrom: BusinessDate;
  readonly validUntil: BusinessDate;
}

/**
 * Validates the overrides handed to `decideCredit`.
 * @throws ValidationError with paths under `overrides`.
 */
export function parseOverrides(overrides: readonly CreditOverride[]): ParsedOverride[] {
  const parsed = parseWith(overrideRecordSchema, overrides, ["overrides"]);
  return parsed.flatMap((p, index) => {
    const record = overrides[index];
    return record === undefined
      ? []
      : [{ record, maxExposure: p.maxExposure, validFrom: p.validFrom, validUntil: p.validUntil }];
  });
}

/** What {@link findOverride} looks at. */
export interface OverrideQuery {
  readonly overrides: readonly ParsedOverride[];
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
  const { request, exposure } = query;
  let best: CreditOverride | undefined;
  for (const candidate of query.overrides) {
    const { record } = candidate;
    const applies =
      record.customerId === request.customerId &&
      (record.orderId === undefined || record.orderId === request.orderId) &&
      !request.asOf.isBefore(candidate.validFrom) &&
      !request.asOf.isAfter(candidate.validUntil) &&
      candidate.maxExposure.currency === exposure.currency &&
      exposure.lessThanOrEqual(candidate.maxExposure);
    if (applies && (best === undefined || record.id < best.id)) best = record;
  }
  return best;
}
