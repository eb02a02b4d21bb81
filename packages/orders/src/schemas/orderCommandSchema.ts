import { isoDateSchema, parseWith } from "@o2c/core";
import { z } from "zod";
import type { OrderEvent } from "../model/OrderEvent.js";

/**
 * The events a person or host may send to an order through the order service. The answers of pricing, credit
 * and inventory (`order.priced`, `order.pricingFailed`, `credit.decided`, `stock.reserved`) are produced by the
 * service itself and are not commands.
 * @since 0.1.0
 */
export type OrderCommand = Exclude<
  OrderEvent,
  {
    /** The types of the service's own answers. */
    readonly type: "order.priced" | "order.pricingFailed" | "credit.decided" | "stock.reserved";
  }
>;

const text = z.string().trim().min(1).max(200);
const quantity = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const quantities = z.array(z.object({ lineId: text, quantity })).min(1);

/**
 * The zod schema of an {@link OrderCommand}, keyed by `type`.
 *
 * @remarks
 * Issue codes: `REQUIRED`, `INVALID_TYPE`, `INVALID_UNION` (an unknown `type`), `TOO_SMALL` (a quantity below 1,
 * an empty list), `INVALID_DATE`, `DUPLICATE_LINE_ID` (an amendment with a line id twice).
 * @since 0.1.0
 */
export const orderCommandSchema: z.ZodType<OrderCommand, unknown> = z.discriminatedUnion("type", [
  z.object({ type: z.literal("order.submit") }),
  z.object({ type: z.literal("credit.release"), by: text, reason: text.optional() }),
  z.object({ type: z.literal("credit.reject"), by: text, reason: text.optional() }),
  z.object({ type: z.literal("approval.grant"), step: text, by: text }),
  z.object({ type: z.literal("approval.deny"), step: text, by: text, reason: text.optional() }),
  z.object({
    type: z.literal("order.amend"),
    lines: z
      .array(z.object({ lineId: text, sku: text, quantity }))
      .min(1)
      .superRefine((lines, ctx) => {
        const seen = new Set<string>();
        lines.forEach((line, i) => {
          if (seen.has(line.lineId)) {
            ctx.addIssue({
              code: "custom",
              path: [i, "lineId"],
              message: `Line id ${JSON.stringify(line.lineId)} is used twice`,
              params: { code: "DUPLICATE_LINE_ID" },
            });
          }
          seen.add(line.lineId);
        });
      }),
  }),
  z.object({
    type: z.literal("shipment.dispatch"),
    shipmentId: text,
    warehouseId: text,
    carrier: text,
    trackingNumber: text,
    shippedOn: isoDateSchema,
    lines: quantities,
  }),
  z.object({ type: z.literal("shipment.delivered"), shipmentId: text, deliveredOn: isoDateSchema }),
  z.object({ type: z.literal("shipment.delayed"), shipmentId: text, expectedOn: isoDateSchema, reason: text }),
  z.object({
    type: z.literal("return.authorize"),
    rmaId: text,
    lines: z.array(z.object({ lineId: text, quantity, reason: text })).min(1),
  }),
  z.object({
    type: z.literal("return.receive"),
    rmaId: text,
    dispositions: z.array(z.object({ lineId: text, disposition: z.enum(["restock", "scrap"]) })),
  }),
  z.object({ type: z.literal("order.invoice"), invoiceId: text }),
  z.object({ type: z.literal("order.close") }),
  z.object({ type: z.literal("order.cancel"), reason: text }),
  z.object({ type: z.literal("line.cancel"), lineId: text, quantity, reason: text }),
]) as unknown as z.ZodType<OrderCommand, unknown>;

/**
 * Validates a command sent to an order from outside.
 *
 * @param input - Untrusted input.
 * @returns The command.
 * @throws `ValidationError` `VALIDATION_FAILED` with every issue (see {@link orderCommandSchema}).
 * @example
 * ```ts
 * import { parseOrderCommand } from "@o2c/orders";
 *
 * parseOrderCommand({ type: "line.cancel", lineId: "2", quantity: 1, reason: "customer" }).type //=> "line.cancel"
 * ```
 * @since 0.1.0
 */
export function parseOrderCommand(input: unknown): OrderCommand {
  return parseWith(orderCommandSchema, input);
}
