import type { Decimal } from "decimal.js";
import { z } from "zod";
import { BusinessDate } from "../date/BusinessDate.js";
import { isIsoDate } from "../date/isoDate.js";
import { parseDecimal } from "../decimal/decimal.js";
import type { ErrorPath } from "../errors/O2CError.js";
import { ValidationError } from "../errors/ValidationError.js";
import { getCurrency } from "../money/currency.js";
import { Money, type MoneyJSON } from "../money/Money.js";

/**
 * Runs a check that throws {@link ValidationError} inside a zod transform and turns its issues into zod issues
 * (keeping their o2c codes), so one parse reports every problem of a document at once.
 */
function refineWith<TIn, TOut>(check: (value: TIn) => TOut) {
  return (value: TIn, ctx: z.core.$RefinementCtx<TIn>): TOut => {
    try {
      return check(value);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      for (const issue of error.issues) {
        ctx.issues.push({
          code: "custom",
          message: issue.message,
          input: value,
          path: [...issue.path],
          params: { code: issue.code },
        });
      }
      return z.NEVER;
    }
  };
}

/**
 * An ISO 4217 currency code. Unknown codes fail with issue code `UNKNOWN_CURRENCY`.
 * @since 0.1.0
 */
export const currencyCodeSchema: z.ZodType<string, string> = z.string().transform(
  refineWith((code: string) => {
    getCurrency(code, []);
    return code;
  }),
);

/**
 * A money DTO `{ amount: "1190.00", currency: "EUR" }`, parsed to a {@link Money}. Issues have the codes of
 * {@link Money.of}, at path `amount` or `currency`.
 * @since 0.1.0
 */
export const moneySchema: z.ZodType<Money, MoneyJSON> = z
  .object({ amount: z.unknown(), currency: z.string() })
  .transform(
    refineWith((input: { amount: unknown; currency: string }) => Money.of(input.amount as string, input.currency)),
  ) as unknown as z.ZodType<Money, MoneyJSON>;

/**
 * An exact decimal string such as `"19"` or `"0.055"`, parsed to decimal.js. Issue code `INVALID_DECIMAL`.
 * @since 0.1.0
 */
export const decimalSchema: z.ZodType<Decimal, string> = z
  .string()
  .transform(refineWith((value: string) => parseDecimal(value, [])));

/**
 * A calendar date `YYYY-MM-DD` kept as its string (for DTOs that store dates as text); a malformed string or a
 * day the calendar does not have (`2026-02-30`) fails with issue code `INVALID_DATE`.
 * @since 0.1.0
 */
export const isoDateSchema: z.ZodType<string, string> = z.string().refine(isIsoDate, {
  message: "Expected a calendar date as YYYY-MM-DD",
  params: { code: "INVALID_DATE" },
});

/**
 * A calendar date `YYYY-MM-DD`, parsed to a {@link BusinessDate}. Issue code `INVALID_DATE`.
 * @since 0.1.0
 */
export const businessDateSchema: z.ZodType<BusinessDate, string> = z
  .string()
  .transform(refineWith((value: string) => BusinessDate.parse(value, [])));

/**
 * Parses input with a zod schema and throws a {@link ValidationError} listing every issue, each with its code and
 * path: the one way o2c validates at a public boundary.
 *
 * @param schema - The schema.
 * @param input - Untrusted input.
 * @param basePath - Path of the input within a larger document, put in front of every issue's path.
 * @returns The parsed value.
 * @throws {@link ValidationError} with every issue found.
 * @example
 * ```ts
 * import { businessDateSchema, parseWith } from "@o2c/core";
 *
 * parseWith(businessDateSchema, "2026-02-28").toString() //=> "2026-02-28"
 * ```
 * @since 0.1.0
 */
export function parseWith<TOut, TIn>(schema: z.ZodType<TOut, TIn>, input: unknown, basePath: ErrorPath = []): TOut {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw ValidationError.fromZod(result.error, basePath);
  return result.data;
}

/** The result of a `safeParse...` function: the value, or the validation error. */
export type SafeParseResult<T> = SafeParseSuccess<T> | SafeParseFailure;

/** A successful safe parse. */
export interface SafeParseSuccess<T> {
  /** Always `true`. */
  readonly success: true;
  /** The parsed value. */
  readonly data: T;
}

/** A failed safe parse. */
export interface SafeParseFailure {
  /** Always `false`. */
  readonly success: false;
  /** Every issue found. */
  readonly error: ValidationError;
}

/**
 * Like {@link parseWith}, but returns `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { moneySchema, safeParseWith } from "@o2c/core";
 *
 * const result = safeParseWith(moneySchema, { amount: "1e3", currency: "EUR" });
 * result.success //=> false
 * ```
 * @since 0.1.0
 */
export function safeParseWith<TOut, TIn>(
  schema: z.ZodType<TOut, TIn>,
  input: unknown,
  basePath: ErrorPath = [],
): SafeParseResult<TOut> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  return { success: false, error: ValidationError.fromZod(result.error, basePath) };
}

/**
 * Parses a money DTO `{ amount, currency }`.
 *
 * @param input - Untrusted input.
 * @param basePath - Path of the DTO within a larger document.
 * @returns The amount.
 * @throws {@link ValidationError} `INVALID_AMOUNT`, `AMOUNT_PRECISION`, `AMOUNT_OUT_OF_RANGE`, `UNKNOWN_CURRENCY`.
 * @example
 * ```ts
 * import { parseMoney } from "@o2c/core";
 *
 * parseMoney({ amount: "152000", currency: "JPY" }).minor //=> 152000n
 * ```
 * @since 0.1.0
 */
export function parseMoney(input: unknown, basePath: ErrorPath = []): Money {
  return parseWith(moneySchema, input, basePath);
}
