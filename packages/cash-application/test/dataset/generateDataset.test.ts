import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDataset, ibanIsValid, minorUnits, rfIsValid, rfReferencesIn } from "./checkDataset.js";
import { isLuhnValid, isValidIban, isValidRfReference, makeIban, makeRfReference } from "./checkDigits.js";
import { generateDataset } from "./generateDataset.js";
import { discountMinor, formatMinor, parseMinor } from "./money.js";
import { countSubsetsWithSum } from "./subsetSum.js";
import { type Dataset, PROFILE_NAMES, type ProfileName, SCENARIO_FAMILIES } from "./types.js";

const small = (seed: string | number, profile: ProfileName = "default"): Dataset =>
  generateDataset({ seed, profile, customers: 60, openItems: 900, payments: 240 });

const cache = new Map<string, Dataset>();
function cached(key: string, make: () => Dataset): Dataset {
  const hit = cache.get(key);
  if (hit) return hit;
  const made = make();
  cache.set(key, made);
  return made;
}

const defaultSet = () =>
  cached("default-500", () => generateDataset({ seed: "invariants", customers: 150, openItems: 3000, payments: 500 }));
const profileSet = (profile: ProfileName) => cached(`profile-${profile}`, () => small(`profile-${profile}`, profile));

describe("check digits and money helpers", () => {
  it("validates known IBANs and the ISO 11649 example, and rejects altered ones", () => {
    expect(isValidIban("DE89370400440532013000")).toBe(true);
    expect(isValidIban("GB82WEST12345698765432")).toBe(true);
    expect(isValidIban("GB82WEST12345698765433")).toBe(false);
    expect(makeIban("DE", "370400440532013000")).toBe("DE89370400440532013000");
    expect(makeRfReference("539007547034")).toBe("RF18539007547034");
    expect(isValidRfReference("RF18 5390 0754 7034")).toBe(true);
    expect(isValidRfReference("RF19539007547034")).toBe(false);
    expect(ibanIsValid("DE89 3704 0044 0532 0130 00")).toBe(true);
    expect(rfIsValid("RF18539007547034")).toBe(true);
  });

  it("rounds discounts half up in integers and formats the currency's decimals", () => {
    expect(discountMinor(119000, "2")).toBe(2380);
    expect(discountMinor(25, "2")).toBe(1); // 0.5 → 1
    expect(discountMinor(24, "2")).toBe(0); // 0.48 → 0
    expect(discountMinor(1075, "1.5")).toBe(16); // 16.125 → 16
    expect(discountMinor(1100, "1.5")).toBe(17); // 16.5 → 17
    expect(formatMinor(152000, "JPY")).toBe("152000");
    expect(formatMinor(-5, "EUR")).toBe("-0.05");
    expect(parseMinor("1190.00", "EUR")).toBe(119000);
    expect(() => parseMinor("1190.0", "EUR")).toThrow();
    expect(() => parseMinor("1190.00", "JPY")).toThrow();
  });

  it("counts subsets adding up to a target", () => {
    expect(countSubsetsWithSum([100, 200, 300], 300, 5)).toBe(2);
    expect(countSubsetsWithSum([100, 200, -50], 250, 5)).toBe(1);
    expect(countSubsetsWithSum([100, 200], 150, 5)).toBe(0);
  });
});

describe("determinism", () => {
  it("gives identical JSON for the same seed and different data for another seed", () => {
    const a = JSON.stringify(small("repeat"));
    const b = JSON.stringify(small("repeat"));
    const c = JSON.stringify(small("other"));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(JSON.stringify(small("repeat", "hard"))).not.toBe(a);
  });
});

describe("data sets follow FORMAT.md", () => {
  it.each(PROFILE_NAMES.map((p) => [p]))("profile %s: files, amounts, order and truth conventions", (profile) => {
    const ds = profileSet(profile);
    expect(ds.payments).toHaveLength(240);
    expect(ds.customers).toHaveLength(60);
    expect(ds.invoices.length).toBeGreaterThanOrEqual(900);
    expect(checkDataset(ds)).toEqual([]);
  });

  it("holds for any seed", () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...PROFILE_NAMES), (seed, profile) => {
        const ds = generateDataset({ seed, profile, customers: 40, openItems: 500, payments: 120 });
        expect(checkDataset(ds)).toEqual([]);
      }),
      { numRuns: 4, seed: 20260917 },
    );
  });

  it("the check itself catches broken data sets", () => {
    const ds = structuredClone(profileSet("default"));
    const applied = ds.payments.find((p) => (ds.truth[p.id]?.allocations.length ?? 0) === 1);
    const other = ds.payments.find((p) => p !== applied && (ds.truth[p.id]?.allocations.length ?? 0) === 1);
    if (!applied || !other) throw new Error("no applied payments");
    const broken: Dataset[] = [
      { ...ds, payments: [...ds.payments].reverse() },
      { ...ds, payments: ds.payments.map((p, i) => (i === 0 ? { ...p, amount: `${p.amount}0` } : p)) },
      {
        ...ds,
        truth: {
          ...ds.truth,
          [other.id]: { kind: "exact", allocations: [...(ds.truth[applied.id]?.allocations ?? [])] },
        },
      },
      { ...ds, customers: ds.customers.map((c, i) => (i === 0 ? { ...c, accounts: ["DE00370400440532013000"] } : c)) },
      {
        ...ds,
        payments: ds.payments.map((p, i) => (i === 1 ? { ...p, remittance: `${p.remittance}${"x".repeat(141)}` } : p)),
      },
    ];
    for (const set of broken) expect(checkDataset(set).length).toBeGreaterThan(0);
  });
});

