import { getCurrency, isoDateSchema, parseMinorUnits, parseWith, ValidationError } from "@o2c/core";
import { z } from "zod";
import type { Customer } from "./model/Customer.js";
import type { OpenItem } from "./model/OpenItem.js";
import type { PaymentInput } from "./model/PaymentInput.js";

function issue(ctx: z.core.$RefinementCtx, code: string, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: "custom", message, path, params: { code } });
}

const FAST_AMOUNT = /^(-?\d+)(?:\.(\d+))?$/;
const exponents = new Map<string, number | null>();

function exponentOf(currency: string): number | null {
  let exponent: number | null;
  try {
    exponent = getCurrency(currency).exponent;
  } catch {
    exponent = null;
  }
  exponents.set(currency, exponent);
  return exponent;
}

/**
 * The matcher computes in safe-integer minor units (numbers, for speed): an amount beyond 2^53 - 1 minor units
 * (about 90 trillion in a two-decimal currency) is refused here instead of losing precision later.
 */
const MAX_MATCH_MINOR = BigInt(Number.MAX_SAFE_INTEGER);

function checkRange(
  ctx: z.core.$RefinementCtx,
  minor: bigint,
  value: string,
  path: string,
  sign: "positive" | "any",
): bigint | null {
  if (minor > MAX_MATCH_MINOR || minor < -MAX_MATCH_MINOR) {
    issue(ctx, "AMOUNT_OUT_OF_RANGE", [path], `${path} ${value} is beyond the matcher's range of 2^53 - 1 minor units`);
    return null;
  }
  if (sign === "positive" && minor <= 0n) {
    issue(ctx, "AMOUNT_NOT_POSITIVE", [path], `${path} must be positive, got ${value}`);
    return null;
  }
  return minor;
}

/** Adds an issue when `value` is not an amount of `currency` (unknown currency, bad format, too many decimals). */
function checkAmount(
  ctx: z.core.$RefinementCtx,
  value: string,
  currency: string,
  path: string,
  sign: "positive" | "any",
): bigint | null {
  const exponent = exponents.get(currency) ?? exponentOf(currency);
  if (exponent === null) return null;
  const fast = FAST_AMOUNT.exec(value);
  if (fast !== null && (fast[2]?.length ?? 0) <= exponent && value.length < 19) {
    const minor = BigInt(value.replace(".", "")) * 10n ** BigInt(exponent - (fast[2]?.length ?? 0));
    return checkRange(ctx, minor, value, path, sign);
  }
  try {
    return checkRange(ctx, parseMinorUnits(value, exponent, [path]), value, path, sign);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    for (const i of error.issues) issue(ctx, i.code, [...i.path.map(String)], i.message);
    return null;
  }
}

const knownCurrencies = new Map<string, boolean>();
const currencySchema = z.string().refine(
  (code) => {
    let known = knownCurrencies.get(code);
    if (known === undefined) {
      try {
        getCurrency(code, []);
        known = true;
      } catch {
        known = false;
      }
      knownCurrencies.set(code, known);
    }
    return known;
  },
  { message: "Unknown currency: expected an ISO 4217 code", params: { code: "UNKNOWN_CURRENCY" } },
);

function pattern(re: RegExp, code: string, message: string): z.ZodType<string> {
  // A custom check so that the issue carries the o2c code (INVALID_DATE, INVALID_DECIMAL), not zod's INVALID_FORMAT.
  return z.string().refine((value) => re.test(value), { message, params: { code } });
}

const dateSchema = isoDateSchema;

/**
 * Zod schema of one customer record (FORMAT.md section 2).
 * @since 0.1.0
 */
export const customerSchema: z.ZodType<Customer> = z.object({
  id: z.string().min(1),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  accounts: z.array(z.string()).default([]),
  country: z.string().default(""),
});

/**
 * Zod schema of one open item (FORMAT.md section 3). Amounts must be decimal strings with the currency's minor
 * digits; invoices are positive with `0 < openAmount <= amount`, credit notes negative with `amount <= openAmount < 0`.
 * @since 0.1.0
 */
