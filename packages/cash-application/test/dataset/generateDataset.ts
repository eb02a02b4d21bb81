import { buildCustomers } from "./customers.js";
import { addDays, businessDays } from "./dates.js";
import { addFillerItems } from "./fillers.js";
import { INVOICE_SCHEMES } from "./idSchemes.js";
import type { CustomerInfo, ItemDraft, PaymentDraft } from "./model.js";
import { formatMinor } from "./money.js";
import { PROFILES } from "./profiles.js";
import { Rng, WeightedTable } from "./random.js";
import { resolveSingles } from "./resolveTruth.js";
import type { ScenarioContext } from "./scenarioSupport.js";
import { SCENARIOS } from "./scenarios.js";
import { DatasetState } from "./state.js";
import { buildThirdParties } from "./thirdParties.js";
import {
  type Dataset,
  type GenerateOptions,
  type OpenItemRecord,
  type PaymentRecord,
  SCENARIO_FAMILIES,
  type ScenarioFamily,
  type TruthRecord,
} from "./types.js";

/**
 * A labelled cash-application data set in the shapes of the benchmark's FORMAT.md, generated deterministically
 * from the seed: customers, open items, bank payments and the truth for every payment.
 */
export function generateDataset(options: GenerateOptions): Dataset {
  for (const key of ["customers", "openItems", "payments"] as const) {
    if (!Number.isInteger(options[key]) || options[key] < 1) throw new RangeError(`${key} must be a positive integer`);
  }
  const profile = PROFILES[options.profile ?? "default"];
  const rng = new Rng(`${options.seed}|${profile.name}`);
  const start = `${2026 + rng.int(0, 1)}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
  const dates = businessDays(start, Math.min(40, Math.max(5, Math.ceil(options.payments / 100))));
  const lastDate = dates[dates.length - 1] ?? start;
  const perDay = Math.max(3, Math.ceil((3 * options.openItems) / (INVOICE_SCHEMES.length * 170)));
  const state = new DatasetState(rng.fork("state"), perDay, addDays(dates[0] ?? start, -200));
  const customers = buildCustomers(rng.fork("customers"), options.customers, profile, state);
  const base: Omit<ScenarioContext, "valueDate"> = {
    rng: rng.fork("scenarios"),
    profile,
    state,
    customers,
    byStem: groupBy(customers, (c) => c.stemKey),
    byGroup: groupBy(customers, (c) => c.groupId),
    thirdParties: buildThirdParties(rng.fork("agents"), state),
    customerTable: new WeightedTable(customers.map((c) => [c, c.weight] as const)),
  };

  const families = rng.shuffle(apportion(options.payments, profile.familyWeights));
  const dayWeights = dates.map((date, i) => [date, isMonthEnd(dates, i) ? 2 : 1] as const);
  const drafts: { draft: PaymentDraft; order: number }[] = [];
  for (const family of families) {
    const ctx: ScenarioContext = { ...base, valueDate: rng.weighted(dayWeights) };
    drafts.push({ draft: generatePayment(ctx, family), order: rng.uint32() });
  }
  addFillerItems(rng.fork("fillers"), state, customers, profile, options.openItems, lastDate);

  drafts.sort((a, b) =>
    a.draft.valueDate < b.draft.valueDate ? -1 : a.draft.valueDate > b.draft.valueDate ? 1 : a.order - b.order,
  );
  const idOf = paymentIdScheme(rng);
  const perDate = new Map<string, number>();
  const payments = drafts.map(({ draft }, index) => {
    const dayIndex = (perDate.get(draft.valueDate) ?? 0) + 1;
    perDate.set(draft.valueDate, dayIndex);
    return { id: idOf(index + 1, draft.valueDate, dayIndex), draft };
  });
  const allocations = resolveSingles(payments, state);
  const itemsById = new Map(state.items.map((item) => [item.id, item]));

  const truth: TruthRecord = {};
  for (const { id, draft } of payments) {
    truth[id] = {
      allocations: (allocations.get(id) ?? []).map((a) => ({
        invoiceId: a.itemId,
        amount: formatMinor(a.amountMinor, itemCurrency(itemsById, a.itemId)),
      })),
      kind: draft.kind,
    };
  }
  return {
    customers: customers.map((c) => c.record),
    invoices: [...state.items].sort(byIssueThenId).map(toItemRecord),
    payments: payments.map(({ id, draft }) => toPaymentRecord(id, draft)),
    truth,
  };
}

/** Tries the family a few times; falls back to an exact payment, then to an unidentified one. */
function generatePayment(ctx: ScenarioContext, family: ScenarioFamily): PaymentDraft {
  for (const kind of [family, "exact", "unidentified"] as const) {
    for (let attempt = 0; attempt < 15; attempt++) {
      const draft = ctx.state.transaction(() => SCENARIOS[kind](ctx));
      if (draft) return draft;
    }
  }
  throw new Error(`could not generate a ${family} payment`);
}

/** Counts per family proportional to the weights (largest remainder), at least one of each when there is room. */
export function apportion(total: number, weights: Readonly<Record<ScenarioFamily, number>>): ScenarioFamily[] {
  const active = SCENARIO_FAMILIES.filter((f) => weights[f] > 0);
  const sum = active.reduce((s, f) => s + weights[f], 0);
  const floor = total >= active.length ? 1 : 0;
  const counts = new Map(active.map((f) => [f, Math.max(floor, Math.floor((total * weights[f]) / sum))]));
  let assigned = [...counts.values()].reduce((s, n) => s + n, 0);
  const byRemainder = [...active].sort((a, b) => ((total * weights[b]) % sum) - ((total * weights[a]) % sum));
  for (let i = 0; assigned < total; i = (i + 1) % byRemainder.length) {
    const f = byRemainder[i] as ScenarioFamily;
    counts.set(f, (counts.get(f) ?? 0) + 1);
    assigned++;
  }
  while (assigned > total) {
    const largest = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (!largest) break;
    counts.set(largest[0], largest[1] - 1);
    assigned--;
  }
  return active.flatMap((f) => new Array<ScenarioFamily>(counts.get(f) ?? 0).fill(f));
}

function isMonthEnd(dates: readonly string[], i: number): boolean {
  const month = dates[i]?.slice(0, 7);
  return dates[i + 3]?.slice(0, 7) !== month;
}

function paymentIdScheme(rng: Rng): (index: number, valueDate: string, dayIndex: number) => string {
  return rng.pick([
    (index: number) => `P${String(index).padStart(7, "0")}`,
    (_index: number, valueDate: string, dayIndex: number) =>
      `BS${valueDate.replace(/-/g, "")}-${String(dayIndex).padStart(5, "0")}`,
    (index: number) => `TX-${String(10_000_000 + index * 3)}`,
  ]);
}

function groupBy<K>(customers: readonly CustomerInfo[], key: (c: CustomerInfo) => K | null): Map<K, CustomerInfo[]> {
  const map = new Map<K, CustomerInfo[]>();
  for (const c of customers) {
    const k = key(c);
    if (k === null) continue;
    const list = map.get(k) ?? [];
    list.push(c);
    map.set(k, list);
  }
  return map;
}

function itemCurrency(items: ReadonlyMap<string, ItemDraft>, id: string): string {
  const item = items.get(id);
  if (!item) throw new Error(`unknown item ${id}`);
  return item.currency;
}

function byIssueThenId(a: ItemDraft, b: ItemDraft): number {
  if (a.issueDate !== b.issueDate) return a.issueDate < b.issueDate ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function toItemRecord(item: ItemDraft): OpenItemRecord {
  return {
    id: item.id,
    customerId: item.customerId,
    kind: item.kind,
    currency: item.currency,
    issueDate: item.issueDate,
    dueDate: item.dueDate,
    amount: formatMinor(item.amountMinor, item.currency),
    openAmount: formatMinor(item.openMinor, item.currency),
    poNumber: item.poNumber,
    terms: item.terms === null ? null : { ...item.terms },
  };
}

function toPaymentRecord(id: string, draft: PaymentDraft): PaymentRecord {
  return {
    id,
    valueDate: draft.valueDate,
    amount: formatMinor(draft.amountMinor, draft.currency),
    currency: draft.currency,
    payerName: draft.payerName,
    payerAccount: draft.payerAccount,
    remittance: draft.remittance,
    endToEndId: draft.endToEndId,
  };
}
