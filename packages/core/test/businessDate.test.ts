import { BusinessDate, isIsoDate, isoDateSchema, parseWith, ValidationError } from "@o2c/core";
import { arbBusinessDate } from "@o2c/core/testing";
import { isValid, parse } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("BusinessDate", () => {
  it("parses and formats ISO dates", () => {
    expect(BusinessDate.parse("2026-10-14").toString()).toBe("2026-10-14");
    expect(BusinessDate.parse("2024-02-29").day).toBe(29);
    expect(BusinessDate.parse("2000-02-29").day).toBe(29);
    expect(JSON.stringify({ due: BusinessDate.parse("2026-01-05") })).toBe('{"due":"2026-01-05"}');
  });

  it.each([
    "2026-02-30",
    "2025-02-29",
    "1900-02-29",
    "0999-12-31",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "26-01-01",
    "2026-1-1",
    "",
    "2026-01-01T00:00:00Z",
  ])("refuses %j with INVALID_DATE and the path", (value) => {
    try {
      BusinessDate.parse(value, ["dueDate"]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]).toMatchObject({ code: "INVALID_DATE", path: ["dueDate"] });
    }
  });

  it("refuses non-strings", () => {
    expect(() => BusinessDate.parse(20261014)).toThrow(ValidationError);
    expect(() => BusinessDate.from({ year: 2026, month: 2, day: 29 })).toThrow(ValidationError);
  });

  it("adds days and months across month ends, year ends and leap years", () => {
    const d = (s: string) => BusinessDate.parse(s);
    expect(d("2026-01-31").addMonths(1).toString()).toBe("2026-02-28");
    expect(d("2024-01-31").addMonths(1).toString()).toBe("2024-02-29");
    expect(d("2026-12-15").addDays(30).toString()).toBe("2027-01-14");
    expect(d("2026-03-01").addDays(-1).toString()).toBe("2026-02-28");
    expect(d("2024-02-29").addYears(1).toString()).toBe("2025-02-28");
    expect(d("2026-02-10").endOfMonth().toString()).toBe("2026-02-28");
    expect(d("2026-02-10").startOfMonth().toString()).toBe("2026-02-01");
    expect(d("2026-04-10").withDayOfMonth(31).toString()).toBe("2026-04-30");
    expect(d("2026-03-29").daysSince(d("2026-03-28"))).toBe(1); // across the EU daylight-saving change
    expect(d("2026-10-26").daysSince(d("2026-10-24"))).toBe(2);
    expect(d("2026-10-14").isoWeekday()).toBe(3);
  });

  it("takes today's date from an instant in a time zone", () => {
    const instant = new Date("2026-10-14T23:30:00Z");
    expect(BusinessDate.fromInstant(instant).toString()).toBe("2026-10-14");
    expect(BusinessDate.fromInstant(instant, "Europe/Berlin").toString()).toBe("2026-10-15");
    expect(BusinessDate.fromInstant(instant, "America/New_York").toString()).toBe("2026-10-14");
  });

  it("checks date strings without building a date, and keeps them as strings in DTO schemas", () => {
    expect(["2024-02-29", "2000-02-29", "2026-12-31"].every(isIsoDate)).toBe(true);
    expect(
      ["2026-02-30", "1900-02-29", "2026-13-01", "0999-01-01", "2026-1-1", "", 20261014, null].some(isIsoDate),
    ).toBe(false);
    expect(parseWith(isoDateSchema, "2026-10-14")).toBe("2026-10-14");
    try {
      parseWith(isoDateSchema, "2026-02-30", ["valueDate"]);
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues[0]).toMatchObject({ code: "INVALID_DATE", path: ["valueDate"] });
    }
  });

  describe("properties", () => {
    it("isIsoDate accepts exactly the strings BusinessDate.parse accepts", () => {
      const candidates = fc.oneof(
        fc
          .tuple(fc.integer({ min: 900, max: 2500 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
          .map(
            ([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
          ),
        fc.string(),
      );
      fc.assert(
        fc.property(candidates, (value) => {
          let parses = true;
          try {
            BusinessDate.parse(value);
          } catch {
            parses = false;
          }
          expect(isIsoDate(value)).toBe(parses);
        }),
      );
    });

    it("isIsoDate agrees with date-fns' strict parser on YYYY-MM-DD strings, including non-digits in any place", () => {
      const date = fc
        .tuple(fc.integer({ min: 900, max: 2500 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(
          ([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
        );
      // A date-shaped string with one character replaced (a letter, a space, an Arabic-Indic digit, ...).
      const damaged = fc
        .tuple(date, fc.nat({ max: 9 }), fc.constantFrom("0", "9", "a", " ", "-", "/", "\u0660", "\uff11"))
        .map(([d, at, c]) => d.slice(0, at) + c + d.slice(at + 1));
      const shaped = fc.oneof(date, damaged);
      fc.assert(
        fc.property(shaped, (value) => {
          const oracle =
            /^\d{4}-\d{2}-\d{2}$/.test(value) &&
            Number(value.slice(0, 4)) >= 1000 &&
            isValid(parse(value, "yyyy-MM-dd", new Date(2000, 0, 1)));
          expect(isIsoDate(value)).toBe(oracle);
        }),
      );
    });

    it("adding n days then counting days since the start gives n", () => {
      fc.assert(
        fc.property(arbBusinessDate(), fc.integer({ min: -4000, max: 4000 }), (date, n) => {
          expect(date.addDays(n).daysSince(date)).toBe(n);
          expect(date.addDays(n).addDays(-n).equals(date)).toBe(true);
        }),
      );
    });

    it("parse then format is the identity, and comparison agrees with the ISO string order", () => {
      fc.assert(
        fc.property(arbBusinessDate(), arbBusinessDate(), (a, b) => {
          expect(BusinessDate.parse(a.toString()).equals(a)).toBe(true);
          const byString = a.toString() < b.toString() ? -1 : a.toString() > b.toString() ? 1 : 0;
          expect(a.compare(b)).toBe(byString);
        }),
      );
    });

    it("the end of a month is in the same month and its next day is the first of a month", () => {
      fc.assert(
        fc.property(arbBusinessDate(), (date) => {
          const end = date.endOfMonth();
          expect(end.month).toBe(date.month);
          expect(end.day).toBe(date.daysInMonth());
          expect(end.addDays(1).day).toBe(1);
        }),
      );
    });
  });
});
