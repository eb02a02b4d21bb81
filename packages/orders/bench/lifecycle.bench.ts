// Orders per second through the full lifecycle (placed, priced, approved, reserved, shipped in two parts,
// delivered, invoiced, closed), next to a plain reducer doing the same transitions in the same run.
//   service: createOrderService on the in-memory store and inventory, each step one store transaction with
//            snapshot, record, outbox events and dispatched effects; one service on fresh ports per batch of 20
//            orders, so the in-memory adapters' linear scans do not grow with the run.
//   machine: the same events through stepOrder only (XState transition, checks, context updates), no store.
//   reducer: a hand-written switch over a plain object doing the same state changes and quantity updates.
import {
  createFixedClock,
  createInMemoryInventory,
  createInMemoryNotifier,
  createInMemoryStore,
  createSequentialIdGenerator,
  Money,
} from "@o2c/core";
import {
  createOrderMachine,
  createOrderService,
  initialOrderSnapshot,
  type OrderContext,
  type OrderEvent,
  type OrderServices,
  parseOrderInput,
  stepOrder,
} from "@o2c/orders";
import { Bench } from "tinybench";

const address = { name: "Hafenbau GmbH", line1: "Kai 1", city: "Hamburg", postalCode: "20095", country: "DE" };
const input = {
  idempotencyKey: "k",
  customer: { id: "C-1" },
  currency: "EUR",
  channel: "web",
  lines: [
    { sku: "BOLT-M8", quantity: 10 },
    { sku: "NUT-M8", quantity: 4 },
  ],
  billingAddress: address,
  shippingAddress: address,
};
const price = (order: OrderContext) => {
  const lines = order.lines.map((line) => {
    const net = Money.of("0.35", "EUR").multiply(String(line.ordered), "halfUp");
    const tax = net.multiply("0.19", "halfUp");
    return {
      lineId: line.lineId,
      unitPrice: "0.35",
      net: net.toString(),
      tax: tax.toString(),
      gross: net.add(tax).toString(),
    };
  });
  return { currency: "EUR", net: "4.90", tax: "0.93", gross: "5.83", lines, explanation: [] };
};
const services: OrderServices = {
  price: async (order) => price(order),
  checkCredit: async () => ({ status: "approved", reasons: [] }),
};
const ship = (shipmentId: string, lines: { lineId: string; quantity: number }[]) => ({
  type: "shipment.dispatch" as const,
  shipmentId,
  warehouseId: "HAM",
  carrier: "DHL",
  trackingNumber: "T",
  shippedOn: "2026-10-15",
  lines,
});
const after: OrderEvent[] = [
  ship("S1", [{ lineId: "1", quantity: 6 }]),
  ship("S2", [
    { lineId: "1", quantity: 4 },
    { lineId: "2", quantity: 4 },
  ]),
  { type: "shipment.delivered", shipmentId: "S1", deliveredOn: "2026-10-16" },
  { type: "shipment.delivered", shipmentId: "S2", deliveredOn: "2026-10-16" },
  { type: "order.invoice", invoiceId: "INV-1" },
  { type: "order.close" },
];

const BATCH = 20;

/** One service on fresh in-memory ports runs a batch of orders, each through the whole lifecycle. */
async function serviceBatch(): Promise<string> {
  const service = createOrderService({
    store: createInMemoryStore(),
    inventory: createInMemoryInventory({
      stock: [
        { sku: "BOLT-M8", warehouseId: "HAM", onHand: 10 * BATCH },
        { sku: "NUT-M8", warehouseId: "HAM", onHand: 4 * BATCH },
      ],
    }),
    notifier: createInMemoryNotifier(),
    clock: createFixedClock("2026-10-14T09:00:00Z"),
    ids: createSequentialIdGenerator(),
    services,
  });
  let state = "";
  for (let i = 0; i < BATCH; i++) {
    const { orderId } = await service.placeOrder({ ...input, idempotencyKey: `k${i}` });
    for (const event of after) state = (await service.send(orderId, event)).state;
  }
  return state;
}

const machine = createOrderMachine();
const order = parseOrderInput(input);
// Both in-process variants take the same precomputed prices: the benchmark measures transitions, not pricing.
const summary = price(initialOrderSnapshot(machine, { orderId: "SO-1", order }).context);
function machineLifecycle(): string {
  let snapshot = initialOrderSnapshot(machine, { orderId: "SO-1", order });
  snapshot = stepOrder(machine, snapshot, { type: "order.submit" });
  snapshot = stepOrder(machine, snapshot, { type: "order.priced", summary });
  snapshot = stepOrder(machine, snapshot, { type: "credit.decided", outcome: { status: "approved", reasons: [] } });
  snapshot = stepOrder(machine, snapshot, {
    type: "stock.reserved",
    results: [
      { lineId: "1", reservationId: "r1", reserved: 10, backordered: 0 },
      { lineId: "2", reservationId: "r2", reserved: 4, backordered: 0 },
    ],
  });
  for (const event of after) snapshot = stepOrder(machine, snapshot, event);
  return String(snapshot.value);
}

