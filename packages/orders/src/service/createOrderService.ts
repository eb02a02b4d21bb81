import {
  type Clock,
  createDomainEvent,
  type DomainEvent,
  type IdGenerator,
  type InventoryPort,
  isO2CError,
  type Notifier,
  runIdempotent,
  type Store,
  type StoreTransaction,
  ValidationError,
} from "@o2c/core";
import { orderError } from "../errors.js";
import { unreserved } from "../internal/lineQuantities.js";
import { createOrderMachine } from "../machine/createOrderMachine.js";
import type { OrderMachineOptions } from "../machine/OrderMachineOptions.js";
import {
  initialOrderSnapshot,
  type OrderSnapshot,
  orderStateOf,
  persistOrderSnapshot,
  restoreOrderSnapshot,
  stepOrder,
} from "../machine/stepOrder.js";
import type { LineReservationResult, OrderEvent } from "../model/OrderEvent.js";
import { type OrderCommand, parseOrderCommand } from "../schemas/orderCommandSchema.js";
import { parseOrderInput } from "../schemas/orderInputSchema.js";
import { type DispatchReport, dispatchEvents, dispatchOrderEffects } from "./dispatchOrderEffects.js";
import type { OrderRecord, OrderView } from "./OrderRecord.js";
import type { OrderServices } from "./OrderServices.js";

/**
 * The ports and services the order service works with.
 * @since 0.1.0
 */
export interface OrderServiceOptions {
  /** Where orders, idempotency records and outbox events live. */
  readonly store: Store;
  /** Reservations, commits and releases of stock. */
  readonly inventory: InventoryPort;
  /** Delay notifications. */
  readonly notifier: Notifier;
  /** The time of records and events. */
  readonly clock: Clock;
  /** Order and event ids. */
  readonly ids: IdGenerator;
  /** Pricing and credit. */
  readonly services: OrderServices;
  /** The host's extensions of the machine (approval steps, guards). */
  readonly machine?: OrderMachineOptions | undefined;
  /**
   * Whether effects are carried out right after each command (default `true`). With `false` they wait in the
   * outbox for {@link OrderService.dispatchEffects} or the host's dispatcher.
   */
  readonly dispatchImmediately?: boolean | undefined;
}

/**
 * The order use cases: each command loads the snapshot in a store transaction, steps the machine purely, and saves
 * snapshot, record (optimistic version) and outbox events together, or nothing.
 * @since 0.1.0
 */
export interface OrderService {
  /**
   * Captures, prices, credit-checks and (when confirmed) reserves an order. A second call with the same
   * idempotency key returns the first order.
   *
   * @param input - An untrusted {@link OrderInput}.
   * @returns The order after the automatic steps.
   * @throws `ValidationError` `VALIDATION_FAILED`; `IDEMPOTENCY_KEY_REUSED` for the key of another order.
   */
  placeOrder(input: unknown): Promise<OrderView>;
  /**
   * Sends a command to an order, then runs the automatic steps that follow (pricing, credit, reservation).
   *
   * @param orderId - The order.
   * @param command - An untrusted {@link OrderCommand}.
   * @returns The order after the command.
   * @throws `ValidationError` for a malformed command; `ORDER_NOT_FOUND`; `ORDER_ILLEGAL_TRANSITION`
   * and the other codes of {@link stepOrder}, with the store unchanged; `STORE_CONFLICT` when another writer won.
   */
  send(orderId: string, command: unknown): Promise<OrderView>;
  /**
   * The order as stored.
   *
   * @param orderId - The order.
   * @returns The order.
   * @throws `O2CError` `ORDER_NOT_FOUND`.
   */
  get(orderId: string): Promise<OrderView>;
  /**
   * Continues an order after a crash: runs the automatic step its state waits for (the same reservation ids as
   * before, so inventory answers idempotently) and dispatches pending effects.
   *
   * @param orderId - The order.
   * @returns The order.
   */
  resume(orderId: string): Promise<OrderView>;
  /**
   * Reserves the quantities still missing on a backordered or partly shipped order (stock has arrived).
   *
   * @param orderId - The order.
   * @returns The order.
   * @throws `O2CError` `ORDER_ILLEGAL_TRANSITION` in a state that takes no reservation.
   */
  retryBackorders(orderId: string): Promise<OrderView>;
  /**
   * Carries out the order effects waiting in the outbox (see {@link dispatchOrderEffects}).
   *
   * @returns What was dispatched.
   */
  dispatchEffects(): Promise<DispatchReport>;
}

