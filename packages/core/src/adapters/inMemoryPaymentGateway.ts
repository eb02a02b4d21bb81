import { O2CError } from "../errors/O2CError.js";
import { ValidationError } from "../errors/ValidationError.js";
import type { Money } from "../money/Money.js";
import type {
  AuthorizeRequest,
  CaptureRequest,
  GatewayEvent,
  GatewayEventType,
  GatewayResult,
  PaymentGateway,
  RefundRequest,
  VoidRequest,
} from "../ports/PaymentGateway.js";
import { parseMoney } from "../schemas/schemas.js";

/** The operations of a gateway, as fault hooks see them. */
export type GatewayOperation = "authorize" | "capture" | "void" | "refund";

/** Options of {@link createInMemoryPaymentGateway}. */
export interface InMemoryPaymentGatewayOptions {
  /**
   * Simulates a network timeout: `"before"` fails before the gateway acts (nothing happened), `"after"` fails after
   * it acted (the money moved but the caller never heard). Either throws `GATEWAY_TIMEOUT`; a retry with the same
   * idempotency key then returns the first answer.
   */
  readonly timeout?:
    | ((operation: GatewayOperation, idempotencyKey: string) => "before" | "after" | undefined)
    | undefined;
  /** Declines an authorisation with the returned reason, for example `"insufficient_funds"`. */
  readonly decline?: ((request: AuthorizeRequest) => string | undefined) | undefined;
  /** Deliver every webhook twice, as real providers do. */
  readonly duplicateWebhooks?: boolean | undefined;
}

/** The in-memory gateway, with hooks for tests. */
export interface InMemoryPaymentGateway extends PaymentGateway {
  /** Webhook payloads emitted so far, in order, and forgets them. */
  drainWebhooks(): unknown[];
  /** How many times the gateway really acted (not counting replays), per operation. */
  readonly calls: Readonly<Record<GatewayOperation, number>>;
}

interface Authorization {
  readonly id: string;
  readonly amount: Money;
  captured: Money;
  voided: boolean;
}

interface Capture {
  readonly id: string;
  readonly amount: Money;
  refunded: Money;
}

/**
 * An in-memory payment gateway that keeps authorisations, captures and refunds, honours idempotency keys, emits
 * webhooks, and can time out or decline on demand.
 *
 * @param options - Fault injection.
 * @returns The gateway.
 * @example
 * ```ts
 * import { Money, createInMemoryPaymentGateway } from "@o2c/core";
 *
 * const gateway = createInMemoryPaymentGateway();
 * const auth = await gateway.authorize({
 *   idempotencyKey: "auth-1", amount: Money.of("50.00", "EUR"), paymentMethod: "pm_card", reference: "SO-1",
 * });
 * auth.status //=> "succeeded"
 * ```
 * @since 0.1.0
 */
