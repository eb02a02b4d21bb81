import { COUNTRIES, type CountryCode } from "./countries.js";
import { NAME_POOLS } from "./namePools.js";
import type { Rng } from "./random.js";

/** An invented company or person name with the parts the payer-name variants need. */
export interface CompanyName {
  full: string;
  /** The distinctive word(s) shared by group members and look-alikes. */
  stem: string;
  /** The name without its legal form. */
  core: string;
  legalForm: string | null;
  /** Legal form written before the core ("Kabushiki Kaisha Sato Denki"). */
  formFirst: boolean;
  industry: string | null;
  person: { first: string; last: string } | null;
  country: CountryCode;
}

/** A distinctive word for a new name: a surname or place word, or one composed of syllables. */
export function randomStem(rng: Rng, country: CountryCode): string {
  const pool = NAME_POOLS[country];
  if (pool.stemParts && rng.chance(0.45)) {
    const [heads, tails] = pool.stemParts;
    const head = rng.pick(heads);
    const tail = rng.pick(tails);
    return head.endsWith(tail[0] ?? "") ? head + tail.slice(1) : head + tail;
  }
  return rng.pick(pool.stems);
}

/** Legal forms of sole traders, never used for group companies. */
const SOLE_TRADER_FORMS: ReadonlySet<string> = new Set([
  "e.K.",
  "e.U.",
  "ENK",
  "EI",
  "Tmi",
  "Ky",
  "I/S",
  "HB",
  "KB",
  "DA",
]);

function pickForm(rng: Rng, country: CountryCode, except?: string | null, corporate = false): string {
  const forms = NAME_POOLS[country].forms.filter(
    ([form]) => form !== except && !(corporate && SOLE_TRADER_FORMS.has(form)),
  );
  return rng.weighted(forms.length > 0 ? forms : NAME_POOLS[country].forms);
}

function assemble(
  rng: Rng,
  country: CountryCode,
  core: string,
  parts: { stem: string; industry: string | null; form: string | null; person?: { first: string; last: string } },
): CompanyName {
  const { form } = parts;
  let full = core;
  let formFirst = false;
  if (form !== null) {
    formFirst = country === "JP" && form === "Kabushiki Kaisha" && rng.chance(0.5);
    const comma = rng.chance(NAME_POOLS[country].commaBeforeForm) ? "," : "";
    full = formFirst ? `${form} ${core}` : `${core}${comma} ${form}`;
  }
  return {
    full,
    stem: parts.stem,
    core,
    legalForm: form,
    formFirst,
    industry: parts.industry,
    person: parts.person ?? null,
    country,
  };
}

export interface CompanyNameOptions {
  stem?: string;
  industry?: string;
  form?: string;
}

/** A standalone company: "Rossi Costruzioni S.r.l.", "Costruzioni Rossi S.r.l.", "Björk & Söner AB", "Yamada Shoji K.K.". */
export function companyName(rng: Rng, country: CountryCode, options: CompanyNameOptions = {}): CompanyName {
  const pool = NAME_POOLS[country];
  const stem = options.stem ?? randomStem(rng, country);
  const industry = options.industry ?? rng.pick(pool.industries);
  const form = options.form ?? pickForm(rng, country);
  const shape = rng.weighted<string>([
    ["industry-first", pool.industryFirst * 10],
    ["stem-industry", 6],
    ["stem-only", 1.2],
    ["joiner", pool.joiners.length > 0 ? 1 : 0],
    ["two-stems", 0.8],
  ]);
  switch (shape) {
    case "industry-first":
      return assemble(rng, country, `${industry} ${stem}`, { stem, industry, form });
    case "stem-only":
      return assemble(rng, country, stem, { stem, industry: null, form });
    case "joiner":
      return assemble(rng, country, `${stem} ${rng.pick(pool.joiners)}`, { stem, industry: null, form });
    case "two-stems": {
      const other = randomStem(rng, country);
      if (other === stem) return assemble(rng, country, `${stem} ${industry}`, { stem, industry, form });
      return assemble(rng, country, `${stem} & ${other}`, { stem, industry: null, form });
    }
    default:
      return assemble(rng, country, `${stem} ${industry}`, { stem, industry, form });
  }
}

