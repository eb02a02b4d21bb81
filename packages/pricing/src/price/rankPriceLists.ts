import type { CompiledList } from "../catalog/compiledCatalog.js";

/** What decides which price lists apply to an order. */
export interface PriceScope {
  readonly currency: string;
  readonly priceMode: "exclusive" | "inclusive";
  readonly date: string;
  readonly customerId: string;
  readonly groups: ReadonlySet<string>;
  readonly channel: string | undefined;
}

/** A price list that applies to the order, with its rank. */
export interface RankedList {
  readonly list: CompiledList;
  readonly scope: "customer" | "group" | "channel" | "general";
  /** Comparable rank key: equal keys are the same rank. */
  readonly key: string;
}

function matchesAny(allowed: ReadonlySet<string> | undefined, values: ReadonlySet<string>): boolean {
  if (allowed === undefined) return true;
  for (const value of values) if (allowed.has(value)) return true;
  return false;
}

/** Whether a list applies to the order: currency, price mode, validity, customer, group and channel. */
function applies(list: CompiledList, scope: PriceScope): boolean {
  if (list.currency !== scope.currency || list.priceMode !== scope.priceMode) return false;
  if (list.validFrom !== undefined && scope.date < list.validFrom) return false;
  if (list.validTo !== undefined && scope.date > list.validTo) return false;
  if (list.customerIds !== undefined && !list.customerIds.has(scope.customerId)) return false;
  if (!matchesAny(list.customerGroups, scope.groups)) return false;
  return list.channels === undefined || (scope.channel !== undefined && list.channels.has(scope.channel));
}

/** The most specific scope of a list, for explanations. */
function scopeOf(list: CompiledList): RankedList["scope"] {
  if (list.customerIds !== undefined) return "customer";
  if (list.customerGroups !== undefined) return "group";
  return list.channels !== undefined ? "channel" : "general";
}

/**
 * The price lists that apply to an order, best first: customer-specific, then group, then channel, then general,
 * then higher priority. Lists outside their validity window or for another currency or price mode are left out.
 */
export function rankPriceLists(lists: readonly CompiledList[], scope: PriceScope): RankedList[] {
  const ranked: { entry: RankedList; tuple: readonly number[] }[] = [];
  for (const list of lists) {
    if (!applies(list, scope)) continue;
    const tuple = [
      list.customerIds === undefined ? 0 : 1,
      list.customerGroups === undefined ? 0 : 1,
      list.channels === undefined ? 0 : 1,
      list.priority,
    ];
    const scopeName = scopeOf(list);
    ranked.push({ entry: { list, scope: scopeName, key: tuple.join("|") }, tuple });
  }
  ranked.sort((a, b) => {
    for (let i = 0; i < a.tuple.length; i++) {
      const d = (b.tuple[i] ?? 0) - (a.tuple[i] ?? 0);
      if (d !== 0) return d;
    }
    return a.entry.list.id < b.entry.list.id ? -1 : a.entry.list.id > b.entry.list.id ? 1 : 0;
  });
  return ranked.map((r) => r.entry);
}