export function createInMemoryPaymentGateway(options: InMemoryPaymentGatewayOptions = {}): InMemoryPaymentGateway {
  const answers = new Map<string, { fingerprint: string; result: GatewayResult }>();
  const authorizations = new Map<string, Authorization>();
  const captures = new Map<string, Capture>();
  const webhooks: unknown[] = [];
  const calls: Record<GatewayOperation, number> = { authorize: 0, capture: 0, void: 0, refund: 0 };
  let counter = 0;
  let eventCounter = 0;

  const emit = (type: GatewayEventType, transactionId: string, amount?: Money) => {
    const payload = {
      id: `evt_${++eventCounter}`,
      type,
      transactionId,
      amount: amount?.toJSON(),
      occurredAt: "1970-01-01T00:00:00.000Z",
    };
    webhooks.push(payload);
    if (options.duplicateWebhooks) webhooks.push(structuredClone(payload));
  };

  async function once(
    operation: GatewayOperation,
    key: string,
    fingerprint: string,
    act: () => GatewayResult,
  ): Promise<GatewayResult> {
    const previous = answers.get(key);
    if (previous !== undefined) {
      if (previous.fingerprint !== fingerprint) {
        throw new O2CError("IDEMPOTENCY_KEY_REUSED", `Key ${JSON.stringify(key)} was used for another request`);
      }
      return previous.result;
    }
    const timeout = options.timeout?.(operation, key);
    if (timeout === "before")
      throw new O2CError("GATEWAY_TIMEOUT", `${operation} timed out before reaching the gateway`);
    calls[operation] += 1;
    const result = act();
    answers.set(key, { fingerprint, result });
    if (timeout === "after") throw new O2CError("GATEWAY_TIMEOUT", `${operation} timed out after the gateway acted`);
    return result;
  }

  const nextId = (prefix: string) => `${prefix}_${String(++counter).padStart(6, "0")}`;

  return {
    calls,
    drainWebhooks: () => webhooks.splice(0, webhooks.length),
    authorize: (request: AuthorizeRequest) =>
      once("authorize", request.idempotencyKey, `authorize:${request.amount}:${request.amount.currency}`, () => {
        const id = nextId("auth");
        const reason = options.decline?.(request);
        if (reason !== undefined) {
          emit("authorization.declined", id);
          return { status: "declined", transactionId: id, reason };
        }
        authorizations.set(id, {
          id,
          amount: request.amount,
          captured: request.amount.subtract(request.amount),
          voided: false,
        });
        emit("authorization.succeeded", id, request.amount);
        return { status: "succeeded", transactionId: id, amount: request.amount };
      }),
    capture: (request: CaptureRequest) =>
      once("capture", request.idempotencyKey, `capture:${request.authorizationId}:${request.amount}`, () => {
        const auth = authorizationOf(authorizations, request.authorizationId);
        const id = nextId("cap");
        if (auth.voided) return { status: "declined", transactionId: id, reason: "already_voided" };
        if (!request.amount.isPositive() || auth.captured.add(request.amount).greaterThan(auth.amount)) {
          emit("capture.failed", id, request.amount);
          return { status: "declined", transactionId: id, reason: "exceeds_authorization" };
        }
        auth.captured = auth.captured.add(request.amount);
        captures.set(id, { id, amount: request.amount, refunded: request.amount.subtract(request.amount) });
        emit("capture.succeeded", id, request.amount);
        return { status: "succeeded", transactionId: id, amount: request.amount };
      }),
    void: (request: VoidRequest) =>
      once("void", request.idempotencyKey, `void:${request.authorizationId}`, () => {
        const auth = authorizationOf(authorizations, request.authorizationId);
        const id = nextId("void");
        if (!auth.captured.isZero()) return { status: "declined", transactionId: id, reason: "already_captured" };
        auth.voided = true;
        emit("authorization.voided", auth.id, auth.amount);
        return { status: "succeeded", transactionId: id, amount: auth.amount };
      }),
    refund: (request: RefundRequest) =>
      once("refund", request.idempotencyKey, `refund:${request.captureId}:${request.amount}`, () => {
        const capture = captures.get(request.captureId);
        if (capture === undefined) {
          throw new O2CError("GATEWAY_UNKNOWN_TRANSACTION", `No capture ${request.captureId}`);
        }
        const id = nextId("ref");
        if (!request.amount.isPositive() || capture.refunded.add(request.amount).greaterThan(capture.amount)) {
          emit("refund.failed", id, request.amount);
          return { status: "declined", transactionId: id, reason: "exceeds_capture" };
        }
        capture.refunded = capture.refunded.add(request.amount);
        emit("refund.succeeded", id, request.amount);
        return { status: "succeeded", transactionId: id, amount: request.amount };
      }),
    parseWebhook: (payload: unknown): GatewayEvent => {
      if (typeof payload !== "object" || payload === null) {
        throw ValidationError.single("INVALID_WEBHOOK", [], "A webhook payload must be an object");
      }
      const p = payload as Record<string, unknown>;
      for (const field of ["id", "type", "transactionId", "occurredAt"]) {
        if (typeof p[field] !== "string") {
          throw ValidationError.single("INVALID_WEBHOOK", [field], `Missing or invalid field ${field}`);
        }
      }
      if (!GATEWAY_EVENT_TYPES.has(p["type"] as string)) {
        throw ValidationError.single("INVALID_WEBHOOK", ["type"], `Unknown event type ${JSON.stringify(p["type"])}`);
      }
      const event: GatewayEvent = {
        id: p["id"] as string,
        type: p["type"] as GatewayEventType,
        transactionId: p["transactionId"] as string,
        occurredAt: p["occurredAt"] as string,
      };
      return p["amount"] === undefined ? event : { ...event, amount: parseMoney(p["amount"], ["amount"]) };
    },
  };
}

const GATEWAY_EVENT_TYPES: ReadonlySet<string> = new Set<GatewayEventType>([
  "authorization.succeeded",
  "authorization.declined",
  "capture.succeeded",
  "capture.failed",
  "authorization.voided",
  "refund.succeeded",
  "refund.failed",
  "chargeback.opened",
]);

function authorizationOf(authorizations: Map<string, Authorization>, id: string): Authorization {
  const auth = authorizations.get(id);
  if (auth === undefined) throw new O2CError("GATEWAY_UNKNOWN_TRANSACTION", `No authorization ${id}`);
  return auth;
}
