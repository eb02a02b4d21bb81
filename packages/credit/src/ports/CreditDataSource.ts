import type { CreditGroupInput, CreditProfileInput } from "../model/CreditProfile.js";
import type { OpenItemInput } from "../model/OpenItem.js";
import type { PaymentRecordInput } from "../model/PaymentRecord.js";

/**
 * A question about one customer's data on a date.
 * @since 0.1.0
 */
export interface CustomerQuery {
  /** The customer. */
  readonly customerId: string;
  /** The as-of date, `YYYY-MM-DD`. */
  readonly asOf: string;
}

/**
 * The port through which credit reads what it decides on: profiles, groups, open items and payment history.
 *
 * @remarks
 * Everything it returns is validated by `decideCredit` (bad data fails with `ValidationError`, issue paths
 * starting with `profile`, `group`, `openItems` or `paymentHistory`). `createInMemoryCreditData()` is the shipped
 * default; a host implements it over its receivables and order tables.
 * @since 0.1.0
 */
export interface CreditDataSource {
  /**
   * The customer's credit profile.
   * @param customerId - The customer.
   * @returns The profile, or `undefined` for an unknown customer.
   */
  getProfile(customerId: string): Promise<CreditProfileInput | undefined>;
  /**
   * A customer group.
   * @param groupId - The group.
   * @returns The group, or `undefined` for an unknown group.
   */
  getGroup(groupId: string): Promise<CreditGroupInput | undefined>;
  /**
   * The ids of every customer in a group.
   * @param groupId - The group.
   * @returns The members' ids.
   */
  listGroupMembers(groupId: string): Promise<readonly string[]>;
  /**
   * The customer's open items on the as-of date.
   * @param query - The customer and date.
   * @returns Open receivables, invoices, uninvoiced orders, unapplied cash and credit notes.
   */
  getOpenItems(query: CustomerQuery): Promise<readonly OpenItemInput[]>;
  /**
   * The customer's payment history up to the as-of date.
   * @param query - The customer and date.
   * @returns One record per invoice, in any order.
   */
  getPaymentHistory(query: CustomerQuery): Promise<readonly PaymentRecordInput[]>;
}
