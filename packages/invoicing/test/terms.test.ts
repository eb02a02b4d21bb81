import { BusinessDate, Money } from "@o2c/core";
import { computeDueDate, computeLateFee, computePaymentSchedule, countDays, type PaymentTerms } from "@o2c/invoicing";
import { describe, expect, it } from "vitest";
import { expectCode, expectIssue } from "./fixtures.js";

const d = (s: string) => BusinessDate.parse(s);

describe("due dates", () => {
  it.each([
    [{ type: "net", days: 30 }, "2026-01-31", "2026-03-02"],
    [{ type: "net", days: 0 }, "2026-01-31", "2026-01-31"],
    [{ type: "endOfMonth", days: 0 }, "2026-02-10", "2026-02-28"],
    [{ type: "endOfMonth", days: 15 }, "2024-02-10", "2024-03-15"],
    [{ type: "endOfFollowingMonth", days: 10 }, "2026-12-15", "2027-02-10"],
    [{ type: "endOfFollowingMonth", days: 0 }, "2026-01-31", "2026-02-28"],
    [{ type: "dayOfMonth", day: 15 }, "2026-03-15", "2026-03-15"],
    [{ type: "dayOfMonth", day: 15 }, "2026-03-16", "2026-04-15"],
    [{ type: "dayOfMonth", day: 31, minimumDays: 10 }, "2026-04-25", "2026-05-31"],
    [{ type: "dayOfMonth", day: 30 }, "2026-02-01", "2026-02-28"],
  ] as const)("%o from %s is %s", (rule, issued, due) => {
    expect(computeDueDate(rule, d(issued)).toString()).toBe(due);
  });
});

describe("payment schedules", () => {
  it("computes 2/10 net 30 with the discounted amount and deadline, also in JPY", () => {
    const terms: PaymentTerms = { due: { type: "net", days: 30 }, discount: { percent: "2", days: 10 } };
    const eur = computePaymentSchedule(terms, d("2026-10-14"), Money.of("1190.00", "EUR"));
    expect(eur.discount?.discountAmount.toString()).toBe("23.80");
    expect(eur.discount?.discountedAmount.toString()).toBe("1166.20");
    expect(eur.discount?.deadline.toString()).toBe("2026-10-24");
    const jpy = computePaymentSchedule(terms, d("2026-10-14"), Money.of("1525", "JPY"));
    expect(jpy.discount?.discountAmount.toString()).toBe("31"); // 30.5 → half up 31
    expect(jpy.discount?.discountedAmount.toString()).toBe("1494");
  });

  it("splits instalments exactly by largest remainder, each with its due date", () => {
    const terms: PaymentTerms = {
      due: { type: "net", days: 90 },
      instalments: [
        { share: "1", due: { type: "net", days: 30 } },
        { share: "1", due: { type: "net", days: 60 } },
        { share: "1", due: { type: "net", days: 90 } },
      ],
    };
    const s = computePaymentSchedule(terms, d("2026-01-01"), Money.of("100.00", "EUR"));
    expect(s.instalments.map((i) => [i.dueDate.toString(), i.amount.toString()])).toEqual([
      ["2026-01-31", "33.34"],
      ["2026-03-02", "33.33"],
      ["2026-04-01", "33.33"],
    ]);
    expect(s.dueDate.toString()).toBe("2026-04-01");
  });

  it("combines instalments with a discount: each instalment has its own window and the discounts sum to the whole", () => {
    const terms: PaymentTerms = {
      due: { type: "net", days: 60 },
      discount: { percent: "3", days: 10 },
      instalments: [
        { share: "40", due: { type: "net", days: 30 } },
        { share: "60", due: { type: "net", days: 60 } },
      ],
    };
    const s = computePaymentSchedule(terms, d("2026-06-01"), Money.of("999.99", "EUR"));
    expect(s.discount?.discountAmount.toString()).toBe("30.00");
    expect(
      s.instalments.map((i) => [
        i.amount.toString(),
        i.discount?.discountAmount.toString(),
        i.discount?.deadline.toString(),
      ]),
    ).toEqual([
      ["400.00", "12.00", "2026-06-11"],
      ["599.99", "18.00", "2026-07-11"],
    ]);
  });

  it("validates terms at the boundary", async () => {
    await expectIssue(
      () =>
        computePaymentSchedule(
          { due: { type: "net", days: 30 }, discount: { percent: "100", days: 10 } },
          d("2026-01-01"),
          Money.of("1.00", "EUR"),
        ),
      "INVALID_DISCOUNT",
      ["discount", "percent"],
    );
    await expectIssue(
      () =>
        computePaymentSchedule(
          { due: { type: "net", days: 30 }, discount: { percent: "2,5", days: 10 } },
          d("2026-01-01"),
          Money.of("1.00", "EUR"),
        ),
      "INVALID_DECIMAL",
      ["discount", "percent"],
    );
    // Just below 100 % is a (strange but) valid discount: compared exactly, not as a float (which would round to 100).
    const nearly = computePaymentSchedule(
      { due: { type: "net", days: 30 }, discount: { percent: "99.99999999999999999", days: 10 } },
      d("2026-01-01"),
      Money.of("100.00", "EUR"),
    );
    expect(nearly.discount?.discountAmount.toString()).toBe("100.00");
    expect(nearly.discount?.discountedAmount.toString()).toBe("0.00");
    await expectIssue(
      () =>
        computePaymentSchedule(
          { due: { type: "net", days: 30 }, instalments: [{ share: "0", due: { type: "net", days: 1 } }] },
          d("2026-01-01"),
          Money.of("1.00", "EUR"),
        ),
      "INVALID_INSTALMENTS",
      ["instalments"],
    );
    await expectIssue(
      () =>
        computePaymentSchedule(
          JSON.parse('{"due":{"type":"net","days":-1}}'),
          d("2026-01-01"),
          Money.of("1.00", "EUR"),
        ),
      "TOO_SMALL",
      ["due", "days"],
    );
  });
});

