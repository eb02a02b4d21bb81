import type { Evidence } from "../model/MatchResult.js";

/**
 * One line of evidence in words, for a report or a reviewer's screen.
 *
 * @param evidence - A piece of a decision's or suggestion's evidence.
 * @returns The line: what matched, how, and how strongly.
 * @example
 * ```ts
 * import { explainEvidence } from "@o2c/cash-application";
 *
 * const reference = { type: "reference", invoiceId: "INV-1001", text: "inv 1001", how: "digits", quality: 0.92 } as const;
 * const payer = { type: "payer", customerId: "C1", how: "account", matched: "DE02100100109307118603", score: 1 } as const;
 * explainEvidence(reference) //=> 'reference "inv 1001" -> INV-1001 (digits, 0.92)'
 * explainEvidence(payer) //=> 'payer C1 by account "DE02100100109307118603" (1)'
 * explainEvidence({ type: "amount", rule: "exact", detail: "equals the open amount" }) //=> "amount: exact (equals the open amount)"
 * ```
 * @since 0.2.0
 */
export function explainEvidence(evidence: Evidence): string {
  switch (evidence.type) {
    case "reference":
      return `reference "${evidence.text}" -> ${evidence.invoiceId} (${evidence.how}, ${evidence.quality})`;
    case "payer":
      return `payer ${evidence.customerId} by ${evidence.how} "${evidence.matched}" (${evidence.score})`;
    case "amount":
      return `amount: ${evidence.rule} (${evidence.detail})`;
    default:
      return `note ${evidence.code}: ${evidence.message}`;
  }
}
