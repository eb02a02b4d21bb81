import { Money } from "@o2c/core";
import type { OpenItem } from "../internal/parsed.js";
import type { ExposureBreakdown, FxConversion, MissingFxRate } from "../model/CreditDecision.js";
import type { OpenItemKind } from "../model/OpenItem.js";
import type { CreditCurrencyConverter } from "./convertToCreditCurrency.js";

type Component = OpenItemKind | "currentOrder";

const COMPONENTS: readonly Component[] = [
  "receivable",
  "invoice",
  "order",
  "currentOrder",
  "unappliedCash",
  "creditNote",
];
const SUBTRACTED: ReadonlySet<Component> = new Set(["unappliedCash", "creditNote"]);

/** The exposure and its total as Money, for the checks that follow. */
export interface Exposure {
  readonly breakdown: ExposureBreakdown;
  readonly total: Money;
}

/** Every currency an exposure over these items needs a rate for. */
export function currenciesOf(items: readonly OpenItem[], order: Money | undefined): Set<string> {
  const currencies = new Set(items.map((item) => item.amount.currency));
  if (order !== undefined) currencies.add(order.currency);
  return currencies;
}

/**
 * Sums open items into the exposure components, per component and currency, then converts each foreign-currency
 * sum once into the credit currency (rates prefetched on the converter).
 *
 * @remarks
 * Summing before converting rounds once per currency and component rather than once per item, and keeps the
 * exposure monotone: a larger open amount never gives a smaller converted component, as `halfUp` is monotone.
 */
export function computeExposure(
  items: readonly OpenItem[],
  order: Money | undefined,
  converter: CreditCurrencyConverter,
): Exposure {
  const sums = new Map<Component, Map<string, Money>>(COMPONENTS.map((c) => [c, new Map()]));
  const add = (component: Component, amount: Money): void => {
    const byCurrency = sums.get(component) ?? new Map<string, Money>();
    const previous = byCurrency.get(amount.currency);
    byCurrency.set(amount.currency, previous === undefined ? amount : previous.add(amount));
    sums.set(component, byCurrency);
  };
  for (const item of items) add(item.kind, item.amount);
  if (order !== undefined) add("currentOrder", order);

  const conversions: FxConversion[] = [];
  const missingRates: MissingFxRate[] = [];
  const totals = new Map<Component, Money>();
  let total = Money.zero(converter.currency);
  for (const component of COMPONENTS) {
    let sum = Money.zero(converter.currency);
    const byCurrency = sums.get(component) ?? new Map<string, Money>();
    for (const currency of [...byCurrency.keys()].sort()) {
      const amount = byCurrency.get(currency);
      if (amount === undefined) continue;
      const result = converter.convert(amount, SUBJECT[component]);
      if (result.type === "missing") {
        missingRates.push(result.missing);
        continue;
      }
      if (result.conversion !== undefined) conversions.push(result.conversion);
      sum = sum.add(result.amount);
    }
    totals.set(component, sum);
    total = SUBTRACTED.has(component) ? total.subtract(sum) : total.add(sum);
  }
  const json = (component: Component) => (totals.get(component) ?? Money.zero(converter.currency)).toJSON();
  return {
    total,
    breakdown: {
      currency: converter.currency,
      openReceivables: json("receivable"),
      unpaidInvoices: json("invoice"),
      uninvoicedOrders: json("order"),
      currentOrder: json("currentOrder"),
      unappliedCash: json("unappliedCash"),
      creditNotes: json("creditNote"),
      total: total.toJSON(),
      conversions,
      missingRates,
      complete: missingRates.length === 0,
    },
  };
}

const SUBJECT: Readonly<Record<Component, string>> = {
  receivable: "openReceivables",
  invoice: "unpaidInvoices",
  order: "uninvoicedOrders",
  currentOrder: "currentOrder",
  unappliedCash: "unappliedCash",
  creditNote: "creditNotes",
};
