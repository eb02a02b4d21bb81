import { isO2CError, Money, O2CDecimal, Percent, parseMoney, Rate, ValidationError } from "@o2c/core";
import { describe, expect, it } from "vitest";

function issueOf(fn: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) {
      const issue = error.issues[0];
      if (issue === undefined) throw new Error("validation error without issues");
      return { code: issue.code, path: issue.path };
    }
    throw error;
  }
  throw new Error("expected a ValidationError");
}

describe("Money.of", () => {
  it.each([
    ["1190.00", "EUR", 119000n],
    ["1190.5", "EUR", 119050n],
    ["1190", "EUR", 119000n],
    ["-0.01", "EUR", -1n],
    ["-0", "EUR", 0n],
    ["152000", "JPY", 152000n],
    ["1.250", "KWD", 1250n],
    ["0.001", "BHD", 1n],
    ["999999999999999.999", "KWD", 999999999999999999n],
  ])("parses %s %s to %s minor units", (amount, currency, minor) => {
    expect(Money.of(amount, currency).minor).toBe(minor);
  });

  it.each([
    ["1,00", "INVALID_AMOUNT"],
    ["1e3", "INVALID_AMOUNT"],
    ["abc", "INVALID_AMOUNT"],
    ["", "INVALID_AMOUNT"],
    [" 1.00", "INVALID_AMOUNT"],
    ["+1.00", "INVALID_AMOUNT"],
    ["1.", "INVALID_AMOUNT"],
    [".5", "INVALID_AMOUNT"],
    ["1 000.00", "INVALID_AMOUNT"],
    ["NaN", "INVALID_AMOUNT"],
    ["Infinity", "INVALID_AMOUNT"],
    ["12.345", "AMOUNT_PRECISION"],
    ["10000000000000000.00", "AMOUNT_OUT_OF_RANGE"],
    ["1".repeat(60), "AMOUNT_OUT_OF_RANGE"],
  ])("refuses %j for EUR with %s", (amount, code) => {
    expect(issueOf(() => Money.of(amount, "EUR", ["lines", 2, "price"]))).toEqual({
      code,
      path: ["lines", 2, "price"],
    });
  });

  it("refuses numbers, NaN and other non-strings: amounts are never floats", () => {
    for (const value of [1.1, Number.NaN, 100, null, undefined, {}, 10n]) {
      expect(issueOf(() => Money.of(value as unknown as string, "EUR")).code).toBe("INVALID_AMOUNT");
    }
  });

  it("refuses decimals a currency does not have", () => {
    expect(issueOf(() => Money.of("1.5", "JPY")).code).toBe("AMOUNT_PRECISION");
    expect(issueOf(() => Money.of("1.2345", "KWD")).code).toBe("AMOUNT_PRECISION");
  });

  it("names the currency field for an unknown currency", () => {
    expect(issueOf(() => Money.of("1.00", "EURO", ["total", "amount"]))).toEqual({
      code: "UNKNOWN_CURRENCY",
      path: ["total", "currency"],
    });
    expect(issueOf(() => Money.of("1.00", "eur")).code).toBe("UNKNOWN_CURRENCY");
  });

  it("reports every problem of a money DTO at once with parseMoney", () => {
    try {
      parseMoney({ amount: 1.5, currency: "XYZ" }, ["order", "total"]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const issues = (error as ValidationError).issues.map((i) => ({ code: i.code, path: i.path }));
      expect(issues).toEqual([{ code: "UNKNOWN_CURRENCY", path: ["order", "total", "currency"] }]);
    }
    expect(() => parseMoney({ amount: "1.00" })).toThrow(ValidationError);
    try {
      parseMoney({ amount: "1.00" });
    } catch (error) {
      expect((error as ValidationError).issues[0]).toMatchObject({ code: "REQUIRED", path: ["currency"] });
    }
  });
});

describe("Money formatting", () => {
  it("formats canonical decimal strings with the currency's digits", () => {
    expect(Money.fromMinor(5, "EUR").toString()).toBe("0.05");
    expect(Money.fromMinor(-5, "EUR").toString()).toBe("-0.05");
    expect(Money.fromMinor(152000n, "JPY").toString()).toBe("152000");
    expect(Money.fromMinor(1n, "KWD").toString()).toBe("0.001");
    expect(JSON.stringify(Money.of("12.5", "USD"))).toBe('{"amount":"12.50","currency":"USD"}');
  });

  it("formats for people with Intl, exactly", () => {
    expect(Money.of("1190.00", "EUR").format("de-DE")).toBe("1.190,00\u00a0€");
    expect(Money.of("1190.5", "USD").format("en-US")).toBe("$1,190.50");
    expect(Money.of("152000", "JPY").format("ja-JP")).toBe("￥152,000");
    expect(Money.of("1.005", "KWD").format("en-US", { currencyDisplay: "code" })).toBe("KWD\u00a01.005");
    // Beyond float precision: Intl receives the decimal string, not a number.
    expect(Money.of("9007199254740993.01", "EUR").format("en-US")).toBe("€9,007,199,254,740,993.01");
  });
});

describe("Money arithmetic", () => {
  const eur = (a: string) => Money.of(a, "EUR");

  it("adds, subtracts, negates and compares", () => {
    expect(eur("0.10").add(eur("0.20")).toString()).toBe("0.30");
    expect(eur("0.10").subtract(eur("0.20")).toString()).toBe("-0.10");
    expect(eur("5.00").negate().toString()).toBe("-5.00");
    expect(eur("-5.00").abs().toString()).toBe("5.00");
    expect(eur("1.00").compare(eur("2.00"))).toBe(-1);
    expect(eur("2.00").greaterThan(eur("1.99"))).toBe(true);
    expect(eur("2.00").min(eur("1.99")).toString()).toBe("1.99");
    expect(Money.sum([eur("1.00"), eur("2.50")], "EUR").toString()).toBe("3.50");
    expect(Money.sum([], "JPY").toString()).toBe("0");
  });

  it("refuses to mix currencies, with CURRENCY_MISMATCH", () => {
    const attempts = [
      () => eur("1.00").add(Money.of("1.00", "USD")),
      () => eur("1.00").subtract(Money.of("1", "JPY")),
      () => eur("1.00").compare(Money.of("1.00", "GBP")),
      () => Money.sum([eur("1.00"), Money.of("1.00", "USD")], "EUR"),
    ];
    for (const attempt of attempts) {
      try {
        attempt();
        expect.unreachable();
      } catch (error) {
        expect(isO2CError(error, "CURRENCY_MISMATCH")).toBe(true);
      }
    }
    expect(eur("1.00").equals(Money.of("1.00", "USD"))).toBe(false);
  });

  it("multiplies by rates and percentages with an explicit rounding", () => {
    // 3.60 * 5.5 % = 0.198 per unit; the explicit mode decides.
    expect(eur("3.60").multiply(Percent.of("5.5"), "halfUp").toString()).toBe("0.20");
    expect(eur("36.00").multiply("0.055", "halfUp").toString()).toBe("1.98");
    expect(eur("0.05").multiply("0.5", "halfEven").toString()).toBe("0.02");
    expect(eur("0.05").multiply("0.5", "halfUp").toString()).toBe("0.03");
    expect(eur("-0.05").multiply("0.5", "halfUp").toString()).toBe("-0.03");
    expect(eur("-0.05").multiply("0.5", "floor").toString()).toBe("-0.03");
    expect(eur("100.00").multiply(Rate.of("1.0843"), "halfUp").toString()).toBe("108.43");
    expect(Money.of("1000", "JPY").multiply(new O2CDecimal("0.08"), "down").toString()).toBe("80");
    expect(Money.of("1.000", "KWD").multiply("0.3333", "halfUp").toString()).toBe("0.333");
  });

  it("divides with an explicit rounding and refuses a zero divisor", () => {
    expect(eur("100.00").divide("3", "halfUp").toString()).toBe("33.33");
    expect(eur("119.00").divide("1.19", "halfUp").toString()).toBe("100.00");
    try {
      eur("1.00").divide("0", "halfUp");
      expect.unreachable();
    } catch (error) {
      expect(isO2CError(error, "DIVISION_BY_ZERO")).toBe(true);
    }
  });

  it("refuses results beyond the supported range", () => {
    const big = Money.of("9999999999999999.99", "EUR");
    try {
      big.add(eur("0.01"));
      expect.unreachable();
    } catch (error) {
      expect(isO2CError(error, "AMOUNT_OUT_OF_RANGE")).toBe(true);
    }
    expect(() => big.multiply("2", "halfUp")).toThrow(/range/);
  });

  it("allocates by ratios with the largest remainder", () => {
    expect(eur("100.00").allocate(["1", "1", "1"]).map(String)).toEqual(["33.34", "33.33", "33.33"]);
    expect(eur("0.05").allocate(["0.3", "0.7"]).map(String)).toEqual(["0.02", "0.03"]);
    expect(eur("10.00").allocate(["70", "0", "30"]).map(String)).toEqual(["7.00", "0.00", "3.00"]);
    expect(eur("-10.00").allocate(["1", "2"]).map(String)).toEqual(["-3.33", "-6.67"]);
    expect(Money.of("100", "JPY").allocate(["1", "1", "1"]).map(String)).toEqual(["34", "33", "33"]);
    // Largest remainder, not "first gets the rest": 0.1 / 0.7 / 0.2 of 0.07.
    expect(eur("0.07").allocate(["0.1", "0.7", "0.2"]).map(String)).toEqual(["0.01", "0.05", "0.01"]);
  });

  it("refuses impossible ratios with INVALID_RATIOS", () => {
    for (const ratios of [[], ["0", "0"], ["-1", "2"]]) {
      try {
        eur("1.00").allocate(ratios);
        expect.unreachable();
      } catch (error) {
        expect(isO2CError(error, "INVALID_RATIOS")).toBe(true);
      }
    }
    for (const parts of [0, -1, 1.5]) {
      try {
        eur("1.00").split(parts);
        expect.unreachable();
      } catch (error) {
        expect(isO2CError(error, "INVALID_RATIOS")).toBe(true);
      }
    }
  });

  it("splits evenly, earlier parts taking the extra units", () => {
    expect(eur("10.00").split(3).map(String)).toEqual(["3.34", "3.33", "3.33"]);
    expect(Money.of("1", "JPY").split(3).map(String)).toEqual(["1", "0", "0"]);
  });

  it("round-trips through dinero.js", () => {
    const money = Money.of("12.34", "EUR");
    expect(Money.fromDinero(money.toDinero()).equals(money)).toBe(true);
  });
});
