import { type O2CError, ValidationError } from "@o2c/core";
import { describe, expect, it } from "vitest";
import { caught, createWorld, orderInput } from "./support.js";

const ship = (shipmentId: string, lines: { lineId: string; quantity: number }[], warehouseId = "HAM") => ({
  type: "shipment.dispatch",
  shipmentId,
  warehouseId,
  carrier: "DHL",
  trackingNumber: `JJD-${shipmentId}`,
  shippedOn: "2026-10-15",
  lines,
});

describe("order service", () => {
  it("places, prices, approves and reserves an order; a duplicate submission returns the first order", async () => {
    const { service, services, store, inventory } = createWorld();
    const first = await service.placeOrder(orderInput());
    expect(first.state).toBe("backordered");
    expect(first.context.lines.map((l) => [l.reserved, l.backordered])).toEqual([
      [8, 2],
      [4, 0],
    ]);
    expect(first.context.lines[0]?.alternative).toEqual({ availableOn: "2026-11-20" });
    const again = await service.placeOrder(orderInput());
    expect(again.orderId).toBe(first.orderId);
    expect(services.calls).toEqual({ price: 1, credit: 1 });
    expect(Object.keys(store.dump().collections["orders"] ?? {})).toEqual([first.orderId]);
    expect((await inventory.availability("BOLT-M8")).available).toBe(0);
  });

  it("refuses an idempotency key reused for a different order", async () => {
    const { service } = createWorld();
    await service.placeOrder(orderInput());
    const error = (await caught(() => service.placeOrder(orderInput({ customerPoNumber: "PO-other" })))) as O2CError;
    expect(error.code).toBe("IDEMPOTENCY_KEY_REUSED");
  });

  it("rejects bad input and bad commands with every issue, storing nothing", async () => {
    const { service, store } = createWorld();
    const error = (await caught(() =>
      service.placeOrder(orderInput({ currency: "EURO", lines: [] })),
    )) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => i.path)).toEqual([["currency"], ["lines"]]);
    expect(store.dump().collections).toEqual({});
    const order = await service.placeOrder(orderInput());
    const before = store.dump();
    const bad = (await caught(() =>
      service.send(order.orderId, { type: "line.cancel", lineId: "1" }),
    )) as ValidationError;
    expect(bad.issues.map((i) => [i.code, i.path])).toEqual([
      ["REQUIRED", ["quantity"]],
      ["REQUIRED", ["reason"]],
    ]);
    expect(store.dump()).toEqual(before);
  });

  it("rejects an illegal event with a typed error and leaves the store unchanged", async () => {
    const { service, store } = createWorld();
    const order = await service.placeOrder(orderInput());
    const before = store.dump();
    const error = (await caught(() => service.send(order.orderId, { type: "order.close" }))) as O2CError;
    expect([error.code, error.details]).toEqual([
      "ORDER_ILLEGAL_TRANSITION",
      { state: "backordered", event: "order.close" },
    ]);
    expect(store.dump()).toEqual(before);
    expect(((await caught(() => service.get("nope"))) as O2CError).code).toBe("ORDER_NOT_FOUND");
  });

  it("ships in parts across warehouses, notifies a delay, returns and cancels a line, committing and releasing stock", async () => {
    const { service, inventory, notifier, store } = createWorld();
    const { orderId } = await service.placeOrder(orderInput());
    let order = await service.send(orderId, ship("S1", [{ lineId: "1", quantity: 6 }], "HAM"));
    expect(order.state).toBe("partlyShipped");
    order = await service.send(
      orderId,
      ship(
        "S2",
        [
          { lineId: "1", quantity: 2 },
          { lineId: "2", quantity: 4 },
        ],
        "BER",
      ),
    );
    expect(order.state).toBe("partlyShipped");
    expect((await inventory.availability("BOLT-M8")).onHand).toBe(0);
    order = await service.send(orderId, {
      type: "shipment.delayed",
      shipmentId: "S2",
      expectedOn: "2026-10-20",
      reason: "strike",
    });
    expect(notifier.sent.map((n) => [n.template, n.recipient, n.data["expectedOn"]])).toEqual([
      ["order.shipmentDelayed", "ap@hafenbau.example", "2026-10-20"],
    ]);
    order = await service.send(orderId, { type: "line.cancel", lineId: "1", quantity: 2, reason: "no longer needed" });
    expect(order.state).toBe("shipped");
    order = await service.send(orderId, {
      type: "return.authorize",
      rmaId: "R1",
      lines: [{ lineId: "2", quantity: 1, reason: "damaged" }],
    });
    order = await service.send(orderId, {
      type: "return.receive",
      rmaId: "R1",
      dispositions: [{ lineId: "2", disposition: "restock" }],
    });
    const outboxTypes = store.dump().outbox.map((e) => e.event.type);
    expect(outboxTypes).toContain("order.invoicing.creditNote");
    expect(outboxTypes).toContain("order.inventory.restock");
    for (const shipmentId of ["S1", "S2"]) {
      order = await service.send(orderId, { type: "shipment.delivered", shipmentId, deliveredOn: "2026-10-21" });
    }
    expect(order.state).toBe("delivered");
    order = await service.send(orderId, { type: "order.invoice", invoiceId: "INV-1" });
    order = await service.send(orderId, { type: "order.close" });
    expect(order.state).toBe("closed");
    expect(order.context.lines.map((l) => [l.ordered, l.cancelled, l.shipped, l.returned])).toEqual([
      [10, 2, 8, 0],
      [4, 0, 4, 1],
    ]);
    expect(await service.dispatchEffects()).toEqual({ dispatched: 0, failed: 0 });
    // The nuts were reserved in HAM but left with S2 from BER: BER's stock went down, HAM's reservation was freed.
    expect(await inventory.availability("NUT-M8")).toEqual({ sku: "NUT-M8", onHand: 146, reserved: 0, available: 146 });
    const probe = (warehouseId: string) =>
      inventory.reserve({ reservationId: `probe-${warehouseId}`, sku: "NUT-M8", quantity: 999, warehouseId });
    expect([(await probe("HAM")).reserved, (await probe("BER")).reserved]).toEqual([100, 46]);
  });

  it("releases reservations when the whole order is cancelled", async () => {
    const { service, inventory } = createWorld();
    const { orderId } = await service.placeOrder(orderInput());
    expect((await inventory.availability("NUT-M8")).reserved).toBe(4);
    const cancelled = await service.send(orderId, { type: "order.cancel", reason: "duplicate" });
    expect(cancelled.state).toBe("cancelled");
    expect((await inventory.availability("NUT-M8")).reserved).toBe(0);
    expect((await inventory.availability("BOLT-M8")).reserved).toBe(0);
  });

  it("leaves effects in the outbox for a dispatcher when told not to dispatch immediately", async () => {
    const { service, inventory, store } = createWorld({ dispatchImmediately: false });
    const { orderId } = await service.placeOrder(orderInput());
    await service.send(orderId, { type: "order.cancel", reason: "duplicate" });
    // Committed, but the releases have not reached inventory yet.
    expect((await inventory.availability("NUT-M8")).reserved).toBe(4);
    const pending = store.dump().outbox.filter((e) => !e.dispatched && e.event.type === "order.inventory.release");
    expect(pending.map((e) => e.event.payload)).toEqual([
      { type: "inventory.release", reservationId: `${orderId}/1/r1`, keepOpen: 0 },
      { type: "inventory.release", reservationId: `${orderId}/2/r1`, keepOpen: 0 },
    ]);
    expect(await service.dispatchEffects()).toEqual({ dispatched: 2, failed: 0 });
    expect((await inventory.availability("NUT-M8")).reserved).toBe(0);
    expect(await service.dispatchEffects()).toEqual({ dispatched: 0, failed: 0 });
  });

  it("keeps a refused notification pending and retries it on the next dispatch", async () => {
    const { service, notifier } = createWorld();
    const { orderId } = await service.placeOrder(orderInput());
    let refuse = true;
    const send = notifier.send.bind(notifier);
    notifier.send = async (n) => (refuse ? { status: "failed", id: n.id, reason: "smtp down" } : send(n));
    await service.send(orderId, {
      type: "shipment.dispatch",
      shipmentId: "S1",
      warehouseId: "HAM",
      carrier: "DHL",
      trackingNumber: "T1",
      shippedOn: "2026-10-15",
      lines: [{ lineId: "2", quantity: 4 }],
    });
    await service.send(orderId, {
      type: "shipment.delayed",
      shipmentId: "S1",
      expectedOn: "2026-10-20",
      reason: "strike",
    });
    expect(notifier.sent).toHaveLength(0);
    refuse = false;
    expect(await service.dispatchEffects()).toEqual({ dispatched: 1, failed: 0 });
    expect(notifier.sent.map((n) => n.template)).toEqual(["order.shipmentDelayed"]);
  });

  it("fills a backorder when stock arrives, and re-runs pricing and credit on an amendment", async () => {
    const { service, inventory, services } = createWorld();
    const { orderId } = await service.placeOrder(orderInput());
    inventory.receive({ sku: "BOLT-M8", warehouseId: "HAM", onHand: 5 });
    const filled = await service.retryBackorders(orderId);
    expect(filled.state).toBe("reserved");
    expect(filled.context.lines[0]?.reservations.map((r) => r.reservationId)).toEqual([
      `${orderId}/1/r1`,
      `${orderId}/1/r2`,
    ]);
    const amended = await service.send(orderId, {
      type: "order.amend",
      lines: [{ lineId: "1", sku: "PUMP-9", quantity: 1 }],
    });
    expect(services.calls).toEqual({ price: 2, credit: 2 });
    // 1,785.00 gross is over the fake limit of 1,000.00: held for a person.
    expect(amended.state).toBe("onHold");
    expect((await inventory.availability("BOLT-M8")).reserved).toBe(0);
    const released = await service.send(orderId, { type: "credit.release", by: "c.fischer" });
    expect(released.state).toBe("reserved");
  });

  it("records a pricing failure as an outcome and goes back to draft; an outage propagates and resumes", async () => {
    const { service } = createWorld();
    const order = await service.placeOrder(orderInput({ lines: [{ sku: "UNPRICED", quantity: 1 }] }));
    expect([order.state, order.context.note]).toEqual(["draft", "PRICE_NOT_FOUND"]);
    const outage = await caught(() =>
      service.placeOrder(orderInput({ idempotencyKey: "req-2", lines: [{ sku: "OUTAGE", quantity: 1 }] })),
    );
    expect((outage as Error).message).toBe("pricing engine unreachable");
    // The order was captured and waits in `pricing`; resume retries the question.
    const waiting = await service.get("ord_000002");
    expect(waiting.state).toBe("pricing");
    await expect(service.resume("ord_000002")).rejects.toThrow("pricing engine unreachable");
  });
});
