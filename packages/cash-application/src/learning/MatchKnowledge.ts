import type { ReferenceMatchKind } from "../model/MatchResult.js";

/**
 * What a person confirmed about one payment: which customer it came from and which items it paid.
 *
 * @since 0.1.0
 */
export interface ConfirmedMatch {
  /** The payment. */
  readonly paymentId: string;
  /** The customer the payment belongs to. */
  readonly customerId: string;
  /** The account it came from, or `null`. */
  readonly payerAccount: string | null;
  /** The payer name the bank delivered, or `null`. */
  readonly payerName: string | null;
  /** How the remittance referred to the items, when it did (from the proposal's evidence). */
  readonly referenceKinds: readonly ReferenceMatchKind[];
}

/**
 * The matcher's memory, a port: accounts and payer names learned from confirmed matches, each customer's habitual
 * way of quoting references, and the payments already applied (so a statement loaded twice applies nothing twice).
 *
 * @since 0.1.0
 */
export interface MatchKnowledge {
  /** Accounts learned, as `[account, customerId]` pairs. */
  learnedAccounts(): readonly (readonly [string, string])[];
  /** Payer names learned, as `[name, customerId]` pairs. */
  learnedAliases(): readonly (readonly [string, string])[];
  /** Reference match kinds confirmed for a customer, with how often each was confirmed. */
  referenceHabits(customerId: string): ReadonlyMap<ReferenceMatchKind, number>;
  /** Whether a payment id was already applied. */
  isApplied(paymentId: string): boolean;
  /**
   * Records a confirmed match: the account and payer name become known for the customer, the reference kinds
   * become habits, the payment counts as applied.
   *
   * @param match - The confirmed match.
   */
  confirm(match: ConfirmedMatch): void;
  /**
   * Records that a payment was applied (automatically or by a person).
   *
   * @param paymentId - The payment.
   */
  markApplied(paymentId: string): void;
}
