import { parseWith } from "@o2c/core";
import { z } from "zod";

/**
 * One payment's entry in a result file (FORMAT.md section 6), as far as scoring needs it.
 *
 * @since 0.1.0
 */
export interface ScoredResultEntry {
  /** The payment. */
  readonly paymentId: string;
  /** `applied`, `review` or `unmatched`. */
  readonly status: string;
  /** Applied allocations. */
  readonly allocations: readonly {
    /** The open item. */
    readonly invoiceId: string;
    /** Cash applied, a decimal string. */
    readonly amount: string;
  }[];
}

/**
 * One payment's entry in a truth file (FORMAT.md section 5).
 *
 * @since 0.1.0
 */
export interface TruthEntry {
  /** The right allocations; empty when the payment must not be applied. */
  readonly allocations: readonly {
    /** The open item. */
    readonly invoiceId: string;
    /** Cash applied, a decimal string. */
    readonly amount: string;
  }[];
  /** Scenario family label. */
  readonly kind: string;
}

/**
 * Figures for one scenario family.
 *
 * @since 0.1.0
 */
export interface KindScore {
  /** Payments of the family. */
  readonly count: number;
  /** Payments applied. */
  readonly applied: number;
  /** Payments applied exactly as the truth says. */
  readonly correct: number;
  /** Payments applied otherwise (wrong items, wrong amounts, or applied although the truth is empty). */
  readonly wrong: number;
  /** `correct` over the family's payments with a non-empty true allocation (1 when there are none). */
  readonly touchlessRate: number;
}

/**
 * The score of a result against the truth.
 *
 * @since 0.1.0
 */
export interface MatchScore {
  /** Payments in the truth. */
  readonly payments: number;
  /** Payments applied exactly right over payments with a non-empty true allocation. */
  readonly touchlessRate: number;
  /** Payments applied exactly right over all applied payments (1 when nothing was applied). */
  readonly precision: number;
  /** Payments applied. */
  readonly applied: number;
  /** Payments applied exactly right. */
  readonly correct: number;
  /** Payments applied wrongly. */
  readonly wrong: number;
  /** Figures per scenario family, keyed by `kind`, sorted by kind. */
  readonly byKind: Readonly<Record<string, KindScore>>;
}

const lineSchema = z.object({ invoiceId: z.string(), amount: z.string().regex(/^-?\d+(\.\d+)?$/) });
const resultSchema = z.array(
  z.object({
    paymentId: z.string(),
    status: z.enum(["applied", "review", "unmatched"]),
    allocations: z.array(lineSchema).default([]),
  }),
);
const truthSchema = z.record(
  z.string(),
  z.object({ allocations: z.array(lineSchema), kind: z.string().default("unknown") }),
);

/** Sum per item in integer hundredths-or-finer units: amounts are compared as exact decimal strings. */
function canonical(lines: readonly { invoiceId: string; amount: string }[]): string {
  const sums = new Map<string, bigint>();
  for (const line of lines) {
    const [whole = "0", fraction = ""] = line.amount.replace("-", "").split(".");
    const minor = BigInt(whole + fraction.padEnd(6, "0")) * (line.amount.startsWith("-") ? -1n : 1n);
    sums.set(line.invoiceId, (sums.get(line.invoiceId) ?? 0n) + minor);
  }
  return [...sums.entries()]
    .filter(([, v]) => v !== 0n)
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join("|");
}

/**
 * Scores a matcher's result against the truth as FORMAT.md defines it: an applied payment is right only when its
 * allocations equal the truth's exactly (lines for one item added up, zero lines ignored); applying a payment
 * whose truth is empty is wrong; a payment missing from the result counts as unmatched.
 *
 * @param result - The result entries (FORMAT.md section 6).
 * @param truth - The truth, keyed by payment id (FORMAT.md section 5).
 * @returns Touchless rate, precision and a table per scenario family.
 * @throws `ValidationError` (`VALIDATION_FAILED`) when either document is malformed.
 * @example
 * ```ts
 * import { scoreResult } from "@o2c/cash-application";
 *
 * const score = scoreResult(
 *   [{ paymentId: "P1", status: "applied", allocations: [{ invoiceId: "I1", amount: "10.00" }] },
 *    { paymentId: "P2", status: "review", allocations: [] }],
 *   { P1: { allocations: [{ invoiceId: "I1", amount: "10.00" }], kind: "exact" },
 *     P2: { allocations: [{ invoiceId: "I2", amount: "5.00" }], kind: "no-ref" } },
 * );
 * score.touchlessRate //=> 0.5
 * score.precision //=> 1
 * score.byKind["exact"]?.correct //=> 1
 * ```
 * @since 0.1.0
 */
export function scoreResult(result: unknown, truth: unknown): MatchScore {
  const entries = parseWith(resultSchema, result, ["result"]);
  const truths = parseWith(truthSchema, truth, ["truth"]);
  const byPayment = new Map(entries.map((e) => [e.paymentId, e]));
  const kinds = new Map<string, { count: number; applied: number; correct: number; wrong: number; payable: number }>();
  let applied = 0;
  let correct = 0;
  let wrong = 0;
  let payable = 0;
  for (const [paymentId, expected] of Object.entries(truths)) {
    const k = kinds.get(expected.kind) ?? { count: 0, applied: 0, correct: 0, wrong: 0, payable: 0 };
    kinds.set(expected.kind, k);
    k.count++;
    const want = canonical(expected.allocations);
    if (want !== "") {
      payable++;
      k.payable++;
    }
    const got = byPayment.get(paymentId);
    if (got === undefined || got.status !== "applied") continue;
    applied++;
    k.applied++;
    if (want !== "" && canonical(got.allocations) === want) {
      correct++;
      k.correct++;
    } else {
      wrong++;
      k.wrong++;
    }
  }
  const byKind: Record<string, KindScore> = {};
  for (const name of [...kinds.keys()].sort()) {
    const k = kinds.get(name);
    if (k === undefined) continue;
    byKind[name] = {
      count: k.count,
      applied: k.applied,
      correct: k.correct,
      wrong: k.wrong,
      touchlessRate: k.payable === 0 ? 1 : k.correct / k.payable,
    };
  }
  return {
    payments: Object.keys(truths).length,
    touchlessRate: payable === 0 ? 1 : correct / payable,
    precision: applied === 0 ? 1 : correct / applied,
    applied,
    correct,
    wrong,
    byKind,
  };
}
