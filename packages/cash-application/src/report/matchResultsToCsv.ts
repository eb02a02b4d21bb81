import { parseWith } from "@o2c/core";
import { z } from "zod";
import type { Allocation, MatchResult } from "../model/MatchResult.js";
import type { PaymentInput } from "../model/PaymentInput.js";
import { explainEvidence } from "./explainEvidence.js";

/** Options of {@link matchResultsToCsv}. */
export interface MatchResultsCsvOptions {
  /** Field delimiter: `,` (default), `;` (spreadsheets in locales with a decimal comma) or a tab. */
  readonly delimiter?: "," | ";" | "\t" | undefined;
}

const optionsSchema = z.object({ delimiter: z.enum([",", ";", "\t"]).optional() }).optional();

const allocationsSchema = z.array(z.looseObject({ invoiceId: z.string(), amount: z.string() }));

/** What the report reads of a result (the matcher's output, or one read back from a file). */
const resultSchema = z.looseObject({
  paymentId: z.string(),
  status: z.enum(["applied", "review", "unmatched"]),
  allocations: allocationsSchema,
  unapplied: z.string(),
  suggestions: z.array(z.looseObject({ allocations: allocationsSchema, score: z.number() })),
  confidence: z.number(),
  evidence: z.array(z.looseObject({ type: z.string() })),
});

/** What the report reads of a payment. */
const paymentSchema = z.looseObject({
  id: z.string(),
  valueDate: z.string(),
  amount: z.string(),
  currency: z.string(),
  // As loose as the matcher is: a payment without these fields is matched, and reported with the cells empty.
  payerName: z.string().nullish(),
  payerAccount: z.string().nullish(),
  remittance: z.string().nullish(),
});

const HEADER = [
  "payment",
  "value date",
  "amount",
  "currency",
  "payer",
  "payer account",
  "remittance",
  "status",
  "confidence",
  "applied to",
  "unapplied",
  "best suggestion",
  "evidence",
] as const;

/** How many suggestions of a result in review are listed. */
const SUGGESTIONS = 3;

function listAllocations(allocations: readonly Allocation[]): string {
  return allocations.map((a) => `${a.invoiceId} ${a.amount}`).join("; ");
}

/**
 * A cell as CSV: quoted when it holds the delimiter, a quote or a line break (quotes doubled, RFC 4180). Text that
 * a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or carriage return first) gets a leading apostrophe
 * unless it is a plain number: remittance text and payer names come from outside and must not become formulas.
 */
function cell(value: string, delimiter: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The matcher's results as a CSV report for the people who post cash and work the review queue: one row per result,
 * with the payment's value date, amount, payer and remittance (from `payments`, matched by id), the decision and
 * its confidence, the allocations, the unapplied rest, the best suggestions of a payment in review and the evidence
 * in words. Cells are quoted per RFC 4180, and text that a spreadsheet would run as a formula is defused.
 *
 * @param results - The results of `matchPayments` (or read back from its JSON).
 * @param payments - The payments matched; a result whose payment is not among them has its payment cells empty.
 * @param options - The delimiter.
 * @returns The CSV text: a header row, then one row per result, lines ended by `\r\n`.
 * @throws `ValidationError` (`VALIDATION_FAILED`) when a result or payment does not have the expected shape; paths
 *   start with `results` or `payments` and the record's position.
 * @example
 * ```ts
 * import { matchPayments, matchResultsToCsv } from "@o2c/cash-application";
 *
 * const payments = [{ id: "P1", valueDate: "2026-10-02", amount: "100.00", currency: "EUR", payerName: "ACME",
 *   payerAccount: null, remittance: "=HYPERLINK(1) INV-1001", endToEndId: null }];
 * const results = matchPayments({
 *   customers: [{ id: "C1", name: "Acme GmbH", aliases: [], accounts: [], country: "DE" }],
 *   openItems: [{ id: "INV-1001", customerId: "C1", kind: "invoice", currency: "EUR", issueDate: "2026-09-01",
 *     dueDate: "2026-10-01", amount: "100.00", openAmount: "100.00", poNumber: null, terms: null }],
 *   payments,
 * });
 * const [header, row] = matchResultsToCsv(results, payments).split("\r\n");
 * header //=> "payment,value date,amount,currency,payer,payer account,remittance,status,confidence,applied to,unapplied,best suggestion,evidence"
 * row?.startsWith("P1,2026-10-02,100.00,EUR,ACME,,'=HYPERLINK(1) INV-1001,applied,") //=> true
 * ```
 * @since 0.2.0
 */
export function matchResultsToCsv(
  results: readonly MatchResult[],
  payments: readonly PaymentInput[],
  options?: MatchResultsCsvOptions,
): string {
  const checked = parseWith(z.array(resultSchema), results, ["results"]) as unknown as readonly MatchResult[];
  const known = parseWith(z.array(paymentSchema), payments, ["payments"]);
  const delimiter = parseWith(optionsSchema, options, ["options"])?.delimiter ?? ",";
  const byId = new Map<string, (typeof known)[number]>();
  for (const p of known) byId.set(p.id, p);
  const rows = [HEADER.join(delimiter)];
  for (const r of checked) {
    const p = byId.get(r.paymentId);
    const suggestions =
      r.status === "review"
        ? r.suggestions
            .slice(0, SUGGESTIONS)
            .map((s) => `${listAllocations(s.allocations)} (${s.score})`)
            .join(" | ")
        : "";
    const values = [
      r.paymentId,
      p?.valueDate ?? "",
      p?.amount ?? "",
      p?.currency ?? "",
      p?.payerName ?? "",
      p?.payerAccount ?? "",
      p?.remittance ?? "",
      r.status,
      String(r.confidence),
      listAllocations(r.allocations),
      r.unapplied,
      suggestions,
      r.evidence.map(explainEvidence).join(" | "),
    ];
    rows.push(values.map((v) => cell(v, delimiter)).join(delimiter));
  }
  return `${rows.join("\r\n")}\r\n`;
}
