import { Money, type TaxRequest } from "@o2c/core";
import { describe, expect, it } from "vitest";
import { createRuleBasedTaxProvider, exampleTaxRules, type TaxRuleInput } from "../src/index.js";
import { caught, expectIssue, expectO2CError } from "./helpers.js";

const provider = createRuleBasedTaxProvider(exampleTaxRules);

function request(overrides: Partial<TaxRequest> & { amounts?: [string, string][] } = {}): TaxRequest {
  const { amounts = [["100.00", "standard"]], ...rest } = overrides;
  const currency = rest.currency ?? "EUR";
  return {
    currency,
    date: "2026-03-02",
    seller: { country: "DE" },
    buyer: { country: "DE", taxStatus: "consumer" },
    priceMode: "exclusive",
    rounding: "line",
    lines: amounts.map(([amount, taxClass], i) => ({ id: `l${i + 1}`, amount: Money.of(amount, currency), taxClass })),
    ...rest,
  };
}

describe("rule-based tax provider", () => {
  it("taxes DE standard and reduced lines with a breakdown per category and rate", async () => {
    const result = await provider.calculate(
      request({
        amounts: [
          ["100.00", "standard"],
          ["10.00", "food"],
        ],
      }),
    );
    expect(
      result.breakdown.map((r) => [r.category, r.ratePercent, r.taxableAmount.toString(), r.taxAmount.toString()]),
    ).toEqual([
      ["S", "19", "100.00", "19.00"],
      ["S", "7", "10.00", "0.70"],
    ]);
    expect(result.totalTax.toString()).toBe("19.70");
    expect(result.lines[1]?.taxes[0]?.ruleId).toBe("de-vat-reduced");
  });

  it("applies the EU reverse charge to a cross-border B2B sale with a VAT id, with its legal note", async () => {
    const result = await provider.calculate(
      request({ buyer: { country: "FR", taxStatus: "business", taxId: "FR40303265045" } }),
    );
    const tax = result.lines[0]?.taxes[0];
    expect(tax?.category).toBe("AE");
    expect(tax?.exemptionReasonCode).toBe("VATEX-EU-AE");
    expect(result.totalTax.toString()).toBe("0.00");
    expect(result.notes).toHaveLength(1);
    expect(result.breakdown[0]?.exemptionReason).toBe("Reverse charge");
  });

  it("charges French VAT to a French business without a VAT id, and to a domestic French business", async () => {
    const noId = await provider.calculate(request({ buyer: { country: "FR", taxStatus: "business" } }));
    expect(noId.lines[0]?.taxes[0]?.ruleId).toBe("fr-vat-standard");
    const domestic = await provider.calculate(
      request({ seller: { country: "FR" }, buyer: { country: "FR", taxStatus: "business", taxId: "FR40303265045" } }),
    );
    expect(domestic.totalTax.toString()).toBe("20.00");
  });

  it("stacks a US state and county tax on the net", async () => {
    const result = await provider.calculate(
      request({
        currency: "USD",
        seller: { country: "US", region: "US-WA" },
        buyer: { country: "US", region: "US-WA-KING", taxStatus: "consumer" },
        amounts: [
          ["100.00", "standard"],
          ["20.00", "food"],
        ],
      }),
    );
    expect(result.lines[0]?.taxes.map((t) => [t.jurisdiction, t.amount.toString()])).toEqual([
      ["US-WA", "6.50"],
      ["US-WA-KING", "3.85"],
    ]);
    expect(result.lines[1]?.taxes.map((t) => t.category)).toEqual(["E", "E"]);
    expect(result.totalTax.toString()).toBe("10.35");
  });

  it("computes a compound tax on the net plus the earlier tax", async () => {
    const result = await provider.calculate(
      request({ seller: { country: "XC" }, buyer: { country: "XC", taxStatus: "consumer" } }),
    );
    // 5 % of 100 = 5.00; 9.975 % of 105.00 = 10.47375 -> 10.47
    expect(result.lines[0]?.taxes.map((t) => [t.taxableAmount.toString(), t.amount.toString(), t.compound])).toEqual([
      ["100.00", "5.00", false],
      ["105.00", "10.47", true],
    ]);
    const back = await provider.calculate(
      request({
        seller: { country: "XC" },
        buyer: { country: "XC", taxStatus: "consumer" },
        priceMode: "inclusive",
        amounts: [["115.47", "standard"]],
      }),
    );
    expect(back.lines[0]?.net.toString()).toBe("100.00");
  });

  it("exempts a buyer with a certificate and carries the certificate id", async () => {
    const result = await provider.calculate(
      request({ buyer: { country: "DE", taxStatus: "exempt", exemptionCertificateId: "CERT-42" } }),
    );
    expect(result.lines[0]?.taxes[0]).toMatchObject({ category: "E", exemptionCertificateId: "CERT-42" });
    const error = await caught(() => provider.calculate(request({ buyer: { country: "DE", taxStatus: "exempt" } })));
    expectO2CError(error, "TAX_EXEMPTION_CERTIFICATE_REQUIRED", ["buyer", "exemptionCertificateId"]);
  });

  it("uses zero-rated and out-of-scope categories", async () => {
    const result = await provider.calculate(
      request({
        amounts: [
          ["10.00", "zero-rated"],
          ["10.00", "out-of-scope"],
        ],
      }),
    );
    expect(result.lines.map((l) => l.taxes[0]?.category)).toEqual(["Z", "O"]);
  });

  it("back-calculates inclusive prices so net + tax equals the gross exactly", async () => {
    const result = await provider.calculate(
      request({
        priceMode: "inclusive",
        amounts: [
          ["119.00", "standard"],
          ["0.01", "standard"],
          ["9.99", "food"],
        ],
      }),
    );
    expect(result.lines.map((l) => [l.net.toString(), l.tax.toString(), l.gross.toString()])).toEqual([
      ["100.00", "19.00", "119.00"],
      ["0.01", "0.00", "0.01"],
      ["9.34", "0.65", "9.99"],
    ]);
  });

  it("taxes JPY without minor units", async () => {
    const result = await provider.calculate(
      request({
        currency: "JPY",
        seller: { country: "JP" },
        buyer: { country: "JP", taxStatus: "consumer" },
        amounts: [
          ["1999", "standard"],
          ["1080", "food"],
        ],
      }),
    );
    expect(result.lines.map((l) => l.tax.toString())).toEqual(["200", "86"]);
  });

  it("fails with TAX_NO_RULE for an unknown jurisdiction, never a silent zero", async () => {
    const error = await caught(() => provider.calculate(request({ buyer: { country: "BR", taxStatus: "consumer" } })));
    expectO2CError(error, "TAX_NO_RULE", ["lines", 0, "taxClass"]);
  });

  it("fails with TAX_RULE_CONFLICT for two equally specific rules of one group", async () => {
    const rules: TaxRuleInput[] = [
      { id: "a", name: "VAT", jurisdiction: "DE", country: "DE", category: "S", ratePercent: "19" },
      { id: "b", name: "VAT", jurisdiction: "DE", country: "DE", category: "S", ratePercent: "16" },
    ];
    const error = await caught(() => createRuleBasedTaxProvider(rules).calculate(request()));
    expectO2CError(error, "TAX_RULE_CONFLICT", ["lines", 0, "taxClass"]);
  });

  it("refuses malformed rules with codes and paths", async () => {
    const error = await caught(() =>
      createRuleBasedTaxProvider([
        { id: "a", name: "VAT", jurisdiction: "DE", country: "DE", category: "S", ratePercent: "-1" },
        {
          id: "a",
          name: "VAT",
          jurisdiction: "DE",
          country: "DE",
          category: "X" as "S",
          ratePercent: "19",
          validFrom: "2026-02-30",
        },
      ]),
    );
    expectIssue(error, "INVALID_PERCENT", ["rules", 0, "ratePercent"]);
    expectIssue(error, "INVALID_DATE", ["rules", 1, "validFrom"]);
  });

  it("refuses a line in another currency", async () => {
    const bad: TaxRequest = {
      ...request(),
      lines: [{ id: "1", amount: Money.of("1.00", "USD"), taxClass: "standard" }],
    };
    expectO2CError(await caught(() => provider.calculate(bad)), "CURRENCY_MISMATCH", ["lines", 0, "amount"]);
  });
});
