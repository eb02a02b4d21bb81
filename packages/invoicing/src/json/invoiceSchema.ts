import {
  businessDateSchema,
  currencyCodeSchema,
  type Money,
  moneySchema,
  parseWith,
  type SafeParseResult,
  safeParseWith,
} from "@o2c/core";
import { z } from "zod";
import { deepFreeze } from "../internal/freeze.js";
import type { Invoice, InvoiceTotals } from "../model/Invoice.js";
import { invoicePartySchema, paymentAccountSchema, paymentTermsSchema, taxCategorySchema } from "../schemas.js";
import { computeInvoiceTotals } from "../tax/computeInvoiceTotals.js";
import type { InvoiceJSON } from "./toInvoiceJSON.js";

const text = z.string().min(1);
const decimal = z.string().regex(/^\d+(?:\.\d+)?$/);

const allowanceChargeSchema = z.object({
  kind: z.enum(["allowance", "charge"]),
  amount: moneySchema,
  reason: text,
  reasonCode: text.optional(),
  taxCategory: taxCategorySchema.optional(),
  taxRatePercent: decimal.optional(),
});

const lineSchema = z.object({
  id: text,
  sku: text,
  description: text,
  quantity: decimal,
  unitCode: text,
  unitPrice: moneySchema,
  grossAmount: moneySchema,
  allowanceCharges: z.array(allowanceChargeSchema),
  net: moneySchema,
  taxCategory: taxCategorySchema,
  taxRatePercent: decimal,
  exemptionReason: text.optional(),
  exemptionReasonCode: text.optional(),
  source: z.object({
    orderId: text.optional(),
    orderLineId: text.optional(),
    shipmentIds: z.array(text).optional(),
    correctedLineId: text.optional(),
  }),
});

const TOTAL_KEYS = [
  "lineNet",
  "allowances",
  "charges",
  "taxExclusive",
  "tax",
  "taxInclusive",
  "prepaid",
  "rounding",
  "payable",
] as const satisfies readonly (keyof InvoiceTotals)[];

const discountOfferSchema = z.object({
  percent: decimal,
  deadline: businessDateSchema,
  discountAmount: moneySchema,
  discountedAmount: moneySchema,
});

const schema = z
  .object({
    id: text,
    kind: z.enum(["invoice", "credit-note", "debit-note"]),
    status: z.enum(["draft", "issued", "partlyPaid", "paid", "overdue", "disputed", "writtenOff", "credited"]),
    number: text.optional(),
    series: text.optional(),
    issueDate: businessDateSchema.optional(),
    currency: currencyCodeSchema,
    customerId: text,
    seller: invoicePartySchema,
    buyer: invoicePartySchema,
    lines: z.array(lineSchema).min(1),
    allowanceCharges: z.array(allowanceChargeSchema),
    taxBreakdown: z.array(
      z.object({
        category: taxCategorySchema,
        ratePercent: decimal,
        taxableAmount: moneySchema,
        taxAmount: moneySchema,
        exemptionReason: text.optional(),
        exemptionReasonCode: text.optional(),
      }),
    ),
    totals: z.object(
      Object.fromEntries(TOTAL_KEYS.map((k) => [k, moneySchema])) as Record<
        (typeof TOTAL_KEYS)[number],
        typeof moneySchema
      >,
    ),
    terms: paymentTermsSchema.optional(),
    schedule: z
      .object({
        total: moneySchema,
        dueDate: businessDateSchema,
        discount: discountOfferSchema.optional(),
        instalments: z.array(
          z.object({
            sequence: z.number().int().min(1),
            dueDate: businessDateSchema,
            amount: moneySchema,
            discount: discountOfferSchema.optional(),
          }),
        ),
      })
      .optional(),
    paymentAccount: paymentAccountSchema.optional(),
    creditorReference: text.optional(),
    fx: z
      .object({
        functionalCurrency: currencyCodeSchema,
        rate: decimal,
        source: text,
        rateDate: businessDateSchema,
        taxExclusive: moneySchema,
        tax: moneySchema,
        taxInclusive: moneySchema,
      })
      .optional(),
    references: z.object({
      orderIds: z.array(text),
      shipmentIds: z.array(text),
      buyerReference: text.optional(),
      precedingInvoice: z.object({ id: text, number: text, issueDate: businessDateSchema }).optional(),
    }),
    paidAmount: moneySchema,
    note: text.optional(),
  })
  .superRefine((invoice, ctx) => {
    const issue = (code: string, path: (string | number)[], message: string) =>
      ctx.addIssue({ code: "custom", message, path, params: { code } });
    const money: [Money, (string | number)[]][] = [
      ...invoice.lines.flatMap((l, i): [Money, (string | number)[]][] => [
        [l.unitPrice, ["lines", i, "unitPrice"]],
        [l.net, ["lines", i, "net"]],
      ]),
      ...invoice.allowanceCharges.map((a, i): [Money, (string | number)[]] => [
        a.amount,
        ["allowanceCharges", i, "amount"],
      ]),
      [invoice.paidAmount, ["paidAmount"]],
    ];
    let mixed = false;
    for (const [amount, path] of money) {
      if (amount.currency !== invoice.currency) {
        mixed = true;
        issue("CURRENCY_MISMATCH", [...path, "currency"], `Expected ${invoice.currency}, got ${amount.currency}`);
      }
    }
    if (mixed) return;
    // The stored totals must be what the lines give (BR-CO-10..17): a tampered or corrupted file is refused.
    const recomputed = computeInvoiceTotals({
      currency: invoice.currency,
      lines: invoice.lines as unknown as Invoice["lines"],
      allowanceCharges: invoice.allowanceCharges as unknown as Invoice["allowanceCharges"],
      prepaid: invoice.totals.prepaid,
      rounding: invoice.totals.rounding,
    });
    for (const key of TOTAL_KEYS) {
      if (!recomputed.totals[key].equals(invoice.totals[key])) {
        issue(
          "TOTALS_MISMATCH",
          ["totals", key],
          `Expected ${recomputed.totals[key]} from the lines, got ${invoice.totals[key]}`,
        );
      }
    }
    invoice.lines.forEach((line, i) => {
      const net = line.allowanceCharges.reduce(
        (sum, ac) => (ac.kind === "allowance" ? sum.subtract(ac.amount) : sum.add(ac.amount)),
        line.unitPrice.multiply(line.quantity, "halfUp"),
      );
      if (!net.equals(line.net)) issue("TOTALS_MISMATCH", ["lines", i, "net"], `Expected ${net}, got ${line.net}`);
    });
  })
  .transform((invoice) => deepFreeze(invoice as unknown as Invoice));

