/**
 * o2c cash application: bank statement parsers (camt.053/054, MT940, BAI2, CSV) and an explainable matcher that
 * applies incoming payments to open invoices and credit notes.
 *
 * @remarks
 * Start with {@link matchPayments}: its documentation explains how payers are identified, how references are read,
 * how amounts are fitted, how scores are computed and how to tune the threshold, tolerances and weights.
 * {@link scoreResult} measures a result against a known truth (touchless rate, precision, per scenario family);
 * {@link matchResultsToCsv} makes a spreadsheet report of the results, with the evidence in words
 * ({@link explainEvidence}).
 *
 * @packageDocumentation
 */

// Matching
export { createInMemoryMatchKnowledge } from "./learning/createInMemoryMatchKnowledge.js";
export { learnFromResult } from "./learning/learnFromResult.js";
export type { ConfirmedMatch, MatchKnowledge } from "./learning/MatchKnowledge.js";
export {
  DEFAULT_WEIGHTS,
  type MatchOptions,
  type ScoringWeights,
} from "./match/MatchOptions.js";
export { type MatchInput, matchPayments } from "./match/matchPayments.js";
export type { Customer } from "./model/Customer.js";
export type {
  Allocation,
  AmountRule,
  Evidence,
  MatchResult,
  PayerMatchKind,
  ReferenceMatchKind,
  Suggestion,
} from "./model/MatchResult.js";
export type { DiscountTerms, OpenItem } from "./model/OpenItem.js";
export type { PaymentInput } from "./model/PaymentInput.js";
export { type NormalizedName, normalizeName } from "./normalize/normalizeName.js";
export { foldName, transliterate } from "./normalize/transliterate.js";
export {
  isValidCreditorReference,
  toCreditorReference,
} from "./references/creditorReference.js";
export { extractNamedParties, type NamedParty } from "./references/extractNamedParties.js";
export {
  type ExtractedReferences,
  type ExtractReferencesOptions,
  extractReferences,
  type ReferenceCandidate,
  type ReferenceSource,
} from "./references/extractReferences.js";
export { parseRmrSegments, type RmrSegment } from "./references/parseRmrSegments.js";
export { compactReference, digitKey, repairOcr, zerolessKey } from "./references/referenceKeys.js";
export { explainEvidence } from "./report/explainEvidence.js";
export { type MatchResultsCsvOptions, matchResultsToCsv } from "./report/matchResultsToCsv.js";
export {
  customerSchema,
  openItemSchema,
  parseCustomers,
  parseOpenItems,
  parsePaymentInputs,
  paymentInputSchema,
} from "./schemas.js";
export {
  type KindScore,
  type MatchScore,
  type ScoredResultEntry,
  scoreResult,
  type TruthEntry,
} from "./score/scoreResult.js";
export { jaroWinkler } from "./similarity/jaroWinkler.js";
export { nameSimilarity } from "./similarity/nameSimilarity.js";
// End of matching

// Statements
export type {
  BankTransaction,
  StatementFormat,
  TransactionSource,
  TransactionStatus,
} from "./model/BankTransaction.js";
export { type CsvMapping, csvMappingSchema } from "./statements/csvMapping.js";
export { detectStatementFormat } from "./statements/detectStatementFormat.js";
export { type InferCsvMappingOptions, inferCsvMapping } from "./statements/inferCsvMapping.js";
export type {
  BankStatement,
  ParsedStatement,
  StatementBalance,
  StatementParseOptions,
  StatementWarning,
} from "./statements/ParsedStatement.js";
export { type Bai2ParseOptions, parseBai2 } from "./statements/parseBai2.js";
export { type ParseBankStatementOptions, parseBankStatement } from "./statements/parseBankStatement.js";
export { parseCamt053, statementContentSchema, statementParseOptionsSchema } from "./statements/parseCamt053.js";
export { parseCamt054 } from "./statements/parseCamt054.js";
export { parseCsvStatement } from "./statements/parseCsvStatement.js";
export { parseMt940 } from "./statements/parseMt940.js";
export {
  type StatementErrorCode,
  StatementParseError,
  type StatementParseErrorOptions,
} from "./statements/StatementParseError.js";
export { toPaymentInputs } from "./statements/toPaymentInputs.js";
// End of statements
