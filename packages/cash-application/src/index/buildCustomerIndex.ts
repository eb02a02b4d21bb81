import type { Customer } from "../model/Customer.js";
import { normalizeName } from "../normalize/normalizeName.js";
import { digitKey } from "../references/referenceKeys.js";

/** One name of a customer prepared for comparison. */
export interface PreparedName {
  readonly label: string;
  readonly tokens: readonly string[];
  /** Position of the first token that followed a legal form (see `NormalizedName.optionalFrom`). */
  readonly optionalFrom: number;
  readonly isAlias: boolean;
  readonly learned: boolean;
}

/** A customer prepared for payer identification. */
export interface PreparedCustomer {
  readonly id: string;
  /** Position in {@link CustomerIndex.list} (customers sorted by id). */
  readonly ordinal: number;
  readonly names: PreparedName[];
}

/** Indexes for payer identification: by account, by name token and token prefix, by customer number. */
export interface CustomerIndex {
  readonly customers: ReadonlyMap<string, PreparedCustomer>;
  /** The customers sorted by id; the name indexes hold positions in this list, ascending. */
  readonly list: readonly PreparedCustomer[];
  readonly byAccount: ReadonlyMap<string, { customerId: string; learned: boolean }>;
  readonly byToken: ReadonlyMap<string, number[]>;
  readonly byPrefix: ReadonlyMap<string, number[]>;
  readonly byNumber: ReadonlyMap<string, string[]>;
}

/** Extra knowledge merged into the index: learned accounts and aliases. */
export interface LearnedFacts {
  readonly accounts: readonly (readonly [string, string])[];
  readonly aliases: readonly (readonly [string, string])[];
}

/** Electronic format of an IBAN or account number: upper case, no spaces or separators. */
export function normalizeAccount(account: string): string {
  return account.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

function add(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

/** Adds an ordinal to a posting list; ordinals arrive in ascending order per customer, learned names later. */
function addOrdinal(map: Map<string, number[]>, key: string, ordinal: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [ordinal]);
  else if ((list[list.length - 1] ?? -1) < ordinal) list.push(ordinal);
  else if (!list.includes(ordinal)) {
    list.push(ordinal);
    list.sort((a, b) => a - b);
  }
}

/** Builds the payer-identification indexes over validated customers (sorted by id for determinism). */
export function buildCustomerIndex(customers: readonly Customer[], learned: LearnedFacts): CustomerIndex {
  const sorted = [...customers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const map = new Map<string, PreparedCustomer>();
  const byAccount = new Map<string, { customerId: string; learned: boolean }>();
  const list: PreparedCustomer[] = [];
  const byToken = new Map<string, number[]>();
  const byPrefix = new Map<string, number[]>();
  const byNumber = new Map<string, string[]>();
  const addName = (customer: PreparedCustomer, label: string, isAlias: boolean, isLearned: boolean): void => {
    const { tokens, optionalFrom } = normalizeName(label);
    if (tokens.length === 0) return;
    customer.names.push({ label, tokens, optionalFrom, isAlias, learned: isLearned });
    for (const token of tokens) {
      addOrdinal(byToken, token, customer.ordinal);
      if (token.length >= 4) addOrdinal(byPrefix, token.slice(0, 4), customer.ordinal);
    }
  };
  for (const c of sorted) {
    const prepared: PreparedCustomer = { id: c.id, ordinal: list.length, names: [] };
    map.set(c.id, prepared);
    list.push(prepared);
    addName(prepared, c.name, false, false);
    for (const alias of c.aliases) addName(prepared, alias, true, false);
    for (const account of c.accounts) byAccount.set(normalizeAccount(account), { customerId: c.id, learned: false });
    const number = digitKey(c.id);
    if (number.length > 0) add(byNumber, number, c.id);
    add(byNumber, c.id.toUpperCase(), c.id);
  }
  for (const [account, customerId] of learned.accounts) {
    const key = normalizeAccount(account);
    if (map.has(customerId) && !byAccount.has(key)) byAccount.set(key, { customerId, learned: true });
  }
  for (const [alias, customerId] of learned.aliases) {
    const customer = map.get(customerId);
    if (customer !== undefined) addName(customer, alias, true, true);
  }
  return { customers: map, list, byAccount, byToken, byPrefix, byNumber };
}
