// One machine, one file: the state table in the TSDoc and the config it describes belong together (about 370 lines).
import {
  type AnyActorRef,
  assign,
  type EventObject,
  type MetaObject,
  type NonReducibleUnknown,
  type ParameterizedObject,
  type ProvidedActor,
  type StateMachine,
  type StateSchema,
  setup,
} from "xstate";
import {
  isAllCancelled,
  isAllDelivered,
  isAnyShipped,
  isFullyReserved,
  isFullyShipped,
} from "../internal/lineQuantities.js";
import {
  applyAmend,
  applyCancelLine,
  applyCancelOrder,
  applyDelay,
  applyDelivered,
  applyReserved,
  applyReturnAuthorize,
  applyReturnReceive,
  applyShipment,
} from "../internal/orderUpdates.js";
import type { OrderContext } from "../model/OrderContext.js";
import type { OrderEvent } from "../model/OrderEvent.js";
import { checkOptions, type OrderMachineOptions } from "./OrderMachineOptions.js";
import { SETTLING_STATE } from "./orderStates.js";

/**
 * Builds the order machine (XState v5): typed context, events, guards and actions, no side effects.
 *
 * @remarks
 * Actions only compute the next context; the effects a transition needs (release stock, commit a shipment,
 * notify, request a credit note) are written to `context.effects` as data, and the order service stores them in
 * the outbox in the same transaction as the snapshot. Pricing, credit and reservation answers come in as events
 * (`order.priced`, `credit.decided`, `stock.reserved`), so a stored snapshot never waits on a promise that a crash
 * would lose.
 *
 * States and the events each accepts (→ target; "settle" means the machine routes by quantities to `confirmed`,
 * `reserved`, `backordered`, `partlyShipped`, `shipped`, `delivered` or `cancelled`):
 *
 * | state | events |
 * | --- | --- |
 * | `draft` | `order.submit` → `pricing`; `order.amend` → `draft`; `order.cancel` → `cancelled` |
 * | `pricing` | `order.priced` → `creditCheck`; `order.pricingFailed` → `draft`; `order.cancel` |
 * | `creditCheck` | `credit.decided` → approval steps or `confirmed` / `onHold` / `rejected`; `order.cancel` |
 * | `onHold` | `credit.release` → approval steps or `confirmed`; `credit.reject` → `rejected`; `order.amend` → `pricing`; `order.cancel` |
 * | host step | `approval.grant` → next step or `confirmed`; `approval.deny` → `rejected`; `order.amend`; `order.cancel` |
 * | `confirmed` | `stock.reserved`, `line.cancel` → settle; `order.amend` → `pricing`; `order.cancel` |
 * | `reserved` | `shipment.dispatch`, `line.cancel` → settle; `order.amend` → `pricing`; `order.cancel` |
 * | `backordered` | `stock.reserved`, `shipment.dispatch`, `line.cancel` → settle; `order.amend` → `pricing`; `order.cancel` |
 * | `partlyShipped` | `stock.reserved`, `shipment.dispatch`, `shipment.delivered`, `line.cancel` → settle; `shipment.delayed`, `return.authorize`, `return.receive` (stay) |
 * | `shipped` | `shipment.delivered` → settle; `shipment.delayed`, `return.authorize`, `return.receive` (stay) |
 * | `delivered` | `order.invoice` → `invoiced`; `return.authorize`, `return.receive` (stay) |
 * | `invoiced` | `order.close` → `closed` (once no return is open); `return.authorize`, `return.receive` (stay) |
 * | `closed`, `cancelled`, `rejected` | final: nothing |
 *
 * Every other event in a state is illegal: {@link stepOrder} throws `ORDER_ILLEGAL_TRANSITION`.
 *
 * @param options - The host's approval steps and guards.
 * @returns The machine; start it with {@link initialOrderSnapshot} and step it with {@link stepOrder}.
 * @throws `O2CError` `ORDER_INVALID_OPTIONS` for a malformed approval step id.
 * @example
 * ```ts
 * import { Money } from "@o2c/core";
 * import { createOrderMachine, initialOrderSnapshot, parseOrderInput, stepOrder } from "@o2c/orders";
 *
 * // A host adds a manager approval above 1,000.00 without copying the machine.
 * const machine = createOrderMachine({
 *   approvals: [
 *     {
 *       id: "managerApproval",
 *       isRequired: (order) =>
 *         Money.of(order.priced?.gross ?? "0", order.order.currency).greaterThan(Money.of("1000.00", order.order.currency)),
 *     },
 *   ],
 * });
 * const address = { name: "Hafenbau GmbH", line1: "Kai 1", city: "Hamburg", postalCode: "20095", country: "DE" };
 * const order = parseOrderInput({
 *   idempotencyKey: "req-1", customer: { id: "C-1" }, currency: "EUR", channel: "web",
 *   lines: [{ sku: "PUMP-9", quantity: 1 }], billingAddress: address, shippingAddress: address,
 * });
 * let snapshot = initialOrderSnapshot(machine, { orderId: "SO-1", order });
 * snapshot = stepOrder(machine, snapshot, { type: "order.submit" });
 * snapshot = stepOrder(machine, snapshot, {
 *   type: "order.priced",
 *   summary: {
 *     currency: "EUR", net: "1500.00", tax: "285.00", gross: "1785.00", explanation: [],
 *     lines: [{ lineId: "1", unitPrice: "1500.00", net: "1500.00", tax: "285.00", gross: "1785.00" }],
 *   },
 * });
 * snapshot = stepOrder(machine, snapshot, { type: "credit.decided", outcome: { status: "approved", reasons: [] } });
 * snapshot.value //=> "managerApproval"
 * snapshot = stepOrder(machine, snapshot, { type: "approval.grant", step: "managerApproval", by: "m.weber" });
 * snapshot.value //=> "confirmed"
 * ```
 * @since 0.1.0
 */
