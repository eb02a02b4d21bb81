import { type InMemoryStore, isO2CError, O2CError, type Store } from "@o2c/core";
import type { OrderService } from "@o2c/orders";
import { createWorld, orderInput } from "./support.js";

/** The lifecycle the crash tests and the demo-like checks run: partial shipments, a delay, a line cancellation, a return. */
export const SCRIPT: readonly Record<string, unknown>[] = [
  {
    type: "shipment.dispatch",
    shipmentId: "S1",
    warehouseId: "HAM",
    carrier: "DHL",
    trackingNumber: "T1",
    shippedOn: "2026-10-15",
    lines: [{ lineId: "1", quantity: 6 }],
  },
  {
    type: "shipment.dispatch",
    shipmentId: "S2",
    warehouseId: "BER",
    carrier: "UPS",
    trackingNumber: "T2",
    shippedOn: "2026-10-15",
    lines: [
      { lineId: "1", quantity: 2 },
      { lineId: "2", quantity: 4 },
    ],
  },
  { type: "shipment.delayed", shipmentId: "S2", expectedOn: "2026-10-20", reason: "strike" },
  { type: "line.cancel", lineId: "1", quantity: 2, reason: "no longer needed" },
  { type: "return.authorize", rmaId: "R1", lines: [{ lineId: "2", quantity: 1, reason: "damaged" }] },
  { type: "return.receive", rmaId: "R1", dispositions: [{ lineId: "2", disposition: "restock" }] },
  { type: "shipment.delivered", shipmentId: "S1", deliveredOn: "2026-10-16" },
  { type: "shipment.delivered", shipmentId: "S2", deliveredOn: "2026-10-21" },
  { type: "order.invoice", invoiceId: "INV-1" },
  { type: "order.close" },
];

/** Fails the `n`-th `markDispatched` once, as a crash after an effect and before its mark would. */
export function failNthMark(n: number): (store: InMemoryStore) => Store {
  let calls = 0;
  return (store) => ({
    transaction: (work) => store.transaction(work),
    outbox: {
      pending: (limit) => store.outbox.pending(limit),
      markDispatched: async (ids) => {
        if (++calls === n) throw new O2CError("STORE_UNAVAILABLE", "crash before the mark");
        // n = 0 never fails: a plain pass-through, used to count the marks of a run.
        return store.outbox.markDispatched(ids);
      },
    },
  });
}

const crashed = (error: unknown) => isO2CError(error, "STORE_UNAVAILABLE");

/** Runs `work` until it gets through the injected crashes (at most two are injected per run). */
async function retried<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!crashed(error) || attempt === 3) throw error;
    }
  }
}

/** Sends a command; after a crash, sends it again only if it did not commit, else resumes the order. */
async function sendSurvivingCrash(service: OrderService, orderId: string, command: unknown): Promise<void> {
  const before = await retried(() => service.get(orderId));
  await retried(async () => {
    const current = await service.get(orderId);
    if (current.version === before.version) await service.send(orderId, command);
    else await service.resume(orderId);
  });
}

/** Runs the script on a fresh world, recovering from injected crashes, and returns what an observer can see. */
export async function runScript(options: Parameters<typeof createWorld>[0] = {}) {
  const world = createWorld(options);
  const { orderId } = await retried(() => world.service.placeOrder(orderInput()));
  for (const command of SCRIPT) await sendSurvivingCrash(world.service, orderId, command);
  await retried(() => world.service.dispatchEffects());
  const order = await retried(() => world.service.get(orderId));
  const outbox = world.store.dump().outbox;
  return {
    state: order.state,
    lines: order.context.lines.map((l) => [l.ordered, l.cancelled, l.reserved, l.shipped, l.delivered, l.returned]),
    stock: await Promise.all(["BOLT-M8", "NUT-M8"].map((sku) => world.inventory.availability(sku))),
    // A crashed first transaction spends an order id, so ids are compared without it.
    notifications: world.notifier.sent.map((n) => n.id.replace(orderId, "ORDER")),
    creditNotes: outbox.filter((e) => e.event.type === "order.invoicing.creditNote").length,
    undispatched: outbox.filter((e) => !e.dispatched && e.event.type.startsWith("order.inventory.c")).length,
  };
}
