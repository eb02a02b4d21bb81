import { z } from "zod";
import type { StatementParseOptions } from "./ParsedStatement.js";

/** A column: its header name (when the file has a header row) or its 0-based index. */
const column = z.union([z.string().min(1), z.number().int().nonnegative()]);

/**
 * How to read a CSV bank export: which column holds what, and how numbers and dates are written.
 *
 * @remarks Give either `amount` (signed: negative is a debit) or `debit` and/or `credit` columns (unsigned), and
 * either a `currency` column or a fixed `currencyCode`.
 * @since 0.1.0
 */
export interface CsvMapping extends StatementParseOptions {
  /** Column of the value date. */
  readonly date: string | number;
  /** Column of the booking date, when separate. */
  readonly bookingDate?: string | number | undefined;
  /** Column of the signed amount (negative for debits). */
  readonly amount?: string | number | undefined;
  /** Column of debit amounts (unsigned), used with `credit` instead of `amount`. */
  readonly debit?: string | number | undefined;
  /** Column of credit amounts (unsigned), used with `debit` instead of `amount`. */
  readonly credit?: string | number | undefined;
  /** Column of the ISO 4217 code. */
  readonly currency?: string | number | undefined;
  /** The ISO 4217 code of every row, when the file has no currency column. */
  readonly currencyCode?: string | undefined;
  /** Column of the payer's (counterparty's) name. */
  readonly payerName?: string | number | undefined;
  /** Column of the payer's (counterparty's) account or IBAN. */
  readonly payerAccount?: string | number | undefined;
  /** Column of the remittance text. */
  readonly remittance?: string | number | undefined;
  /** Column of the end-to-end id. */
  readonly endToEndId?: string | number | undefined;
  /** Column of the bank's reference. */
  readonly bankReference?: string | number | undefined;
  /** Field delimiter (default `,`). */
  readonly delimiter?: string | undefined;
  /** Decimal separator of amounts: `.` (default) or `,`. */
  readonly decimalSeparator?: "." | "," | undefined;
  /** Thousands separator of amounts to drop (`,`, `.`, `'`, space), when the bank uses one. */
  readonly thousandsSeparator?: string | undefined;
  /** Date format (default `YYYY-MM-DD`). */
  readonly dateFormat?: "YYYY-MM-DD" | "DD.MM.YYYY" | "MM/DD/YYYY" | undefined;
  /** Whether the first row holds column names (default `true`; required when columns are given by name). */
  readonly headerRow?: boolean | undefined;
  /** The account the export is about, for the statement (default `""`). */
  readonly account?: string | undefined;
  /** Identifier of the statement (default `"csv"`). */
  readonly statementId?: string | undefined;
}

/**
 * Zod schema of {@link CsvMapping}.
 *
 * @since 0.1.0
 */
export const csvMappingSchema: z.ZodType<CsvMapping> = z
  .object({
    strict: z.boolean().optional(),
    date: column,
    bookingDate: column.optional(),
    amount: column.optional(),
    debit: column.optional(),
    credit: column.optional(),
    currency: column.optional(),
    currencyCode: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    payerName: column.optional(),
    payerAccount: column.optional(),
    remittance: column.optional(),
    endToEndId: column.optional(),
    bankReference: column.optional(),
    delimiter: z
      .string()
      .length(1)
      .refine((d) => d !== '"' && d !== "\n" && d !== "\r")
      .optional(),
    decimalSeparator: z.enum([".", ","]).optional(),
    thousandsSeparator: z.enum([",", ".", "'", " "]).optional(),
    dateFormat: z.enum(["YYYY-MM-DD", "DD.MM.YYYY", "MM/DD/YYYY"]).optional(),
    headerRow: z.boolean().optional(),
    account: z.string().optional(),
    statementId: z.string().min(1).optional(),
  })
  .superRefine((mapping, ctx) => {
    if (mapping.amount === undefined && mapping.debit === undefined && mapping.credit === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["amount"],
        message: "Map an amount column, or debit/credit columns",
        params: { code: "REQUIRED" },
      });
    }
    if (mapping.currency === undefined && mapping.currencyCode === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["currency"],
        message: "Map a currency column or give a fixed currencyCode",
        params: { code: "REQUIRED" },
      });
    }
    if (mapping.decimalSeparator !== undefined && mapping.decimalSeparator === mapping.thousandsSeparator) {
      ctx.addIssue({
        code: "custom",
        path: ["thousandsSeparator"],
        message: "The thousands separator must differ from the decimal separator",
        params: { code: "INVALID" },
      });
    }
  });