/**
 * The zod schema of an invoice's wire and storage form ({@link InvoiceJSON}), parsed to a frozen {@link Invoice}.
 * @remarks
 * Beyond shapes, it checks that every amount is in the invoice currency (`CURRENCY_MISMATCH`) and that the line nets
 * and totals are what the lines give (`TOTALS_MISMATCH` at `lines[i].net` or `totals.<key>`), so a corrupted or
 * tampered stored invoice is refused rather than trusted.
 * @since 0.1.0
 */
export const invoiceSchema: z.ZodType<Invoice, InvoiceJSON> = schema as unknown as z.ZodType<Invoice, InvoiceJSON>;

/**
 * Parses an invoice from its JSON form (as stored by {@link issueInvoice} or sent over the wire).
 * @param input - Untrusted JSON.
 * @returns The frozen invoice.
 * @throws `ValidationError` with every issue, each with its code (`REQUIRED`, `INVALID_AMOUNT`, `CURRENCY_MISMATCH`,
 * `TOTALS_MISMATCH`...) and path.
 * @example
 * ```ts
 * import { invoiceOrder, parseInvoice, toInvoiceJSON } from "@o2c/invoicing";
 * const draft = invoiceOrder({
 *   draftId: "inv_1", seller: { name: "Acme" }, buyer: { name: "Globex" },
 *   order: { id: "o1", customerId: "c1", currency: "EUR", lines: [{ id: "l1", sku: "S", description: "Service", quantity: "1",
 *     unitPrice: { amount: "10.00", currency: "EUR" }, net: { amount: "10.00", currency: "EUR" }, taxCategory: "S", taxRatePercent: "19" }] },
 * });
 * const json = toInvoiceJSON(draft);
 * parseInvoice(json).totals.payable.toString() //=> "11.90"
 * ```
 * @since 0.1.0
 */
export function parseInvoice(input: unknown): Invoice {
  return parseWith(invoiceSchema, input);
}

/**
 * Like {@link parseInvoice}, but returns `{ success, data | error }` instead of throwing.
 * @param input - Untrusted JSON.
 * @returns The invoice or the validation error.
 * @since 0.1.0
 */
export function safeParseInvoice(input: unknown): SafeParseResult<Invoice> {
  return safeParseWith(invoiceSchema, input);
}
