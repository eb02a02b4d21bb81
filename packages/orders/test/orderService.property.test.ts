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
    let marks = 0;
    await runScript({
      failAt: (point) => {
        transactions = Math.max(transactions, point.transaction);
        return false;
      },
      wrapStore: (store) => {
        const wrapped = failNthMark(0)(store);
        return {
          ...wrapped,
          outbox: {
            ...wrapped.outbox,
            markDispatched: (ids) => {
              marks++;
              return wrapped.outbox.markDispatched(ids);
            },
          },
        };
      },
    });
    // The counts drive the loops below: a lifecycle of this size has dozens of transactions and several effects.
    expect(transactions).toBeGreaterThan(20);
    expect(marks).toBeGreaterThan(3);
    console.info(`crash-resume: ${transactions} transactions x 2 fault points, ${marks} effect marks`);
    const crashIn = (transaction: number, kind: "write" | "commit", mark: number) => {
      let failed = false;
      return runScript({
        failAt: (point) => {
          if (failed || point.transaction !== transaction || point.kind !== kind) return false;
          failed = true;
          return true;
        },
        ...(mark === 0 ? {} : { wrapStore: failNthMark(mark) }),
      });
    };
    // Every transaction of the lifecycle, failing at its first write and at its commit.
    for (let transaction = 1; transaction <= transactions; transaction++) {
      for (const kind of ["write", "commit"] as const) expect(await crashIn(transaction, kind, 0)).toEqual(baseline);
    }
    // Every effect, crashing after it ran and before its outbox mark (transaction 0 never fails).
    for (let mark = 1; mark <= marks; mark++) expect(await crashIn(0, "commit", mark)).toEqual(baseline);
    // Two crashes in one run: a store fault and a lost mark.
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: transactions }),
        fc.constantFrom("write" as const, "commit" as const),
        fc.integer({ min: 1, max: marks }),
        async (transaction, kind, mark) => {
          expect(await crashIn(transaction, kind, mark)).toEqual(baseline);
        },
      ),
      { numRuns: 30 },
    );
  });
});
