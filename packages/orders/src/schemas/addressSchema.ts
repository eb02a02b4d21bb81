import { z } from "zod";

/** Postal code formats, for the countries where a code is required. */
const POSTAL_CODES: Readonly<Record<string, { readonly pattern: RegExp; readonly example: string }>> = {
  DE: { pattern: /^\d{5}$/, example: "20095" },
  FR: { pattern: /^\d{5}$/, example: "75008" },
  GB: { pattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, example: "SW1A 1AA" },
  US: { pattern: /^\d{5}(-\d{4})?$/, example: "94105 or 94105-1234" },
  JP: { pattern: /^\d{3}-\d{4}$/, example: "100-0001" },
  NL: { pattern: /^\d{4} ?[A-Z]{2}$/i, example: "1012 AB" },
};

/** Countries that also need a region (state, province). */
const REGION_REQUIRED: ReadonlySet<string> = new Set(["US"]);

/**
 * A postal address, as captured on an order.
 * @since 0.1.0
 */
export interface Address {
  /** Addressee: a person or a company. */
  readonly name: string;
  /** Street and number. */
  readonly line1: string;
  /** Building, floor, care-of. */
  readonly line2?: string | undefined;
  /** Town or city. */
  readonly city: string;
  /** Postal code; required, and checked, for DE, FR, GB, US, JP and NL. */
  readonly postalCode?: string | undefined;
  /** Region, state or province; required for US. */
  readonly region?: string | undefined;
  /** ISO 3166-1 alpha-2 country code, upper case. */
  readonly country: string;
}

/**
 * The zod schema of an {@link Address}: required fields per country and postal code formats for DE, FR, GB, US,
 * JP and NL.
 *
 * @remarks
 * Issue codes: `REQUIRED` (a missing field, including `postalCode` where the country needs one and `region` for
 * US), `INVALID_COUNTRY`, `INVALID_POSTAL_CODE`. Every problem is reported, each at its path.
 * @since 0.1.0
 */
export const addressSchema: z.ZodType<Address, unknown> = z
  .object({
    name: z.string().trim().min(1),
    line1: z.string().trim().min(1),
    line2: z.string().optional(),
    city: z.string().trim().min(1),
    postalCode: z.string().trim().optional(),
    region: z.string().trim().optional(),
    country: z.string(),
  })
  .superRefine((address, ctx) => {
    if (!/^[A-Z]{2}$/.test(address.country)) {
      ctx.addIssue({
        code: "custom",
        path: ["country"],
        message: `Expected an ISO 3166-1 alpha-2 country code such as "DE", got ${JSON.stringify(address.country)}`,
        params: { code: "INVALID_COUNTRY" },
      });
      return;
    }
    const rule = POSTAL_CODES[address.country];
    if (rule !== undefined) {
      if (address.postalCode === undefined || address.postalCode === "") {
        ctx.addIssue({
          code: "custom",
          path: ["postalCode"],
          message: `A postal code is required for ${address.country}`,
          params: { code: "REQUIRED" },
        });
      } else if (!rule.pattern.test(address.postalCode)) {
        ctx.addIssue({
          code: "custom",
          path: ["postalCode"],
          message: `${JSON.stringify(address.postalCode)} is not a postal code of ${address.country} (for example ${rule.example})`,
          params: { code: "INVALID_POSTAL_CODE" },
        });
      }
    }
    if (REGION_REQUIRED.has(address.country) && (address.region === undefined || address.region === "")) {
      ctx.addIssue({
        code: "custom",
        path: ["region"],
        message: `A region (state) is required for ${address.country}`,
        params: { code: "REQUIRED" },
      });
    }
  });
