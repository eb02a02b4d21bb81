import { COUNTRIES } from "./countries.js";
import type { CompanyName } from "./names.js";
import type { Rng } from "./random.js";
import { fold, hasNonAscii, transliterate } from "./transliterate.js";

/** Payer names as banks deliver them: upper-cased, transliterated, abbreviated, truncated, with address text. */

export const MAX_PAYER_NAME = 70;

const FORM_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  GmbH: ["G.m.b.H.", "GMBH", "Gesellschaft mbH"],
  "GmbH & Co. KG": ["GmbH u. Co. KG", "GMBH + CO KG", "GmbH&Co.KG"],
  "GmbH & Co KG": ["GMBH U CO KG", "GmbH&CoKG"],
  AG: ["Aktiengesellschaft"],
  KG: ["Kommanditgesellschaft"],
  "e.K.": ["eK", "e. Kfm."],
  "e.U.": ["eU"],
  "Sp. z o.o.": ["SP. Z O.O.", "SP ZOO", "Spółka z ograniczoną odpowiedzialnością", "SPOLKA Z O O"],
  "Sp.k.": ["Spółka komandytowa", "SP K"],
  "S.A.": ["SA", "S A"],
  SA: ["S.A."],
  "S.r.l.": ["SRL", "S.R.L."],
  "S.p.A.": ["SPA", "S.P.A."],
  "S.a.s.": ["SAS"],
  "A.Ş.": ["AS", "A.S.", "Anonim Şirketi"],
  "Sanayi ve Ticaret A.Ş.": ["San. ve Tic. A.Ş.", "SAN VE TIC AS", "SANAYI VE TICARET ANONIM SIRKETI"],
  "Ltd. Şti.": ["LTD STI", "Limited Şirketi"],
  "San. ve Tic. Ltd. Şti.": ["SAN TIC LTD STI", "Sanayi ve Ticaret Limited Şirketi"],
  "K.K.": ["KK", "Kabushiki Kaisha", "KABUSHIKIGAISHA"],
  "Co., Ltd.": ["CO LTD", "Company Limited", "CO.,LTD."],
  "Kabushiki Kaisha": ["K.K.", "KK", "KABUSHIKIGAISHA"],
  "G.K.": ["GK", "Godo Kaisha"],
  "Inc.": ["Incorporated", "INC"],
  LLC: ["L.L.C.", "Limited Liability Company"],
  "Corp.": ["Corporation", "CORP"],
  Ltd: ["Limited", "LTD."],
  Limited: ["Ltd", "LTD"],
  PLC: ["P.L.C.", "Public Limited Company"],
  LLP: ["L.L.P."],
  "B.V.": ["BV", "B V"],
  "N.V.": ["NV"],
  BV: ["B.V."],
  NV: ["N.V."],
  AB: ["Aktiebolag", "Aktiebolaget"],
  AS: ["A/S", "A.S."],
  ApS: ["APS", "Anpartsselskab"],
  "A/S": ["AS", "A.S"],
  Oy: ["OY", "Osakeyhtiö"],
  "s.r.o.": ["SRO", "spol. s r.o."],
  "spol. s r.o.": ["s.r.o.", "SPOL SRO"],
  "a.s.": ["AS", "akciová společnost"],
  "Lda.": ["LDA", "Limitada"],
  "Unipessoal Lda.": ["UNIPESSOAL LDA", "Unip. Lda"],
  Sàrl: ["SARL", "S.à r.l."],
  "S.à r.l.": ["SARL", "S.A R.L."],
  SARL: ["S.A.R.L."],
  SAS: ["S.A.S."],
  EURL: ["E.U.R.L."],
  "S.L.": ["SL", "Sociedad Limitada"],
  "S.L.U.": ["SLU"],
};

const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  Maschinenbau: ["Masch.bau", "Maschinenb."],
  Elektrotechnik: ["Elektrotechn.", "E-Technik"],
  International: ["Intl", "Int."],
  Industries: ["Ind.", "Inds"],
  Manufacturing: ["Mfg"],
  Technologies: ["Tech", "Technol."],
  Distribution: ["Distr."],
  Logistikk: ["Log."],
  Logistik: ["Logist."],
  Costruzioni: ["Costr."],
  Construcciones: ["Constr."],
  Construções: ["Constr."],
  Transportes: ["Transp."],
  Transporte: ["Transp."],
  Transports: ["Transp."],
  Installatietechniek: ["Install.techn."],
  Verpackung: ["Verp."],
  Engineering: ["Eng.", "Engg"],
  Consulting: ["Cons."],
  Distribuciones: ["Distrib."],
  "Suministros Industriales": ["Sumin. Ind."],
  "Impianti Elettrici": ["Imp. Elettr."],
  "Usługi Budowlane": ["Usł. Bud."],
  "Zakłady Mięsne": ["ZM"],
  Budownictwo: ["Bud."],
  "Hurtownia Elektryczna": ["Hurt. Elektr."],
  Metalomecânica: ["Metalomec."],
  "Building Products": ["Bldg Prod"],
  "Travaux Publics": ["TP"],
  Holding: ["Hldg"],
  Holdings: ["Hldgs"],
  Seisakusho: ["SEISAKUSHO", "SSK"],
  Feinmechanik: ["Feinmech."],
  Packaging: ["Pkg"],
  Supply: ["Sply"],
};

function address(rng: Rng, name: CompanyName): string {
  const info = COUNTRIES[name.country];
  return `${rng.pick(info.streets)} ${rng.pick(info.towns)}`;
}

