import { currencyCodeSchema, isoDateSchema, parseWith, type SafeParseResult, safeParseWith } from "@o2c/core";
import { z } from "zod";
import { type Address, addressSchema } from "./addressSchema.js";

/**
 * The sales channels an order can come through.
 * @since 0.1.0
 */
export const ORDER_CHANNELS = ["web", "edi", "phone", "email", "sales", "marketplace", "pos"] as const;

/**
 * A sales channel.
 * @since 0.1.0
 */
export type OrderChannel = (typeof ORDER_CHANNELS)[number];

/**
 * One line of an {@link OrderInput}.
 * @since 0.1.0
 */
export interface OrderLineInput {
  /** The line's id, unique in the order; `"1"`, `"2"`... by position when omitted. */
  readonly lineId: string;
  /** The article number. */
  readonly sku: string;
  /** Ordered quantity, a positive integer in the article's base unit. */
  readonly quantity: number;
}

/**
 * The customer an order is for.
 * @since 0.1.0
 */
export interface OrderCustomer {
  /** The host's customer id. */
  readonly id: string;
  /** Where notifications (delays) go. */
  readonly email?: string | undefined;
}

/**
 * A validated order, as captured: the output of {@link parseOrderInput}. Plain JSON, so it can live in a stored
 * snapshot.
 * @since 0.1.0
 */
export interface OrderInput {
  /** The client's key for this submission: submitting again with the same key returns the first order. */
  readonly idempotencyKey: string;
  /** Who orders. */
  readonly customer: OrderCustomer;
  /** ISO 4217 code of the order's currency. */
  readonly currency: string;
  /** The lines, at least one. */
  readonly lines: readonly OrderLineInput[];
  /** Where the invoice goes. */
  readonly billingAddress: Address;
  /** Where the goods go. */
  readonly shippingAddress: Address;
  /** The delivery date the customer asked for, `YYYY-MM-DD`. */
  readonly requestedDeliveryDate?: string | undefined;
  /** The customer's purchase order number (EN 16931 BT-13), at most 35 characters. */
  readonly customerPoNumber?: string | undefined;
  /** Where the order came from. */
  readonly channel: OrderChannel;
}

const lineSchema = z.object({
  lineId: z.string().trim().min(1).max(64).optional(),
  sku: z.string().trim().min(1).max(64),
  quantity: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

/**
 * The zod schema of an {@link OrderInput}.
 *
 * @remarks
 * Issue codes: `REQUIRED`, `INVALID_TYPE`, `UNKNOWN_CURRENCY`, `INVALID_DATE`, `INVALID_COUNTRY`,
 * `INVALID_POSTAL_CODE`, `DUPLICATE_LINE_ID`, and zod's own (`TOO_SMALL` for a zero quantity or an empty list,
 * `INVALID_VALUE` for an unknown channel). Every problem of the input is reported at once, each with its path.
 * Quantities are integers in base units. Line ids default to the position, `"1"`, `"2"`...
 * @since 0.1.0
 */
export const orderInputSchema: z.ZodType<OrderInput, unknown> = z
  .object({
    idempotencyKey: z.string().trim().min(1).max(200),
    customer: z.object({ id: z.string().trim().min(1), email: z.email().optional() }),
    currency: currencyCodeSchema,
    lines: z
      .array(lineSchema)
      .min(1)
      .max(1000)
      .superRefine((lines, ctx) => {
        const seen = new Set<string>();
        lines.forEach((line, i) => {
          const lineId = line.lineId ?? String(i + 1);
          if (seen.has(lineId)) {
            ctx.addIssue({
              code: "custom",
              path: [i, "lineId"],
              message: `Line id ${JSON.stringify(lineId)} is used twice`,
              params: { code: "DUPLICATE_LINE_ID" },
            });
          }
          seen.add(lineId);
        });
      }),
    billingAddress: addressSchema,
    shippingAddress: addressSchema,
    requestedDeliveryDate: isoDateSchema.optional(),
    customerPoNumber: z.string().trim().min(1).max(35).optional(),
    channel: z.enum(ORDER_CHANNELS),
  })
  .transform(
    (input): OrderInput =>
      ({
        ...input,
        lines: input.lines.map((line, i) => ({
          lineId: line.lineId ?? String(i + 1),
          sku: line.sku,
          quantity: line.quantity,
        })),
      }) as OrderInput,
  );

/**
 * Validates an order as it arrives from outside.
 *
 * @param input - Untrusted input.
 * @returns The validated order.
 * @throws `ValidationError` `VALIDATION_FAILED` listing every issue (see {@link orderInputSchema}).
 * @example
 * ```ts
 * import { parseOrderInput } from "@o2c/orders";
 *
 * const address = { name: "Hafenbau GmbH", line1: "Kai 1", city: "Hamburg", postalCode: "20095", country: "DE" };
 * const order = parseOrderInput({
 *   idempotencyKey: "req-1",
 *   customer: { id: "C-1" },
 *   currency: "EUR",
 *   lines: [{ sku: "BOLT-M8", quantity: 10 }],
 *   billingAddress: address,
 *   shippingAddress: address,
 *   channel: "web",
 * });
 * order.lines[0]?.lineId //=> "1"
 * ```
 * @since 0.1.0
 */
export function parseOrderInput(input: unknown): OrderInput {
  return parseWith(orderInputSchema, input);
}

/**
 * Like {@link parseOrderInput}, but returns `{ success, data | error }` instead of throwing.
 *
 * @param input - Untrusted input.
 * @returns The validated order, or the validation error with every issue.
 * @since 0.1.0
 */
export function safeParseOrderInput(input: unknown): SafeParseResult<OrderInput> {
  return safeParseWith(orderInputSchema, input);
}
