import { isO2CError, ValidationError } from "@o2c/core";
import { expect } from "vitest";
import { createRuleBasedTaxProvider, exampleTaxRules, type PricingContext } from "../src/index.js";

/** A context with the example tax rules, a German seller, exclusive prices and line rounding. */
export function context(overrides: Partial<PricingContext> = {}): PricingContext {
  return { taxProvider: createRuleBasedTaxProvider(exampleTaxRules), seller: { country: "DE" }, ...overrides };
}

/** Runs `fn` and returns what it threw (or rejected with); fails when it did not throw. */
export async function caught(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  expect.fail("expected an error");
}

/** Asserts an O2CError with `code` and `path`. */
export function expectO2CError(error: unknown, code: string, path?: readonly (string | number)[]): void {
  expect(isO2CError(error, code)).toBe(true);
  if (path !== undefined) expect((error as { path: unknown }).path).toEqual(path);
}

/** Asserts a ValidationError with an issue of `code` at `path`. */
export function expectIssue(error: unknown, code: string, path: readonly (string | number)[]): void {
  expect(error).toBeInstanceOf(ValidationError);
  const issues = (error as ValidationError).issues.map((i) => ({ code: i.code, path: i.path }));
  expect(issues).toContainEqual({ code, path });
}
