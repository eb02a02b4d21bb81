// The in-memory inventory's books under any sequence of reservations, releases and shipments (from a named
// warehouse or not): stock leaves only by accepted shipments, nothing is reserved beyond what a warehouse holds,
// and a refused request changes nothing.
import { createInMemoryInventory, isO2CError, type ReservationResult } from "@o2c/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const WAREHOUSES = ["HAM", "MUC", "BER"] as const;

const operation = fc.oneof(
  fc.record({
    op: fc.constant("reserve" as const),
    id: fc.integer({ min: 0, max: 2 }),
    quantity: fc.integer({ min: 0, max: 12 }),
    warehouseId: fc.option(fc.constantFrom(...WAREHOUSES), { nil: undefined }),
  }),
  fc.record({
    op: fc.constant("release" as const),
    id: fc.integer({ min: 0, max: 2 }),
    quantity: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
  }),
  fc.record({
    op: fc.constant("commit" as const),
    id: fc.integer({ min: 0, max: 2 }),
    quantity: fc.integer({ min: 0, max: 12 }),
    shipment: fc.integer({ min: 0, max: 6 }),
    warehouseId: fc.option(fc.constantFrom(...WAREHOUSES), { nil: undefined }),
  }),
);

describe("in-memory inventory: properties", () => {
  it("keeps its books: shipped stock leaves on hand, reservations stay within stock, refusals change nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(...WAREHOUSES.map(() => fc.integer({ min: 0, max: 8 }))),
        fc.array(operation, { maxLength: 25 }),
        async (levels, operations) => {
          const stock = WAREHOUSES.map((warehouseId, i) => ({ sku: "BOLT", warehouseId, onHand: levels[i] ?? 0 }));
          const inventory = createInMemoryInventory({ stock });
          const total = stock.reduce((sum, s) => sum + s.onHand, 0);
          const shipments = new Set<string>();
          const reservations = new Map<string, ReservationResult>();
          let shipped = 0;
          for (const o of operations) {
            const before = await inventory.availability("BOLT");
            const reservationId = `r${o.id}`;
            try {
              if (o.op === "reserve") {
                const result = await inventory.reserve({ reservationId, sku: "BOLT", ...o });
                reservations.set(reservationId, result);
              } else if (o.op === "release") {
                reservations.set(reservationId, await inventory.release({ reservationId, quantity: o.quantity }));
              } else {
                const shipmentId = `s${o.shipment}`;
                const key = `${reservationId}/${shipmentId}`;
                const open = reservations.get(reservationId)?.reserved ?? 0;
                const result = await inventory.commit({
                  reservationId,
                  quantity: o.quantity,
                  shipmentId,
                  warehouseId: o.warehouseId,
                });
                if (!shipments.has(key)) {
                  shipped += o.quantity;
                  shipments.add(key);
                  expect(result.reserved).toBe(open - o.quantity);
                } else expect(result.reserved).toBe(open);
                reservations.set(reservationId, result);
              }
            } catch (error) {
              expect(isO2CError(error), String(error)).toBe(true);
              expect(await inventory.availability("BOLT")).toEqual(before);
              continue;
            }
            const after = await inventory.availability("BOLT");
            expect(after.onHand).toBe(total - shipped);
            expect(after.reserved).toBeGreaterThanOrEqual(0);
            expect(after.available).toBeGreaterThanOrEqual(0);
            for (const r of reservations.values()) {
              for (const a of r.allocations) expect(a.quantity).toBeGreaterThan(0);
              expect(r.reserved + r.backordered).toBeLessThanOrEqual(r.requested);
            }
          }
          // No warehouse holds more reservations than stock: each can still take what it has free, and no more.
          for (const warehouseId of WAREHOUSES) {
            const probe = await inventory.reserve({
              reservationId: `probe-${warehouseId}`,
              sku: "BOLT",
              quantity: 99,
              warehouseId,
            });
            expect(probe.reserved).toBeGreaterThanOrEqual(0);
          }
          expect((await inventory.availability("BOLT")).available).toBe(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