const ORDERS = "orders";

/**
 * Creates the order service.
 *
 * @remarks
 * Consistency of the one outside write that must happen before a commit, the reservation: the service calls
 * `InventoryPort.reserve` with ids `<orderId>/<lineId>/r<round>` derived from the stored snapshot, then commits
 * `stock.reserved`. A crash in between leaves the order in `confirmed`; {@link OrderService.resume} calls reserve
 * again with the same ids, which inventory answers with the first result. Every other outside effect is written
 * to the outbox with the transition and carried out afterwards, idempotently.
 *
 * @param options - Ports, services and machine extensions.
 * @returns The service.
 * @example
 * ```ts
 * import {
 *   createFixedClock, createInMemoryInventory, createInMemoryNotifier, createInMemoryStore, createSequentialIdGenerator,
 * } from "@o2c/core";
 * import { createOrderService } from "@o2c/orders";
 *
 * const store = createInMemoryStore();
 * const inventory = createInMemoryInventory({ stock: [{ sku: "BOLT-M8", warehouseId: "HAM", onHand: 6 }] });
 * const orders = createOrderService({
 *   store, inventory, notifier: createInMemoryNotifier(),
 *   clock: createFixedClock("2026-10-14T09:00:00Z"), ids: createSequentialIdGenerator(),
 *   services: {
 *     price: async () => ({
 *       currency: "EUR", net: "3.50", tax: "0.67", gross: "4.17", explanation: ["list price"],
 *       lines: [{ lineId: "1", unitPrice: "0.35", net: "3.50", tax: "0.67", gross: "4.17" }],
 *     }),
 *     checkCredit: async () => ({ status: "approved", reasons: [] }),
 *   },
 * });
 * const address = { name: "Hafenbau GmbH", line1: "Kai 1", city: "Hamburg", postalCode: "20095", country: "DE" };
 * const order = await orders.placeOrder({
 *   idempotencyKey: "req-1", customer: { id: "C-1" }, currency: "EUR", channel: "web",
 *   lines: [{ sku: "BOLT-M8", quantity: 10 }], billingAddress: address, shippingAddress: address,
 * });
 * order.state //=> "backordered"
 * order.context.lines[0]?.reserved //=> 6
 * const shipped = await orders.send(order.orderId, {
 *   type: "shipment.dispatch", shipmentId: "S1", warehouseId: "HAM", carrier: "DHL", trackingNumber: "JJD1",
 *   shippedOn: "2026-10-15", lines: [{ lineId: "1", quantity: 6 }],
 * });
 * shipped.state //=> "partlyShipped"
 * (await inventory.availability("BOLT-M8")).onHand //=> 0
 * ```
 * @since 0.1.0
 */
