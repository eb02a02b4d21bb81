import { compactReference, digitsOf, repairOcr, withoutLeadingZeros } from "../references/referenceKeys.js";

/**
 * An open item prepared for matching: integer minor units, dates as yyyymmdd numbers, and its reference keys
 * (computed on first use and kept: most items are never quoted, and a hundred thousand strings made up front only
 * give the garbage collector work).
 */
export class PreparedItem {
  /** Position in the item index (items ordered by due date, issue date, id). */
  readonly index: number;
  readonly id: string;
  readonly customerId: string;
  readonly isCredit: boolean;
  readonly currency: string;
  readonly exponent: number;
  /** The issue date as the number yyyymmdd. */
  readonly issueDay: number;
  /** The due date as the number yyyymmdd. */
  readonly dueDay: number;
  readonly amount: number;
  readonly open: number;
  readonly po: string | null;
  /** What the customer pays when taking the early-payment discount (amount minus the discount rounded half up). */
  readonly discounted: number | null;
  /** Last value day (yyyymmdd) on which the discount may be taken; 0 without discount terms. */
  readonly discountUntilDay: number;
  private compactKey: string | undefined = undefined;
  private repairedKey: string | undefined = undefined;
  private rawDigitsKey: string | undefined = undefined;
  private digitsKey: string | undefined = undefined;

  constructor(
    index: number,
    id: string,
    customerId: string,
    isCredit: boolean,
    currency: string,
    exponent: number,
    issueDay: number,
    dueDay: number,
    amount: number,
    open: number,
    po: string | null,
    discounted: number | null,
    discountUntilDay: number,
  ) {
    this.index = index;
    this.id = id;
    this.customerId = customerId;
    this.isCredit = isCredit;
    this.currency = currency;
    this.exponent = exponent;
    this.issueDay = issueDay;
    this.dueDay = dueDay;
    this.amount = amount;
    this.open = open;
    this.po = po;
    this.discounted = discounted;
    this.discountUntilDay = discountUntilDay;
  }

  /** The id's letters and digits, upper case. */
  get compact(): string {
    this.compactKey ??= compactReference(this.id);
    return this.compactKey;
  }

  /** {@link compact} with OCR confusions next to digits undone. */
  get repaired(): string {
    this.repairedKey ??= repairOcr(this.compact);
    return this.repairedKey;
  }

  /** All digits of {@link repaired}, leading zeros kept (for trailing-digit references such as `0016`). */
  get rawDigits(): string {
    this.rawDigitsKey ??= digitsOf(this.repaired);
    return this.rawDigitsKey;
  }

  /** {@link rawDigits} without leading zeros: the digit key. */
  get digits(): string {
    this.digitsKey ??= withoutLeadingZeros(this.rawDigits);
    return this.digitsKey;
  }
}
