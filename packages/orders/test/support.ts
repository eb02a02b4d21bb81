import {
  createFixedClock,
  createInMemoryInventory,
  createInMemoryNotifier,
  createInMemoryStore,
  createSequentialIdGenerator,
  type InMemoryStore,
  Money,
  O2CError,
  type StockLevel,
  type Store,
  type StoreFaultPoint,
} from "@o2c/core";
import {
  type CreditOutcome,
  createOrderService,
  type OrderContext,
  type OrderMachineOptions,
  type OrderServices,
  type PricedOrderSummary,
} from "@o2c/orders";

export const hamburg = { name: "Hafenbau GmbH", line1: "Kai 1", city: "Hamburg", postalCode: "20095", country: "DE" };

/** A valid order input; `overrides` replace top-level fields. */
export function orderInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    idempotencyKey: "req-1",
    customer: { id: "C-1", email: "ap@hafenbau.example" },
    currency: "EUR",
    lines: [
      { sku: "BOLT-M8", quantity: 10 },
      { sku: "NUT-M8", quantity: 4 },
    ],
    billingAddress: hamburg,
    shippingAddress: hamburg,
    requestedDeliveryDate: "2026-11-02",
    customerPoNumber: "PO-4711",
    channel: "web",
    ...overrides,
  };
}

/** Unit prices of the fake catalogue, in the order's currency. */
export const UNIT_PRICES: Readonly<Record<string, string>> = { "BOLT-M8": "0.35", "NUT-M8": "0.12", "PUMP-9": "1500" };

/** Prices `quantity × unit`, tax 19 % rounded half up per line (JPY and KWD work through Money). */
export function priceOf(order: OrderContext): PricedOrderSummary {
  const currency = order.order.currency;
  const lines = order.lines.map((line) => {
    const unit = UNIT_PRICES[line.sku];
    if (line.sku === "OUTAGE") throw new Error("pricing engine unreachable");
    if (unit === undefined) throw new O2CError("PRICE_NOT_FOUND", `no price for ${line.sku}`);
    const unitPrice = Money.of("1", currency).multiply(unit, "halfUp");
    const net = unitPrice.multiply(String(line.ordered), "halfUp");
    const tax = net.multiply("0.19", "halfUp");
    return {
      lineId: line.lineId,
      unitPrice: unitPrice.toString(),
      net: net.toString(),
      tax: tax.toString(),
      gross: net.add(tax).toString(),
      taxRate: "19",
      taxCategory: "S",
    };
  });
  const sum = (field: "net" | "tax" | "gross") =>
    Money.sum(
      lines.map((l) => Money.of(l[field], currency)),
      currency,
    ).toString();
  return { currency, net: sum("net"), tax: sum("tax"), gross: sum("gross"), lines, explanation: ["list price"] };
}

/** Credit: hold above `holdAbove`, rejected for customer `BAD`. */
export function fakeServices(holdAbove = "1000.00"): OrderServices & { calls: { price: number; credit: number } } {
  const calls = { price: 0, credit: 0 };
  return {
    calls,
    price: async (order) => {
      calls.price++;
      return priceOf(order);
    },
    checkCredit: async (order, priced): Promise<CreditOutcome> => {
      calls.credit++;
      if (order.order.customer.id === "BAD") {
        return { status: "rejected", reasons: [{ code: "BLOCKED", message: "customer blocked" }] };
      }
      const gross = Money.of(priced.gross, priced.currency);
      return gross.greaterThan(Money.of(holdAbove, priced.currency))
        ? { status: "hold", reasons: [{ code: "LIMIT_EXCEEDED", message: "over the limit" }] }
        : { status: "approved", reasons: [] };
    },
  };
}

/** A service on in-memory ports. */
export function createWorld(
  options: {
    stock?: readonly StockLevel[];
    machine?: OrderMachineOptions;
    dispatchImmediately?: boolean;
    failAt?: (point: StoreFaultPoint) => boolean;
    wrapStore?: (store: InMemoryStore) => Store;
  } = {},
) {
  const store = createInMemoryStore({ failAt: options.failAt });
  const inventory = createInMemoryInventory({
    stock: options.stock ?? [
      { sku: "BOLT-M8", warehouseId: "HAM", onHand: 6 },
      { sku: "BOLT-M8", warehouseId: "BER", onHand: 2 },
      { sku: "NUT-M8", warehouseId: "HAM", onHand: 100 },
      { sku: "NUT-M8", warehouseId: "BER", onHand: 50 },
      { sku: "PUMP-9", warehouseId: "HAM", onHand: 5 },
    ],
    alternatives: { "BOLT-M8": { availableOn: "2026-11-20" } },
  });
  const notifier = createInMemoryNotifier();
  const clock = createFixedClock("2026-10-14T09:00:00Z");
  const ids = createSequentialIdGenerator();
  const services = fakeServices();
  const service = createOrderService({
    store: options.wrapStore?.(store) ?? store,
    inventory,
    notifier,
    clock,
    ids,
    services,
    machine: options.machine,
    dispatchImmediately: options.dispatchImmediately,
  });
  return { store, inventory, notifier, clock, ids, services, service };
}

/** Calls `fn` and returns what it threw. */
export async function caught(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}
