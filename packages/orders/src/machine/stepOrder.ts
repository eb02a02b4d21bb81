import { type AnyActorScope, createActor, initialTransition, type SnapshotFrom } from "xstate";
import { orderError } from "../errors.js";
import { checkOrderEvent } from "../internal/checkOrderEvent.js";
import { createDraftContext } from "../internal/orderUpdates.js";
import type { OrderContext } from "../model/OrderContext.js";
import type { OrderEvent } from "../model/OrderEvent.js";
import type { OrderInput } from "../schemas/orderInputSchema.js";
import type { OrderMachine } from "./createOrderMachine.js";

/**
 * One inert actor scope per machine, reused for every pure step. xstate's `transition()` builds a fresh scope (and
 * with it an actor and its initial snapshot) on each call, which costs more than the step itself; the order
 * machine has no children, delays or side-effecting actions, so a scope that executes nothing can be shared.
 */
const scopes = new WeakMap<OrderMachine, AnyActorScope>();

function scopeOf(machine: OrderMachine): AnyActorScope {
  let scope = scopes.get(machine);
  if (scope === undefined) {
    const self = createActor(machine, { input: undefined as never });
    scope = {
      self,
      defer: () => {},
      id: "",
      logger: () => {},
      sessionId: "",
      stopChild: () => {},
      system: self.system,
      emit: () => {},
      actionExecutor: () => {},
    } as AnyActorScope;
    scopes.set(machine, scope);
  }
  return scope;
}

/**
 * A snapshot of the order machine: its state (`value`) and {@link OrderContext}.
 * @since 0.1.0
 */
export type OrderSnapshot = SnapshotFrom<OrderMachine>;

/**
 * The stored form of an order snapshot: plain JSON, as the machine's `getPersistedSnapshot` returns it.
 * @since 0.1.0
 */
export interface PersistedOrderSnapshot {
  /** The state's name. */
  readonly value: string;
  /** The order's data. */
  readonly context: OrderContext;
  /** `active`, or `done` in a final state. */
  readonly status: string;
}

/**
 * What a new order starts from.
 * @since 0.1.0
 */
export interface NewOrder {
  /** The order's id. */
  readonly orderId: string;
  /** The validated order (see {@link parseOrderInput}). */
  readonly order: OrderInput;
}

/**
 * The name of the state an order snapshot is in.
 *
 * @param snapshot - The snapshot.
 * @returns A built-in state name (see {@link ORDER_STATES}) or a host's approval step id.
 * @since 0.1.0
 */
export function orderStateOf(snapshot: OrderSnapshot): string {
  return String(snapshot.value);
}

/**
 * The first snapshot of an order: a draft with nothing reserved.
 *
 * @param machine - The machine from {@link createOrderMachine}.
 * @param input - The order's id and validated input.
 * @returns The snapshot, in state `draft`.
 * @since 0.1.0
 */
export function initialOrderSnapshot(machine: OrderMachine, input: NewOrder): OrderSnapshot {
  const [snapshot] = initialTransition(machine, createDraftContext(input.orderId, input.order));
  return snapshot;
}

/**
 * Steps an order purely: the next snapshot for an event, or a typed error; the given snapshot is never changed.
 *
 * @remarks
 * The check order is fixed: first whether the state takes the event at all (with the host's guards), then the
 * event's ids and quantities against the order. The next snapshot's `context.effects` lists what the transition
 * asks of the outside world.
 *
 * @param machine - The machine from {@link createOrderMachine}.
 * @param snapshot - The current snapshot.
 * @param event - The event.
 * @returns The next snapshot.
 * @throws `O2CError` `ORDER_ILLEGAL_TRANSITION` (with `details.state` and `details.event`) when the
 * state does not take the event; `ORDER_UNKNOWN_LINE`, `ORDER_UNKNOWN_SHIPMENT`, `ORDER_UNKNOWN_RETURN`,
 * `ORDER_DUPLICATE_ID` or `ORDER_QUANTITY_EXCEEDED` when the event does not fit the order.
 * @example
 * ```ts
 * import { isO2CError } from "@o2c/core";
 * import { createOrderMachine, initialOrderSnapshot, parseOrderInput, stepOrder } from "@o2c/orders";
 *
 * const machine = createOrderMachine();
 * const address = { name: "Dupont SA", line1: "1 rue de Rivoli", city: "Paris", postalCode: "75001", country: "FR" };
 * const order = parseOrderInput({
 *   idempotencyKey: "req-7", customer: { id: "C-7" }, currency: "EUR", channel: "edi",
 *   lines: [{ sku: "VALVE-2", quantity: 4 }], billingAddress: address, shippingAddress: address,
 * });
 * const draft = initialOrderSnapshot(machine, { orderId: "SO-7", order });
 * try {
 *   stepOrder(machine, draft, { type: "order.close" });
 * } catch (error) {
 *   isO2CError(error, "ORDER_ILLEGAL_TRANSITION") //=> true
 * }
 * stepOrder(machine, draft, { type: "order.submit" }).value //=> "pricing"
 * ```
 * @since 0.1.0
 */
export function stepOrder(machine: OrderMachine, snapshot: OrderSnapshot, event: OrderEvent): OrderSnapshot {
  const state = orderStateOf(snapshot);
  if (!snapshot.can(event)) {
    throw orderError(
      "ORDER_ILLEGAL_TRANSITION",
      `Event ${event.type} is not allowed on order ${snapshot.context.orderId} in state ${state}`,
      { details: { state, event: event.type } },
    );
  }
  checkOrderEvent(snapshot.context, state, event);
  return machine.transition(snapshot, event, scopeOf(machine));
}

/**
 * The stored form of a snapshot.
 *
 * @param snapshot - The snapshot.
 * @returns Plain JSON for the store.
 * @since 0.1.0
 */
export function persistOrderSnapshot(snapshot: OrderSnapshot): PersistedOrderSnapshot {
  const persisted = snapshot.machine.getPersistedSnapshot(snapshot) as unknown as PersistedOrderSnapshot;
  return { value: String(persisted.value), context: persisted.context, status: persisted.status };
}

/**
 * Restores a stored snapshot on a machine, to continue where it stopped.
 *
 * @param machine - The machine from {@link createOrderMachine} (with the same approval steps as when stored).
 * @param persisted - What {@link persistOrderSnapshot} returned.
 * @returns The snapshot.
 * @throws `O2CError` `ORDER_CORRUPT_SNAPSHOT` when the stored state is not a state of this machine.
 * @since 0.1.0
 */
export function restoreOrderSnapshot(machine: OrderMachine, persisted: PersistedOrderSnapshot): OrderSnapshot {
  if (typeof persisted.value !== "string" || !(persisted.value in machine.root.states)) {
    throw orderError(
      "ORDER_CORRUPT_SNAPSHOT",
      `Stored state ${JSON.stringify(persisted.value)} is not a state of this order machine`,
      { details: { state: persisted.value } },
    );
  }
  return machine.resolveState({ value: persisted.value, context: persisted.context } as never);
}
