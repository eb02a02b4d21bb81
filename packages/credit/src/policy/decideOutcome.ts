import type { CreditDecision, CreditDecisionBase } from "../model/CreditDecision.js";
import type { CreditOverride } from "../model/CreditOverride.js";

/**
 * The outcome from the reasons: `rejected` if one rejects, else `hold` if one holds, else `approved`; an
 * applicable override approves and adds an `OVERRIDE_APPLIED` reason, keeping the reasons it set aside.
 */
export function decideOutcome(base: CreditDecisionBase, override: CreditOverride | undefined): CreditDecision {
  const { reasons } = base;
  const blocked = reasons.some((r) => r.effect === "reject" || r.effect === "hold");
  if (blocked && override !== undefined) {
    return {
      ...base,
      outcome: "approved",
      override,
      reasons: [
        ...reasons,
        {
          code: "OVERRIDE_APPLIED",
          effect: "info",
          message: `Approved by ${override.approvedBy} through override ${override.id}: ${override.reason}`,
          figures: {
            overrideId: override.id,
            approvedBy: override.approvedBy,
            maxExposure: override.maxExposure.amount,
            validUntil: override.validUntil,
          },
        },
      ],
    };
  }
  if (reasons.some((r) => r.effect === "reject")) return { ...base, outcome: "rejected" };
  if (blocked) return { ...base, outcome: "hold" };
  return { ...base, outcome: "approved" };
}
