import { invoicingError } from "../errors.js";

/**
 * The parts an invoice number template may use.
 * @since 0.1.0
 */
export interface InvoiceNumberParts {
  /** Prefix of the document type, for example `INV`, `CN`, `DN`. */
  readonly prefix: string;
  /** Year of the issue date. */
  readonly year: number;
  /** Company code. */
  readonly company: string;
  /** The value from the gapless sequence, 1 or more. */
  readonly sequence: number;
}

/**
 * The default number template: `INV-2026-000123`.
 * @since 0.1.0
 */
export const DEFAULT_NUMBER_FORMAT = "{prefix}-{year}-{seq:6}";

/**
 * Formats an invoice number from a template with the placeholders `{prefix}`, `{year}`, `{company}` and `{seq}` or
 * `{seq:N}` (zero-padded to N digits; longer numbers are never cut).
 * @param template - The template; it must contain `{seq}` or `{seq:N}` exactly once.
 * @param parts - The values.
 * @returns The number.
 * @throws `O2CError` `INVALID_NUMBER_FORMAT` for a template without exactly one sequence placeholder or
 * with an unknown placeholder.
 * @example
 * ```ts
 * import { formatInvoiceNumber } from "@o2c/invoicing";
 * formatInvoiceNumber("{prefix}-{year}-{seq:6}", { prefix: "INV", year: 2026, company: "ACME", sequence: 123 }) //=> "INV-2026-000123"
 * formatInvoiceNumber("{company}/{year}/{seq}", { prefix: "CN", year: 2026, company: "ACME", sequence: 7 }) //=> "ACME/2026/7"
 * ```
 * @since 0.1.0
 */
export function formatInvoiceNumber(template: string, parts: InvoiceNumberParts): string {
  const placeholders = template.match(/\{[^}]*\}/g) ?? [];
  const sequences = placeholders.filter((p) => /^\{seq(?::\d{1,2})?\}$/.test(p));
  const unknown = placeholders.filter((p) => !/^\{(?:prefix|year|company|seq(?::\d{1,2})?)\}$/.test(p));
  if (sequences.length !== 1 || unknown.length > 0) {
    throw invoicingError(
      "INVALID_NUMBER_FORMAT",
      `Template ${JSON.stringify(template)} needs exactly one {seq} or {seq:N} and only {prefix}, {year}, {company}`,
      { path: ["numberFormat"] },
    );
  }
  return template.replace(/\{(prefix|year|company|seq)(?::(\d{1,2}))?\}/g, (_, name: string, width?: string) => {
    if (name === "prefix") return parts.prefix;
    if (name === "year") return String(parts.year);
    if (name === "company") return parts.company;
    return String(parts.sequence).padStart(Number(width ?? 0), "0");
  });
}
