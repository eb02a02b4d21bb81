import { isO2CError, type O2CError } from "@o2c/core";
import {
  createOrderMachine,
  initialOrderSnapshot,
  type OrderEvent,
  type OrderMachine,
  type OrderSnapshot,
  orderStateOf,
  parseOrderInput,
  persistOrderSnapshot,
  restoreOrderSnapshot,
  stepOrder,
} from "@o2c/orders";
import { describe, expect, it } from "vitest";
import { caught, orderInput, priceOf } from "./support.js";

const approved = { type: "credit.decided", outcome: { status: "approved", reasons: [] } } as const;

function run(machine: OrderMachine, events: readonly OrderEvent[], input = orderInput()): OrderSnapshot {
  let snapshot = initialOrderSnapshot(machine, { orderId: "SO-1", order: parseOrderInput(input) });
  for (const event of events) {
    snapshot =
      event.type === "order.priced"
        ? stepOrder(machine, snapshot, { ...event, summary: priceOf(snapshot.context) })
        : stepOrder(machine, snapshot, event);
  }
  return snapshot;
}

const PRICED = { type: "order.priced", summary: {} } as unknown as OrderEvent;
const toConfirmed: OrderEvent[] = [{ type: "order.submit" }, PRICED, approved];
const reserveAll: OrderEvent = {
  type: "stock.reserved",
  results: [
    { lineId: "1", reservationId: "SO-1/1/r1", reserved: 10, backordered: 0 },
    { lineId: "2", reservationId: "SO-1/2/r1", reserved: 4, backordered: 0 },
  ],
};
const ship = (shipmentId: string, lines: { lineId: string; quantity: number }[]): OrderEvent => ({
  type: "shipment.dispatch",
  shipmentId,
  warehouseId: "HAM",
  carrier: "DHL",
  trackingNumber: `T-${shipmentId}`,
  shippedOn: "2026-10-15",
  lines,
});

