import { isO2CError } from "@o2c/core";
import {
  createOrderMachine,
  initialOrderSnapshot,
  ORDER_STATES,
  type OrderSnapshot,
  orderStateOf,
  parseOrderInput,
  stepOrder,
} from "@o2c/orders";
import { getShortestPaths } from "@xstate/graph";
import { describe, expect, it } from "vitest";
import { brokenLaws, candidateEvents } from "./candidates.js";
import { orderInput } from "./support.js";

/** A state of the model: the state's name plus every quantity that decides which events make sense. */
function serialize(snapshot: OrderSnapshot): string {
  const { value, context } = snapshot;
  const lines = context.lines.map((l) => [l.ordered, l.cancelled, l.reserved, l.shipped, l.delivered, l.returned]);
  const shipments = context.shipments.map((s) => s.status[0]);
  const returns = context.returns.map((r) => r.status[0]);
  return JSON.stringify([value, lines, shipments, returns, context.priced === undefined]);
}

// Model-based: @xstate/graph explores the machine breadth-first with events built from each snapshot's data, and
// yields a path to every reachable model state (state name × line quantities × shipment and return statuses), so
// every legal sequence of lifecycle steps on a small order is walked up to the states it leads to. Each path is
// replayed through `stepOrder`, the checked entry point: it must end in the same state, every quantity law must
// hold after every step, and every candidate event the state does not take must be refused with
// ORDER_ILLEGAL_TRANSITION naming the state.
describe("order machine, model-based", () => {
  const machine = createOrderMachine();
  const order = parseOrderInput(
    orderInput({
      lines: [
        { sku: "BOLT-M8", quantity: 2 },
        { sku: "NUT-M8", quantity: 1 },
      ],
    }),
  );
  const start = initialOrderSnapshot(machine, { orderId: "SO-1", order });
  const paths = getShortestPaths(machine, {
    input: start.context,
    events: (snapshot) => candidateEvents(snapshot as OrderSnapshot),
    serializeState: (snapshot) => serialize(snapshot as OrderSnapshot),
  });

  it("reaches every state of the machine", () => {
    const reached = new Set(paths.map((path) => String(path.state.value)));
    expect([...ORDER_STATES].filter((state) => !reached.has(state))).toEqual([]);
    expect(paths.length).toBeGreaterThan(500);
  });

  it("replays every path with the quantity laws intact and refuses every illegal event", () => {
    let refused = 0;
    for (const path of paths) {
      let snapshot = start;
      for (const step of path.steps.slice(1)) {
        snapshot = stepOrder(machine, snapshot, step.event);
        expect(brokenLaws(snapshot)).toEqual([]);
      }
      expect(serialize(snapshot)).toBe(serialize(path.state as OrderSnapshot));
      for (const event of candidateEvents(snapshot).filter((e) => !snapshot.can(e))) {
        let error: unknown;
        try {
          stepOrder(machine, snapshot, event);
        } catch (caught) {
          error = caught;
        }
        expect(isO2CError(error, "ORDER_ILLEGAL_TRANSITION")).toBe(true);
        expect((error as { details: unknown }).details).toEqual({ state: orderStateOf(snapshot), event: event.type });
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(paths.length);
  });
});