/** Cuts to at most `max` characters (banks cut mid-word) and trims. */
export function cutName(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max).trimEnd();
}

function bankCase(rng: Rng, text: string): string {
  let out = text;
  if (hasNonAscii(out) && rng.chance(0.6)) out = transliterate(out, rng.chance(0.5) ? "expand" : "strip");
  if (rng.chance(0.6)) out = out.toUpperCase();
  return out;
}

/** The customer's own name as an ordinary bank statement shows it (mostly recognisable at a glance). */
export function bankPayerName(rng: Rng, name: CompanyName): string {
  const style = rng.weighted<string>([
    ["as-is", 45],
    ["bank-case", 30],
    ["address", 10],
    ["cut35", 10],
    ["no-punctuation", 5],
  ]);
  switch (style) {
    case "bank-case":
      return cutName(bankCase(rng, name.full), MAX_PAYER_NAME);
    case "address":
      return cutName(bankCase(rng, `${name.full} ${address(rng, name)}`).toUpperCase(), MAX_PAYER_NAME);
    case "cut35":
      return cutName(bankCase(rng, name.full), 35);
    case "no-punctuation":
      return cutName(transliterate(name.full, "strip").toUpperCase().replace(/[.,]/g, ""), MAX_PAYER_NAME);
    default:
      return cutName(name.full, MAX_PAYER_NAME);
  }
}

function abbreviate(rng: Rng, core: string): string {
  let out = core;
  for (const [word, shorts] of Object.entries(ABBREVIATIONS)) {
    if (out.includes(word)) out = out.replace(word, rng.pick(shorts));
  }
  return out;
}

function reorder(rng: Rng, name: CompanyName): string | null {
  if (name.person) {
    const { first, last } = name.person;
    return rng.pick([
      `${last} ${first}`,
      `${last}, ${first}`,
      `${first[0] ?? ""}. ${last}`,
      `${last} ${first[0] ?? ""}.`,
    ]);
  }
  if (name.country === "JP" && name.legalForm !== null) {
    const kk = rng.pick(["KK", "K.K.", "(KK)", "KABUSHIKI KAISHA"]);
    return name.formFirst ? `${name.core} ${kk}` : `${kk} ${name.core}`;
  }
  if (name.industry !== null && name.core.includes(name.industry)) {
    const rest = name.core.replace(name.industry, "").replace(/\s+/g, " ").trim();
    const swapped = name.core.startsWith(name.industry) ? `${rest} ${name.industry}` : `${name.industry} ${rest}`;
    return name.legalForm === null ? swapped : `${swapped} ${name.legalForm}`;
  }
  return null;
}

function structuralVariant(rng: Rng, name: CompanyName, aliases: readonly string[]): string {
  const plainAliases = aliases.filter((alias) => !hasNonAscii(alias) || /[A-Za-zÀ-ž]/.test(alias));
  const op = rng.weighted<string>([
    ["drop-form", name.legalForm === null ? 0 : 4],
    ["respell-form", name.legalForm !== null && FORM_SPELLINGS[name.legalForm] ? 3 : 0],
    ["reorder", 2],
    ["abbreviate", 2],
    ["truncate", 2],
    ["alias", plainAliases.length > 0 ? 1.5 : 0],
  ]);
  switch (op) {
    case "drop-form":
      return name.core;
    case "respell-form":
      return `${name.core} ${rng.pick(FORM_SPELLINGS[name.legalForm ?? ""] ?? [""])}`.trim();
    case "reorder":
      return reorder(rng, name) ?? name.core;
    case "abbreviate": {
      const short = abbreviate(rng, name.core);
      return short === name.core ? `${short.slice(0, Math.max(name.stem.length + 3, 12))}` : short;
    }
    case "truncate": {
      const min = Math.min(name.full.length - 1, name.stem.length + 4);
      return cutName(name.full, rng.int(Math.max(min, 1), Math.max(min, Math.min(30, name.full.length - 1))));
    }
    default:
      return rng.pick(plainAliases);
  }
}

/**
 * A name the payer is recognisable by only with some effort: legal form dropped or spelled otherwise, words
 * reordered or abbreviated, truncated, transliterated, an alias. Never equal to the master name or an alias once
 * case, diacritics and punctuation are ignored, and the name's stem stays readable.
 */
export function variedPayerName(rng: Rng, name: CompanyName, aliases: readonly string[]): string | null {
  const forbidden = new Set([fold(name.full), ...aliases.map(fold)]);
  const stemKeys = [fold(name.stem).slice(0, 5), fold(transliterate(name.stem, "expand")).slice(0, 5)];
  for (let attempt = 0; attempt < 12; attempt++) {
    let text = structuralVariant(rng, name, aliases);
    if (rng.chance(0.35)) text = structuralVariant(rng, { ...name, core: text, full: text, legalForm: null }, []);
    if (hasNonAscii(text) && rng.chance(0.7)) text = transliterate(text, rng.chance(0.5) ? "expand" : "strip");
    if (rng.chance(0.7)) text = text.toUpperCase();
    if (rng.chance(0.3)) text = text.replace(/[.,]/g, "").replace(/\s+/g, " ");
    if (rng.chance(0.15)) text = `${text} ${address(rng, name).toUpperCase()}`;
    text = cutName(text.trim(), MAX_PAYER_NAME);
    const key = fold(text);
    const keepsStem = stemKeys.some((stemKey) => key.includes(stemKey));
    if (!forbidden.has(key) && keepsStem && key.length >= 4) return text;
  }
  return null;
}