/** A sole trader or private person: "Jan Novák", "Piotr Kowalski Usługi Budowlane", "Marco Ferrari". */
export function personName(rng: Rng, country: CountryCode): CompanyName {
  const pool = NAME_POOLS[country];
  const first = rng.pick(pool.firstNames);
  const last = rng.pick(pool.stems);
  const person = { first, last };
  const industry = rng.pick(pool.industries);
  const plain = { stem: last, industry: null, form: null, person };
  switch (country) {
    case "DE":
      return rng.chance(0.5)
        ? assemble(rng, country, `${first} ${last}`, { ...plain, form: "e.K." })
        : assemble(rng, country, `${first} ${last}`, plain);
    case "AT":
      return assemble(rng, country, `${first} ${last}`, { ...plain, form: "e.U." });
    case "CZ":
      return assemble(rng, country, rng.chance(0.4) ? `Ing. ${first} ${last}` : `${first} ${last}`, plain);
    case "PL":
      return assemble(rng, country, `${first} ${last} ${industry}`, { ...plain, industry });
    case "IT":
      return assemble(rng, country, rng.chance(0.5) ? `${last} ${first}` : `Ditta ${first} ${last}`, plain);
    case "FR":
      return assemble(rng, country, `${first} ${last}`, { ...plain, form: "EI" });
    case "ES":
      return assemble(rng, country, `${first} ${last} ${rng.pick(pool.stems)}`, plain);
    case "GB":
    case "IE":
      return assemble(rng, country, `${first} ${last} t/a ${last} ${industry}`, { ...plain, industry });
    case "US":
      return assemble(rng, country, `${first} ${last} dba ${randomStem(rng, country)} ${industry}`, {
        ...plain,
        industry,
      });
    case "JP":
      return assemble(rng, country, `${last} ${first}`, plain);
    case "NL":
      return assemble(rng, country, `${first} ${last} ${industry}`, { ...plain, industry });
    default:
      return assemble(rng, country, `${first} ${last}`, plain);
  }
}

const PREFIXED_HOLDING: ReadonlySet<CountryCode> = new Set<CountryCode>(["FR", "ES", "PL", "BE"]);

/** The parent of a group: "Nordvik Holding AS", "Groupe Girard SAS", "Grupa Kowalski S.A.". */
export function holdingName(rng: Rng, country: CountryCode, stem: string): CompanyName {
  const word = NAME_POOLS[country].holdingWord;
  const core = PREFIXED_HOLDING.has(country) ? `${word} ${stem}` : `${stem} ${word}`;
  const form = country === "PT" ? "S.A." : pickForm(rng, country, null, true);
  return assemble(rng, country, core, { stem, industry: null, form });
}

/** A group member in `country`: "Nordvik Logistikk AS", "Nordvik Logistik Sverige AB". */
export function subsidiaryName(rng: Rng, country: CountryCode, stem: string, industry?: string): CompanyName {
  const line = industry ?? rng.pick(NAME_POOLS[country].industries);
  const withCountry = rng.chance(0.45);
  const core = withCountry ? `${stem} ${line} ${COUNTRIES[country].localName}` : `${stem} ${line}`;
  return assemble(rng, country, core, { stem, industry: line, form: pickForm(rng, country, null, true) });
}

/** An unrelated company with a very similar name: other legal form, one word more, or another line of business. */
export function lookAlikeName(rng: Rng, base: CompanyName): CompanyName {
  const pool = NAME_POOLS[base.country];
  const kind = rng.weighted<string>([
    ["form", base.legalForm === null ? 0 : 1],
    ["extra", 1],
    ["industry", base.industry === null ? 0 : 1],
  ]);
  if (kind === "form") {
    return assemble(rng, base.country, base.core, {
      stem: base.stem,
      industry: base.industry,
      form: pickForm(rng, base.country, base.legalForm),
    });
  }
  if (kind === "industry" && base.industry !== null) {
    const others = pool.industries.filter((word) => word !== base.industry);
    const industry = rng.pick(others);
    return assemble(rng, base.country, base.core.replace(base.industry, industry), {
      stem: base.stem,
      industry,
      form: base.legalForm,
    });
  }
  return assemble(rng, base.country, `${base.core} ${rng.pick(pool.extraWords)}`, {
    stem: base.stem,
    industry: base.industry,
    form: base.legalForm ?? pickForm(rng, base.country),
  });
}
