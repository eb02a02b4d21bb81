import { invoiceAmount } from "./amounts.js";
import { COUNTRIES, type CountryCode } from "./countries.js";
import { CREDIT_NOTE_SCHEMES, INVOICE_SCHEMES, type NumberScheme, PO_SCHEMES } from "./idSchemes.js";
import type { CustomerInfo } from "./model.js";
import { KANJI } from "./namePools.js";
import { type CompanyName, companyName, holdingName, lookAlikeName, personName, subsidiaryName } from "./names.js";
import type { ProfileSpec } from "./profiles.js";
import type { Rng } from "./random.js";
import type { DatasetState } from "./state.js";
import { fold, hasNonAscii, transliterate } from "./transliterate.js";
import type { TermsRecord } from "./types.js";

/** Customer master data: groups sharing a name stem, look-alike companies, sole traders, aliases and IBANs. */

interface NamedSlot {
  name: CompanyName;
  groupId: string | null;
  isHolding: boolean;
}

const CUSTOMER_ID_SCHEMES: readonly ((n: number) => string)[] = [
  (n) => `D${10000 + n}`,
  (n) => `KD${String(100000 + n * 7).padStart(6, "0")}`,
  (n) => `CU-${String(n).padStart(5, "0")}`,
  (n) => String(200000 + n * 3),
];

const PREFERRED_INVOICE_SCHEME: Readonly<Partial<Record<CountryCode, string>>> = {
  PL: "FV/yyyy/nnnnnn",
  CZ: "FV/yyyy/nnnnnn",
  SE: "luhn10",
  NO: "luhn10",
  FI: "luhn10",
  DK: "luhn10",
  JP: "yyyy-INV-nnnn",
  US: "INV/yy/nnnn",
  GB: "ARnnnnnnnnn",
  IE: "ARnnnnnnnnn",
  DE: "SIyynnnnnn",
  AT: "SIyynnnnnn",
  CH: "7nnnnnnn",
  FR: "FAyy-nnnnn",
  BE: "FAyy-nnnnn",
  IT: "F-yy-nnnnn",
  ES: "F-yy-nnnnn",
};

const PREFERRED_PO_SCHEME: Readonly<Partial<Record<CountryCode, string>>> = {
  DE: "45nnnnnnnn",
  AT: "BST-yyyy-nnn",
  PL: "ZAM/yyyy/nnnn",
  IT: "OC-yy-nnnn",
  US: "PO-dd-nnnn",
  GB: "PO-dd-nnnn",
  CH: "45nnnnnnnn",
};

const TERM_DAYS: Readonly<Partial<Record<CountryCode, readonly number[]>>> = {
  FR: [30, 45, 60],
  IT: [30, 60, 90],
  ES: [30, 60, 90],
  PT: [30, 60],
  PL: [14, 21, 30],
  CZ: [14, 21, 30],
  SE: [14, 30],
  NO: [14, 30],
  DK: [14, 30],
  FI: [14, 21, 30],
  TR: [30, 60],
  JP: [0, 0, 30],
  US: [30, 30, 45, 60],
  GB: [30, 30, 60],
};

const DISCOUNT_CHANCE: Readonly<Partial<Record<CountryCode, number>>> = {
  DE: 0.45,
  AT: 0.45,
  CH: 0.45,
  NL: 0.2,
  PL: 0.2,
  CZ: 0.2,
  DK: 0.2,
  BE: 0.2,
  SE: 0.15,
  US: 0.25,
};

function schemeNamed(schemes: readonly NumberScheme[], name: string | undefined, rng: Rng): NumberScheme {
  const preferred = schemes.find((s) => s.name === name);
  return preferred !== undefined && rng.chance(0.6) ? preferred : rng.pick(schemes);
}

function pickCountry(rng: Rng, profile: ProfileSpec): CountryCode {
  return rng.weighted(Object.entries(profile.countryWeights) as [CountryCode, number][]);
}