describe("order machine", () => {
  const machine = createOrderMachine();

  it("walks the happy path from draft to closed", () => {
    const states: string[] = [];
    let snapshot = initialOrderSnapshot(machine, { orderId: "SO-1", order: parseOrderInput(orderInput()) });
    const events: OrderEvent[] = [
      ...toConfirmed,
      reserveAll,
      ship("S1", [{ lineId: "1", quantity: 4 }]),
      ship("S2", [
        { lineId: "1", quantity: 6 },
        { lineId: "2", quantity: 4 },
      ]),
      { type: "shipment.delivered", shipmentId: "S1", deliveredOn: "2026-10-16" },
      { type: "shipment.delivered", shipmentId: "S2", deliveredOn: "2026-10-17" },
      { type: "order.invoice", invoiceId: "INV-1" },
      { type: "order.close" },
    ];
    for (const event of events) {
      snapshot = stepOrder(
        machine,
        snapshot,
        event.type === "order.priced" ? { ...event, summary: priceOf(snapshot.context) } : event,
      );
      states.push(orderStateOf(snapshot));
    }
    expect(states).toEqual([
      "pricing",
      "creditCheck",
      "confirmed",
      "reserved",
      "partlyShipped",
      "shipped",
      "shipped",
      "delivered",
      "invoiced",
      "closed",
    ]);
    expect(snapshot.status).toBe("done");
  });

  it("holds, then releases or rejects by a person, recording who decided", () => {
    const hold = {
      type: "credit.decided",
      outcome: { status: "hold", reasons: [{ code: "LIMIT", message: "limit" }] },
    } as const;
    const onHold = run(machine, [{ type: "order.submit" }, PRICED, hold]);
    expect(orderStateOf(onHold)).toBe("onHold");
    const released = stepOrder(machine, onHold, { type: "credit.release", by: "c.fischer" });
    expect(orderStateOf(released)).toBe("confirmed");
    expect(released.context.decisions).toEqual([{ step: "credit", decision: "granted", by: "c.fischer" }]);
    expect(orderStateOf(stepOrder(machine, onHold, { type: "credit.reject", by: "c.fischer", reason: "risk" }))).toBe(
      "rejected",
    );
    const rejected = run(machine, [
      { type: "order.submit" },
      PRICED,
      { type: "credit.decided", outcome: { status: "rejected", reasons: [] } },
    ]);
    expect(orderStateOf(rejected)).toBe("rejected");
  });

  it("backorders a short line with the alternative and ships what is reserved", () => {
    const backordered = run(machine, [
      ...toConfirmed,
      {
        type: "stock.reserved",
        results: [
          { lineId: "1", reservationId: "r1", reserved: 6, backordered: 4, alternative: { availableOn: "2026-11-20" } },
          { lineId: "2", reservationId: "r2", reserved: 4, backordered: 0 },
        ],
      },
    ]);
    expect(orderStateOf(backordered)).toBe("backordered");
    expect(backordered.context.lines[0]).toMatchObject({
      reserved: 6,
      backordered: 4,
      alternative: { availableOn: "2026-11-20" },
    });
    const shipped = stepOrder(machine, backordered, ship("S1", [{ lineId: "1", quantity: 6 }]));
    expect(orderStateOf(shipped)).toBe("partlyShipped");
    expect(shipped.context.effects).toEqual([
      { type: "inventory.commit", reservationId: "r1", quantity: 6, shipmentId: "S1", warehouseId: "HAM" },
    ]);
  });

  it("cancels one line, releasing only what the line no longer needs", () => {
    const reserved = run(machine, [...toConfirmed, reserveAll, ship("S1", [{ lineId: "1", quantity: 3 }])]);
    const after = stepOrder(machine, reserved, { type: "line.cancel", lineId: "1", quantity: 5, reason: "customer" });
    expect(after.context.lines[0]).toMatchObject({ ordered: 10, cancelled: 5, reserved: 5, shipped: 3 });
    expect(after.context.effects).toEqual([{ type: "inventory.release", reservationId: "SO-1/1/r1", keepOpen: 2 }]);
    expect(orderStateOf(after)).toBe("partlyShipped");
  });

  it("cancels the whole order before shipment and releases every reservation", () => {
    const cancelled = stepOrder(machine, run(machine, [...toConfirmed, reserveAll]), {
      type: "order.cancel",
      reason: "duplicate",
    });
    expect(orderStateOf(cancelled)).toBe("cancelled");
    expect(cancelled.context.effects).toEqual([
      { type: "inventory.release", reservationId: "SO-1/1/r1", keepOpen: 0 },
      { type: "inventory.release", reservationId: "SO-1/2/r1", keepOpen: 0 },
    ]);
    expect(cancelled.context.lines.map((l) => [l.cancelled, l.reserved])).toEqual([
      [10, 0],
      [4, 0],
    ]);
  });

  it("re-runs pricing and credit after an amendment, releasing the old reservations", () => {
    const amended = stepOrder(machine, run(machine, [...toConfirmed, reserveAll]), {
      type: "order.amend",
      lines: [{ lineId: "1", sku: "BOLT-M8", quantity: 20 }],
    });
    expect(orderStateOf(amended)).toBe("pricing");
    expect(amended.context.priced).toBeUndefined();
    expect(amended.context.credit).toBeUndefined();
    expect(amended.context.effects).toHaveLength(2);
    const reconfirmed = stepOrder(
      machine,
      stepOrder(machine, amended, { type: "order.priced", summary: priceOf(amended.context) }),
      approved,
    );
    expect(orderStateOf(reconfirmed)).toBe("confirmed");
    expect(reconfirmed.context.priced?.net).toBe("7.00");
    expect(reconfirmed.context.reservationRound).toBe(1);
  });

  it("rejects an illegal event with the state and event, leaving the snapshot as it was", async () => {
    const draft = run(machine, []);
    const before = JSON.stringify(persistOrderSnapshot(draft));
    const error = (await caught(() =>
      stepOrder(machine, draft, ship("S1", [{ lineId: "1", quantity: 1 }])),
    )) as O2CError;
    expect(error.code).toBe("ORDER_ILLEGAL_TRANSITION");
    expect(error.details).toEqual({ state: "draft", event: "shipment.dispatch" });
    expect(JSON.stringify(persistOrderSnapshot(draft))).toBe(before);
    const closed = run(machine, [{ type: "order.cancel", reason: "x" }]);
    expect(
      isO2CError(await caught(() => stepOrder(machine, closed, { type: "order.submit" })), "ORDER_ILLEGAL_TRANSITION"),
    ).toBe(true);
  });

  it("rejects quantities the order does not have, by code and path", async () => {
    const reserved = run(machine, [...toConfirmed, reserveAll]);
    const overShip = (await caught(() =>
      stepOrder(machine, reserved, ship("S1", [{ lineId: "2", quantity: 5 }])),
    )) as O2CError;
    expect([overShip.code, overShip.path, overShip.details]).toEqual([
      "ORDER_QUANTITY_EXCEEDED",
      ["lines", 0, "quantity"],
      { requested: 5, available: 4 },
    ]);
    // Two entries of one line in one shipment count together.
    const split = (await caught(() =>
      stepOrder(
        machine,
        reserved,
        ship("S1", [
          { lineId: "2", quantity: 3 },
          { lineId: "2", quantity: 3 },
        ]),
      ),
    )) as O2CError;
    expect(split.code).toBe("ORDER_QUANTITY_EXCEEDED");
    const unknown = (await caught(() =>
      stepOrder(machine, reserved, ship("S1", [{ lineId: "9", quantity: 1 }])),
    )) as O2CError;
    expect([unknown.code, unknown.path]).toEqual(["ORDER_UNKNOWN_LINE", ["lines", 0, "lineId"]]);
    const shipped = stepOrder(machine, reserved, ship("S1", [{ lineId: "2", quantity: 2 }]));
    const twice = (await caught(() =>
      stepOrder(machine, shipped, ship("S1", [{ lineId: "2", quantity: 1 }])),
    )) as O2CError;
    expect([twice.code, twice.path]).toEqual(["ORDER_DUPLICATE_ID", ["shipmentId"]]);
    const overReturn = (await caught(() =>
      stepOrder(machine, shipped, {
        type: "return.authorize",
        rmaId: "R1",
        lines: [{ lineId: "2", quantity: 3, reason: "damaged" }],
      }),
    )) as O2CError;
    expect([overReturn.code, overReturn.path]).toEqual(["ORDER_QUANTITY_EXCEEDED", ["lines", 0, "quantity"]]);
    const noShipment = (await caught(() =>
      stepOrder(machine, shipped, { type: "shipment.delivered", shipmentId: "S9", deliveredOn: "2026-10-16" }),
    )) as O2CError;
    expect([noShipment.code, noShipment.path]).toEqual(["ORDER_UNKNOWN_SHIPMENT", ["shipmentId"]]);
    const overCancel = (await caught(() =>
      stepOrder(machine, shipped, { type: "line.cancel", lineId: "2", quantity: 3, reason: "x" }),
    )) as O2CError;
    expect([overCancel.code, overCancel.details]).toEqual(["ORDER_QUANTITY_EXCEEDED", { requested: 3, available: 2 }]);
  });

  it("hands a credit-note request with the original prices and taxes to invoicing, rounded half up", () => {
    const delivered = run(machine, [
      ...toConfirmed,
      reserveAll,
      ship("S1", [
        { lineId: "1", quantity: 10 },
        { lineId: "2", quantity: 4 },
      ]),
      { type: "shipment.delivered", shipmentId: "S1", deliveredOn: "2026-10-16" },
      { type: "order.invoice", invoiceId: "INV-1" },
      { type: "return.authorize", rmaId: "R1", lines: [{ lineId: "1", quantity: 3, reason: "damaged" }] },
    ]);
    const received = stepOrder(machine, delivered, {
      type: "return.receive",
      rmaId: "R1",
      dispositions: [{ lineId: "1", disposition: "scrap" }],
    });
    // Line 1: net 3.50, tax 0.665 -> 0.67 (half up); 3 of 10 units: net 1.05, tax 0.67 × 3 / 10 = 0.201 -> 0.20.
    expect(received.context.effects).toEqual([
      { type: "inventory.restock", rmaId: "R1", sku: "BOLT-M8", quantity: 3, disposition: "scrap" },
      {
        type: "invoicing.creditNote",
        request: {
          orderId: "SO-1",
          invoiceId: "INV-1",
          rmaId: "R1",
          currency: "EUR",
          lines: [
            {
              lineId: "1",
              sku: "BOLT-M8",
              quantity: 3,
              unitPrice: { amount: "0.35", currency: "EUR" },
              net: { amount: "1.05", currency: "EUR" },
              tax: { amount: "0.20", currency: "EUR" },
              taxRate: "19",
              taxCategory: "S",
            },
          ],
        },
      },
    ]);
    expect(orderStateOf(received)).toBe("invoiced");
    expect(orderStateOf(stepOrder(machine, received, { type: "order.close" }))).toBe("closed");
  });

  it("credits returns in currencies with 0 and 3 minor units", () => {
    // JPY: 3 pumps at 1500, tax 855; one returned: net 1500, tax 285.
    // KWD: 3 bolts at 0.350, tax 0.1995 -> 0.200; one returned: net 0.350, tax 0.0667 -> 0.067 (half up).
    for (const [currency, sku, net, tax] of [
      ["JPY", "PUMP-9", "1500", "285"],
      ["KWD", "BOLT-M8", "0.350", "0.067"],
    ] as const) {
      const shipped = run(
        machine,
        [
          ...toConfirmed,
          { type: "stock.reserved", results: [{ lineId: "1", reservationId: "r1", reserved: 3, backordered: 0 }] },
          ship("S1", [{ lineId: "1", quantity: 3 }]),
          { type: "return.authorize", rmaId: "R1", lines: [{ lineId: "1", quantity: 1, reason: "damaged" }] },
          { type: "return.receive", rmaId: "R1", dispositions: [] },
        ],
        orderInput({ currency, lines: [{ sku, quantity: 3 }] }),
      );
      const request = shipped.context.effects.find((e) => e.type === "invoicing.creditNote");
      expect(request?.type === "invoicing.creditNote" ? request.request.lines[0] : undefined).toMatchObject({
        net: { amount: net, currency },
        tax: { amount: tax, currency },
      });
    }
  });

  it("refuses to close while a return is open", async () => {
    const invoiced = run(machine, [
      ...toConfirmed,
      reserveAll,
      ship("S1", [
        { lineId: "1", quantity: 10 },
        { lineId: "2", quantity: 4 },
      ]),
      { type: "shipment.delivered", shipmentId: "S1", deliveredOn: "2026-10-16" },
      { type: "order.invoice", invoiceId: "INV-1" },
      { type: "return.authorize", rmaId: "R1", lines: [{ lineId: "2", quantity: 1, reason: "wrong" }] },
    ]);
    const error = (await caught(() => stepOrder(machine, invoiced, { type: "order.close" }))) as O2CError;
    expect([error.code, error.details]).toEqual([
      "ORDER_ILLEGAL_TRANSITION",
      { state: "invoiced", event: "order.close" },
    ]);
  });

  it("restores a stored snapshot and refuses one from an unknown state", async () => {
    const reserved = run(machine, [...toConfirmed, reserveAll]);
    const stored = JSON.parse(JSON.stringify(persistOrderSnapshot(reserved)));
    const restored = restoreOrderSnapshot(machine, stored);
    expect(orderStateOf(restored)).toBe("reserved");
    expect(orderStateOf(stepOrder(machine, restored, ship("S1", [{ lineId: "2", quantity: 4 }])))).toBe(
      "partlyShipped",
    );
    const corrupt = (await caught(() => restoreOrderSnapshot(machine, { ...stored, value: "teleported" }))) as O2CError;
    expect(corrupt.code).toBe("ORDER_CORRUPT_SNAPSHOT");
  });
});

