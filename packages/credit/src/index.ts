/**
 * o2c credit: credit limits per customer and group, exposure across currencies, policy rules as data, an
 * explainable payment behaviour score and manual overrides; {@link decideCredit} approves, holds or rejects an
 * order and says why.
 *
 * @packageDocumentation
 */

export { createInMemoryCreditData, type InMemoryCreditDataInput } from "./adapters/createInMemoryCreditData.js";
// Deciding
export { decideCredit } from "./decideCredit.js";
// Errors
export type { CreditErrorCode } from "./errors.js";
export type {
  AppliedIncrease,
  ApprovedCreditDecision,
  CreditDecision,
  CreditDecisionBase,
  CreditReason,
  CreditReasonCode,
  ExposureBreakdown,
  FxConversion,
  HeldCreditDecision,
  LimitCheck,
  MissingFxRate,
  RejectedCreditDecision,
} from "./model/CreditDecision.js";
// Overrides
export type { CreditOverride } from "./model/CreditOverride.js";
export {
  type ActionRule,
  type AmountRule,
  type CountRule,
  type CreditPolicyInput,
  type DaysRule,
  DEFAULT_CREDIT_POLICY,
  type PolicyAction,
  type ScoreRule,
} from "./model/CreditPolicy.js";
// Profiles, open items, history, policy
export type {
  CreditGroupInput,
  CreditProfileInput,
  CreditStatus,
  TemporaryIncreaseInput,
} from "./model/CreditProfile.js";
export type { CreditContext, CreditRequest } from "./model/CreditRequest.js";
export type { OpenItemInput, OpenItemKind } from "./model/OpenItem.js";
export type { PaymentRecordInput } from "./model/PaymentRecord.js";
export {
  type CreditOverriddenEvent,
  type CreditOverrideInput,
  type CreditOverrideResult,
  type OverrideCreditPorts,
  overrideCredit,
} from "./overrideCredit.js";
// Ports and adapters
export type { BureauQuery, BureauReport, CreditBureau } from "./ports/CreditBureau.js";
export type { CreditDataSource, CustomerQuery } from "./ports/CreditDataSource.js";
// Scoring
export type { ScoreExplanation, ScoreFactor } from "./scoring/ScoreExplanation.js";
export { DEFAULT_SCORING_MODEL, type ScoreFactorName, type ScoringModel } from "./scoring/ScoringModel.js";
export { type ScorePaymentHistoryInput, scorePaymentHistory } from "./scoring/scorePaymentHistory.js";
