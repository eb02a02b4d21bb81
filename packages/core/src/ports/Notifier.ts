/**
 * A message to a person or system: an order confirmation, a delay, a dunning letter.
 * @since 0.1.0
 */
export interface Notification {
  /** Unique per intended message: sending the same id twice delivers once. */
  readonly id: string;
  /** `"email"`, `"sms"`, `"webhook"`, or a channel of the host's. */
  readonly channel: string;
  /** Address on that channel. */
  readonly recipient: string;
  /** The host's template name, for example `"order.delayed"`. */
  readonly template: string;
  /** Data for the template, plain JSON. */
  readonly data: Readonly<Record<string, unknown>>;
}

/** Whether a notification went out. A refusal is returned, not thrown. */
export type NotificationResult =
  | { readonly status: "sent"; readonly id: string }
  | { readonly status: "duplicate"; readonly id: string }
  | { readonly status: "failed"; readonly id: string; readonly reason: string };

/**
 * The port through which o2c tells people things. Called from the outbox dispatcher, never from inside a
 * transaction. `createInMemoryNotifier()` is the shipped default.
 * @since 0.1.0
 */
export interface Notifier {
  send(notification: Notification): Promise<NotificationResult>;
}