export const openItemSchema: z.ZodType<OpenItem> = z
  .object({
    id: z.string().min(1),
    customerId: z.string().min(1),
    kind: z.enum(["invoice", "credit-note"]),
    currency: currencySchema,
    issueDate: dateSchema,
    dueDate: dateSchema,
    amount: z.string(),
    openAmount: z.string(),
    poNumber: z.string().nullable().default(null),
    terms: z
      .object({
        discountPercent: pattern(/^\d{1,2}(\.\d{1,4})?$/, "INVALID_DECIMAL", 'Expected a percentage such as "2"'),
        discountDays: z.number().int().min(0).max(366),
      })
      .nullable()
      .default(null),
  })
  .superRefine((item, ctx) => {
    const amount = checkAmount(ctx, item.amount, item.currency, "amount", "any");
    const open = checkAmount(ctx, item.openAmount, item.currency, "openAmount", "any");
    if (amount === null || open === null) return;
    const ok = item.kind === "invoice" ? open > 0n && open <= amount : open < 0n && open >= amount;
    if (!ok) {
      issue(
        ctx,
        "OPEN_AMOUNT_OUT_OF_RANGE",
        ["openAmount"],
        item.kind === "invoice"
          ? "An invoice needs 0 < openAmount <= amount"
          : "A credit note needs amount <= openAmount < 0",
      );
    }
  });

/**
 * Zod schema of one incoming payment (FORMAT.md section 4, or a parsed statement line). `endToEndId`
 * `"NOTPROVIDED"` is read as absent.
 * @since 0.1.0
 */
export const paymentInputSchema: z.ZodType<PaymentInput> = z
  .object({
    id: z.string().min(1),
    valueDate: dateSchema,
    amount: z.string(),
    currency: currencySchema,
    payerName: z.string().nullable().default(null),
    payerAccount: z.string().nullable().default(null),
    remittance: z.string().nullable().default(""),
    endToEndId: z.string().nullable().default(null),
    structuredReferences: z.array(z.string()).optional(),
  })
  .superRefine((payment, ctx) => {
    checkAmount(ctx, payment.amount, payment.currency, "amount", "positive");
  })
  .transform((p) => {
    const e2e = p.endToEndId === null || p.endToEndId.toUpperCase() === "NOTPROVIDED" ? null : p.endToEndId;
    const base = { ...p, remittance: p.remittance ?? "", endToEndId: e2e };
    if (base.structuredReferences === undefined) delete base.structuredReferences;
    return base as PaymentInput;
  });

function uniqueIds(kind: string): (rows: readonly { id: string }[], ctx: z.core.$RefinementCtx) => void {
  return (rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (seen.has(row.id)) issue(ctx, "DUPLICATE_ID", [i, "id"], `Duplicate ${kind} id ${JSON.stringify(row.id)}`);
      seen.add(row.id);
    });
  };
}

const customersSchema = z.array(customerSchema).superRefine(uniqueIds("customer"));
const openItemsSchema = z.array(openItemSchema).superRefine(uniqueIds("open item"));
const paymentsSchema = z.array(paymentInputSchema).superRefine(uniqueIds("payment"));

/**
 * Validates customer master data (an array as in `customers.json`).
 *
 * @param input - Untrusted JSON value.
 * @returns The customers.
 * @throws `ValidationError` (`VALIDATION_FAILED`) with issues such as `REQUIRED`, `INVALID_TYPE`,
 *   `DUPLICATE_ID`, each with its path (`[3, "id"]`).
 * @since 0.1.0
 */
export function parseCustomers(input: unknown): Customer[] {
  return parseWith(customersSchema, input) as Customer[];
}

/**
 * Validates open items (an array as in `invoices.json`).
 *
 * @param input - Untrusted JSON value.
 * @returns The open items.
 * @throws `ValidationError` (`VALIDATION_FAILED`) with issues such as `INVALID_AMOUNT`, `AMOUNT_PRECISION`,
 *   `UNKNOWN_CURRENCY`, `INVALID_DATE`, `OPEN_AMOUNT_OUT_OF_RANGE`, `DUPLICATE_ID`, each with its path.
 * @since 0.1.0
 */
export function parseOpenItems(input: unknown): OpenItem[] {
  return parseWith(openItemsSchema, input) as OpenItem[];
}

/**
 * Validates incoming payments (an array as in `payments.json`).
 *
 * @param input - Untrusted JSON value.
 * @returns The payments, `"NOTPROVIDED"` end-to-end ids as `null`.
 * @throws `ValidationError` (`VALIDATION_FAILED`) with issues such as `INVALID_AMOUNT`,
 *   `AMOUNT_NOT_POSITIVE`, `UNKNOWN_CURRENCY`, `INVALID_DATE`, `DUPLICATE_ID`, each with its path.
 * @since 0.1.0
 */
export function parsePaymentInputs(input: unknown): PaymentInput[] {
  return parseWith(paymentsSchema, input) as PaymentInput[];
}
