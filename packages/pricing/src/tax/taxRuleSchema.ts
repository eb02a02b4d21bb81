import { z } from "zod";
import { dateString, decimalString, idString } from "../internal/zodHelpers.js";
import type { TaxRuleInput } from "../model/TaxRuleInput.js";

const ruleSchema = z
  .object({
    id: idString,
    name: z.string().min(1),
    jurisdiction: z.string().min(1),
    country: z.string().regex(/^[A-Z]{2}$/),
    region: z.string().min(1).optional(),
    taxClasses: z.array(idString).optional(),
    customerStatuses: z.array(z.enum(["consumer", "business", "exempt"])).optional(),
    crossBorder: z.boolean().optional(),
    requiresBuyerTaxId: z.boolean().optional(),
    category: z.enum(["S", "Z", "E", "AE", "K", "G", "O", "L", "M"]),
    ratePercent: decimalString({
      invalid: "INVALID_PERCENT",
      negative: "INVALID_PERCENT",
      maxScale: { places: 4, code: "INVALID_PERCENT" },
    }),
    group: z.string().min(1).optional(),
    sequence: z.number().int().optional(),
    compound: z.boolean().optional(),
    priority: z.number().int().optional(),
    validFrom: dateString.optional(),
    validTo: dateString.optional(),
    exemptionReason: z.string().min(1).optional(),
    exemptionReasonCode: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
  })
  .check((ctx) => {
    const { validFrom, validTo } = ctx.value;
    if (validFrom !== undefined && validTo !== undefined && validFrom > validTo) {
      ctx.issues.push({
        code: "custom",
        message: `validTo ${validTo} is before validFrom ${validFrom}`,
        input: ctx.value,
        path: ["validTo"],
        params: { code: "INVALID_VALIDITY" },
      });
    }
  });

/**
 * The zod schema of a list of {@link TaxRuleInput}s. Issue codes: `INVALID_PERCENT`, `INVALID_VALIDITY`,
 * `DUPLICATE_ID`, `INVALID_DATE`, `REQUIRED`, `INVALID_TYPE`, `INVALID_VALUE` (an unknown category code).
 * @since 0.1.0
 */
export const taxRulesSchema: z.ZodType<readonly TaxRuleInput[], unknown> = z.array(ruleSchema).check((ctx) => {
  const seen = new Set<string>();
  ctx.value.forEach((rule, index) => {
    if (seen.has(rule.id)) {
      ctx.issues.push({
        code: "custom",
        message: `Rule id ${rule.id} appears twice`,
        input: rule.id,
        path: [index, "id"],
        params: { code: "DUPLICATE_ID" },
      });
    }
    seen.add(rule.id);
  });
}) as unknown as z.ZodType<readonly TaxRuleInput[], unknown>;
