/**
 * Cash applied to one open item: positive for invoices, negative for a credit note netted in the payment.
 *
 * @since 0.1.0
 */
export interface Allocation {
  /** The open item's document number. */
  readonly invoiceId: string;
  /** Amount as a decimal string in the payment currency. */
  readonly amount: string;
}

/** How a reference in the remittance matched a document number. @since 0.1.0 */
export type ReferenceMatchKind =
  | "exact"
  | "ocr"
  | "digits"
  | "zeroless"
  | "suffix"
  | "truncated"
  | "fuzzy"
  | "creditor-reference"
  | "rmr"
  | "purchase-order";

/** How the payer was identified. @since 0.1.0 */
export type PayerMatchKind =
  | "account"
  | "name"
  | "alias"
  | "customer-number"
  | "learned-account"
  | "learned-alias"
  | "named-party";

/** The amount rule a proposal relies on. @since 0.1.0 */
export type AmountRule =
  | "exact"
  | "sum"
  | "discount"
  | "partial"
  | "short-payment"
  | "bank-fee"
  | "overpayment"
  | "credit-netting"
  | "unlisted-items"
  | "combination";

/**
 * One fact behind a proposal or decision, tagged by `type`.
 *
 * @since 0.1.0
 */
export type Evidence =
  | {
      /** A reference in the remittance matched a document. */
      readonly type: "reference";
      /** The matched document. */
      readonly invoiceId: string;
      /** The remittance text that matched. */
      readonly text: string;
      /** How it matched. */
      readonly how: ReferenceMatchKind;
      /** Strength of this kind of match, 0..1. */
      readonly quality: number;
    }
  | {
      /** The payer was identified as a customer. */
      readonly type: "payer";
      /** The customer. */
      readonly customerId: string;
      /** How. */
      readonly how: PayerMatchKind;
      /** The account, name or number that matched. */
      readonly matched: string;
      /** Strength of the identification, 0..1. */
      readonly score: number;
    }
  | {
      /** The amount fits the allocation by a rule. */
      readonly type: "amount";
      /** The rule. */
      readonly rule: AmountRule;
      /** What the rule found, for people. */
      readonly detail: string;
    }
  | {
      /** A remark that lowered confidence or blocked application. */
      readonly type: "note";
      /** Stable code: `SETTLED_REFERENCE`, `UNRESOLVED_REFERENCE`, `AMBIGUOUS`, `ALREADY_APPLIED`, `CURRENCY_MISMATCH`. */
      readonly code: string;
      /** What it means, for people. */
      readonly message: string;
    };

/**
 * A possible application of a payment with its score and evidence.
 *
 * @since 0.1.0
 */
export interface Suggestion {
  /** The allocations proposed. */
  readonly allocations: readonly Allocation[];
  /** Score in 0..1. */
  readonly score: number;
  /** Why. */
  readonly evidence: readonly Evidence[];
}

/**
 * The matcher's decision for one payment, tagged by `status`: `applied` (posted without a person), `review` (a
 * person decides, helped by `suggestions`) or `unmatched` (nothing plausible found).
 *
 * @since 0.1.0
 */
export interface MatchResult {
  /** The payment. */
  readonly paymentId: string;
  /** The decision. */
  readonly status: "applied" | "review" | "unmatched";
  /** Cash applied per item; empty unless `applied`. */
  readonly allocations: readonly Allocation[];
  /** Part of the payment left unapplied on account (decimal string); the whole payment unless `applied`. */
  readonly unapplied: string;
  /** Ranked proposals, best first (the applied one included). */
  readonly suggestions: readonly Suggestion[];
  /** Confidence in the decision, 0..1: the best proposal's score. */
  readonly confidence: number;
  /** Evidence behind the decision (the best proposal's, plus notes). */
  readonly evidence: readonly Evidence[];
}
