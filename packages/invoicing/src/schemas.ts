import { currencyCodeSchema, type Money, moneySchema, O2CDecimal, type TaxCategoryCode } from "@o2c/core";
import { z } from "zod";
import { mod97 } from "./internal/mod97.js";
import type {
  LineQuantity,
  Order,
  OrderCharge,
  OrderChargeInput,
  OrderInput,
  OrderLine,
  OrderLineInput,
  ShipmentInput,
} from "./model/OrderInput.js";
import type { InvoiceParty, PaymentAccount, PostalAddress } from "./model/Party.js";
import type { DueDateRule, EarlyPaymentDiscount, InstalmentTerm, PaymentTerms } from "./terms/PaymentTerms.js";

const DECIMAL = /^\d+(?:\.\d+)?$/;

const text = z.string().trim().min(1);

/** A non-negative decimal string such as `"19"` or `"5.5"`; issue code `INVALID_DECIMAL`. */
const nonNegativeDecimal = z.string().refine((value) => DECIMAL.test(value), {
  message: 'Expected a non-negative decimal string such as "19" or "5.5"',
  params: { code: "INVALID_DECIMAL" },
});

/** A positive decimal string; issue code `INVALID_QUANTITY`. */
const quantity = z.string().refine((value) => DECIMAL.test(value) && /[1-9]/.test(value), {
  message: 'Expected a positive decimal quantity such as "3" or "2.5"',
  params: { code: "INVALID_QUANTITY" },
});

const dayCount = z.number().int().min(0).max(3660);

/**
 * VAT categories of EN 16931 (UNCL5305 subset).
 * @since 0.1.0
 */
export const taxCategorySchema: z.ZodType<TaxCategoryCode> = z.enum(["S", "Z", "E", "AE", "K", "G", "O", "L", "M"]);

/**
 * A postal address.
 * @since 0.1.0
 */
export const postalAddressSchema: z.ZodType<PostalAddress> = z.object({
  line1: text,
  line2: text.optional(),
  city: text,
  postalCode: text,
  subdivision: text.optional(),
  country: z.string().regex(/^[A-Z]{2}$/),
});

/**
 * A seller or buyer.
 * @since 0.1.0
 */
export const invoicePartySchema: z.ZodType<InvoiceParty> = z.object({
  id: text.optional(),
  name: text,
  address: postalAddressSchema.optional(),
  vatId: z
    .string()
    .regex(/^[A-Z]{2}[0-9A-Za-z+*.]{2,13}$/)
    .optional(),
  legalId: text.optional(),
  electronicAddress: text.optional(),
  email: text.optional(),
});

/**
 * The seller's bank account. The IBAN is checked for shape and its ISO 13616 check digits (issue code
 * `INVALID_IBAN`).
 * @since 0.1.0
 */
export const paymentAccountSchema: z.ZodType<PaymentAccount> = z.object({
  iban: z
    .string()
    .transform((value) => value.replace(/\s+/g, "").toUpperCase())
    .refine(isValidIban, { message: "Expected a valid IBAN", params: { code: "INVALID_IBAN" } }),
  bic: z
    .string()
    .regex(/^[A-Z0-9]{8}(?:[A-Z0-9]{3})?$/)
    .optional(),
  accountName: text.optional(),
});

/**
 * A due-date rule.
 * @since 0.1.0
 */
export const dueDateRuleSchema: z.ZodType<DueDateRule> = z.discriminatedUnion("type", [
  z.object({ type: z.literal("net"), days: dayCount }),
  z.object({ type: z.literal("endOfMonth"), days: dayCount }),
  z.object({ type: z.literal("endOfFollowingMonth"), days: dayCount }),
  z.object({ type: z.literal("dayOfMonth"), day: z.number().int().min(1).max(31), minimumDays: dayCount.optional() }),
]);

const discountSchema: z.ZodType<EarlyPaymentDiscount> = z.object({
  percent: nonNegativeDecimal.refine((value) => !DECIMAL.test(value) || new O2CDecimal(value).lessThan(100), {
    message: "A discount must be below 100 percent",
    params: { code: "INVALID_DISCOUNT" },
  }),
  days: dayCount,
});

const instalmentSchema: z.ZodType<InstalmentTerm> = z.object({ share: nonNegativeDecimal, due: dueDateRuleSchema });

