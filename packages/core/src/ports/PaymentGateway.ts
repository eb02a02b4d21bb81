import type { Money } from "../money/Money.js";

/** Fields every gateway request carries. */
export interface GatewayRequestBase {
  /**
   * Unique per intended operation: a retry of the same operation reuses the key, and the gateway then returns the
   * first answer instead of acting twice.
   */
  readonly idempotencyKey: string;
}

/** A request to reserve funds on a payment method. */
export interface AuthorizeRequest extends GatewayRequestBase {
  /** The amount to reserve. */
  readonly amount: Money;
  /** The gateway's token of the card, mandate or wallet. */
  readonly paymentMethod: string;
  /** The host's reference (an order number), shown to the payer where the gateway supports it. */
  readonly reference: string;
}

/** A request to collect authorised funds, all or part of them. */
export interface CaptureRequest extends GatewayRequestBase {
  /** The authorisation to capture from. */
  readonly authorizationId: string;
  /** The amount to collect, at most what is still authorised. */
  readonly amount: Money;
}

/** A request to release an authorisation without collecting it. */
export interface VoidRequest extends GatewayRequestBase {
  /** The authorisation to release. */
  readonly authorizationId: string;
}

/** A request to pay captured funds back, all or part of them. */
export interface RefundRequest extends GatewayRequestBase {
  /** The capture to refund from. */
  readonly captureId: string;
  /** The amount to pay back, at most what is captured and not yet refunded. */
  readonly amount: Money;
  /** Why, for the statement and the records. */
  readonly reason?: string | undefined;
}

/**
 * The gateway's answer. A decline is an expected outcome, returned, not thrown; a failure to reach the gateway is
 * thrown as `GATEWAY_TIMEOUT` or `GATEWAY_UNAVAILABLE` and may be retried with the same idempotency key.
 * @since 0.1.0
 */
export type GatewayResult = GatewaySucceeded | GatewayPending | GatewayDeclined;

/** The gateway acted. */
export interface GatewaySucceeded {
  /** Always `succeeded`. */
  readonly status: "succeeded";
  /** The gateway's id of this operation (authorization, capture, void or refund id). */
  readonly transactionId: string;
  /** The amount authorised, captured, voided or refunded. */
  readonly amount: Money;
}

/** The gateway accepted the request and will report the outcome by webhook. */
export interface GatewayPending {
  /** Always `pending`. */
  readonly status: "pending";
  /** The gateway's id of this operation. */
  readonly transactionId: string;
  /** The amount requested. */
  readonly amount: Money;
}

/** The gateway refused: an expected outcome. */
export interface GatewayDeclined {
  /** Always `declined`. */
  readonly status: "declined";
  /** The gateway's id of this attempt. */
  readonly transactionId: string;
  /** A normalised reason code: `insufficient_funds`, `expired`, `exceeds_authorization`, `already_voided`... */
  readonly reason: string;
}

/** The kinds of normalised webhook events. */
export type GatewayEventType =
  | "authorization.succeeded"
  | "authorization.declined"
  | "capture.succeeded"
  | "capture.failed"
  | "authorization.voided"
  | "refund.succeeded"
  | "refund.failed"
  | "chargeback.opened";

/** A gateway's webhook, normalised: hosts map their provider's payloads to this shape. */
export interface GatewayEvent {
  /** The provider's event id: deliveries with the same id are the same event (webhooks arrive more than once). */
  readonly id: string;
  /** What happened. */
  readonly type: GatewayEventType;
  /** The operation the event is about. */
  readonly transactionId: string;
  /** The amount concerned, when the event has one. */
  readonly amount?: Money | undefined;
  /** When the provider says it happened, ISO 8601. */
  readonly occurredAt: string;
}

/**
 * The port to a payment service provider: authorise, capture, void and refund, each idempotent by key, and the
 * normalisation of its webhooks.
 *
 * @remarks
 * Implementations must honour idempotency keys (a replay returns the first answer and does not act again) and must
 * not throw for a decline. `createInMemoryPaymentGateway()` is the shipped default, with fault injection for tests.
 * @since 0.1.0
 */
export interface PaymentGateway {
  /** Reserves funds on a payment method. */
  authorize(request: AuthorizeRequest): Promise<GatewayResult>;
  /** Collects authorised funds, all or part. */
  capture(request: CaptureRequest): Promise<GatewayResult>;
  /** Releases an authorisation that was not captured. */
  void(request: VoidRequest): Promise<GatewayResult>;
  /** Pays captured funds back, all or part. */
  refund(request: RefundRequest): Promise<GatewayResult>;
  /**
   * Normalises a provider webhook payload (after the host checked its signature).
   * @throws {@link ValidationError} for a payload that is not a webhook of this provider.
   */
  parseWebhook(payload: unknown): GatewayEvent;
}
