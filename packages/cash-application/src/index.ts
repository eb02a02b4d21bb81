// Public API of @o2c/cash-application: filled in by its issue.
// Statements
export type {
  BankTransaction,
  StatementFormat,
  TransactionSource,
  TransactionStatus,
} from "./model/BankTransaction.js";
export { type CsvMapping, csvMappingSchema } from "./statements/csvMapping.js";
export { detectStatementFormat } from "./statements/detectStatementFormat.js";
export type {
  BankStatement,
  ParsedStatement,
  StatementBalance,
  StatementParseOptions,
  StatementWarning,
} from "./statements/ParsedStatement.js";
export { type ParseBankStatementOptions, parseBankStatement } from "./statements/parseBankStatement.js";
export { type Bai2ParseOptions, parseBai2 } from "./statements/parseBai2.js";
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
