import type { CustomerIndex, PreparedCustomer } from "../index/buildCustomerIndex.js";
import { normalizeAccount } from "../index/buildCustomerIndex.js";
import type { PayerMatchKind } from "../model/MatchResult.js";
import { type NormalizedName, normalizeName } from "../normalize/normalizeName.js";
import type { NamedParty } from "../references/extractNamedParties.js";
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

/** How much a name the remittance gives for the party paid for counts, by the marker's strength. */
const NAMED_PARTY_WEIGHT = { strong: 0.95, weak: 0.85 } as const;

/**
 * Finds the customers a payer may be: by account (score 1), by customer number quoted in the remittance (0.85),
 * by name similarity (the best of the customer's names and aliases; 0.7 × for names that look like a private
 * person; not searched among all customers when the customer the account, or else the one quoted customer number,
 * names has the payer's name), and by a name the remittance gives for the party a third party pays for (`on behalf of X`: the name
 * similarity × 0.95 after a strong marker, × 0.85 after a weak one). Candidates below `minScore` are dropped; at
 * most one entry per customer, the strongest.
 */
export function identifyPayer(
  payerName: string | null,
  payerAccount: string | null,
  customerNumbers: readonly string[],
  namedParties: readonly NamedParty[],
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
  // The customer the account (or else a quoted customer number) names, under (nearly) the payer's own name: other
  // customers with similar names are not looked for.
  let identified: string | undefined;
  for (const c of best.values()) if (c.how === "account" || c.how === "learned-account") identified = c.customerId;
  if (identified === undefined && best.size === 1) identified = [...best.keys()][0];
  const agrees = payerName !== null && identified !== undefined ? ownNames(payerName, identified, index, minScore) : [];
  if (agrees.some((c) => c.score >= OWNER_NAME_AGREES)) {
    for (const candidate of agrees) offer(candidate);
  } else if (payerName !== null) for (const candidate of cachedByName(payerName, index, minScore)) offer(candidate);
  for (const party of namedParties) {
    const weight = NAMED_PARTY_WEIGHT[party.strength];
    for (const candidate of cachedByName(party.name, index, minScore)) {
      const score = candidate.score * weight;
      if (score >= minScore)
        offer({ customerId: candidate.customerId, score, how: "named-party", matched: party.name });
    }
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

/**
 * The `limit` customer ordinals with the most hits (ties by ordinal, that is by id), among `touched`, without sorting
 * every hit.
 */
function topByHits(touched: readonly number[], hits: Uint16Array, limit: number): number[] {
  const top: number[] = [];
  const better = (a: number, b: number): boolean => {
    const ha = hits[a] ?? 0;
    const hb = hits[b] ?? 0;
    return ha > hb || (ha === hb && a < b);
  };
  for (const entry of touched) {
    if (top.length === limit && !better(entry, top[limit - 1] as number)) continue;
    let i = top.length < limit ? top.length : limit - 1;
    top[i] = entry;
    while (i > 0 && better(entry, top[i - 1] as number)) {
      top[i] = top[i - 1] as number;
      top[i - 1] = entry;
      i--;
    }
  }
  return top;
}

const nameCache = new WeakMap<CustomerIndex, Map<string, PayerCandidate[]>>();
const normalizedCache = new WeakMap<CustomerIndex, Map<string, NormalizedName>>();

/** Name similarity from which the account owner's own name confirms the payer without a search of all names. */
const OWNER_NAME_AGREES = 0.9;

/** The cache of `caches` that belongs to `index`, made on first use. */
function cacheOf<V>(caches: WeakMap<CustomerIndex, Map<string, V>>, index: CustomerIndex): Map<string, V> {
  let cache = caches.get(index);
  if (cache === undefined) {
    cache = new Map();
    caches.set(index, cache);
  }
  return cache;
}

function normalizedOf(name: string, index: CustomerIndex): NormalizedName {
  const cache = cacheOf(normalizedCache, index);
  let normalized = cache.get(name);
  if (normalized === undefined) {
    normalized = normalizeName(name);
    cache.set(name, normalized);
  }
  return normalized;
}

/** The payer name compared with one customer's names and aliases only. */
function ownNames(payerName: string, customerId: string, index: CustomerIndex, minScore: number): PayerCandidate[] {
  const customer = index.customers.get(customerId);
  const payer = normalizedOf(payerName, index);
  if (customer === undefined || payer.tokens.length === 0) return [];
  return scoreNames(payer, customer, minScore);
}

/** The payer's similarity to each name and alias of one customer, those reaching `minScore`. */
function scoreNames(payer: NormalizedName, customer: PreparedCustomer, minScore: number): PayerCandidate[] {
  const found: PayerCandidate[] = [];
  for (const name of customer.names) {
    let score = nameSimilarity(payer.tokens, name.tokens, payer.optionalFrom, name.optionalFrom);
    // Multiplied on every path (by 1 for a company name): a branch first taken late would cost a recompile.
    score *= payer.looksPersonal ? 0.7 : 1;
    if (score < minScore) continue;
    const how: PayerMatchKind = name.learned ? "learned-alias" : name.isAlias ? "alias" : "name";
    found.push({ customerId: customer.id, score, how, matched: name.label });
  }
  return found;
}

function cachedByName(name: string, index: CustomerIndex, minScore: number): PayerCandidate[] {
  const cache = cacheOf(nameCache, index);
  // Names that normalize alike (`TECNOLOGIAS NAVARRO S.L.`, `Tecnologías Navarro SL`) share one search.
  const payer = normalizedOf(name, index);
  const key = `${payer.looksPersonal ? "p" : "c"}${payer.optionalFrom}|${payer.tokens.join(" ")}`;
  let named = cache.get(key);
  if (named === undefined) {
    named = identifyByName(payer, index, minScore);
    cache.set(key, named);
  }
  return named;
}
/** Hit counters per customer ordinal, one array per index, zeroed after every look-up. */
const scratch = new WeakMap<CustomerIndex, Uint16Array>();

/** Name-based candidates of a normalized payer name (cached per index and normalized name by {@link cachedByName}). */
function identifyByName(payer: NormalizedName, index: CustomerIndex, minScore: number): PayerCandidate[] {
  const found: PayerCandidate[] = [];
  if (payer.tokens.length > 0) {
    // Tokens shared by very many customers (`trading`, `services`) cannot narrow the search: they are skipped when
    // the name has a rarer token, which keeps the candidate collection bounded on large master data.
    const common = Math.max(50, index.customers.size >> 4);
    const rare = payer.tokens.filter((t) => (index.byToken.get(t)?.length ?? 0) <= common);
    const useTokens = rare.length > 0 ? rare : payer.tokens;
    let hits = scratch.get(index);
    if (hits === undefined) {
      hits = new Uint16Array(index.list.length);
      scratch.set(index, hits);
    }
    const touched: number[] = [];
    const count = (ordinals: readonly number[], weight: number, counts: Uint16Array): void => {
      for (const o of ordinals) {
        if (counts[o] === 0) touched.push(o);
        counts[o] = (counts[o] ?? 0) + weight;
      }
    };
    for (const token of useTokens) {
      const exact = index.byToken.get(token);
      if (exact !== undefined) count(exact, 2, hits);
      // Customers sharing only the first four letters (cut-off or near spellings) when the word itself is rare.
      if (token.length >= 4 && (exact === undefined || exact.length <= MAX_NAME_CANDIDATES)) {
        const byPrefix = index.byPrefix.get(token.slice(0, 4)) ?? [];
        if (byPrefix.length <= common * 4) count(byPrefix, 1, hits);
      }
    }
    const ranked = topByHits(touched, hits, MAX_NAME_CANDIDATES);
    for (const o of touched) hits[o] = 0;
    for (const o of ranked) {
      const customer = index.list[o];
      if (customer !== undefined) for (const c of scoreNames(payer, customer, minScore)) found.push(c);
    }
  }
  return found;
}