describe("late fees", () => {
  it("counts days with each convention", () => {
    expect(countDays("ACT/360", d("2026-02-28"), d("2026-03-31"))).toEqual({ days: 31, yearDays: 360 });
    expect(countDays("30E/360", d("2026-02-28"), d("2026-03-31"))).toEqual({ days: 32, yearDays: 360 });
    expect(countDays("30E/360", d("2026-01-30"), d("2026-01-31"))).toEqual({ days: 0, yearDays: 360 });
    expect(countDays("ACT/365F", d("2024-01-01"), d("2025-01-01"))).toEqual({ days: 366, yearDays: 365 });
  });

  it("computes interest per annum with an explicit rounding, plus a fixed fee", () => {
    const base = {
      amount: Money.of("1234.56", "EUR"),
      dueDate: d("2026-03-01"),
      asOf: d("2026-04-15"),
      annualRatePercent: "8.5",
    } as const;
    // 1234.56 × 8.5 % × 45 / 360 = 13.11720 ; × 45 / 365 = 12.93778...
    expect(computeLateFee({ ...base, dayCount: "ACT/360" }).interest.toString()).toBe("13.12");
    expect(computeLateFee({ ...base, dayCount: "ACT/365F" }).interest.toString()).toBe("12.94");
    expect(computeLateFee({ ...base, dayCount: "ACT/365F", rounding: "down" }).interest.toString()).toBe("12.93");
    const withFee = computeLateFee({ ...base, dayCount: "30E/360", fixedFee: Money.of("40.00", "EUR") });
    expect(withFee.days).toBe(44);
    expect(withFee.total.toString()).toBe("52.83"); // 12.8257 → 12.83 + 40.00
    const jpy = computeLateFee({ ...base, amount: Money.of("100000", "JPY"), dayCount: "ACT/365F" });
    expect(jpy.interest.toString()).toBe("1048"); // 1047.945...
  });

  it("charges nothing on or before the due date, and refuses negative or malformed rates", async () => {
    const none = computeLateFee({
      amount: Money.of("100.00", "EUR"),
      dueDate: d("2026-03-01"),
      asOf: d("2026-03-01"),
      annualRatePercent: "9",
      dayCount: "ACT/360",
      fixedFee: Money.of("40.00", "EUR"),
    });
    expect(none.total.toString()).toBe("0.00");
    const input = {
      amount: Money.of("1.00", "EUR"),
      dueDate: d("2026-03-01"),
      asOf: d("2026-04-01"),
      dayCount: "ACT/360",
    } as const;
    await expectCode(() => computeLateFee({ ...input, annualRatePercent: "-1" }), "INVALID_RATE", [
      "annualRatePercent",
    ]);
    await expectIssue(() => computeLateFee({ ...input, annualRatePercent: "9%" }), "INVALID_DECIMAL", [
      "annualRatePercent",
    ]);
  });
});
