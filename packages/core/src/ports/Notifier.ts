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
export type NotificationResult = NotificationSent | NotificationDuplicate | NotificationFailed;

/** The notification went out. */
export interface NotificationSent {
  /** Always `sent`. */
  readonly status: "sent";
  /** The notification's id. */
  readonly id: string;
}

/** The notification had been sent before under the same id; nothing was sent again. */
export interface NotificationDuplicate {
  /** Always `duplicate`. */
  readonly status: "duplicate";
  /** The notification's id. */
  readonly id: string;
}

/** The channel refused the notification. */
export interface NotificationFailed {
  /** Always `failed`. */
  readonly status: "failed";
  /** The notification's id. */
  readonly id: string;
  /** Why, as the channel said. */
  readonly reason: string;
}

/**
 * The port through which o2c tells people things. Called from the outbox dispatcher, never from inside a
 * transaction. `createInMemoryNotifier()` is the shipped default.
 * @since 0.1.0
 */
export interface Notifier {
  /** Sends a notification once per id. */
  send(notification: Notification): Promise<NotificationResult>;
}