/**
 * Payment terms. Instalment shares must not all be zero (issue code `INVALID_INSTALMENTS`).
 * @since 0.1.0
 */
export const paymentTermsSchema: z.ZodType<PaymentTerms> = z
  .object({
    description: text.optional(),
    due: dueDateRuleSchema,
    discount: discountSchema.optional(),
    instalments: z.array(instalmentSchema).min(1).optional(),
  })
  .superRefine((terms, ctx) => {
    if (terms.instalments?.every((i) => !/[1-9]/.test(i.share))) {
      ctx.addIssue({
        code: "custom",
        message: "At least one instalment share must be positive",
        path: ["instalments"],
        params: { code: "INVALID_INSTALMENTS" },
      });
    }
  });

const orderLineSchema: z.ZodType<OrderLine, OrderLineInput> = z.object({
  id: text,
  sku: text,
  description: text,
  quantity,
  unitPrice: moneySchema,
  net: moneySchema,
  taxCategory: taxCategorySchema,
  taxRatePercent: nonNegativeDecimal,
  unitCode: text.optional(),
  exemptionReason: text.optional(),
  exemptionReasonCode: text.optional(),
}) as unknown as z.ZodType<OrderLine, OrderLineInput>;

const orderChargeSchema: z.ZodType<OrderCharge, OrderChargeInput> = z.object({
  kind: z.enum(["allowance", "charge"]),
  amount: moneySchema,
  reason: text,
  reasonCode: text.optional(),
  taxCategory: taxCategorySchema,
  taxRatePercent: nonNegativeDecimal,
}) as unknown as z.ZodType<OrderCharge, OrderChargeInput>;

/**
 * An order to invoice. Every amount must be in the order currency (issue code `CURRENCY_MISMATCH` at the amount's
 * `currency`); line ids must be unique (`DUPLICATE_LINE_ID`).
 * @since 0.1.0
 */
export const orderSchema: z.ZodType<Order, OrderInput> = z
  .object({
    id: text,
    customerId: text,
    currency: currencyCodeSchema,
    lines: z.array(orderLineSchema).min(1),
    charges: z.array(orderChargeSchema).optional(),
  })
  .superRefine((order, ctx) => {
    const seen = new Set<string>();
    order.lines.forEach((line, i) => {
      if (seen.has(line.id)) {
        ctx.addIssue({
          code: "custom",
          message: `Line id ${line.id} is used twice`,
          path: ["lines", i, "id"],
          params: { code: "DUPLICATE_LINE_ID" },
        });
      }
      seen.add(line.id);
      for (const field of ["unitPrice", "net"] as const) {
        checkCurrency(ctx, order.currency, line[field], ["lines", i, field, "currency"]);
      }
    });
    (order.charges ?? []).forEach((charge, i) => {
      checkCurrency(ctx, order.currency, charge.amount, ["charges", i, "amount", "currency"]);
    });
  })
  .transform((order) => ({ ...order, charges: order.charges ?? [] })) as unknown as z.ZodType<Order, OrderInput>;

/**
 * A quantity of one order line.
 * @since 0.1.0
 */
export const lineQuantitySchema: z.ZodType<LineQuantity> = z.object({ orderLineId: text, quantity });

/**
 * A shipment.
 * @since 0.1.0
 */
export const shipmentSchema: z.ZodType<ShipmentInput> = z.object({
  id: text,
  orderId: text,
  lines: z.array(lineQuantitySchema).min(1),
});

function checkCurrency(ctx: z.core.$RefinementCtx, expected: string, amount: Money, path: (string | number)[]): void {
  if (amount.currency !== expected) {
    ctx.addIssue({
      code: "custom",
      message: `Expected an amount in ${expected}, got ${amount.currency}`,
      path,
      params: { code: "CURRENCY_MISMATCH" },
    });
  }
}

/**
 * Whether an IBAN has a valid shape and ISO 13616 mod-97 check digits.
 * @param iban - The IBAN, spaces allowed.
 * @returns `true` when valid.
 * @example
 * ```ts
 * import { isValidIban } from "@o2c/invoicing";
 * isValidIban("DE89 3704 0044 0532 0130 00") //=> true
 * isValidIban("DE88 3704 0044 0532 0130 00") //=> false
 * ```
 * @since 0.1.0
 */
export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  return mod97(`${compact.slice(4)}${compact.slice(0, 4)}`) === 1;
}