function currenciesFor(rng: Rng, country: CountryCode, profile: ProfileSpec): string[] {
  const local = COUNTRIES[country].currency;
  let main = "EUR";
  if (country === "JP") main = "JPY";
  else if (country === "US") main = rng.chance(0.85) ? "USD" : "EUR";
  else if (country === "GB") main = rng.chance(0.6) ? "GBP" : "EUR";
  else if (country === "CH") main = rng.chance(0.5) ? "CHF" : "EUR";
  else if (country === "TR") main = rng.chance(0.3) ? "USD" : "EUR";
  else if (profile.localCurrencies && local !== "EUR") main = rng.chance(0.75) ? local : "EUR";
  const out = [main];
  if (rng.chance(profile.secondCurrency)) {
    const second = rng.pick(["EUR", "USD", "EUR", "GBP", "CHF"].filter((c) => c !== main));
    out.push(second);
  }
  return out;
}

function accountsFor(rng: Rng, country: CountryCode, state: DatasetState): string[] {
  const count = rng.weighted<number>([
    [0, 12],
    [1, 60],
    [2, 20],
    [3, 8],
  ]);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (COUNTRIES[country].bban !== null)
      out.push(state.newIban(rng.chance(0.9) ? country : rng.pick(["DE", "NL", "LU"])));
    else if (rng.chance(0.4)) out.push(state.newIban(rng.pick(["GB", "IE", "NL", "DE", "LU"])));
  }
  return out;
}

function kanjiAlias(name: CompanyName): string | null {
  const words = name.core.split(" ");
  const kanji = words.map((word) => KANJI[word]);
  if (kanji.some((k) => k === undefined)) return null;
  return name.formFirst ? `株式会社${kanji.join("")}` : `${kanji.join("")}株式会社`;
}

function aliasesFor(rng: Rng, name: CompanyName, taken: Set<string>): string[] {
  const candidates: string[] = [];
  if (name.legalForm !== null && rng.chance(0.35)) candidates.push(name.core);
  if (hasNonAscii(name.full) && rng.chance(0.4))
    candidates.push(transliterate(rng.chance(0.5) ? name.core : name.full, "expand"));
  const words = name.core.split(/[\s&-]+/).filter((w) => /^[A-ZÀ-ÞŁŚŻŹĆŃÓĘĄŞİÇĞÖÜa-z]/.test(w) && w.length > 1);
  if (words.length >= 3 && rng.chance(0.12))
    candidates.push(words.map((w) => transliterate(w[0] ?? "", "strip").toUpperCase()).join(""));
  if (rng.chance(0.06)) candidates.push(companyName(rng, name.country, { stem: name.stem }).full);
  if (name.country === "JP" && rng.chance(0.5)) {
    const kanji = kanjiAlias(name);
    if (kanji !== null) candidates.push(kanji);
  }
  const out: string[] = [];
  for (const alias of candidates) {
    const key = fold(alias) || alias;
    if (alias === name.full || taken.has(key)) continue;
    taken.add(key);
    out.push(alias);
  }
  return out;
}

function uniqueName(rng: Rng, taken: Set<string>, make: () => CompanyName): CompanyName | null {
  for (let attempt = 0; attempt < 12; attempt++) {
    const name = make();
    const key = fold(name.full);
    if (!taken.has(key)) {
      taken.add(key);
      return name;
    }
  }
  void rng;
  return null;
}

