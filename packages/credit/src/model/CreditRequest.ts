import type { FxRates, Money, MoneyJSON } from "@o2c/core";
import type { CreditBureau } from "../ports/CreditBureau.js";
import type { CreditDataSource } from "../ports/CreditDataSource.js";
import type { ScoringModel } from "../scoring/ScoringModel.js";
import type { CreditOverride } from "./CreditOverride.js";
import type { CreditPolicyInput } from "./CreditPolicy.js";

/**
 * The question put to {@link decideCredit}: may this customer take this order on credit on this date?
 * @since 0.1.0
 */
export interface CreditRequest {
  /** The customer. */
  readonly customerId: string;
  /** The order, for the decision record and for overrides bound to one order. */
  readonly orderId?: string | undefined;
  /** The order's gross amount, zero or more, in any currency (`{ amount: "1190.00", currency: "EUR" }` or a `Money`). */
  readonly amount: MoneyJSON | Money;
  /** The date the decision is made for, `YYYY-MM-DD`: overdue days, limit increases and FX rates are taken on it. */
  readonly asOf: string;
}

/**
 * Everything {@link decideCredit} decides with besides the request: data, ports, policy and overrides.
 * @since 0.1.0
 */
export interface CreditContext {
  /** Profiles, groups, open items and payment history. */
  readonly data: CreditDataSource;
  /** Exchange rates for amounts not in the credit currency. */
  readonly fx: FxRates;
  /** The policy; {@link DEFAULT_CREDIT_POLICY} when omitted. */
  readonly policy?: CreditPolicyInput | undefined;
  /** The scoring model; {@link DEFAULT_SCORING_MODEL} when omitted. */
  readonly scoring?: ScoringModel | undefined;
  /** Manual overrides recorded with `overrideCredit`; expired ones and other customers' are ignored. */
  readonly overrides?: readonly CreditOverride[] | undefined;
  /** An external credit bureau; asked only when the policy has `minBureauScore`. */
  readonly bureau?: CreditBureau | undefined;
}