describe("extension", () => {
  const machine = createOrderMachine({
    approvals: [{ id: "managerApproval", isRequired: (order) => Number(order.priced?.lines.length ?? 0) > 1 }],
    guards: { canShip: (_order, event) => event.carrier !== "BANNED" },
  });

  it("adds a host's approval state that waits for the right step and is skipped when not required", async () => {
    const waiting = run(machine, toConfirmed);
    expect(orderStateOf(waiting)).toBe("managerApproval");
    const wrong = (await caught(() =>
      stepOrder(machine, waiting, { type: "approval.grant", step: "cfo", by: "x" }),
    )) as O2CError;
    expect(wrong.details).toEqual({ state: "managerApproval", event: "approval.grant" });
    expect(orderStateOf(stepOrder(machine, waiting, { type: "approval.deny", step: "managerApproval", by: "m" }))).toBe(
      "rejected",
    );
    const single = run(machine, toConfirmed, orderInput({ lines: [{ sku: "BOLT-M8", quantity: 1 }] }));
    expect(orderStateOf(single)).toBe("confirmed");
  });

  it("applies a host's guard", async () => {
    const granted = stepOrder(machine, run(machine, toConfirmed), {
      type: "approval.grant",
      step: "managerApproval",
      by: "m",
    });
    const reserved = stepOrder(machine, granted, reserveAll);
    const banned = { ...ship("S1", [{ lineId: "1", quantity: 1 }]), carrier: "BANNED" } as OrderEvent;
    expect(((await caught(() => stepOrder(machine, reserved, banned))) as O2CError).code).toBe(
      "ORDER_ILLEGAL_TRANSITION",
    );
  });

  it("refuses an approval step that would shadow a built-in state", async () => {
    const error = (await caught(() =>
      createOrderMachine({ approvals: [{ id: "shipped", isRequired: () => true }] }),
    )) as O2CError;
    expect([error.code, error.path]).toEqual(["ORDER_INVALID_OPTIONS", ["approvals", 0, "id"]]);
  });
});
