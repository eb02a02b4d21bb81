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

const MAX_NAME_CANDIDATES = 20;

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
  const methods = new Map<string, Map<string, number>>();
  const offer = (candidate: PayerCandidate): void => {
    const known = best.get(candidate.customerId);
    if (known === undefined || known.score < candidate.score) best.set(candidate.customerId, candidate);
    const method = candidate.how === "alias" || candidate.how === "learned-alias" ? "name" : candidate.how;
    const own = methods.get(candidate.customerId) ?? new Map<string, number>();
    methods.set(candidate.customerId, own);
    own.set(method, Math.max(own.get(method) ?? 0, candidate.score));
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
    let cache = nameCache.get(index);
    if (cache === undefined) {
      cache = new Map();
      nameCache.set(index, cache);
    }
    let named = cache.get(payerName);
    if (named === undefined) {
      named = identifyByName(payerName, index, minScore);
      cache.set(payerName, named);
    }
    for (const candidate of named) offer(candidate);
  }
  // Independent identifications of the same customer (account, number, name) reinforce each other.
  const byAccount = [...best.values()].some((c) => c.how === "account" || c.how === "learned-account");
  const combined: PayerCandidate[] = [];
  for (const candidate of best.values()) {
    let miss = 1;
    for (const score of methods.get(candidate.customerId)?.values() ?? []) miss *= 1 - score;
    let score = 1 - miss;
    const viaAccount = candidate.how === "account" || candidate.how === "learned-account";
    // A known account outweighs a merely similar name of another customer.
    if (byAccount && !viaAccount && !methods.get(candidate.customerId)?.has("account")) score *= 0.85;
    combined.push({ ...candidate, score: Math.min(1, score) });
  }
  return combined.sort(byScore);
}

/** The `limit` customers with the most hits (ties by id), without sorting every hit. */
function topByHits(hits: ReadonlyMap<string, number>, limit: number): [string, number][] {
  const top: [string, number][] = [];
  const better = (a: [string, number], b: [string, number]): boolean => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (const entry of hits) {
    if (top.length === limit && !better(entry, top[limit - 1] as [string, number])) continue;
    let i = top.length < limit ? top.length : limit - 1;
    top[i] = entry;
    while (i > 0 && better(entry, top[i - 1] as [string, number])) {
      top[i] = top[i - 1] as [string, number];
      top[i - 1] = entry;
      i--;
    }
  }
  return top;
}

const nameCache = new WeakMap<CustomerIndex, Map<string, PayerCandidate[]>>();

/** Name-based candidates of a payer name, cached per index (bank names repeat across a statement). */
function identifyByName(payerName: string, index: CustomerIndex, minScore: number): PayerCandidate[] {
  const found: PayerCandidate[] = [];
  const offer = (c: PayerCandidate): void => {
    found.push(c);
  };
  const payer = normalizeName(payerName);
  if (payer.tokens.length > 0) {
    // Tokens shared by very many customers (`trading`, `services`) cannot narrow the search: they are skipped when
    // the name has a rarer token, which keeps the candidate collection bounded on large master data.
    const common = Math.max(50, index.customers.size >> 4);
    const rare = payer.tokens.filter((t) => (index.byToken.get(t)?.length ?? 0) <= common);
    const useTokens = rare.length > 0 ? rare : payer.tokens;
    const hits = new Map<string, number>();
    for (const token of useTokens) {
      for (const id of index.byToken.get(token) ?? []) hits.set(id, (hits.get(id) ?? 0) + 2);
      if (token.length >= 4) {
        const byPrefix = index.byPrefix.get(token.slice(0, 4)) ?? [];
        if (byPrefix.length <= common * 4) for (const id of byPrefix) hits.set(id, (hits.get(id) ?? 0) + 1);
      }
    }
    const ranked = topByHits(hits, MAX_NAME_CANDIDATES);
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
  return found;
}
