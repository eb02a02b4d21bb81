import { Money, parseWith } from "@o2c/core";
import { creditError } from "./errors.js";
import { computeExposure, currenciesOf } from "./exposure/computeExposure.js";
import { createConverter } from "./exposure/convertToCreditCurrency.js";
import { summariseOverdue } from "./exposure/overdueSummary.js";
import {
  askBureau,
  assertOwnedBy,
  convertHistory,
  dedupeMissing,
  loadGroup,
  loadGroupItems,
  loadProfile,
} from "./internal/loadCreditData.js";
import type { CreditDecision, CreditDecisionBase, MissingFxRate } from "./model/CreditDecision.js";
import { DEFAULT_CREDIT_POLICY } from "./model/CreditPolicy.js";
import type { CreditContext, CreditRequest } from "./model/CreditRequest.js";
import { checkLimits } from "./policy/checkLimit.js";
import { decideOutcome } from "./policy/decideOutcome.js";
import { evaluatePolicy, type PolicyFacts } from "./policy/evaluatePolicy.js";
import { findOverride, parseOverrides } from "./policy/findOverride.js";
import { openItemsSchema, paymentHistorySchema, policySchema, requestSchema, scoringModelSchema } from "./schemas.js";
import { DEFAULT_SCORING_MODEL } from "./scoring/ScoringModel.js";
import { scoreRecords } from "./scoring/scoreRecords.js";

/**
 * Decides whether a customer may take an order on credit, the way a credit manager would, and says why.
 *
 * @remarks
 * Exposure is open receivables + unpaid invoices + confirmed uninvoiced orders + this order - unapplied cash -
 * open credit notes, in the customer's credit currency; other currencies are converted through `context.fx` at the
 * rate of the as-of date, rounded `halfUp` to the credit currency's minor unit (each conversion is listed with its
 * rate, date and source). The exposure is checked against the customer's own limit and its group's shared limit,
 * each with the temporary increases valid that day, then the policy's rules run (overdue days, amount and count,
 * score, bureau score, first order of a new customer) and the customer's and group's status. The outcome is
 * `rejected` if any reason rejects, else `hold` if any holds, else `approved`. A missing FX rate always holds,
 * never approves. An unexpired override of the customer (or of this order) whose `maxExposure` covers the exposure
 * approves a held or rejected order, except for a blocked customer or a missing FX rate; the reasons it set aside
 * stay in the decision. Policy amounts and the payment history are converted the same way (history record by
 * record, for the DSO); a rate missing for them holds the order too. Reads no clock: everything is as of
 * `request.asOf`.
 *
 * @param request - The customer, the order's amount and the as-of date.
 * @param context - The data source, FX rates, policy, scoring model, overrides and optional bureau.
 * @returns The decision, tagged by `outcome`, with reasons, exposure, limits, amount over the limit and score.
 * @throws `ValidationError` (from `@o2c/core`) `VALIDATION_FAILED` with issues (`INVALID_AMOUNT`, `NEGATIVE_AMOUNT`,
 * `UNKNOWN_CURRENCY`, `INVALID_DATE`, `INVALID_DATE_RANGE`, `INVALID_WEIGHTS`, `WRONG_CUSTOMER`, `REQUIRED`...) for a
 * bad request, or bad data from the data source, policy, scoring model, overrides or bureau (paths start with
 * `profile`, `group`, `openItems`, `groupOpenItems`, `paymentHistory`, `policy`, `scoring`, `overrides`, `bureau`).
 * @throws `O2CError` (from `@o2c/core`) `UNKNOWN_CUSTOMER`, `UNKNOWN_CREDIT_GROUP`, `CREDIT_LIMIT_MISSING`, `CURRENCY_MISMATCH`
 * (a limit, increase or group not in the credit currency), `INVALID_FX_RATE`.
 * @example
 * ```ts
 * import { createInMemoryFxRates } from "@o2c/core";
 * import { createInMemoryCreditData, decideCredit } from "@o2c/credit";
 *
 * const data = createInMemoryCreditData({
 *   profiles: [{ customerId: "acme", currency: "EUR", limit: { amount: "10000.00", currency: "EUR" } }],
 *   openItems: [
 *     { id: "INV-7", customerId: "acme", kind: "invoice", amount: { amount: "6000.00", currency: "EUR" }, dueDate: "2026-10-30" },
 *   ],
 * });
 * const fx = createInMemoryFxRates([]);
 * const ok = await decideCredit({ customerId: "acme", amount: { amount: "3000.00", currency: "EUR" }, asOf: "2026-10-14" }, { data, fx });
 * ok.outcome //=> "approved"
 * const big = await decideCredit({ customerId: "acme", amount: { amount: "5000.00", currency: "EUR" }, asOf: "2026-10-14" }, { data, fx });
 * big.outcome //=> "hold"
 * big.reasons[0]?.code //=> "LIMIT_EXCEEDED"
 * big.amountOverLimit //=> { amount: "1000.00", currency: "EUR" }
 * ```
 * @since 0.1.0
 */