function nameSlots(rng: Rng, count: number, profile: ProfileSpec): NamedSlot[] {
  const taken = new Set<string>();
  const slots: NamedSlot[] = [];
  let groups = 0;
  while (slots.length < count) {
    const remaining = count - slots.length;
    const r = rng.next();
    const country = pickCountry(rng, profile);
    if (r < profile.groups / 2.5 && remaining >= 2) {
      const groupId = `G${++groups}`;
      const size = rng.int(2, Math.min(4, remaining));
      const base = companyName(rng, country);
      const stem = base.stem;
      const line = base.industry ?? undefined;
      if (rng.chance(0.5)) {
        const holding = uniqueName(rng, taken, () => holdingName(rng, country, stem));
        if (holding) slots.push({ name: holding, groupId, isHolding: true });
      }
      while (slots.filter((s) => s.groupId === groupId).length < size) {
        const memberCountry = rng.chance(0.5) ? country : pickCountry(rng, profile);
        const sameLine = line !== undefined && rng.chance(0.5);
        const member = uniqueName(rng, taken, () =>
          subsidiaryName(rng, memberCountry, stem, sameLine ? line : undefined),
        );
        if (member) slots.push({ name: member, groupId, isHolding: false });
        else break;
      }
      continue;
    }
    if (r < profile.groups / 2.5 + profile.lookAlikes / 2 && remaining >= 2) {
      const base = uniqueName(rng, taken, () => companyName(rng, country));
      if (!base) continue;
      slots.push({ name: base, groupId: null, isHolding: false });
      const twin = uniqueName(rng, taken, () => lookAlikeName(rng, base));
      if (twin) slots.push({ name: twin, groupId: null, isHolding: false });
      continue;
    }
    const name = uniqueName(rng, taken, () =>
      rng.chance(profile.persons) ? personName(rng, country) : companyName(rng, country),
    );
    if (name) slots.push({ name, groupId: null, isHolding: false });
  }
  return slots.slice(0, count);
}

function discountTerms(rng: Rng, country: CountryCode): TermsRecord | null {
  if (!rng.chance(DISCOUNT_CHANCE[country] ?? 0.05)) return null;
  if (country === "US") return { discountPercent: "2", discountDays: 10 };
  return {
    discountPercent: rng.weighted<string>([
      ["2", 5],
      ["3", 2],
      ["1.5", 1],
      ["1", 1],
      ["2.5", 1],
      ["0.75", 0.3],
    ]),
    discountDays: rng.pick([7, 8, 10, 14, 14, 15]),
  };
}

/** `count` customers for the profile, with IBANs registered in the state. */
export function buildCustomers(rng: Rng, count: number, profile: ProfileSpec, state: DatasetState): CustomerInfo[] {
  const idOf = rng.pick(CUSTOMER_ID_SCHEMES);
  const slots = rng.shuffle(nameSlots(rng, count, profile));
  const aliasKeys = new Set(slots.map((slot) => fold(slot.name.full)));
  return slots.map((slot, index) => {
    const { name } = slot;
    const country = name.country;
    const currencies = currenciesFor(rng, country, profile);
    const id = idOf(index + 1);
    const main = currencies[0] ?? "EUR";
    return {
      record: {
        id,
        name: name.full,
        aliases: aliasesFor(rng, name, aliasKeys),
        accounts: accountsFor(rng, country, state),
        country,
      },
      name,
      country,
      language: COUNTRIES[country].language,
      currencies,
      weight: slot.isHolding
        ? 1
        : rng.weighted<number>([
            [1, 40],
            [2, 25],
            [3, 15],
            [5, 10],
            [8, 6],
            [13, 4],
          ]),
      groupId: slot.groupId,
      isHolding: slot.isHolding,
      stemKey: fold(name.stem),
      termDays: rng.pick(TERM_DAYS[country] ?? [14, 30, 30, 30, 45]),
      discount: discountTerms(rng, country),
      invoiceScheme: schemeNamed(INVOICE_SCHEMES, PREFERRED_INVOICE_SCHEME[country], rng),
      creditScheme: schemeNamed(CREDIT_NOTE_SCHEMES, country === "PL" ? "FK/yyyy/nnnnn" : undefined, rng),
      poScheme: schemeNamed(PO_SCHEMES, PREFERRED_PO_SCHEME[country], rng),
      poParam: String(rng.int(10, 99)),
      recurringMinor: rng.chance(profile.recurring) ? invoiceAmount(rng, main, COUNTRIES[country].vat) : null,
      customerNumber: id.replace(/\D/g, ""),
    };
  });
}
