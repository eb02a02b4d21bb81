import type { CustomerIndex } from "../index/buildCustomerIndex.js";
import { normalizeAccount } from "../index/buildCustomerIndex.js";
import type { PayerMatchKind } from "../model/MatchResult.js";
import { normalizeName } from "../normalize/normalizeName.js";
import { compactReference, digitKey } from "../references/referenceKeys.js";
import { nameSimilarity } from "../similarity/nameSimilarity.js";

/** A customer the payer may be, with how it was found. */
export interface PayerCandidate {
  readonly customerId: string;
  readonly score: number;
  readonly how: PayerMatchKind;
  readonly matched: string;
}

const MAX_NAME_CANDIDATES = 40;

function byScore(a: PayerCandidate, b: PayerCandidate): number {
  return b.score - a.score || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0);
}

/**
 * Finds the customers a payer may be: by account (score 1), by customer number quoted in the remittance (0.85),
 * by name similarity (the best of the customer's names and aliases; 0.7 × for names that look like a private
 * person). Candidates below `minScore` are dropped; at most one entry per customer, the strongest.
 */
export function identifyPayer(
  payerName: string | null,
  payerAccount: string | null,
  customerNumbers: readonly string[],
  index: CustomerIndex,
  minScore: number,
): PayerCandidate[] {
  const best = new Map<string, PayerCandidate>();
  const offer = (candidate: PayerCandidate): void => {
    const known = best.get(candidate.customerId);
    if (known === undefined || known.score < candidate.score) best.set(candidate.customerId, candidate);
  };
  if (payerAccount !== null) {
    const hit = index.byAccount.get(normalizeAccount(payerAccount));
    if (hit !== undefined) {
      offer({
        customerId: hit.customerId,
        score: 1,
        how: hit.learned ? "learned-account" : "account",
        matched: payerAccount,
      });
    }
  }
  for (const number of customerNumbers) {
    const ids = index.byNumber.get(compactReference(number)) ?? index.byNumber.get(digitKey(number));
    if (ids !== undefined && ids.length === 1 && ids[0] !== undefined) {
      offer({ customerId: ids[0], score: 0.85, how: "customer-number", matched: number });
    }
  }
  if (payerName !== null) {
    const payer = normalizeName(payerName);
    if (payer.tokens.length > 0) {
      const hits = new Map<string, number>();
      for (const token of payer.tokens) {
        for (const id of index.byToken.get(token) ?? []) hits.set(id, (hits.get(id) ?? 0) + 2);
        if (token.length >= 4) {
          for (const id of index.byPrefix.get(token.slice(0, 4)) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
        }
      }
      const ranked = [...hits.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, MAX_NAME_CANDIDATES);
      for (const [id] of ranked) {
        const customer = index.customers.get(id);
        if (customer === undefined) continue;
        for (const name of customer.names) {
          let score = nameSimilarity(payer.tokens, name.tokens);
          if (payer.looksPersonal) score *= 0.7;
          if (score < minScore) continue;
          const how: PayerMatchKind = name.learned ? "learned-alias" : name.isAlias ? "alias" : "name";
          offer({ customerId: id, score, how, matched: name.label });
        }
      }
    }
  }
  return [...best.values()].sort(byScore);
}
