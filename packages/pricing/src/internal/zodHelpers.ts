import { businessDateSchema, currencyCodeSchema, Money, ValidationError } from "@o2c/core";
import { z } from "zod";

/** Options of {@link decimalString}. */
interface DecimalStringOptions {
  /** Issue code for a string that is not a plain decimal. */
  readonly invalid: string;
  /** Issue code for a negative value; negatives are allowed when absent. */
  readonly negative?: string | undefined;
  /** Issue code for zero; zero is allowed when absent. */
  readonly zero?: string | undefined;
  /** Most decimal places allowed, with the issue code beyond. */
  readonly maxScale?: { readonly places: number; readonly code: string } | undefined;
}

const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
const ZERO_DIGITS = /^0*$/;

function push(ctx: { issues: unknown[]; value: string }, code: string, message: string): void {
  (ctx.issues as z.core.$ZodRawIssue[]).push({ code: "custom", message, input: ctx.value, params: { code } });
}

/** A plain decimal string (`"2"`, `"0.5"`, `"3.6"`) checked for sign and precision, each failure with its code. */
export function decimalString(options: DecimalStringOptions): z.ZodType<string, string> {
  return z.string().check((ctx) => {
    const match = PLAIN_DECIMAL.exec(ctx.value);
    if (match === null) {
      push(
        ctx,
        options.invalid,
        `Expected a plain decimal string such as "2" or "0.5", got ${JSON.stringify(ctx.value)}`,
      );
      return;
    }
    const fraction = match[3] ?? "";
    const isZero = ZERO_DIGITS.test(match[2] ?? "") && ZERO_DIGITS.test(fraction);
    if (options.negative !== undefined && match[1] === "-" && !isZero)
      push(ctx, options.negative, "Must not be negative");
    else if (options.zero !== undefined && isZero) push(ctx, options.zero, "Must be greater than zero");
    if (options.maxScale !== undefined && fraction.length > options.maxScale.places) {
      push(ctx, options.maxScale.code, `At most ${options.maxScale.places} decimal places`);
    }
  });
}

/** A `YYYY-MM-DD` date, kept as its canonical string (which sorts like the date). */
export const dateString: z.ZodType<string, string> = businessDateSchema.transform((date) => date.toString());

/** An ISO 4217 currency code. */
export const currencyCode: z.ZodType<string, string> = currencyCodeSchema;

/** A non-empty identifier. */
export const idString: z.ZodType<string, string> = z.string().min(1);

/**
 * A money DTO kept as strings: `{ amount: "5.00", currency: "EUR" }`, non-negative, within the currency's minor
 * unit (`AMOUNT_PRECISION` beyond).
 */
export const moneyDto: z.ZodType<{ amount: string; currency: string }, { amount: string; currency: string }> = z
  .object({
    amount: decimalString({ invalid: "INVALID_AMOUNT", negative: "NEGATIVE_AMOUNT" }),
    currency: currencyCode,
  })
  .check((ctx) => {
    try {
      Money.of(ctx.value.amount, ctx.value.currency);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      for (const issue of error.issues) {
        ctx.issues.push({
          code: "custom",
          message: issue.message,
          input: ctx.value,
          path: [...issue.path],
          params: { code: issue.code },
        });
      }
    }
  });
