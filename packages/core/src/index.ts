/**
 * o2c core: exact money, currencies, rounding, rates, business dates, typed errors, domain events, the ports every
 * o2c package talks through (store, payment gateway, inventory, tax, FX, notifier) and an in-memory adapter for
 * each.
 *
 * @packageDocumentation
 */

export { createInMemoryFxRates, type FxRateInput } from "./adapters/inMemoryFxRates.js";
export {
  createInMemoryInventory,
  type InMemoryInventory,
  type InMemoryInventoryOptions,
  type StockLevel,
} from "./adapters/inMemoryInventory.js";
export {
  createInMemoryNotifier,
  type InMemoryNotifier,
  type InMemoryNotifierOptions,
} from "./adapters/inMemoryNotifier.js";
export {
  createInMemoryPaymentGateway,
  type GatewayOperation,
  type InMemoryPaymentGateway,
  type InMemoryPaymentGatewayOptions,
} from "./adapters/inMemoryPaymentGateway.js";
// In-memory adapters
export {
  createInMemoryStore,
  type DumpedOutboxEntry,
  type InMemoryStore,
  type InMemoryStoreDump,
  type InMemoryStoreOptions,
  type StoreFaultPoint,
} from "./adapters/inMemoryStore.js";
export { createFlatRateTaxProvider, type FlatTaxRate } from "./adapters/inMemoryTaxProvider.js";
// Dates, time, ids, events
export { BusinessDate } from "./date/BusinessDate.js";
export { isIsoDate } from "./date/isoDate.js";

// Decimals, rates, percentages
export {
  type DecimalInput,
  O2CDecimal,
  parseDecimal,
  roundDecimal,
  type ScaledInteger,
  toScaledInteger,
} from "./decimal/decimal.js";
export { Percent, Rate } from "./decimal/Rate.js";
// Errors
export { type ErrorPath, isO2CError, O2CError, type O2CErrorJSON, type O2CErrorOptions } from "./errors/O2CError.js";
export { formatPath, ValidationError, type ValidationIssue } from "./errors/ValidationError.js";
export { createDomainEvent, type DomainEvent, type DomainEventInput } from "./events/DomainEvent.js";
export { createRandomIdGenerator, createSequentialIdGenerator, type IdGenerator } from "./ids/IdGenerator.js";
export { allocateByLargestRemainder } from "./money/allocate.js";
// Money
export { formatMinorUnits, MAX_MINOR_UNITS, parseMinorUnits } from "./money/amount.js";
export { type Currency, getCurrency, isCurrencyCode, listCurrencies } from "./money/currency.js";
export { Money, type MoneyFormatOptions, type MoneyJSON } from "./money/Money.js";
export { divideAndRound, isRoundingMode, ROUNDING_MODES, type RoundingMode } from "./money/rounding.js";
export type { FxRate, FxRateQuery, FxRates } from "./ports/FxRates.js";
export type {
  Availability,
  CommitRequest,
  InventoryPort,
  ReleaseRequest,
  ReservationResult,
  ReserveRequest,
  StockAlternative,
  WarehouseAllocation,
} from "./ports/InventoryPort.js";
export { type IdempotentOutcome, type RunIdempotentOptions, runIdempotent } from "./ports/idempotent.js";
export type {
  Notification,
  NotificationDuplicate,
  NotificationFailed,
  NotificationResult,
  NotificationSent,
  Notifier,
} from "./ports/Notifier.js";
export type {
  AuthorizeRequest,
  CaptureRequest,
  GatewayDeclined,
  GatewayEvent,
  GatewayEventType,
  GatewayPending,
  GatewayRequestBase,
  GatewayResult,
  GatewaySucceeded,
  PaymentGateway,
  RefundRequest,
  VoidRequest,
} from "./ports/PaymentGateway.js";
// Ports
export type {
  IdempotencyRecord,
  ListOptions,
  Outbox,
  OutboxEntry,
  Repository,
  Store,
  StoreTransaction,
  Versioned,
} from "./ports/Store.js";
export type {
  AppliedTax,
  TaxBreakdownEntry,
  TaxBuyer,
  TaxCalculation,
  TaxCategoryCode,
  TaxedLine,
  TaxLineInput,
  TaxParty,
  TaxProvider,
  TaxRequest,
} from "./ports/TaxProvider.js";
// Validation at the boundary
export {
  businessDateSchema,
  currencyCodeSchema,
  decimalSchema,
  isoDateSchema,
  moneySchema,
  parseMoney,
  parseWith,
  type SafeParseFailure,
  type SafeParseResult,
  type SafeParseSuccess,
  safeParseWith,
} from "./schemas/schemas.js";
export { type Clock, createFixedClock, createSystemClock, type FixedClock } from "./time/Clock.js";
