import type { BusinessDate, Money } from "@o2c/core";

/**
 * How a due date follows from the invoice date.
 * - `net`: `days` after the invoice date ("net 30").
 * - `endOfMonth`: `days` after the end of the invoice month ("EOM + 10"; `days: 0` is the month's last day).
 * - `endOfFollowingMonth`: `days` after the end of the month after the invoice month.
 * - `dayOfMonth`: the next `day` of a month at least `minimumDays` after the invoice date (clamped to short months).
 * @since 0.1.0
 */
export type DueDateRule =
  | {
      /** Net N days. */
      readonly type: "net";
      /** Days after the invoice date. */
      readonly days: number;
    }
  | {
      /** End of month plus N days. */
      readonly type: "endOfMonth";
      /** Days after the end of the invoice month. */
      readonly days: number;
    }
  | {
      /** End of the following month plus N days. */
      readonly type: "endOfFollowingMonth";
      /** Days after the end of the month after the invoice month. */
      readonly days: number;
    }
  | {
      /** A fixed day of the month. */
      readonly type: "dayOfMonth";
      /** Day of the month, 1 to 31 (clamped to shorter months). */
      readonly day: number;
      /** Days that must pass after the invoice date first; 0 when omitted. */
      readonly minimumDays?: number | undefined;
    };

/**
 * An early-payment discount: `percent` off when paid within `days` of the invoice date ("2/10").
 * @since 0.1.0
 */
export interface EarlyPaymentDiscount {
  /** Discount in percent of the amount due, exact decimal string: `"2"`. */
  readonly percent: string;
  /** Days after the invoice date the discount is valid for, the last day included. */
  readonly days: number;
}

/**
 * One instalment of a schedule: a share of the total due by its own rule.
 * @since 0.1.0
 */
export interface InstalmentTerm {
  /** Weight of this instalment, exact decimal string; shares are split by largest remainder, so `"1"`s mean equal parts. */
  readonly share: string;
  /** When it is due. */
  readonly due: DueDateRule;
}

/**
 * Payment terms: a due-date rule, optionally an early-payment discount, optionally instalments (each of which may
 * also earn the discount within its own discount window).
 * @since 0.1.0
 */
export interface PaymentTerms {
  /** Text printed on the invoice (BT-20), for example "2/10 net 30". */
  readonly description?: string | undefined;
  /** When the whole amount is due (the last instalment's date when there are instalments). */
  readonly due: DueDateRule;
  /** Early-payment discount, when offered. */
  readonly discount?: EarlyPaymentDiscount | undefined;
  /** Instalment schedule, when the amount is paid in parts. */
  readonly instalments?: readonly InstalmentTerm[] | undefined;
}

/**
 * The discount a payment on time earns: the amount off, what is left to pay, and the last day to pay it.
 * @since 0.1.0
 */
export interface DiscountOffer {
  /** Percent off. */
  readonly percent: string;
  /** Last day the discount may be taken (inclusive). */
  readonly deadline: BusinessDate;
  /** The discount amount, rounded half up to the minor unit. */
  readonly discountAmount: Money;
  /** What the payer owes when paying by the deadline: amount − discount. */
  readonly discountedAmount: Money;
}

/**
 * One instalment with its date and amount.
 * @since 0.1.0
 */
export interface Instalment {
  /** 1-based position. */
  readonly sequence: number;
  /** Due date. */
  readonly dueDate: BusinessDate;
  /** Amount due. */
  readonly amount: Money;
  /** The early-payment discount on this instalment, when offered. */
  readonly discount?: DiscountOffer | undefined;
}

/**
 * The payment schedule of an invoice: its due date, the discount offer and the instalments. The instalments'
 * amounts always sum to the total exactly.
 * @since 0.1.0
 */
export interface PaymentSchedule {
  /** The total to pay. */
  readonly total: Money;
  /** The final due date (BT-9). */
  readonly dueDate: BusinessDate;
  /** Discount on the whole amount, when offered. */
  readonly discount?: DiscountOffer | undefined;
  /** The instalments; a single one for the whole amount when the terms have none. */
  readonly instalments: readonly Instalment[];
}
