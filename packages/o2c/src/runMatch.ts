import {
  type CsvMapping,
  detectStatementFormat,
  inferCsvMapping,
  type MatchResult,
  matchPayments,
  type PaymentInput,
  parseBankStatement,
  type StatementFormat,
  type StatementWarning,
  toPaymentInputs,
} from "@o2c/cash-application";
import { O2CError } from "@o2c/core";

/**
 * Options of {@link runMatch}: the contents of the three input files.
 *
 * @since 0.1.0
 */
export interface RunMatchOptions {
  /** Contents of the customers file (JSON array, FORMAT.md section 2). */
  readonly customers: string;
  /** Contents of the open-items file (JSON array, FORMAT.md section 3). */
  readonly invoices: string;
  /** Contents of the payments file: JSON (FORMAT.md section 4) or a bank statement (camt.053/054, MT940, BAI2, CSV). */
  readonly payments: string;
  /** Confidence threshold for automatic application (0..1). Default 0.8. */
  readonly threshold?: number | undefined;
  /**
   * How to read payments given as CSV. When absent, the mapping is inferred from the header row
   * (`inferCsvMapping`), with {@link RunMatchOptions.currencyCode} for files without a currency column.
   */
  readonly csvMapping?: CsvMapping | undefined;
  /** ISO 4217 code of every CSV row, when the file has no currency column and no mapping is given. */
  readonly currencyCode?: string | undefined;
  /**
   * Fail on the first statement record that cannot be read, instead of skipping it with a warning. Default
   * `false`.
   */
  readonly strict?: boolean | undefined;
  /** Progress callback, called after each payment. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * Counts per status and the time taken.
 *
 * @since 0.1.0
 */
export interface RunMatchSummary {
  /** Payments read. */
  readonly payments: number;
  /** Payments applied. */
  readonly applied: number;
  /** Payments sent to review. */
  readonly review: number;
  /** Payments without a plausible match. */
  readonly unmatched: number;
}

/**
 * Result of {@link runMatch}.
 *
 * @since 0.1.0
 */
export interface RunMatchOutput {
  /** One result per payment (FORMAT.md section 6, with evidence). */
  readonly results: MatchResult[];
  /** Counts per status. */
  readonly summary: RunMatchSummary;
  /** The payments matched, as read from the payments file (for reports such as `matchResultsToCsv`). */
  readonly payments: readonly PaymentInput[];
  /** How the payments were given: `json`, or the bank statement format detected. */
  readonly paymentsFormat: "json" | StatementFormat;
  /** Statement records skipped or repaired while reading the payments (none for JSON). */
  readonly warnings: readonly StatementWarning[];
}

/** The JSON content of an input file; `INVALID_JSON` with the file's name as path when it is not JSON. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new O2CError("INVALID_JSON", `The ${file} file is not valid JSON`, { path: [file], cause });
  }
}

interface ReadPayments {
  readonly payments: unknown;
  readonly format: "json" | StatementFormat;
  readonly warnings: readonly StatementWarning[];
}

function readPayments(text: string, options: RunMatchOptions): ReadPayments {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    return { payments: parseJson(text, "payments"), format: "json", warnings: [] };
  }
  const strict = options.strict ?? false;
  const csv =
    detectStatementFormat(text) === "csv"
      ? (options.csvMapping ?? inferCsvMapping(text, { currencyCode: options.currencyCode }))
      : undefined;
  const parsed = parseBankStatement(text, csv === undefined ? { strict } : { strict, csv });
  return { payments: toPaymentInputs(parsed), format: parsed.format, warnings: parsed.warnings };
}

/**
 * Runs the cash-application matcher on file contents, as the `o2c match` command does: parses the JSON files (and
 * a bank statement for the payments), matches, and counts the decisions.
 *
 * @param options - File contents, threshold, and how to read a statement (CSV mapping, currency, strictness).
 * @returns The results and a summary.
 * @throws `O2CError` `INVALID_JSON` (path: the file), `VALIDATION_FAILED` from the matcher's validation
 *   (paths start with `customers`, `openItems` or `payments`), or a statement parser's error (`StatementParseError`,
 *   also when a CSV file's columns cannot be recognized without a mapping).
 * @example
 * ```ts
 * import { runMatch } from "@o2c/o2c";
 *
 * const { summary } = runMatch({
 *   customers: JSON.stringify([{ id: "C1", name: "Acme GmbH", aliases: [], accounts: ["DE02100100109307118603"], country: "DE" }]),
 *   invoices: JSON.stringify([{ id: "INV-1001", customerId: "C1", kind: "invoice", currency: "EUR", issueDate: "2026-09-01",
 *     dueDate: "2026-10-01", amount: "100.00", openAmount: "100.00", poNumber: null, terms: null }]),
 *   payments: JSON.stringify([{ id: "P1", valueDate: "2026-10-02", amount: "100.00", currency: "EUR", payerName: "ACME",
 *     payerAccount: "DE02100100109307118603", remittance: "INV-1001", endToEndId: "NOTPROVIDED" }]),
 * });
 * summary //=> { payments: 1, applied: 1, review: 0, unmatched: 0 }
 * ```
 * @since 0.1.0
 */
export function runMatch(options: RunMatchOptions): RunMatchOutput {
  const customers = parseJson(options.customers, "customers");
  const openItems = parseJson(options.invoices, "invoices");
  const read = readPayments(options.payments, options);
  const payments = read.payments as PaymentInput[];
  const results = matchPayments({ customers, openItems, payments } as Parameters<typeof matchPayments>[0], {
    threshold: options.threshold,
    onProgress: options.onProgress,
  });
  let applied = 0;
  let review = 0;
  for (const r of results) {
    if (r.status === "applied") applied++;
    else if (r.status === "review") review++;
  }
  return {
    results,
    summary: { payments: results.length, applied, review, unmatched: results.length - applied - review },
    payments,
    paymentsFormat: read.format,
    warnings: read.warnings,
  };
}
