import type { CountryCode, Language } from "./countries.js";
import { dateForText } from "./dates.js";
import { type AmountTextStyle, amountForText, formatMinor } from "./money.js";
import type { Rng } from "./random.js";
import { transliterate } from "./transliterate.js";
import { VOCABULARY, type Vocabulary } from "./vocabulary.js";

/** Remittance texts as payers type them and banks reformat them, cut at 140 characters. */

export const MAX_REMITTANCE = 140;

export type Purpose =
  | "invoice"
  | "multi"
  | "discount"
  | "partial"
  | "short"
  | "netting"
  | "po"
  | "third-party"
  | "none"
  | "unrelated"
  | "prepayment";

export interface RemittanceSpec {
  language: Language;
  country: CountryCode;
  purpose: Purpose;
  /** Reference tokens as they should appear (already in their retyped form). */
  refs: readonly string[];
  /** Tokens that carry their own word ("RF18…", "Rechnung2026INV7781"): no word is put before them. */
  carryWords?: boolean;
  /** Credit-note tokens netted in the payment (purpose "netting"). */
  creditRefs?: readonly string[];
  discountPercent?: string;
  /** Third party paying: the customer it pays for. */
  onBehalfOf?: string;
  /** Amount of each referenced item (for US ACH RMR segments), same order as refs. */
  refAmounts?: readonly number[];
  amountMinor: number;
  currency: string;
  valueDate: string;
  endToEndId: string;
  customerNumber?: string;
  noise: number;
  bankFormat: number;
}

const ON_BEHALF: Readonly<Partial<Record<Language, readonly string[]>>> = {
  de: ["IAV", "im Auftrag von", "für"],
  en: ["on behalf of", "o/b/o", "for"],
  fr: ["pour le compte de", "pour"],
  it: ["per conto di", "per"],
  es: ["en nombre de", "por cuenta de"],
  nl: ["namens", "t.b.v."],
  pl: ["w imieniu", "za"],
};

function listJoin(rng: Rng, vocab: Vocabulary, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  const style = rng.int(0, 5);
  if (style === 0) return `${items.slice(0, -1).join(", ")} ${vocab.and} ${items[items.length - 1]}`;
  return items.join(rng.pick([", ", " + ", " / ", " ", "; ", ","]));
}

function withWord(rng: Rng, words: readonly string[], text: string, carryWords: boolean): string {
  if (carryWords || rng.chance(0.15)) return text;
  return `${rng.pick(words)}${rng.chance(0.2) ? ": " : " "}${text}`;
}

function amountStyle(language: Language, country: CountryCode): AmountTextStyle {
  if (country === "CH") return "ch";
  if (language === "en") return "en";
  if (language === "ja") return "jp";
  if (language === "fr" || language === "sv" || language === "no" || language === "fi" || language === "cs")
    return "fr";
  return "de";
}

function core(rng: Rng, spec: RemittanceSpec, vocab: Vocabulary): string {
  const carry = spec.carryWords ?? false;
  const refs = spec.refs;
  const invoiceText = () =>
    refs.length > 1
      ? withWord(rng, vocab.invoices, listJoin(rng, vocab, refs), carry)
      : withWord(rng, vocab.invoice, refs[0] ?? "", carry);
  switch (spec.purpose) {
    case "invoice":
    case "multi": {
      const text = invoiceText();
      return rng.pick([text, text, `${rng.pick(vocab.payment)} ${text}`, `${text} ${rng.pick(vocab.payment)}`]);
    }
    case "discount":
      return `${invoiceText()} ${rng.pick(spec.discountPercent === undefined ? [""] : vocab.discount(spec.discountPercent))}`;
    case "partial":
      return rng.chance(0.5)
        ? `${rng.pick(vocab.partial)} ${invoiceText()}`
        : `${invoiceText()} ${rng.pick(vocab.partial)}`;
    case "short":
      return `${invoiceText()} ${rng.pick(vocab.shortPay)}`;
    case "netting": {
      const credits = spec.creditRefs ?? [];
      const tail =
        credits.length === 0
          ? rng.pick(vocab.netting)
          : rng.chance(0.5)
            ? `${rng.pick(vocab.netting)} ${listJoin(rng, vocab, credits)}`
            : `${rng.pick(vocab.creditNote)} ${listJoin(rng, vocab, credits)}`;
      return rng.chance(0.8) ? `${invoiceText()} ${tail}` : `${tail} ${invoiceText()}`;
    }
    case "po":
      return withWord(rng, vocab.order, listJoin(rng, vocab, refs), carry);
    case "third-party": {
      const party = spec.onBehalfOf ?? "";
      const phrase = rng.pick(ON_BEHALF[spec.language] ?? ON_BEHALF.en ?? ["for"]);
      return rng.chance(0.5) ? `${invoiceText()} ${phrase} ${party}` : `${party} ${invoiceText()}`;
    }
    case "none":
      return rng.weighted<string>([
        ["", 3],
        [rng.pick(vocab.generic), 4],
        [`${rng.pick(vocab.payment)} ${rng.pick(vocab.months)}`, 2],
        [vocab.invoice[0] ?? "", 1],
      ]);
    case "unrelated":
      return rng.pick(vocab.unrelated) + (rng.chance(0.4) ? ` ${rng.pick(vocab.months)}` : "");
    case "prepayment":
      return refs.length > 0
        ? `${rng.pick(vocab.prepayment)} ${withWord(rng, vocab.order, listJoin(rng, vocab, refs), carry)}`
        : rng.pick(vocab.prepayment);
  }
}

