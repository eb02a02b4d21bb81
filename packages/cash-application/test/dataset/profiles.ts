import type { CountryCode } from "./countries.js";
import type { ProfileName, ScenarioFamily } from "./types.js";

/** What a profile changes: the mix of scenario families, of countries and currencies, and how nasty the cases are. */
export interface ProfileSpec {
  name: ProfileName;
  familyWeights: Readonly<Record<ScenarioFamily, number>>;
  countryWeights: Readonly<Partial<Record<CountryCode, number>>>;
  /** Local currencies (SEK, NOK, DKK, PLN, CZK) besides EUR, USD, GBP, CHF, JPY. */
  localCurrencies: boolean;
  /** Share of customers invoiced in a second currency. */
  secondCurrency: number;
  /** Chance that a payment found through payer and amount has an equally fitting twin item. */
  twin: number;
  /** Share of customers billed a recurring amount (subscriptions, rent, service contracts). */
  recurring: number;
  /** Chance of extra words, amounts, dates and customer numbers in remittance texts. */
  noise: number;
  /** Chance that the payer's bank reformats the remittance (SVWZ+, /RFB/, RMR*, ?20, upper case). */
  bankFormat: number;
  /** Chance that a reference variant is a hard one (OCR, trailing digits, cut off, glued, RF). */
  hardVariant: number;
  /** How a multi-item payment lists its items: all, some (or cut off), none. */
  multiListing: readonly [number, number, number];
  /** Shares of customers in groups, with a look-alike, and sole traders. */
  groups: number;
  lookAlikes: number;
  persons: number;
  /** Share of open items already partly paid, and of credit notes among them. */
  partPaid: number;
  creditNotes: number;
  /** Chance that a known customer pays from an account not in master data (where the family allows it). */
  unknownAccount: number;
}

const DEFAULT_COUNTRIES: Partial<Record<CountryCode, number>> = {
  DE: 14,
  FR: 8,
  IT: 9,
  NL: 7,
  PL: 8,
  ES: 6,
  AT: 4,
  CH: 4,
  SE: 5,
  NO: 4,
  DK: 3,
  FI: 3,
  CZ: 4,
  BE: 4,
  PT: 3,
  TR: 3,
  GB: 6,
  IE: 1,
  US: 5,
  JP: 3,
  LU: 1,
};

const INTERNATIONAL_COUNTRIES: Partial<Record<CountryCode, number>> = {
  DE: 6,
  FR: 4,
  IT: 5,
  NL: 4,
  PL: 7,
  ES: 3,
  AT: 2,
  CH: 7,
  SE: 6,
  NO: 5,
  DK: 5,
  FI: 3,
  CZ: 5,
  BE: 2,
  PT: 2,
  TR: 5,
  GB: 8,
  IE: 2,
  US: 9,
  JP: 8,
  LU: 1,
};

const BASE: Omit<ProfileSpec, "name" | "familyWeights"> = {
  countryWeights: DEFAULT_COUNTRIES,
  localCurrencies: false,
  secondCurrency: 0.04,
  twin: 0.12,
  recurring: 0.12,
  noise: 0.3,
  bankFormat: 0.35,
  hardVariant: 0.35,
  multiListing: [0.6, 0.25, 0.15],
  groups: 0.14,
  lookAlikes: 0.08,
  persons: 0.06,
  partPaid: 0.07,
  creditNotes: 0.05,
  unknownAccount: 0.1,
};

export const PROFILES: Readonly<Record<ProfileName, ProfileSpec>> = {
  default: {
    ...BASE,
    name: "default",
    familyWeights: {
      exact: 18,
      "ref-variant": 15,
      "no-ref": 10,
      "multi-invoice": 8,
      partial: 5,
      discount: 8,
      "short-pay": 5,
      overpay: 4,
      "bank-fee": 4,
      "third-party": 5,
      "name-variant": 4,
      "po-ref": 5,
      unidentified: 5,
      "credit-netting": 3,
      "wrong-customer-ref": 3,
    },
  },
  hard: {
    ...BASE,
    name: "hard",
    familyWeights: {
      exact: 3,
      "ref-variant": 15,
      "no-ref": 9,
      "multi-invoice": 11,
      partial: 5,
      discount: 5,
      "short-pay": 6,
      overpay: 6,
      "bank-fee": 5,
      "third-party": 8,
      "name-variant": 10,
      "po-ref": 6,
      unidentified: 12,
      "credit-netting": 5,
      "wrong-customer-ref": 6,
    },
    twin: 0.45,
    recurring: 0.3,
    noise: 0.6,
    bankFormat: 0.6,
    hardVariant: 0.75,
    multiListing: [0.25, 0.35, 0.4],
    groups: 0.25,
    lookAlikes: 0.2,
    persons: 0.1,
    partPaid: 0.12,
    creditNotes: 0.08,
    unknownAccount: 0.3,
  },
  clean: {
    ...BASE,
    name: "clean",
    familyWeights: {
      exact: 45,
      "ref-variant": 12,
      "no-ref": 8,
      "multi-invoice": 8,
      partial: 4,
      discount: 10,
      "short-pay": 2,
      overpay: 2,
      "bank-fee": 2,
      "third-party": 2,
      "name-variant": 1,
      "po-ref": 2,
      unidentified: 1,
      "credit-netting": 2,
      "wrong-customer-ref": 1,
    },
    twin: 0.03,
    recurring: 0.05,
    noise: 0.1,
    bankFormat: 0.15,
    hardVariant: 0.1,
    multiListing: [0.9, 0.1, 0],
    groups: 0.08,
    lookAlikes: 0.03,
    persons: 0.03,
    partPaid: 0.04,
    creditNotes: 0.03,
    unknownAccount: 0.03,
  },
  international: {
    ...BASE,
    name: "international",
    familyWeights: {
      exact: 14,
      "ref-variant": 15,
      "no-ref": 9,
      "multi-invoice": 8,
      partial: 5,
      discount: 6,
      "short-pay": 5,
      overpay: 4,
      "bank-fee": 10,
      "third-party": 6,
      "name-variant": 5,
      "po-ref": 5,
      unidentified: 5,
      "credit-netting": 3,
      "wrong-customer-ref": 4,
    },
    countryWeights: INTERNATIONAL_COUNTRIES,
    localCurrencies: true,
    secondCurrency: 0.3,
    bankFormat: 0.5,
    groups: 0.2,
  },
};
