import { parseWith, type SafeParseResult, safeParseWith } from "@o2c/core";
import { z } from "zod";
import { currencyCode, dateString, decimalString, idString } from "./internal/zodHelpers.js";
import type { PricingInput } from "./model/PricingInput.js";

const countryCode = z.string().regex(/^[A-Z]{2}$/);

const customerSchema = z
  .object({
    id: idString,
    groups: z.array(idString).optional(),
    taxStatus: z.enum(["consumer", "business", "exempt"]),
    country: countryCode,
    region: z.string().min(1).optional(),
    taxId: z.string().min(1).optional(),
    exemptionCertificateId: z.string().min(1).optional(),
  })
  .check((ctx) => {
    if (ctx.value.taxStatus === "exempt" && ctx.value.exemptionCertificateId === undefined) {
      ctx.issues.push({
        code: "custom",
        message: "An exempt customer needs an exemptionCertificateId",
        input: ctx.value,
        path: ["exemptionCertificateId"],
        params: { code: "TAX_EXEMPTION_CERTIFICATE_REQUIRED" },
      });
    }
  });

const lineSchema = z.object({
  id: idString,
  productId: idString,
  quantity: decimalString({
    invalid: "INVALID_QUANTITY",
    negative: "NEGATIVE_QUANTITY",
    zero: "ZERO_QUANTITY",
    maxScale: { places: 6, code: "INVALID_QUANTITY" },
  }),
});

const headerShape = {
  currency: currencyCode,
  date: dateString,
  customer: customerSchema,
  shipTo: z.object({ country: countryCode, region: z.string().min(1).optional() }).optional(),
  channel: z.string().min(1).optional(),
  couponCodes: z.array(z.string().min(1)).optional(),
};

/**
 * Everything of {@link PricingInput} but the lines, for the fast path of `priceOrder` (which checks the lines by
 * hand and falls back to {@link pricingInputSchema} for the issues when anything is wrong).
 */
export const pricingHeaderSchema: z.ZodType<Omit<PricingInput, "lines">, unknown> = z.object(headerShape);

/**
 * The zod schema of {@link PricingInput}. Issue codes: `UNKNOWN_CURRENCY`, `INVALID_DATE`, `INVALID_QUANTITY`,
 * `NEGATIVE_QUANTITY`, `ZERO_QUANTITY`, `DUPLICATE_ID`, `TAX_EXEMPTION_CERTIFICATE_REQUIRED`, `REQUIRED`,
 * `INVALID_TYPE`.
 * @since 0.1.0
 */
export const pricingInputSchema: z.ZodType<PricingInput, unknown> = z
  .object({ ...headerShape, lines: z.array(lineSchema).min(1) })
  .superRefine(
    (value, ctx) => {
      // Runs even when other fields failed (`when`), so duplicate ids are reported with every other problem; the
      // value may then be malformed, hence the guards.
      const lines: unknown = (value as { lines?: unknown } | null | undefined)?.lines;
      if (!Array.isArray(lines)) return;
      const seen = new Set<string>();
      lines.forEach((line: unknown, index) => {
        const id = (line as { id?: unknown } | null)?.id;
        if (typeof id !== "string") return;
        if (seen.has(id)) {
          ctx.addIssue({
            code: "custom",
            message: `Line id ${id} appears twice`,
            path: ["lines", index, "id"],
            params: { code: "DUPLICATE_ID" },
          });
        }
        seen.add(id);
      });
    },
    { when: () => true },
  ) as unknown as z.ZodType<PricingInput, unknown>;

/**
 * Validates an order to price, reporting every problem at once.
 *
 * @param input - Untrusted input, amounts and quantities as strings.
 * @returns The validated input.
 * @throws `ValidationError` `VALIDATION_FAILED`, with issue codes such as `NEGATIVE_QUANTITY` (path
 * `lines[i].quantity`) or `UNKNOWN_CURRENCY` (path `currency`).
 * @example
 * ```ts
 * import { parsePricingInput } from "@o2c/pricing";
 *
 * const input = parsePricingInput({
 *   currency: "EUR", date: "2026-03-02",
 *   customer: { id: "c1", taxStatus: "consumer", country: "DE" },
 *   lines: [{ id: "1", productId: "coffee", quantity: "2.5" }],
 * });
 * input.lines[0]?.quantity //=> "2.5"
 * ```
 * @since 0.1.0
 */
export function parsePricingInput(input: unknown): PricingInput {
  return parseWith(pricingInputSchema, input);
}

/**
 * Like {@link parsePricingInput}, but returns `{ success, data | error }` instead of throwing.
 *
 * @param input - Untrusted input.
 * @returns The validated input, or the `ValidationError` with every issue.
 * @example
 * ```ts
 * import { safeParsePricingInput } from "@o2c/pricing";
 *
 * const result = safeParsePricingInput({
 *   currency: "EUR", date: "2026-03-02",
 *   customer: { id: "c1", taxStatus: "consumer", country: "DE" },
 *   lines: [{ id: "1", productId: "coffee", quantity: "-1" }],
 * });
 * result.success //=> false
 * (result.success ? undefined : result.error.issues[0]?.code) //=> "NEGATIVE_QUANTITY"
 * ```
 * @since 0.1.0
 */
export function safeParsePricingInput(input: unknown): SafeParseResult<PricingInput> {
  return safeParseWith(pricingInputSchema, input);
}