function addNoise(rng: Rng, spec: RemittanceSpec, vocab: Vocabulary, text: string): string {
  const parts = [text];
  if (spec.customerNumber && rng.chance(spec.noise * 0.5)) {
    const cn = `${rng.pick(vocab.customerNo)} ${spec.customerNumber}`;
    if (rng.chance(0.5)) parts.unshift(cn);
    else parts.push(cn);
  }
  if (rng.chance(spec.noise * 0.4)) {
    parts.push(amountForText(spec.amountMinor, spec.currency, amountStyle(spec.language, spec.country)));
  }
  if (rng.chance(spec.noise * 0.3)) {
    parts.push(dateForText(spec.valueDate, rng.pick(["dmy-dot", "mdy-slash", "dmy-slash", "iso", "d-mon-y"] as const)));
  }
  if (rng.chance(spec.noise * 0.3)) parts.push(rng.pick(vocab.thanks));
  return parts.filter((part) => part.length > 0).join(" ");
}

/** US ACH CCD+/CTX addenda: one RMR segment per referenced invoice. */
function achAddenda(spec: RemittanceSpec): string | null {
  if (!spec.refAmounts || spec.refAmounts.length !== spec.refs.length || spec.refs.length === 0) return null;
  return spec.refs
    .map((ref, i) => {
      const amount = formatMinor(spec.refAmounts?.[i] ?? 0, spec.currency);
      return `RMR*IV*${ref}*${amount}\\`;
    })
    .join("");
}

/** Chunks of 35 characters concatenated, as MT103 field 70 lines often arrive. */
function swiftLines(rng: Rng, text: string): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += 35) lines.push(text.slice(i, i + 35));
  return lines.join(rng.chance(0.7) ? "" : "//");
}

/** MT940 field 86 with ?20..?29 subfields of 27 characters. */
function mt940Subfields(text: string): string {
  const chunks: string[] = [];
  for (let i = 0; i < text.length && chunks.length < 10; i += 27) chunks.push(text.slice(i, i + 27));
  return chunks.map((chunk, i) => `?2${i}${chunk}`).join("");
}

function bankFormat(rng: Rng, spec: RemittanceSpec, text: string): string {
  const country = spec.country;
  const upper = (t: string) => transliterate(t, rng.chance(0.5) ? "expand" : "strip").toUpperCase();
  if ((country === "DE" || country === "AT") && rng.chance(0.75)) {
    if (rng.chance(0.2)) return mt940Subfields(upper(text));
    const eref =
      spec.endToEndId === "NOTPROVIDED" ? (rng.chance(0.3) ? "EREF+NOTPROVIDED " : "") : `EREF+${spec.endToEndId} `;
    const body = rng.chance(0.5) ? upper(text) : text;
    return rng.chance(0.2) ? `${eref}KREF+${rng.digits(10)} SVWZ+${body}` : `${eref}SVWZ+${body}`;
  }
  if (country === "US" && rng.chance(0.6)) {
    const ach = achAddenda(spec);
    if (ach !== null) return ach;
  }
  if (
    country === "PL" &&
    (spec.currency === "PLN" || spec.currency === "EUR") &&
    spec.refs.length === 1 &&
    rng.chance(0.5)
  ) {
    const vat = formatMinor(Math.floor((spec.amountMinor * 23) / 123), spec.currency).replace(".", ",");
    return `/VAT/${vat}/IDC/${rng.digits(10, true)}/INV/${spec.refs[0]}/TXT/${upper(text).slice(0, 30)}`;
  }
  if (country === "US" || country === "JP" || country === "TR" || spec.currency !== "EUR") {
    const tag = rng.pick(["/RFB/", "/INV/", "/ROC/", "/BNF/", ""]);
    return swiftLines(rng, `${tag}${upper(text)}`);
  }
  return upper(text);
}

/** A full remittance text for the spec, at most 140 characters. */
export function buildRemittance(rng: Rng, spec: RemittanceSpec): string {
  const vocab = VOCABULARY[spec.language];
  let text = addNoise(rng, spec, vocab, core(rng, spec, vocab).trim());
  if (spec.language === "ja") text = text.toUpperCase();
  if (rng.chance(spec.bankFormat)) text = bankFormat(rng, spec, text);
  return cutRemittance(text.replace(/\s+/g, " ").trim());
}

export function cutRemittance(text: string): string {
  return text.length <= MAX_REMITTANCE ? text : text.slice(0, MAX_REMITTANCE);
}

/** True when every token occurs in the text (ignoring case). */
export function containsAll(text: string, tokens: readonly string[]): boolean {
  const upper = text.toUpperCase();
  return tokens.every((token) => upper.includes(token.toUpperCase()));
}

/**
 * A text of exactly 140 characters ending with the first `visible` characters of `reference`: the rest of the
 * reference fell off at the 140-character limit.
 */
export function cutOffRemittance(
  rng: Rng,
  language: Language,
  reference: string,
  visible: number,
  filler: readonly string[],
): string {
  const vocab = VOCABULARY[language];
  const word = rng.pick(vocab.invoice);
  const tail = `${word} ${reference.slice(0, visible)}`;
  const room = MAX_REMITTANCE - tail.length - 1;
  let padding = "";
  while (padding.length < room) {
    padding += `${rng.pick([...filler, ...vocab.generic, ...vocab.thanks, rng.pick(vocab.months)])} `;
  }
  padding = padding.slice(0, room).replace(/\s$/, ".");
  return `${padding} ${tail}`;
}