export function createOrderService(options: OrderServiceOptions): OrderService {
  const machine = createOrderMachine(options.machine ?? {});
  const { store, clock, ids } = options;

  const load = async (tx: StoreTransaction, orderId: string) => {
    const doc = await tx.repository<OrderRecord>(ORDERS).get(orderId);
    if (doc === undefined) throw orderError("ORDER_NOT_FOUND", `No order ${orderId}`, { details: { orderId } });
    return { doc, snapshot: restoreOrderSnapshot(machine, doc.value.snapshot) };
  };
  const toRecord = (snapshot: OrderSnapshot): OrderRecord => ({
    orderId: snapshot.context.orderId,
    idempotencyKey: snapshot.context.order.idempotencyKey,
    customerId: snapshot.context.order.customer.id,
    state: orderStateOf(snapshot),
    updatedAt: clock.now().toISOString(),
    snapshot: persistOrderSnapshot(snapshot),
  });
  const eventsOf = (from: string, next: OrderSnapshot, event: OrderEvent["type"], version: number): DomainEvent[] => {
    const base = { aggregateType: "order", aggregateId: next.context.orderId, aggregateVersion: version };
    return [
      createDomainEvent(
        { ...base, type: "order.transitioned", payload: { from, to: orderStateOf(next), event } },
        { clock, ids },
      ),
      ...next.context.effects.map((effect) =>
        createDomainEvent({ ...base, type: `order.${effect.type}`, payload: effect }, { clock, ids }),
      ),
    ];
  };
  const view = (snapshot: OrderSnapshot, version: number): OrderView => ({
    orderId: snapshot.context.orderId,
    state: orderStateOf(snapshot),
    version,
    context: snapshot.context,
  });

  /** Loads, steps purely, and saves snapshot, record and outbox events in one transaction. */
  const commit = (orderId: string, event: OrderEvent) =>
    store.transaction(async (tx) => {
      const { doc, snapshot } = await load(tx, orderId);
      const next = stepOrder(machine, snapshot, event);
      const saved = await tx.repository<OrderRecord>(ORDERS).update(orderId, toRecord(next), doc.version);
      const events = eventsOf(orderStateOf(snapshot), next, event.type, saved.version);
      await tx.appendEvents(events);
      return { order: view(next, saved.version), events };
    });
  const get = (orderId: string) =>
    store.transaction(async (tx) => {
      const { doc, snapshot } = await load(tx, orderId);
      return view(snapshot, doc.version);
    });

  const reserve = async (current: OrderView): Promise<OrderEvent> => {
    const round = current.context.reservationRound + 1;
    const results: LineReservationResult[] = [];
    for (const line of current.context.lines) {
      const missing = unreserved(line);
      if (missing <= 0) continue;
      const reservationId = `${current.orderId}/${line.lineId}/r${round}`;
      const result = await options.inventory.reserve({ reservationId, sku: line.sku, quantity: missing });
      results.push({
        lineId: line.lineId,
        reservationId,
        reserved: result.reserved,
        backordered: missing - result.reserved,
        ...(result.alternative === undefined ? {} : { alternative: result.alternative }),
      });
    }
    return { type: "stock.reserved", results };
  };

  /** The automatic step an order's state waits for, if any. */
  const nextAutomatic = async (current: OrderView): Promise<OrderEvent | undefined> => {
    const { context } = current;
    if (current.state === "pricing") {
      try {
        return { type: "order.priced", summary: await options.services.price(context) };
      } catch (error) {
        if (!isO2CError(error)) throw error;
        // A validation error names the specific problem (UNKNOWN_PRODUCT, NO_PRICE) in its first issue.
        const issue = error instanceof ValidationError ? error.issues[0] : undefined;
        return { type: "order.pricingFailed", reason: issue?.code ?? error.code };
      }
    }
    if (current.state === "creditCheck" && context.priced !== undefined) {
      return { type: "credit.decided", outcome: await options.services.checkCredit(context, context.priced) };
    }
    if (current.state === "confirmed" && !context.stockRequested) return reserve(current);
    return undefined;
  };

  /**
   * Runs the automatic steps, then carries out the effects committed on the way (only those: earlier leftovers
   * are for `dispatchEffects` and `resume`, so a command's cost does not grow with the outbox).
   */
  const advance = async (start: { order: OrderView; events: readonly DomainEvent[] }): Promise<OrderView> => {
    let current = start.order;
    const events = [...start.events];
    for (let event = await nextAutomatic(current); event !== undefined; event = await nextAutomatic(current)) {
      const step = await commit(current.orderId, event);
      current = step.order;
      events.push(...step.events);
    }
    if (options.dispatchImmediately ?? true) await dispatchEvents(events, options);
    return current;
  };

  return {
    async placeOrder(input) {
      const order = parseOrderInput(input);
      const { result } = await runIdempotent(
        store,
        { key: `order:${order.idempotencyKey}`, fingerprint: JSON.stringify(order) },
        async (tx) => {
          const orderId = ids.next("ord");
          const draft = initialOrderSnapshot(machine, { orderId, order });
          const submitted = stepOrder(machine, draft, { type: "order.submit" });
          await tx.repository<OrderRecord>(ORDERS).insert(orderId, toRecord(submitted));
          await tx.appendEvents(eventsOf("draft", submitted, "order.submit", 1));
          return { orderId };
        },
      );
      return advance({ order: await get(result.orderId), events: [] });
    },
    async send(orderId, command) {
      const parsed: OrderCommand = parseOrderCommand(command);
      return advance(await commit(orderId, parsed));
    },
    get,
    async resume(orderId) {
      await dispatchOrderEffects(options);
      return advance({ order: await get(orderId), events: [] });
    },
    async retryBackorders(orderId) {
      const current = await get(orderId);
      if (current.state !== "backordered" && current.state !== "partlyShipped") {
        throw orderError("ORDER_ILLEGAL_TRANSITION", `Order ${orderId} in state ${current.state} has no backorder`, {
          details: { state: current.state, event: "stock.reserved" },
        });
      }
      return advance(await commit(orderId, await reserve(current)));
    },
    dispatchEffects: () => dispatchOrderEffects(options),
  };
}
