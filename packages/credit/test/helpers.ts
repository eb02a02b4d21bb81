import { createInMemoryFxRates, type FxRateInput, isO2CError, ValidationError } from "@o2c/core";
import { expect } from "vitest";
import {
  type CreditContext,
  createInMemoryCreditData,
  type InMemoryCreditDataInput,
  type OpenItemInput,
  type OpenItemKind,
} from "../src/index.js";

/** A money DTO. */
export const m = (amount: string, currency = "EUR") => ({ amount, currency });

/** An open item of customer `acme` unless told otherwise. */
export function item(
  id: string,
  kind: OpenItemKind,
  amount: string,
  extra: Partial<OpenItemInput> & { currency?: string } = {},
): OpenItemInput {
  const { currency = "EUR", ...rest } = extra;
  return { id, customerId: "acme", kind, amount: m(amount, currency), ...rest };
}

export const ECB_RATES: readonly FxRateInput[] = [
  { base: "USD", quote: "EUR", rate: "0.9", date: "2026-10-01", source: "ECB" },
  { base: "JPY", quote: "EUR", rate: "0.0061", date: "2026-10-01", source: "ECB" },
  { base: "EUR", quote: "KWD", rate: "0.3312", date: "2026-10-01", source: "CBK" },
  { base: "EUR", quote: "JPY", rate: "163.25", date: "2026-10-01", source: "BOJ" },
];

/** A context over in-memory data and the rates above. */
export function contextOf(
  data: InMemoryCreditDataInput,
  extra: Partial<CreditContext> = {},
  rates: readonly FxRateInput[] = ECB_RATES,
): CreditContext {
  return { data: createInMemoryCreditData(data), fx: createInMemoryFxRates(rates), ...extra };
}

/** Asserts that a promise or a function fails with an o2c error of this code (and path, when given). */
export async function expectO2CError(
  run: () => unknown,
  code: string,
  path?: readonly (string | number)[],
): Promise<void> {
  let caught: unknown;
  try {
    await run();
  } catch (error) {
    caught = error;
  }
  expect(isO2CError(caught, code), `expected ${code}, got ${String(caught)}`).toBe(true);
  if (path !== undefined) expect((caught as { path: unknown }).path).toEqual(path);
}

/** Asserts a validation failure with an issue of this code at this path. */
export async function expectIssue(run: () => unknown, code: string, path: readonly (string | number)[]): Promise<void> {
  let caught: unknown;
  try {
    await run();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected a ValidationError, got ${String(caught)}`).toBeInstanceOf(ValidationError);
  const issues = (caught as ValidationError).issues.map((i) => ({ code: i.code, path: i.path }));
  expect(issues).toContainEqual({ code, path });
}
