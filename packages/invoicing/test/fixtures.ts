import { createFixedClock, createSequentialIdGenerator, isO2CError, ValidationError } from "@o2c/core";
import type { InvoiceParty, IssueInvoiceOptions, OrderInput, OrderLineInput } from "@o2c/invoicing";
import { expect } from "vitest";

export const address = { line1: "Hauptstraße 1", city: "Berlin", postalCode: "10115", country: "DE" };
export const seller: InvoiceParty = { name: "Acme GmbH", vatId: "DE123456789", address };
export const buyer: InvoiceParty = {
  id: "cus_1",
  name: "Globex AG",
  vatId: "DE987654321",
  address: { line1: "Marktplatz 5", city: "München", postalCode: "80331", country: "DE" },
};
export const paymentAccount = { iban: "DE89370400440532013000", bic: "COBADEFFXXX" };

export function line(overrides: Partial<OrderLineInput> & { id: string }, currency = "EUR"): OrderLineInput {
  return {
    sku: `SKU-${overrides.id}`,
    description: `Item ${overrides.id}`,
    quantity: "10",
    unitPrice: { amount: "5.00", currency },
    net: { amount: "50.00", currency },
    taxCategory: "S",
    taxRatePercent: "19",
    ...overrides,
  };
}

export function order(overrides: Partial<OrderInput> = {}): OrderInput {
  return {
    id: "ord_1",
    customerId: "cus_1",
    currency: "EUR",
    lines: [
      line({ id: "l1" }),
      line({
        id: "l2",
        quantity: "3",
        unitPrice: { amount: "19.99", currency: "EUR" },
        net: { amount: "53.97", currency: "EUR" },
        taxRatePercent: "7",
      }),
    ],
    charges: [
      {
        kind: "charge",
        amount: { amount: "7.50", currency: "EUR" },
        reason: "Freight",
        reasonCode: "FC",
        taxCategory: "S",
        taxRatePercent: "19",
      },
    ],
    ...overrides,
  };
}

export const parties = { seller, buyer, paymentAccount };

export function issueOptions(overrides: Partial<IssueInvoiceOptions> = {}): IssueInvoiceOptions {
  return {
    issueDate: "2026-10-14",
    company: "ACME",
    clock: createFixedClock("2026-10-14T09:00:00Z"),
    ids: createSequentialIdGenerator(),
    ...overrides,
  };
}

/** Runs `fn` and asserts it throws an o2c error with this code (and path, when given); returns the error. */
export async function expectCode(
  fn: () => unknown,
  code: string,
  path?: readonly (string | number)[],
): Promise<Error & { code: string; path: readonly (string | number)[]; details: Record<string, unknown> }> {
  let caught: unknown;
  try {
    await fn();
  } catch (error) {
    caught = error;
  }
  expect(isO2CError(caught), `expected an O2CError ${code}, got ${String(caught)}`).toBe(true);
  const error = caught as Error & {
    code: string;
    path: readonly (string | number)[];
    details: Record<string, unknown>;
  };
  expect(error.code).toBe(code);
  if (path !== undefined) expect(error.path).toEqual(path);
  return error;
}

/** Asserts a ValidationError with an issue of this code at this path. */
export async function expectIssue(fn: () => unknown, code: string, path: readonly (string | number)[]): Promise<void> {
  const error = await expectCode(fn, "VALIDATION_FAILED");
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as unknown as ValidationError).issues).toContainEqual(expect.objectContaining({ code, path }));
}
