/**
 * Test helpers for hosts and adapters: the `Store` conformance suite and fast-check arbitraries for
 * o2c's value types. Import from `@o2c/core/testing`; it needs `fast-check` installed.
 *
 * @packageDocumentation
 */
export {
  type ArbMoneyOptions,
  arbAmountString,
  arbBusinessDate,
  arbCurrencyCode,
  arbMoney,
  arbRatios,
} from "./arbitraries.js";
export {
  type ConformanceTestApi,
  defineStoreConformanceSuite,
  type StoreConformanceOptions,
} from "./storeConformance.js";
