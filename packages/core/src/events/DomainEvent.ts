import type { IdGenerator } from "../ids/IdGenerator.js";
import type { Clock } from "../time/Clock.js";

/**
 * The envelope of a domain event: what happened (`type`, `payload`), to which aggregate, when, and in answer to
 * what. Events are recorded in the store's outbox in the same transaction as the change they describe.
 *
 * @typeParam TType - The event's type, dot-namespaced (`order.confirmed`, `invoice.issued`).
 * @typeParam TPayload - The event's data: plain JSON.
 * @since 0.1.0
 */
export interface DomainEvent<TType extends string = string, TPayload = unknown> {
  /** Unique id of the event. */
  readonly id: string;
  /** What happened, dot-namespaced: `order.confirmed`. */
  readonly type: TType;
  /** Kind of the aggregate that changed: `order`, `invoice`. */
  readonly aggregateType: string;
  /** Id of the aggregate that changed. */
  readonly aggregateId: string;
  /** Version of the aggregate after the change, when it is versioned. */
  readonly aggregateVersion?: number | undefined;
  /** When it happened, ISO 8601 instant from the {@link Clock}. */
  readonly occurredAt: string;
  /** The event's data, plain JSON. */
  readonly payload: TPayload;
  /** Id of the command or event that caused this one. */
  readonly causationId?: string | undefined;
  /** Id shared by every event of one business flow (an order's way to cash). */
  readonly correlationId?: string | undefined;
}

/** What {@link createDomainEvent} needs besides the ports. */
export interface DomainEventInput<TType extends string, TPayload> {
  /** What happened, dot-namespaced: `order.confirmed`. */
  readonly type: TType;
  /** Kind of the aggregate that changed. */
  readonly aggregateType: string;
  /** Id of the aggregate that changed. */
  readonly aggregateId: string;
  /** The event's data, plain JSON. */
  readonly payload: TPayload;
  /** Version of the aggregate after the change. */
  readonly aggregateVersion?: number | undefined;
  /** Id of the command or event that caused this one. */
  readonly causationId?: string | undefined;
  /** Id shared by every event of one business flow. */
  readonly correlationId?: string | undefined;
}

/**
 * Builds a domain event with an id and a time taken from the ports.
 *
 * @param input - What happened.
 * @param ports - The clock and id generator.
 * @returns The event.
 * @example
 * ```ts
 * import { createDomainEvent, createFixedClock, createSequentialIdGenerator } from "@o2c/core";
 *
 * const event = createDomainEvent(
 *   { type: "order.confirmed", aggregateType: "order", aggregateId: "ord_1", payload: { lines: 2 } },
 *   { clock: createFixedClock("2026-10-14T09:00:00Z"), ids: createSequentialIdGenerator() },
 * );
 * event.id //=> "evt_000001"
 * event.occurredAt //=> "2026-10-14T09:00:00.000Z"
 * ```
 * @since 0.1.0
 */
export function createDomainEvent<TType extends string, TPayload>(
  input: DomainEventInput<TType, TPayload>,
  ports: { clock: Clock; ids: IdGenerator },
): DomainEvent<TType, TPayload> {
  return {
    id: ports.ids.next("evt"),
    occurredAt: ports.clock.now().toISOString(),
    ...input,
  };
}