interface PlainLine {
  ordered: number;
  reserved: number;
  shipped: number;
  delivered: number;
}
interface PlainOrder {
  state: string;
  lines: Record<string, PlainLine>;
  shipments: Record<string, { lines: { lineId: string; quantity: number }[]; delivered: boolean }>;
  priced?: unknown;
}
function reduce(o: PlainOrder, event: OrderEvent): PlainOrder {
  const lines = { ...o.lines };
  const all = () => Object.values(lines);
  switch (event.type) {
    case "order.submit":
      return { ...o, state: "pricing" };
    case "order.priced":
      return { ...o, state: "creditCheck", priced: event.summary };
    case "credit.decided":
      return { ...o, state: event.outcome.status === "approved" ? "confirmed" : "onHold" };
    case "stock.reserved":
      for (const r of event.results) lines[r.lineId] = { ...(lines[r.lineId] as PlainLine), reserved: r.reserved };
      return { ...o, lines, state: all().every((l) => l.reserved === l.ordered) ? "reserved" : "backordered" };
    case "shipment.dispatch":
      for (const s of event.lines) {
        const l = lines[s.lineId] as PlainLine;
        if (s.quantity > l.reserved - l.shipped) throw new Error("over");
        lines[s.lineId] = { ...l, shipped: l.shipped + s.quantity };
      }
      return {
        ...o,
        lines,
        shipments: { ...o.shipments, [event.shipmentId]: { lines: [...event.lines], delivered: false } },
        state: all().every((l) => l.shipped === l.ordered) ? "shipped" : "partlyShipped",
      };
    case "shipment.delivered": {
      const shipment = o.shipments[event.shipmentId];
      if (shipment === undefined) throw new Error("unknown");
      for (const s of shipment.lines) {
        const l = lines[s.lineId] as PlainLine;
        lines[s.lineId] = { ...l, delivered: l.delivered + s.quantity };
      }
      const shipments = { ...o.shipments, [event.shipmentId]: { ...shipment, delivered: true } };
      const done = all().every((l) => l.delivered === l.ordered);
      return { ...o, lines, shipments, state: done ? "delivered" : o.state };
    }
    case "order.invoice":
      return { ...o, state: "invoiced" };
    case "order.close":
      return { ...o, state: "closed" };
    default:
      throw new Error(`unexpected ${event.type}`);
  }
}
function reducerLifecycle(): string {
  let o: PlainOrder = {
    state: "draft",
    lines: Object.fromEntries(
      order.lines.map((l) => [l.lineId, { ordered: l.quantity, reserved: 0, shipped: 0, delivered: 0 }]),
    ),
    shipments: {},
  };
  o = reduce(o, { type: "order.submit" });
  o = reduce(o, { type: "order.priced", summary });
  o = reduce(o, { type: "credit.decided", outcome: { status: "approved", reasons: [] } });
  o = reduce(o, {
    type: "stock.reserved",
    results: [
      { lineId: "1", reservationId: "r1", reserved: 10, backordered: 0 },
      { lineId: "2", reservationId: "r2", reserved: 4, backordered: 0 },
    ],
  });
  for (const event of after) o = reduce(o, event);
  return o.state;
}

for (const [name, run] of [
  ["service", serviceBatch],
  ["machine", machineLifecycle],
  ["reducer", reducerLifecycle],
] as const) {
  const state = await run();
  if (state !== "closed") throw new Error(`${name} ended in ${state}, not closed`);
}

const bench = new Bench({ time: 1500, warmupTime: 200 });
bench
  .add("service: full lifecycle on the in-memory store", async () => {
    await serviceBatch();
  })
  .add("machine: stepOrder lifecycle, no store", () => {
    for (let i = 0; i < BATCH; i++) machineLifecycle();
  })
  .add("reducer: plain switch lifecycle", () => {
    for (let i = 0; i < BATCH; i++) reducerLifecycle();
  });
await bench.run();

const perSecond = (name: string) => {
  const task = bench.tasks.find((t) => t.name.startsWith(name));
  // Each task runs BATCH orders; orders per second from the mean latency (ms). The mean of tinybench's
  // per-sample throughputs would overstate it (a mean of rates is not the rate of the mean).
  const result = task?.result as { latency?: { mean: number } } | undefined;
  return result?.latency === undefined ? 0 : (1000 * BATCH) / result.latency.mean;
};
const reducer = perSecond("reducer");
console.log("\n@o2c/orders lifecycle benchmark: 10 transitions per order (ratio = reducer / this)");
console.log("variant    orders/s      ratio");
for (const name of ["service", "machine", "reducer"]) {
  const value = perSecond(name);
  console.log(
    `${name.padEnd(9)} ${Math.round(value).toLocaleString("en-US").padStart(9)}  ${(reducer / value).toFixed(1).padStart(8)}x`,
  );
}
