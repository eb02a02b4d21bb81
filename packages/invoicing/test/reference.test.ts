import { createCreditorReference, isValidCreditorReference, isValidIban } from "@o2c/invoicing";
import { describe, expect, it } from "vitest";
import { expectCode } from "./fixtures.js";

describe("ISO 11649 creditor references", () => {
  it("matches the standard's published example", () => {
    // ISO 11649 example: RF18 5390 0754 7034.
    expect(createCreditorReference("539007547034")).toBe("RF18539007547034");
    expect(isValidCreditorReference("RF18 5390 0754 7034")).toBe(true);
  });

  it("builds valid references from invoice numbers, dropping separators and padding check digits", () => {
    expect(createCreditorReference("INV-2026-000001")).toBe("RF94INV2026000001");
    expect(createCreditorReference("a")).toMatch(/^RF\d{2}A$/);
    for (const n of ["INV-2026-000123", "CN/2026/7", "X1", "123456789012345678901"]) {
      expect(isValidCreditorReference(createCreditorReference(n))).toBe(true);
    }
  });

  it("detects a wrong check digit or a swapped character", () => {
    expect(isValidCreditorReference("RF19539007547034")).toBe(false);
    expect(isValidCreditorReference("RF18539007547043")).toBe(false);
    expect(isValidCreditorReference("RF18")).toBe(false);
    expect(isValidCreditorReference("XX18539007547034")).toBe(false);
  });

  it("refuses references that are empty or too long", async () => {
    await expectCode(() => createCreditorReference("--"), "INVALID_CREDITOR_REFERENCE", ["number"]);
    await expectCode(() => createCreditorReference("1234567890123456789012"), "INVALID_CREDITOR_REFERENCE");
  });
});

describe("IBAN", () => {
  it("checks shape and check digits", () => {
    expect(isValidIban("DE89 3704 0044 0532 0130 00")).toBe(true);
    expect(isValidIban("GB82WEST12345698765432")).toBe(true);
    expect(isValidIban("GB82WEST12345698765433")).toBe(false);
    expect(isValidIban("DE89")).toBe(false);
  });
});
