/**
 * o2c orders: the order lifecycle as a typed XState v5 machine, from capture and validation through pricing,
 * credit check, reservation, partial shipments, delivery, invoicing and returns to closing, with a use-case layer
 * that commits each transition and its effects in one store transaction.
 *
 * @packageDocumentation
 */

// Adapters to @o2c/pricing and @o2c/credit
export { type CreditServiceOptions, createCreditService } from "./adapters/createCreditService.js";
export { createPricingService, type PricingServiceOptions } from "./adapters/createPricingService.js";
// Errors
export type { OrderErrorCode } from "./errors.js";
// The machine
export { createOrderMachine, type OrderMachine } from "./machine/createOrderMachine.js";
export type { ApprovalStep, OrderGuardHooks, OrderMachineOptions } from "./machine/OrderMachineOptions.js";
export { ORDER_STATES, type OrderState } from "./machine/orderStates.js";
export {
  initialOrderSnapshot,
  type NewOrder,
  type OrderSnapshot,
  orderStateOf,
  type PersistedOrderSnapshot,
  persistOrderSnapshot,
  restoreOrderSnapshot,
  stepOrder,
} from "./machine/stepOrder.js";
// The model
export type { CreditOutcome, CreditReason } from "./model/CreditOutcome.js";
export type {
  LineReservation,
  OrderContext,
  OrderDecision,
  OrderLineState,
  ReturnAuthorization,
  ReturnLine,
  Shipment,
  ShipmentLine,
} from "./model/OrderContext.js";
export type { CreditNoteLine, CreditNoteRequest, OrderEffect, OrderNotification } from "./model/OrderEffect.js";
export type { LineReservationResult, OrderEvent, OrderEventType, ReturnDisposition } from "./model/OrderEvent.js";
export type { PricedLine, PricedOrderSummary } from "./model/PricedOrderSummary.js";
export type { StockAlternativeHint } from "./model/StockAlternativeHint.js";
// Validation at the boundary
export { type Address, addressSchema } from "./schemas/addressSchema.js";
export { type OrderCommand, orderCommandSchema, parseOrderCommand } from "./schemas/orderCommandSchema.js";
export {
  ORDER_CHANNELS,
  type OrderChannel,
  type OrderCustomer,
  type OrderInput,
  type OrderLineInput,
  orderInputSchema,
  parseOrderInput,
  safeParseOrderInput,
} from "./schemas/orderInputSchema.js";
// The use cases
export { createOrderService, type OrderService, type OrderServiceOptions } from "./service/createOrderService.js";
export {
  DISPATCHED_EFFECT_TYPES,
  type DispatchReport,
  dispatchOrderEffects,
  type OrderEffectPorts,
} from "./service/dispatchOrderEffects.js";
export type { OrderRecord, OrderView } from "./service/OrderRecord.js";
export type { OrderServices } from "./service/OrderServices.js";
