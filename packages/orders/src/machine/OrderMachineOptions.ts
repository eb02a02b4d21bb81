import { orderError } from "../errors.js";
import type { OrderContext } from "../model/OrderContext.js";
import type { OrderEvent } from "../model/OrderEvent.js";
import { ORDER_STATES, SETTLING_STATE } from "./orderStates.js";

type EventOf<T extends OrderEvent["type"]> = Extract<OrderEvent, { type: T }>;

/**
 * A step a host adds between the credit approval and the confirmation, such as a manager's approval above an
 * amount. The machine gets a state named `id` that waits for `approval.grant` or `approval.deny` with
 * `step: id`, and is skipped when `isRequired` says no.
 * @since 0.1.0
 */
export interface ApprovalStep {
  /** The state's name: camelCase, not a built-in state's name, for example `"managerApproval"`. */
  readonly id: string;
  /**
   * Whether this order needs the step; a pure function of the order (its priced totals, lines, customer).
   *
   * @param context - The order, priced and credit-approved.
   * @returns `true` to wait for a person's decision, `false` to skip the step.
   */
  readonly isRequired: (context: OrderContext) => boolean;
}

/**
 * Extra conditions a host puts on transitions. Each returns `true` to allow; a `false` makes the event illegal in
 * that moment (`ORDER_ILLEGAL_TRANSITION`).
 * @since 0.1.0
 */
export interface OrderGuardHooks {
  /**
   * Whether a shipment may leave (for example: not before payment for prepaid channels).
   *
   * @param context - The order.
   * @param event - The shipment.
   * @returns Whether to allow it.
   */
  readonly canShip?: ((context: OrderContext, event: EventOf<"shipment.dispatch">) => boolean) | undefined;
  /**
   * Whether the order or a line may be cancelled.
   *
   * @param context - The order.
   * @param event - The cancellation.
   * @returns Whether to allow it.
   */
  readonly canCancel?:
    | ((context: OrderContext, event: EventOf<"order.cancel"> | EventOf<"line.cancel">) => boolean)
    | undefined;
  /**
   * Whether the order may be amended.
   *
   * @param context - The order.
   * @param event - The amendment.
   * @returns Whether to allow it.
   */
  readonly canAmend?: ((context: OrderContext, event: EventOf<"order.amend">) => boolean) | undefined;
}

/**
 * How a host extends the order machine without copying it.
 * @since 0.1.0
 */
export interface OrderMachineOptions {
  /** Approval steps, in order, between credit approval and confirmation. */
  readonly approvals?: readonly ApprovalStep[] | undefined;
  /** Extra guards on shipping, cancelling and amending. */
  readonly guards?: OrderGuardHooks | undefined;
}

const STEP_ID = /^[a-z][A-Za-z0-9]*$/;

/** Checks a host's options; returns the approval steps. */
export function checkOptions(options: OrderMachineOptions): readonly ApprovalStep[] {
  const approvals = options.approvals ?? [];
  const taken = new Set<string>([...ORDER_STATES, SETTLING_STATE, "credit"]);
  approvals.forEach((step, i) => {
    if (!STEP_ID.test(step.id) || taken.has(step.id)) {
      throw orderError(
        "ORDER_INVALID_OPTIONS",
        `Approval step id ${JSON.stringify(step.id)} must be camelCase and not the name of another state`,
        { path: ["approvals", i, "id"] },
      );
    }
    taken.add(step.id);
  });
  return approvals;
}
