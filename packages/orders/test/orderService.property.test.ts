import { createOrderMachine, initialOrderSnapshot, type OrderSnapshot, parseOrderInput, stepOrder } from "@o2c/orders";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brokenLaws, candidateEvents } from "./candidates.js";
import { failNthMark, runScript } from "./scenario.js";
import { orderInput } from "./support.js";

const EXPECTED_REFUSALS = new Set([
  "ORDER_ILLEGAL_TRANSITION",
  "ORDER_QUANTITY_EXCEEDED",
  "ORDER_UNKNOWN_LINE",
  "ORDER_UNKNOWN_SHIPMENT",
  "ORDER_UNKNOWN_RETURN",
  "ORDER_DUPLICATE_ID",
]);

describe("properties", () => {
  const machine = createOrderMachine();
  const arbLines = fc.array(
    fc.record({ sku: fc.constantFrom("BOLT-M8", "NUT-M8", "PUMP-9"), quantity: fc.integer({ min: 1, max: 12 }) }),
    { minLength: 1, maxLength: 3 },
  );

  it("quantities never go negative, shipped <= reserved <= ordered - cancelled, returned <= shipped, whatever the events", () => {
    fc.assert(
      fc.property(arbLines, fc.array(fc.nat(), { maxLength: 40 }), (lines, choices) => {
        let snapshot: OrderSnapshot = initialOrderSnapshot(machine, {
          orderId: "SO-P",
          order: parseOrderInput(orderInput({ lines })),
        });
        for (const choice of choices) {
          const events = candidateEvents(snapshot);
          const event = events[choice % events.length];
          if (event === undefined) continue;
          const frozen = JSON.stringify(snapshot.context);
          try {
            snapshot = stepOrder(machine, snapshot, event);
          } catch (error) {
            // A refusal names an expected code and leaves the snapshot as it was.
            expect(EXPECTED_REFUSALS.has((error as { code?: string }).code ?? "")).toBe(true);
            expect(JSON.stringify(snapshot.context)).toBe(frozen);
          }
          expect(brokenLaws(snapshot)).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("a crash in any store transaction, or between an effect and its mark, resumes to the same outcome", async () => {
    const baseline = await runScript();
    expect(baseline.state).toBe("closed");
    expect(baseline.creditNotes).toBe(1);
    let transactions = 0;
    await runScript({
      failAt: (point) => {
        transactions = Math.max(transactions, point.transaction);
        return false;
      },
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: transactions }),
        fc.constantFrom("write" as const, "commit" as const),
        fc.integer({ min: 0, max: 12 }),
        async (transaction, kind, mark) => {
          let failed = false;
          const outcome = await runScript({
            failAt: (point) => {
              if (failed || point.transaction !== transaction || point.kind !== kind) return false;
              failed = true;
              return true;
            },
            ...(mark === 0 ? {} : { wrapStore: failNthMark(mark) }),
          });
          expect(outcome).toEqual(baseline);
        },
      ),
      { numRuns: 60 },
    );
  });
});