export async function decideCredit(request: CreditRequest, context: CreditContext): Promise<CreditDecision> {
  const req = parseWith(requestSchema, request);
  const policy = parseWith(policySchema, context.policy ?? DEFAULT_CREDIT_POLICY, ["policy"]);
  const model = parseWith(scoringModelSchema, context.scoring ?? DEFAULT_SCORING_MODEL, ["scoring"]);
  const overrides = parseOverrides(context.overrides ?? []);
  const { data } = context;
  const asOf = req.asOf;
  const query = { customerId: req.customerId, asOf: asOf.toString() };

  const profile = await loadProfile(data, req.customerId);
  const group = profile.groupId === undefined ? undefined : await loadGroup(data, profile);
  if (profile.limit === undefined && group === undefined) {
    throw creditError("CREDIT_LIMIT_MISSING", `Customer ${req.customerId} has neither a credit limit nor a group`, {
      path: ["profile", "limit"],
      details: { customerId: req.customerId },
    });
  }
  const items = assertOwnedBy(
    parseWith(openItemsSchema, await data.getOpenItems(query), ["openItems"]),
    req.customerId,
    ["openItems"],
  );
  const history = assertOwnedBy(
    parseWith(paymentHistorySchema, await data.getPaymentHistory(query), ["paymentHistory"]),
    req.customerId,
    ["paymentHistory"],
  );
  const groupItems = group === undefined ? [] : await loadGroupItems(data, group, req.customerId, asOf);

  const converter = createConverter(context.fx, profile.currency, asOf);
  await converter.prefetch([
    ...currenciesOf([...items, ...groupItems], req.amount),
    ...history.map((r) => r.amount.currency),
    ...[policy.maxOverdueAmount?.threshold, policy.firstOrderAbove?.threshold].flatMap((m) => (m ? [m.currency] : [])),
  ]);

  const exposure = computeExposure(items, req.amount, converter);
  const groupExposure =
    group === undefined ? undefined : computeExposure([...items, ...groupItems], req.amount, converter);
  const limits = checkLimits({
    profile,
    group,
    exposure: exposure.total,
    groupExposure: groupExposure?.total,
    asOf,
  });

  const missing: MissingFxRate[] = [
    ...exposure.breakdown.missingRates,
    ...(groupExposure?.breakdown.missingRates ?? []),
  ];
  const convertOrNote = (amount: Money | undefined, subject: string): Money | undefined => {
    if (amount === undefined) return undefined;
    const result = converter.convert(amount, subject);
    if (result.type === "missing") missing.push(result.missing);
    return result.type === "converted" ? result.amount : undefined;
  };
  const overdue = summariseOverdue(items, asOf, converter);
  missing.push(...overdue.missingRates);
  const score = scoreRecords(convertHistory(history, converter, missing), asOf, model);
  const facts: PolicyFacts = {
    policy,
    currency: profile.currency,
    statuses: [
      { scope: "customer", id: profile.customerId, status: profile.status },
      ...(group === undefined ? [] : [{ scope: "group" as const, id: group.groupId, status: group.status }]),
    ],
    limits,
    overdue,
    maxOverdueAmount: convertOrNote(policy.maxOverdueAmount?.threshold, "policy.maxOverdueAmount"),
    firstOrderAbove: convertOrNote(policy.firstOrderAbove?.threshold, "policy.firstOrderAbove"),
    orderAmount: convertOrNote(req.amount, "currentOrder") ?? req.amount,
    isNewCustomer: history.length === 0 && items.length === 0,
    score,
    bureau: policy.minBureauScore === undefined ? undefined : await askBureau(context, query),
    missingRates: dedupeMissing(missing),
  };
  const reasons = evaluatePolicy(facts);
  const over = limits
    .filter((l) => l.exceeded)
    .map((l) => Money.of(l.headroom.amount, profile.currency).negate())
    .reduce<Money | undefined>((max, value) => (max === undefined || value.greaterThan(max) ? value : max), undefined);

  const base: CreditDecisionBase = {
    customerId: req.customerId,
    ...(req.orderId === undefined ? {} : { orderId: req.orderId }),
    asOf: asOf.toString(),
    orderAmount: req.amount.toJSON(),
    reasons,
    exposure: exposure.breakdown,
    ...(groupExposure === undefined ? {} : { groupExposure: groupExposure.breakdown }),
    limits,
    ...(over === undefined ? {} : { amountOverLimit: over.toJSON() }),
    ...(score === undefined ? {} : { score }),
    ...(facts.bureau?.type === "report" ? { bureau: facts.bureau.report } : {}),
  };
  const blocked = reasons.some((r) => r.effect === "reject" || r.effect === "hold");
  const override = blocked ? findOverride({ overrides, request: req, reasons, exposure: exposure.total }) : undefined;
  return decideOutcome(base, override);
}
