import { describe, expect, it } from "vitest";
import { item, matchOne, pay } from "./fixtures.js";

// A payment without references that pays several of a customer's open items: when the search for the combination is
// cut by its budget, it is finished (meeting in the middle) where a chance combination is unlikely, and not where
// round amounts make one likely.

/** `count` open items of customer C1: amounts in cents drawn by a fixed generator (rarely adding up alike), or round. */
function openItems(round: boolean, count = 20) {
  let x = 2026;
  return Array.from({ length: count }, (_, i) => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    const cents = round ? (10 + i) * 10_000 : 100_000 + (x % 800_000);
    const open = (cents / 100).toFixed(2);
    return item(`INV-${1000 + i}`, "C1", open, { dueDate: `2026-09-${String(1 + (i % 28)).padStart(2, "0")}` });
  });
}

function total(items: ReturnType<typeof openItems>, picks: readonly number[]): string {
  const cents = picks.reduce((sum, p) => sum + Math.round(Number(items[p]?.openAmount) * 100), 0);
  return (cents / 100).toFixed(2);
}

const PICKS = [2, 6, 9, 13, 17];

describe("combinations of unlisted items found by amount", () => {
  it("finishes a search its budget cut when a chance combination is unlikely, and applies the one it finds", () => {
    const items = openItems(false);
    const result = matchOne(items, pay("P1", total(items, PICKS), "Zahlung"), { searchBudget: 50 });
    expect(result.status).toBe("applied");
    expect(result.allocations.map((a) => a.invoiceId).sort()).toEqual(PICKS.map((p) => `INV-${1000 + p}`));
    expect(result.evidence).toContainEqual(expect.objectContaining({ type: "amount", rule: "combination" }));
  });
  it("does not finish or make the search where round amounts make chance combinations likely", () => {
    const items = openItems(true);
    const result = matchOne(items, pay("P1", total(items, PICKS), "Zahlung"), { searchBudget: 50 });
    expect(result.status).not.toBe("applied");
  });
  it("does not take a solution as the only one when the search was cut after finding it", () => {
    // Twenty-five items of 100 to 300 EUR: about one chance combination in two is expected, too many to finish the
    // search, too few not to search. The five smallest are found first, then the budget cuts the search.
    let x = 7;
    const items = Array.from({ length: 25 }, (_, i) => {
      x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
      return item(`INV-${2000 + i}`, "C1", ((10_000 + (x % 20_000)) / 100).toFixed(2));
    });
    const smallest = items
      .map((it, i) => [Number(it.openAmount), i] as const)
      .sort((a, b) => a[0] - b[0])
      .slice(0, 5)
      .map(([, i]) => i);
    const result = matchOne(items, pay("P1", total(items, smallest), "Zahlung"), { searchBudget: 50 });
    expect(result.status).not.toBe("applied");
    expect(result.suggestions[0]?.evidence).toContainEqual(expect.objectContaining({ rule: "combination" }));
  });
});
