import { COUNTRIES, type CountryCode } from "./countries.js";
import type { Rng } from "./random.js";
import type { ThirdParty } from "./scenarioSupport.js";
import type { DatasetState } from "./state.js";

/** Invented factoring companies, payment service providers and credit insurers that pay on customers' behalf. */
const AGENTS: readonly (readonly [string, CountryCode])[] = [
  ["Alpenfactor AG", "CH"],
  ["Nordfactor Finans AB", "SE"],
  ["Hanseatische Forderungsfinanz GmbH", "DE"],
  ["Factorial Crédit SAS", "FR"],
  ["Banca Lombarda Factoring S.p.A.", "IT"],
  ["Crestline Receivables LLC", "US"],
  ["Payvio Europe B.V.", "NL"],
  ["Settlo Payments Ltd", "GB"],
  ["Kassia Pay AB", "SE"],
  ["Tranzo Payments S.A.", "LU"],
  ["Zahlwerk GmbH", "DE"],
  ["Pagora Pagos S.L.", "ES"],
  ["Eurocredit Versicherung AG", "DE"],
  ["Assurcrédit SA", "FR"],
  ["Kaigai Kessai K.K.", "JP"],
];

/** Eight of them for one data set, each with one account (or none, for non-IBAN countries). */
export function buildThirdParties(rng: Rng, state: DatasetState): ThirdParty[] {
  return rng.sample(AGENTS, 8).map(([name, country]) => ({
    name,
    country,
    language: COUNTRIES[country].language,
    account: COUNTRIES[country].bban === null ? null : state.newIban(country),
  }));
}
