import type { DomainEvent, InventoryPort, Notifier, Store } from "@o2c/core";
import type { OrderEffect } from "../model/OrderEffect.js";

/**
 * The outbox event types the order dispatcher carries out. Other order events (`order.transitioned`,
 * `order.invoicing.creditNote`, `order.inventory.restock`) stay in the outbox for their own consumers.
 * @since 0.1.0
 */
export const DISPATCHED_EFFECT_TYPES: readonly string[] = [
  "order.inventory.commit",
  "order.inventory.release",
  "order.notify",
];

/**
 * The ports the dispatcher talks to.
 * @since 0.1.0
 */
export interface OrderEffectPorts {
  /** Where the effects wait. */
  readonly store: Store;
  /** Stock commits and releases go here. */
  readonly inventory: InventoryPort;
  /** Notifications go here. */
  readonly notifier: Notifier;
}

/**
 * What one dispatch run did.
 * @since 0.1.0
 */
export interface DispatchReport {
  /** Effects carried out and marked dispatched. */
  readonly dispatched: number;
  /** Notifications the notifier refused; they stay pending and are retried on the next run. */
  readonly failed: number;
}

async function carryOut(effect: OrderEffect, ports: OrderEffectPorts): Promise<boolean> {
  switch (effect.type) {
    case "inventory.commit":
      await ports.inventory.commit({
        reservationId: effect.reservationId,
        quantity: effect.quantity,
        shipmentId: effect.shipmentId,
        warehouseId: effect.warehouseId,
      });
      return true;
    case "inventory.release": {
      // Converge on the target instead of releasing a delta, so a repeat after a crash releases nothing more.
      const current = await ports.inventory.release({ reservationId: effect.reservationId, quantity: 0 });
      const excess = current.reserved - effect.keepOpen;
      if (excess > 0) await ports.inventory.release({ reservationId: effect.reservationId, quantity: excess });
      return true;
    }
    case "notify":
      return (await ports.notifier.send(effect.notification)).status !== "failed";
    default:
      return true;
  }
}

/**
 * Carries out the order effects waiting in the outbox (commit stock, release reservations, notify), oldest first,
 * and marks each dispatched once done.
 *
 * @remarks
 * Runs outside any store transaction. Every effect is idempotent (commits by shipment id, releases converge on a
 * target quantity, notifications by id), so a crash between an effect and its mark only repeats a harmless call.
 *
 * @param ports - Store, inventory and notifier.
 * @returns How many effects were dispatched and how many notifications failed.
 * @throws `O2CError` an inventory error (`INVENTORY_UNKNOWN_RESERVATION`...) stops the run; the effect
 * stays pending.
 * @since 0.1.0
 */
export async function dispatchOrderEffects(ports: OrderEffectPorts): Promise<DispatchReport> {
  return dispatchEvents(
    (await ports.store.outbox.pending()).map((entry) => entry.event),
    ports,
  );
}

/** Carries out the order effects among `events` (committed outbox events), in order, marking each once done. */
export async function dispatchEvents(events: readonly DomainEvent[], ports: OrderEffectPorts): Promise<DispatchReport> {
  let dispatched = 0;
  let failed = 0;
  for (const event of events) {
    if (!DISPATCHED_EFFECT_TYPES.includes(event.type)) continue;
    if (await carryOut(event.payload as OrderEffect, ports)) {
      await ports.store.outbox.markDispatched([event.id]);
      dispatched++;
    } else failed++;
  }
  return { dispatched, failed };
}
