import type { Notification, NotificationResult, Notifier } from "../ports/Notifier.js";

/** The in-memory notifier: it keeps what it was asked to send. */
export interface InMemoryNotifier extends Notifier {
  /** Notifications delivered so far, in order, without duplicates. */
  readonly sent: readonly Notification[];
}

/** Options of {@link createInMemoryNotifier}. */
export interface InMemoryNotifierOptions {
  /** Fails delivery with the returned reason, for tests. */
  readonly fail?: ((notification: Notification) => string | undefined) | undefined;
}

/**
 * An in-memory {@link Notifier} that records every notification and delivers each id once.
 *
 * @param options - Fault injection.
 * @returns The notifier.
 * @example
 * ```ts
 * import { createInMemoryNotifier } from "@o2c/core";
 *
 * const notifier = createInMemoryNotifier();
 * const message = { id: "n1", channel: "email", recipient: "ap@example.com", template: "order.delayed", data: {} };
 * (await notifier.send(message)).status //=> "sent"
 * (await notifier.send(message)).status //=> "duplicate"
 * notifier.sent.length //=> 1
 * ```
 * @since 0.1.0
 */
export function createInMemoryNotifier(options: InMemoryNotifierOptions = {}): InMemoryNotifier {
  const sent: Notification[] = [];
  const ids = new Set<string>();
  return {
    sent,
    send: async (notification: Notification): Promise<NotificationResult> => {
      if (ids.has(notification.id)) return { status: "duplicate", id: notification.id };
      const reason = options.fail?.(notification);
      if (reason !== undefined) return { status: "failed", id: notification.id, reason };
      ids.add(notification.id);
      sent.push(structuredClone(notification));
      return { status: "sent", id: notification.id };
    },
  };
}
