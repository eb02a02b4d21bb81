import type { ReferenceMatchKind } from "../model/MatchResult.js";
import type { ConfirmedMatch, MatchKnowledge } from "./MatchKnowledge.js";

/**
 * An in-memory {@link MatchKnowledge}, for tests and single-process hosts.
 *
 * @returns A fresh, empty knowledge store.
 * @example
 * ```ts
 * import { createInMemoryMatchKnowledge } from "@o2c/cash-application";
 *
 * const knowledge = createInMemoryMatchKnowledge();
 * knowledge.confirm({ paymentId: "P1", customerId: "C1", payerAccount: "DE89370400440532013000", payerName: "MM GMBH", referenceKinds: ["suffix"] });
 * knowledge.learnedAccounts() //=> [["DE89370400440532013000", "C1"]]
 * knowledge.isApplied("P1") //=> true
 * knowledge.referenceHabits("C1").get("suffix") //=> 1
 * ```
 * @since 0.1.0
 */
export function createInMemoryMatchKnowledge(): MatchKnowledge {
  const accounts = new Map<string, string>();
  const aliases = new Map<string, string>();
  const habits = new Map<string, Map<ReferenceMatchKind, number>>();
  const applied = new Set<string>();
  return {
    learnedAccounts: () => [...accounts.entries()],
    learnedAliases: () => [...aliases.entries()],
    referenceHabits: (customerId) => habits.get(customerId) ?? new Map(),
    isApplied: (paymentId) => applied.has(paymentId),
    confirm(match: ConfirmedMatch): void {
      if (match.payerAccount !== null)
        accounts.set(match.payerAccount.replace(/\s+/g, "").toUpperCase(), match.customerId);
      if (match.payerName !== null && match.payerName.trim().length > 0) aliases.set(match.payerName, match.customerId);
      let own = habits.get(match.customerId);
      if (own === undefined) {
        own = new Map();
        habits.set(match.customerId, own);
      }
      for (const kind of match.referenceKinds) own.set(kind, (own.get(kind) ?? 0) + 1);
      applied.add(match.paymentId);
    },
    markApplied(paymentId: string): void {
      applied.add(paymentId);
    },
  };
}
