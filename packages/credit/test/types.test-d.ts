import type { CreditDecision, CreditPolicyInput, CreditReasonCode, CreditRequest } from "../src/index.js";

// Type tests, checked by `tsc -p tsconfig.json` (which includes packages/*/test) and not run by vitest: each
// `@ts-expect-error` fails the type check if the line below it ever compiles.

/** An override is only readable on an approved decision. */
export function overrideOf(decision: CreditDecision): string | undefined {
  // @ts-expect-error only ApprovedCreditDecision has `override`
  void decision.override;
  return decision.outcome === "approved" ? decision.override?.id : undefined;
}

/** The outcome union is closed: the switch is exhaustive. */
export function outcomeOf(decision: CreditDecision): string {
  switch (decision.outcome) {
    case "approved":
    case "hold":
    case "rejected":
      return decision.outcome;
    default: {
      const never: never = decision;
      return never;
    }
  }
}

// @ts-expect-error "warn" is not a policy action
export const badPolicy: CreditPolicyInput = { limitExceeded: { action: "warn" } };

// @ts-expect-error reason codes are a closed set
export const badCode: CreditReasonCode = "LIMIT_EXCEDED";

export const badRequest: CreditRequest = {
  customerId: "acme",
  // @ts-expect-error amounts cross the boundary as decimal strings, never as numbers
  amount: { amount: 100, currency: "EUR" },
  asOf: "2026-10-14",
};