export function createOrderMachine(options: OrderMachineOptions = {}): OrderMachine {
  const approvals = checkOptions(options);
  const hooks = options.guards ?? {};
  const afterCredit = approvals[0]?.id ?? "confirmed";
  const cancel = { target: "cancelled", guard: "hostAllowsCancel", actions: "cancelOrder" } as const;
  const amend = { target: "pricing", guard: "hostAllowsAmend", actions: "amend" } as const;
  const settle = `#order.${SETTLING_STATE}`;
  const returns = {
    "return.authorize": { actions: "authorizeReturn" },
    "return.receive": { actions: "receiveReturn" },
  } as const;

  const approvalStates = Object.fromEntries(
    approvals.map((step, i) => {
      const next = approvals[i + 1]?.id ?? "confirmed";
      return [
        step.id,
        {
          always: { guard: { type: "approvalNotRequired", params: { step: step.id } }, target: next },
          on: {
            "approval.grant": {
              guard: { type: "isStep", params: { step: step.id } },
              target: next,
              actions: "recordApproval",
            },
            "approval.deny": {
              guard: { type: "isStep", params: { step: step.id } },
              target: "rejected",
              actions: "recordApproval",
            },
            "order.amend": amend,
            "order.cancel": cancel,
          },
        },
      ] as const;
    }),
  );

  // The cast widens what xstate infers from the built-in config: a host's approval steps add states at run time,
  // so the state value is any string, not the literal union of the built-in names.
  const machine = setup({
    types: {
      context: {} as OrderContext,
      events: {} as OrderEvent,
      input: {} as OrderContext,
    },
    guards: {
      creditApproved: ({ event }) => event.type === "credit.decided" && event.outcome.status === "approved",
      creditOnHold: ({ event }) => event.type === "credit.decided" && event.outcome.status === "hold",
      isStep: ({ event }, params: { step: string }) =>
        (event.type === "approval.grant" || event.type === "approval.deny") && event.step === params.step,
      approvalNotRequired: ({ context }, params: { step: string }) =>
        !(approvals.find((s) => s.id === params.step)?.isRequired(context) ?? false),
      hostAllowsShip: ({ context, event }) =>
        event.type !== "shipment.dispatch" || (hooks.canShip?.(context, event) ?? true),
      hostAllowsCancel: ({ context, event }) =>
        (event.type !== "order.cancel" && event.type !== "line.cancel") || (hooks.canCancel?.(context, event) ?? true),
      hostAllowsAmend: ({ context, event }) =>
        event.type !== "order.amend" || (hooks.canAmend?.(context, event) ?? true),
      allCancelled: ({ context }) => isAllCancelled(context),
      allDelivered: ({ context }) => isFullyShipped(context) && isAllDelivered(context),
      fullyShipped: ({ context }) => isFullyShipped(context),
      anyShipped: ({ context }) => isAnyShipped(context),
      stockNotRequested: ({ context }) => !context.stockRequested,
      noOpenReturn: ({ context }) => context.returns.every((r) => r.status !== "authorized"),
      fullyReserved: ({ context }) => isFullyReserved(context),
    },
    actions: {
      clearEffects: assign({ effects: () => [] }),
      recordPriced: assign(({ event }) =>
        event.type === "order.priced" ? { priced: event.summary, effects: [] } : {},
      ),
      recordPricingFailure: assign(({ event }) =>
        event.type === "order.pricingFailed" ? { note: event.reason, effects: [] } : {},
      ),
      recordCredit: assign(({ event }) =>
        event.type === "credit.decided" ? { credit: event.outcome, effects: [] } : {},
      ),
      recordHoldDecision: assign(({ context, event }) => {
        if (event.type !== "credit.release" && event.type !== "credit.reject") return {};
        const decision = event.type === "credit.release" ? ("granted" as const) : ("denied" as const);
        return {
          decisions: [
            ...context.decisions,
            { step: "credit", decision, by: event.by, ...(event.reason === undefined ? {} : { reason: event.reason }) },
          ],
          effects: [],
        };
      }),
      recordApproval: assign(({ context, event }) => {
        if (event.type !== "approval.grant" && event.type !== "approval.deny") return {};
        const reason = event.type === "approval.deny" ? event.reason : undefined;
        const decision = event.type === "approval.grant" ? ("granted" as const) : ("denied" as const);
        return {
          decisions: [
            ...context.decisions,
            { step: event.step, decision, by: event.by, ...(reason === undefined ? {} : { reason }) },
          ],
          effects: [],
        };
      }),
      amend: assign(({ context, event }) => (event.type === "order.amend" ? applyAmend(context, event) : {})),
      cancelOrder: assign(({ context, event }) =>
        event.type === "order.cancel" ? applyCancelOrder(context, event) : {},
      ),
      cancelLine: assign(({ context, event }) => (event.type === "line.cancel" ? applyCancelLine(context, event) : {})),
      recordReservation: assign(({ context, event }) =>
        event.type === "stock.reserved" ? applyReserved(context, event) : {},
      ),
      recordShipment: assign(({ context, event }) =>
        event.type === "shipment.dispatch" ? applyShipment(context, event) : {},
      ),
      recordDelivery: assign(({ context, event }) =>
        event.type === "shipment.delivered" ? applyDelivered(context, event) : {},
      ),
      recordDelay: assign(({ context, event }) =>
        event.type === "shipment.delayed" ? applyDelay(context, event) : {},
      ),
      authorizeReturn: assign(({ context, event }) =>
        event.type === "return.authorize" ? applyReturnAuthorize(context, event) : {},
      ),
      receiveReturn: assign(({ context, event }) =>
        event.type === "return.receive" ? applyReturnReceive(context, event) : {},
      ),
      recordInvoice: assign(({ event }) =>
        event.type === "order.invoice" ? { invoiceId: event.invoiceId, effects: [] } : {},
      ),
      recordRejection: assign(({ event }) =>
        event.type === "credit.decided" || event.type === "credit.reject" || event.type === "approval.deny"
          ? { note: "rejected", effects: [] }
          : {},
      ),
    },
  }).createMachine({
    id: "order",
    context: ({ input }) => input,
    initial: "draft",
    states: {
      draft: {
        on: {
          "order.submit": { target: "pricing", actions: "clearEffects" },
          "order.amend": { target: "draft", guard: "hostAllowsAmend", actions: "amend" },
          "order.cancel": cancel,
        },
      },
      pricing: {
        on: {
          "order.priced": { target: "creditCheck", actions: "recordPriced" },
          "order.pricingFailed": { target: "draft", actions: "recordPricingFailure" },
          "order.cancel": cancel,
        },
      },
      creditCheck: {
        on: {
          "credit.decided": [
            { guard: "creditApproved", target: afterCredit, actions: "recordCredit" },
            { guard: "creditOnHold", target: "onHold", actions: "recordCredit" },
            { target: "rejected", actions: ["recordCredit", "recordRejection"] },
          ],
          "order.cancel": cancel,
        },
      },
      onHold: {
        on: {
          "credit.release": { target: afterCredit, actions: "recordHoldDecision" },
          "credit.reject": { target: "rejected", actions: "recordHoldDecision" },
          "order.amend": amend,
          "order.cancel": cancel,
        },
      },
      ...approvalStates,
      confirmed: {
        on: {
          "stock.reserved": { target: settle, actions: "recordReservation" },
          "line.cancel": { target: settle, guard: "hostAllowsCancel", actions: "cancelLine" },
          "order.amend": amend,
          "order.cancel": cancel,
        },
      },
      reserved: {
        on: {
          "shipment.dispatch": { target: settle, guard: "hostAllowsShip", actions: "recordShipment" },
          "line.cancel": { target: settle, guard: "hostAllowsCancel", actions: "cancelLine" },
          "order.amend": amend,
          "order.cancel": cancel,
        },
      },
      backordered: {
        on: {
          "stock.reserved": { target: settle, actions: "recordReservation" },
          "shipment.dispatch": { target: settle, guard: "hostAllowsShip", actions: "recordShipment" },
          "line.cancel": { target: settle, guard: "hostAllowsCancel", actions: "cancelLine" },
          "order.amend": amend,
          "order.cancel": cancel,
        },
      },
      partlyShipped: {
        on: {
          "stock.reserved": { target: settle, actions: "recordReservation" },
          "shipment.dispatch": { target: settle, guard: "hostAllowsShip", actions: "recordShipment" },
          "shipment.delivered": { target: settle, actions: "recordDelivery" },
          "line.cancel": { target: settle, guard: "hostAllowsCancel", actions: "cancelLine" },
          "shipment.delayed": { actions: "recordDelay" },
          ...returns,
        },
      },
      shipped: {
        on: {
          "shipment.delivered": { target: settle, actions: "recordDelivery" },
          "shipment.delayed": { actions: "recordDelay" },
          ...returns,
        },
      },
      delivered: {
        on: {
          "order.invoice": { target: "invoiced", actions: "recordInvoice" },
          ...returns,
        },
      },
      invoiced: {
        on: {
          "order.close": { target: "closed", guard: "noOpenReturn", actions: "clearEffects" },
          ...returns,
        },
      },
      [SETTLING_STATE]: {
        always: [
          { guard: "allCancelled", target: "cancelled" },
          { guard: "allDelivered", target: "delivered" },
          { guard: "fullyShipped", target: "shipped" },
          { guard: "anyShipped", target: "partlyShipped" },
          { guard: "stockNotRequested", target: "confirmed" },
          { guard: "fullyReserved", target: "reserved" },
          { target: "backordered" },
        ],
      },
      closed: { type: "final" },
      cancelled: { type: "final" },
      rejected: { type: "final" },
    },
  });
  return machine as unknown as OrderMachine;
}

/**
 * The type of the order machine {@link createOrderMachine} builds: an XState v5 `StateMachine` over
 * {@link OrderContext} and {@link OrderEvent}, whose input is the initial context.
 * @since 0.1.0
 */
export type OrderMachine = StateMachine<
  OrderContext,
  OrderEvent,
  Record<never, AnyActorRef | undefined>,
  ProvidedActor & never,
  ParameterizedObject,
  ParameterizedObject,
  string,
  string,
  string,
  OrderContext,
  NonReducibleUnknown,
  EventObject,
  MetaObject,
  StateSchema
>;
