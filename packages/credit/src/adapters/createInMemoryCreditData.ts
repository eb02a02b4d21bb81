import type { CreditGroupInput, CreditProfileInput } from "../model/CreditProfile.js";
import type { OpenItemInput } from "../model/OpenItem.js";
import type { PaymentRecordInput } from "../model/PaymentRecord.js";
import type { CreditDataSource } from "../ports/CreditDataSource.js";

/**
 * The data an in-memory credit data source serves.
 * @since 0.1.0
 */
export interface InMemoryCreditDataInput {
  /** Customer profiles. */
  readonly profiles?: readonly CreditProfileInput[] | undefined;
  /** Customer groups; members are the profiles that name them. */
  readonly groups?: readonly CreditGroupInput[] | undefined;
  /** Open items of every customer. */
  readonly openItems?: readonly OpenItemInput[] | undefined;
  /** Payment history of every customer. */
  readonly paymentHistory?: readonly PaymentRecordInput[] | undefined;
}

/**
 * An in-memory {@link CreditDataSource} over plain data: for tests, demos and hosts that load the data themselves.
 *
 * @remarks
 * The data is served as given (validation happens in `decideCredit`). Open items and history are filtered by
 * customer; the as-of date is not used to filter, the host hands in what is open on that date.
 * @param input - Profiles, groups, open items and payment history.
 * @returns The data source.
 * @example
 * ```ts
 * import { createInMemoryCreditData } from "@o2c/credit";
 *
 * const data = createInMemoryCreditData({
 *   groups: [{ groupId: "holding", currency: "EUR", limit: { amount: "50000.00", currency: "EUR" } }],
 *   profiles: [
 *     { customerId: "north", currency: "EUR", groupId: "holding" },
 *     { customerId: "south", currency: "EUR", groupId: "holding" },
 *   ],
 * });
 * await data.listGroupMembers("holding") //=> ["north", "south"]
 * ```
 * @since 0.1.0
 */
export function createInMemoryCreditData(input: InMemoryCreditDataInput): CreditDataSource {
  const profiles = input.profiles ?? [];
  const groups = input.groups ?? [];
  const openItems = input.openItems ?? [];
  const history = input.paymentHistory ?? [];
  return {
    getProfile: async (customerId) => profiles.find((p) => p.customerId === customerId),
    getGroup: async (groupId) => groups.find((g) => g.groupId === groupId),
    listGroupMembers: async (groupId) => profiles.filter((p) => p.groupId === groupId).map((p) => p.customerId),
    getOpenItems: async ({ customerId }) => openItems.filter((item) => item.customerId === customerId),
    getPaymentHistory: async ({ customerId }) => history.filter((record) => record.customerId === customerId),
  };
}