describe("content of a default set of 500 payments", () => {
  it("contains every scenario family", () => {
    const kinds = new Set(Object.values(defaultSet().truth).map((t) => t.kind));
    expect([...kinds].sort()).toEqual([...SCENARIO_FAMILIES].sort());
  });

  it("is sound and hits the traps the conventions describe", () => {
    const ds = defaultSet();
    expect(checkDataset(ds)).toEqual([]);
    const entries = ds.payments.map((p) => ({ p, t: ds.truth[p.id] }));
    // Several numbering schemes co-exist.
    const shapes = new Set(ds.invoices.map((i) => i.id.replace(/\d/g, "9")));
    expect(shapes.size).toBeGreaterThanOrEqual(6);
    // IBANs of many countries.
    expect(new Set(ds.customers.flatMap((c) => c.accounts.map((a) => a.slice(0, 2)))).size).toBeGreaterThanOrEqual(8);
    // Unidentified payments and settled invoices paid again carry empty truths; overpayments leave a rest.
    expect(entries.filter(({ t }) => t?.kind === "unidentified").every(({ t }) => t?.allocations.length === 0)).toBe(
      true,
    );
    expect(entries.some(({ t }) => t?.kind === "overpay" && t.allocations.length === 0)).toBe(true);
    expect(entries.some(({ t }) => t?.kind === "overpay" && t.allocations.length === 1)).toBe(true);
    // Credit notes are netted with negative allocations.
    expect(entries.some(({ t }) => t?.allocations.some((a) => a.amount.startsWith("-")))).toBe(true);
    // Payer names and remittances are reformatted: upper case, SEPA prefixes.
    expect(ds.payments.some((p) => p.remittance.includes("SVWZ+"))).toBe(true);
    expect(ds.payments.some((p) => p.payerAccount === null)).toBe(true);
    expect(ds.payments.some((p) => p.payerAccount?.includes(" "))).toBe(true);
    expect(ds.payments.some((p) => p.endToEndId === "NOTPROVIDED")).toBe(true);
  });
});

describe("profiles", () => {
  it("international: many currencies, JPY without decimals, customers invoiced in two currencies", () => {
    const ds = profileSet("international");
    expect(new Set(ds.payments.map((p) => p.currency)).size).toBeGreaterThanOrEqual(6);
    const yen = ds.payments.filter((p) => p.currency === "JPY");
    expect(yen.length).toBeGreaterThan(0);
    expect(yen.every((p) => /^\d+$/.test(p.amount))).toBe(true);
    const currenciesByCustomer = new Map<string, Set<string>>();
    for (const item of ds.invoices) {
      const set = currenciesByCustomer.get(item.customerId) ?? new Set<string>();
      set.add(item.currency);
      currenciesByCustomer.set(item.customerId, set);
    }
    expect([...currenciesByCustomer.values()].some((set) => set.size >= 2)).toBe(true);
  });

  it("hard: more unidentified and name-variant payments than clean, and equal-amount candidates", () => {
    const count = (ds: Dataset, kind: string) => Object.values(ds.truth).filter((t) => t.kind === kind).length;
    const hard = profileSet("hard");
    const clean = profileSet("clean");
    expect(count(hard, "unidentified")).toBeGreaterThan(count(clean, "unidentified"));
    expect(count(hard, "name-variant")).toBeGreaterThan(count(clean, "name-variant"));
    expect(count(clean, "exact")).toBeGreaterThan(count(hard, "exact"));
    const items = new Map(hard.invoices.map((i) => [i.id, i]));
    const withTwin = Object.values(hard.truth).filter((t) => {
      const a = t.allocations[0];
      const x = a && (t.kind === "no-ref" || t.kind === "name-variant") ? items.get(a.invoiceId) : undefined;
      return (
        x !== undefined &&
        hard.invoices.some((y) => y !== x && y.customerId === x.customerId && y.openAmount === x.openAmount)
      );
    });
    expect(withTwin.length).toBeGreaterThan(0);
  });
});

describe("references", () => {
  it("RF creditor references carry valid check digits and embed the paid invoice", () => {
    const ds = profileSet("hard");
    const big = defaultSet();
    let found = 0;
    for (const set of [ds, big]) {
      for (const p of set.payments) {
        const t = set.truth[p.id];
        if (t?.kind !== "ref-variant" || !/\bRF\d{2}/i.test(p.remittance)) continue;
        const id = t.allocations[0]?.invoiceId ?? "";
        const body = id.toUpperCase().replace(/[^A-Z0-9]/g, "");
        expect(rfReferencesIn(p.remittance).some((rf) => rf.slice(4) === body)).toBe(true);
        found++;
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it("numbers of the check-digit scheme pass the Luhn check", () => {
    const numeric = defaultSet().invoices.filter((i) => /^\d{10}$/.test(i.id));
    expect(numeric.length).toBeGreaterThan(0);
    for (const item of numeric) expect(isLuhnValid(item.id)).toBe(true);
  });

  it("exact payments quote the invoice number as printed and pay its open amount", () => {
    const ds = defaultSet();
    const items = new Map(ds.invoices.map((i) => [i.id, i]));
    const exact = ds.payments.filter((p) => ds.truth[p.id]?.kind === "exact");
    expect(exact.length).toBeGreaterThan(20);
    for (const p of exact) {
      const item = items.get(ds.truth[p.id]?.allocations[0]?.invoiceId ?? "");
      expect(item && p.remittance.includes(item.id)).toBe(true);
      expect(item && minorUnits(item.openAmount)).toBe(minorUnits(p.amount));
    }
  });
});
