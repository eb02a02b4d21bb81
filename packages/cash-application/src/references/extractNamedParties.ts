import { parseWith } from "@o2c/core";
import { z } from "zod";

// Past ~300 lines because of the word tables (markers in nine languages, legal forms, stop and generic words): they
// are only read here, and splitting them from the reading rules would scatter one concept over several files.

/** A name that remittance text gives for the party a payment is made for (`... on behalf of Larsen Rør ASA`). */
export interface NamedParty {
  /**
   * The name as written in the text (a substring of it), trimmed of surrounding punctuation, a trailing period
   * (kept after a legal form: `Inc.`, `S.A.`) and a Finnish case ending (`Virtanen Oy:n` gives `Virtanen Oy`).
   */
  readonly name: string;
  /** The marker that introduced the name, in lower case and single-spaced (`on behalf of`, `i.a.`, `puolesta`). */
  readonly marker: string;
  /**
   * `strong` for markers that only ever introduce a party (`on behalf of`, `im Auftrag von`); `weak` for short
   * words that often mean something else (`for`, `re`, `für`, `pour`, `per`, `voor`), whose names pass stricter tests.
   */
  readonly strength: "strong" | "weak";
}

interface Marker {
  readonly words: readonly string[];
  readonly text: string;
  readonly strength: "strong" | "weak";
  readonly postfix: boolean;
}

interface Token {
  /** Offset of the first character after leading brackets and quotes. */
  readonly start: number;
  /** Offset after the last character, before trailing punctuation (`.,;:!?`, closing brackets and quotes). */
  readonly end: number;
  /** Like `end`, but including a period that follows directly (`Inc.`, `S.A.`). */
  readonly dotEnd: number;
  /** Lower case, NFC, without the stripped punctuation. */
  readonly key: string;
  /** `key` without periods, commas, brackets and a Finnish case ending: the form compared with legal forms. */
  readonly form: string;
  /** Letters (with inner `.'’-/&` and a case ending `:n`), or `&`/`+`: a token that can be part of a name. */
  readonly wordy: boolean;
  readonly letters: number;
  readonly upperInitial: boolean;
  readonly lowerWord: boolean;
  /** A comma follows the token. */
  readonly comma: boolean;
  /** `;`, `:`, `!` or `?` follows the token. */
  readonly hard: boolean;
  /** A bank tag (`SVWZ+`, `EREF+`) or a SWIFT field code (`/INV/`). */
  readonly tag: boolean;
  /** A control character (other than tab, line feed, carriage return) precedes the token. */
  readonly cutBefore: boolean;
}

interface Span {
  readonly first: number;
  readonly last: number;
  /** Index of the first token of the closing legal form, or -1. */
  readonly formStart: number;
}

const MAX_WORDS = 8;
const LEAD_PUNCT = "([{\"'«“‘„<";
const TRAIL_PUNCT = ")]}\"'»”’>,;:.!?";
const WORDY = /^[\p{L}\p{M}][\p{L}\p{M}.'’\-/&]*(?::\p{L}{1,3})?$/u;
const LETTER = /[\p{L}]/gu;
const BANK_TAG = /[A-Z]{4}\+/y;
const SWIFT_CODE = /\/[A-Z]{2,4}\//y;
const CASE_ENDING = /:\p{L}{1,3}$/u;
const ELISION = /(?:d|dell)['’](?=\p{L})/iuy;

const words = (list: string): string[] => list.split(" ").filter((w) => w.length > 0);

const STRONG_MARKERS = [
  "on behalf of|on behalf|for and on behalf of|obo|o/b/o|o.b.o.",
  "for account of|for the account of|for a/c of|by order of",
  "im auftrag von|im auftrag|i.a.|i. a.|zugunsten|zugunsten von|zu gunsten|zu gunsten von|namens|im namen von|im namen",
  "für rechnung von|fur rechnung von|fuer rechnung von",
  "pour le compte de|pour compte de|au nom de|au profit de",
  "por cuenta de|en nombre de|por cuenta y orden de|en representación de|por conta de|em nome de|por conta e ordem de",
  "per conto di|a nome di|in nome di",
  "ten behoeve van|t.b.v.|tbv|ten gunste van|in naam van|voor rekening van",
  "på vegne av|pa vegne av|på vegne af|pa vegne af|for regning av",
  "på vägnar av|pa vagnar av|på uppdrag av|pa uppdrag av",
  "w imieniu|na rzecz",
].join("|");
const WEAK_MARKERS = "for|re|für|fur|fuer|pour|per|voor|para|för|za|paid for|payment for";
const POSTFIX_MARKERS = "puolesta|lukuun";

const MARKERS: ReadonlyMap<string, readonly Marker[]> = (() => {
  const byFirst = new Map<string, Marker[]>();
  const add = (list: string, strength: "strong" | "weak", postfix: boolean): void => {
    for (const text of list.split("|")) {
      const markerWords = words(text).map(keyOf);
      const first = markerWords[0] ?? "";
      const entry = { words: markerWords, text, strength, postfix };
      byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
    }
  };
  add(STRONG_MARKERS, "strong", false);
  add(WEAK_MARKERS, "weak", false);
  add(POSTFIX_MARKERS, "strong", true);
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
})();

/** Forms of "of" that a marker's final `de`/`di` also matches (`au nom du`, `em nome da`, `per conto della`). */
const OF_FORMS = new Set(words("de di d d' d’ del della dello dell dell' dell’ dei degli delle des du do da dos das"));

/** Legal forms as `form` keys; a name ends after one. Multi-token forms are tried longest first. */
const LEGAL_FORMS: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const list = [
    "gmbh|mbh|gesmbh|ag|kg|kgaa|ohg|ug|ug haftungsbeschränkt|ek|ev|eg|se",
    "gmbh & co|gmbh & co kg|gmbh & co kgaa|gmbh & co ohg|ag & co|ag & co kg|& co kg|& co kgaa|& co|& cie|et cie",
    "und co|u co|co|co ltd|co inc|co kg|ltd|limited|plc|llp|lp|llc|inc",
    "incorporated|corp|corporation|company|pty ltd|pte ltd|pvt ltd|private limited|sdn bhd|bhd",
    "sa|sas|sasu|sarl|sàrl|sà rl|sa rl|eurl|snc|sca|sa de cv|sau|spa|srl|srls|sl|slu|sll|lda|ltda|s a|s l",
    "bv|bvba|nv|vof|ab|ab publ|as|asa|a/s|aps|oy|oyj|oy ab|ky|hf|ehf",
    "sp z oo|sp z o|spz oo|sp zoo|spzoo|sp j|sro|spol s ro|kft|zrt|nyrt|doo|ad|kk|gk|yk|kabushiki kaisha",
  ].join("|");
  const byFirst = new Map<string, string[][]>();
  for (const text of list.split("|")) {
    const form = words(text);
    const first = form[0] ?? "";
    byFirst.set(first, [...(byFirst.get(first) ?? []), form]);
  }
  for (const forms of byFirst.values()) forms.sort((a, b) => b.length - a.length);
  return byFirst;
})();

/** Single-token legal forms that are also ordinary words: only taken when not written in lower case. */
const AMBIGUOUS_FORMS = new Set(words("as se co sa ab ag kg ky spa sl ad ek ev eg lp company limited corporation"));

/** Keywords that end a name: documents, references, thanks, discounts, amounts, dates, customer numbers. */
const STOP_WORDS = new Set(
  words(
    "inv re-nr rg rgnr rg-nr fv fa ref réf refs rif viite tak takk tack kiitos merci danke dank vielen thanks thank " +
      "thx grazie gracias obrigado obrigada bedankt dziekujemy nr no n° nº num nummer número numero numéro # eur usd " +
      "gbp chf jpy sek nok dkk pln czk huf kwd cad aud date dated datum vom abzgl abzüglich minus less moins menos meno " +
      "korting rabatt alennus sconto descuento desconto order orders bestellung bestellnr auftrag auftragsnr commande " +
      "pedido ordine bestelling po kunde kunden customer client cliente klant debiteur asiakas iban bic swift mandat " +
      "mandate acompte anzahlung teilzahlung restzahlung solde saldo pago pagos maksu płatność platnosc zapłata zaplata " +
      "betrag montant importe amount total summe pmt pymt storno",
  ),
);
const STOP_STEMS = words(
  "rechnung invoice factur fattur faktur factuur lasku zahlung ausgleich skonto gutschrift überweis uberweis ueberweis " +
    "verwendungszweck kundennr kunden-nr kundennummer betaling betalning remittance settlement paiement pagament " +
    "escompte dziekuj dziękuj referen",
);
const STOP_PHRASES: readonly (readonly string[])[] = [
  ["payment", "ref"],
  ["payment", "reference"],
  ["payment", "no"],
];

/** Tokens that may stand inside a name in lower case (`Müller und Partner`, `Banco de España`). */
const CONNECTORS = new Set(
  words(
    "& + and und u et y e i og och of de di da do dos das du des del della delle dei degli dello van von der den " +
      "het la le les el zu zum zur am an the d dell l ten ter en",
  ),
);
/** Connectors that cannot begin a name (`on behalf of the Müller Group` gives `Müller Group`). */
const LEADING_TRIM = new Set(words("& + and und u et y e og och of the le la les l el il lo"));

/** First words that show a weak marker introduced a phrase, not a name (`for your order`). */
const DETERMINERS = new Set(
  words(
    "the this that these those your our my all a an die der das den dem ihre ihr unsere unser le la les votre vos " +
      "notre nos ce cette el los las su sus nuestra nuestro il lo gli het uw onze",
  ),
);
/** Words that show a weak marker introduced a phrase, not a name (`PAYMENT FOR SERVICES RENDERED`). */
const GENERIC_WORDS = new Set(
  words(
    "payment payments services service goods delivery deliveries account accounts balance rent fees fee interest " +
      "purchase purchases supplies supply materials material parts repair repairs maintenance subscription licence " +
      "license contract project period month quarter year week consulting rendered work shipment freight items item " +
      "advance deposit refund return returns business leistungen lieferung lieferungen miete zinsen livraison " +
      "prestations prestation levering diensten fornitura servizi servicios suministro monthly january february " +
      "march april may june july august september october november december januar februar märz maerz mai juni juli " +
      "oktober dezember janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre " +
      "decembre enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre gennaio " +
      "febbraio aprile maggio giugno luglio settembre ottobre dicembre januari februari maart mei augustus",
  ),
);

function keyOf(core: string): string {
  const key = core.normalize("NFC").toLowerCase();
  let end = key.length;
  while (end > 0 && TRAIL_PUNCT.includes(key.charAt(end - 1))) end--;
  return key.slice(0, end);
}

/** Whether the sticky `pattern` matches at `at`; the length of the match, or 0. */
function stickyLength(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0].length ?? 0;
}

function isSeparator(code: number): boolean {
  return code <= 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0x2028 || code === 0x2029 || code === 0x3000;
}

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}

function makeToken(text: string, from: number, to: number, cutBefore: boolean, tag: boolean): Token {
  let start = from;
  while (start < to && LEAD_PUNCT.includes(text.charAt(start))) start++;
  let end = to;
  while (end > start && TRAIL_PUNCT.includes(text.charAt(end - 1))) end--;
  const core = text.slice(start, end);
  const trail = text.slice(end, to);
  const key = keyOf(core);
  const letters = core.match(LETTER)?.length ?? 0;
  const lower = core.toLowerCase();
  return {
    start,
    end,
    dotEnd: trail.startsWith(".") ? end + 1 : end,
    key,
    form: key.replace(CASE_ENDING, "").replace(/[.,()]/g, ""),
    wordy: !tag && (WORDY.test(core) || core === "&" || core === "+"),
    letters,
    upperInitial: letters > 0 && core.charAt(0) !== core.charAt(0).toLowerCase(),
    lowerWord: letters > 0 && core === lower,
    comma: trail.includes(","),
    hard: /[;:!?]/.test(trail),
    tag,
    cutBefore,
  };
}

/** Splits on whitespace and control characters; bank tags and elided `d'` become tokens of their own. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    let cut = false;
    while (i < text.length && isSeparator(text.charCodeAt(i))) {
      if (isControl(text.charCodeAt(i))) cut = true;
      i++;
    }
    let end = i;
    while (end < text.length && !isSeparator(text.charCodeAt(end))) end++;
    let from = i;
    while (from < end) {
      const tag = stickyLength(BANK_TAG, text, from) || stickyLength(SWIFT_CODE, text, from);
      const elided = tag === 0 ? stickyLength(ELISION, text, from) : 0;
      const to = Math.min(end, from + (tag || elided || end - from));
      tokens.push(makeToken(text, from, to, cut && from === i, tag > 0));
      from = to;
    }
    i = end;
  }
  return tokens;
}

function keyMatches(key: string, word: string): boolean {
  return key === word || ((word === "de" || word === "di") && OF_FORMS.has(key));
}

function markerAt(tokens: readonly Token[], i: number): Marker | undefined {
  const first = tokens[i];
  if (first === undefined || first.tag) return undefined;
  return (MARKERS.get(first.key) ?? []).find((marker) =>
    marker.words.every((word, k) => {
      const token = tokens[i + k];
      return token !== undefined && !token.tag && (k === 0 || !token.cutBefore) && keyMatches(token.key, word);
    }),
  );
}

function isStop(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return true;
  if (STOP_WORDS.has(token.key) || STOP_STEMS.some((stem) => token.key.startsWith(stem))) return true;
  return STOP_PHRASES.some((phrase) => phrase.every((word, k) => tokens[i + k]?.key === word));
}

function isConnector(token: Token): boolean {
  return token.letters === 0 || (!token.upperInitial && CONNECTORS.has(token.key));
}

/** Length of the legal form that starts at `i`, or 0. */
function legalFormAt(tokens: readonly Token[], i: number, lowerName: boolean): number {
  const first = tokens[i];
  if (first === undefined || !first.wordy) return 0;
  for (const form of LEGAL_FORMS.get(first.form) ?? []) {
    const span = tokens.slice(i, i + form.length);
    if (span.length !== form.length) continue;
    if (!span.every((t, k) => t.wordy && t.form === form[k] && (k === 0 || !t.cutBefore))) continue;
    const lettered = span.filter((t) => t.letters > 0);
    if (!lowerName && form.length === 1 && AMBIGUOUS_FORMS.has(first.form) && lettered.every((t) => t.lowerWord)) {
      continue;
    }
    return form.length;
  }
  return 0;
}

/** Whether token `j` cannot be part of a name: not letters, a marker, a keyword, or past the end. */
function endsName(tokens: readonly Token[], j: number, covered: readonly boolean[]): boolean {
  const token = tokens[j];
  return token === undefined || !token.wordy || covered[j] === true || isStop(tokens, j);
}

/** A name whose last token is followed by a comma goes on only with a legal form (`Smith, Inc.`). */
function withFormAfterComma(tokens: readonly Token[], span: Span, lowerName: boolean): Span {
  const last = tokens[span.last] as Token;
  if (last.hard || !last.comma || tokens[span.last + 1]?.cutBefore !== false) return span;
  const form = legalFormAt(tokens, span.last + 1, lowerName);
  return form > 0 ? { first: span.first, last: span.last + form, formStart: span.last + 1 } : span;
}

/** The name after a prefix marker: see {@link extractNamedParties} for where it is cut. */
function readAfter(tokens: readonly Token[], from: number, covered: readonly boolean[]): Span | undefined {
  let first = -1;
  let last = -1;
  let count = 0;
  let lowerName = false;
  // A control character before a token ends the name there.
  for (let j = from; count < MAX_WORDS && !endsName(tokens, j, covered) && !tokens[j]?.cutBefore; j++) {
    const token = tokens[j] as Token;
    const content = !isConnector(token);
    if (count > 0) {
      const form = legalFormAt(tokens, j, lowerName);
      if (form > 0) return { first, last: j + form - 1, formStart: j };
      if (content && token.lowerWord && !lowerName) break;
    } else if (content) lowerName = token.lowerWord;
    if (first < 0) first = j;
    last = j;
    if (content) count++;
    if (token.hard || token.comma) {
      const span = { first, last, formStart: -1 };
      return count > 0 ? withFormAfterComma(tokens, span, lowerName) : span;
    }
  }
  return first < 0 ? undefined : { first, last, formStart: -1 };
}

/** Index of the first token of a legal form that ends at `end`, or -1. */
function formEndingAt(tokens: readonly Token[], end: number): number {
  for (let p = Math.max(0, end - 3); p <= end; p++) {
    if (legalFormAt(tokens, p, false) === end - p + 1) return p;
  }
  return -1;
}

/** Index of the first token of the words before `end` that can form a name (greater than `end` when none). */
function collectBefore(tokens: readonly Token[], end: number, covered: readonly boolean[], formStart: number): number {
  let lastContent = end;
  while (lastContent > Math.max(0, end - 3) && isConnector(tokens[lastContent] as Token)) lastContent--;
  const lowerName = tokens[lastContent]?.lowerWord ?? false;
  let first = end + 1;
  let count = 0;
  for (let j = end; j >= 0 && count < MAX_WORDS && !endsName(tokens, j, covered); j--) {
    const token = tokens[j] as Token;
    const next = tokens[j + 1] as Token;
    if (j < end && (next.cutBefore || token.hard || (token.comma && legalFormAt(tokens, j + 1, lowerName) === 0))) {
      break;
    }
    const content = !isConnector(token);
    if (content && token.lowerWord && !lowerName) break;
    first = j;
    if (content && (formStart < 0 || j < formStart)) count++;
  }
  return first;
}

/** The name before a postfix marker (`Virtanen Oy:n puolesta`). */
function readBefore(tokens: readonly Token[], markerIndex: number, covered: readonly boolean[]): Span | undefined {
  const end = markerIndex - 1;
  if (end < 0 || tokens[markerIndex]?.cutBefore !== false) return undefined;
  const formStart = formEndingAt(tokens, end);
  const first = collectBefore(tokens, end, covered, formStart);
  // A legal form inside the words read ends an earlier name: `Foo Oy Bar Oy:n puolesta` names `Bar Oy`.
  const stop = formStart >= 0 ? formStart : end + 1;
  let start = first;
  for (let p = first; p < stop; ) {
    const form = p > start ? legalFormAt(tokens, p, false) : 0;
    if (form > 0 && p + form <= stop) start = p + form;
    p += Math.max(form, 1);
  }
  return start > end ? undefined : { first: start, last: end, formStart: formStart >= start ? formStart : -1 };
}

/** Drops connectors at both ends; undefined when nothing but connectors or the legal form is left. */
function trimSpan(tokens: readonly Token[], span: Span): Span | undefined {
  let { first, last } = span;
  const formEnd = span.formStart >= 0 ? span.last : -1;
  while (first <= last && LEADING_TRIM.has((tokens[first] as Token).key) && isConnector(tokens[first] as Token)) {
    first++;
  }
  while (last > first && last !== formEnd && isConnector(tokens[last] as Token)) last--;
  const body = tokens.slice(first, span.formStart >= first ? span.formStart : last + 1);
  if (!body.some((t) => t.letters > 0 && !isConnector(t))) return undefined;
  return { first, last, formStart: span.formStart >= first ? span.formStart : -1 };
}

function acceptsWeak(tokens: readonly Token[], span: Span): boolean {
  const all = tokens.slice(span.first, span.last + 1).filter((t) => !isConnector(t));
  if (!all.some((t) => t.letters >= 3)) return false;
  if (span.formStart >= 0) return true;
  if (all.length < 2 || !all.every((t) => t.upperInitial)) return false;
  const firstWord = all[0] as Token;
  return !DETERMINERS.has(firstWord.key) && !all.some((t) => GENERIC_WORDS.has(t.key));
}

function nameOf(text: string, tokens: readonly Token[], span: Span): string {
  const first = tokens[span.first] as Token;
  const last = tokens[span.last] as Token;
  const ending = CASE_ENDING.exec(text.slice(last.start, last.end));
  let end = ending !== null ? last.end - ending[0].length : span.formStart >= 0 ? last.dotEnd : last.end;
  const name = text.slice(first.start, end);
  // A closing bracket kept only when the name opens one (`Foo (Deutschland) GmbH`).
  if (name.endsWith(")") && !name.includes("(")) end--;
  return text.slice(first.start, end).trim();
}

/**
 * A quick test that `text` may name a party: some marker's first word stands in it as a word of its own (case and
 * accents aside). False means {@link extractNamedParties} finds nothing, so a caller reading many remittances can
 * skip the full reading; true promises nothing.
 */
export function mayNameParties(text: string): boolean {
  const folded = isAscii(text) ? text.toLowerCase() : text.normalize("NFC").toLowerCase();
  return MARKER_WORD.test(folded);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/** Any marker's first word, between characters that are neither letters nor digits (or the ends of the text). */
const MARKER_WORD = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${[...MARKERS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .join("|")})(?=$|[^\\p{L}\\p{N}])`,
  "u",
);

/**
 * Reads the names of the parties a payment is made for from remittance text: the customer a factoring company,
 * a group treasury, a payment service provider or an accounting hub pays for (`on behalf of Larsen Rør ASA`).
 *
 * @remarks
 * A name follows a marker (`on behalf of`, `obo`, `for account of`, `im Auftrag von`, `i.A.`, `zugunsten`,
 * `namens`, `pour le compte de`, `au nom de`, `por cuenta de`, `en nombre de`, `por conta de`, `em nome de`,
 * `per conto di`, `a nome di`, `ten behoeve van`, `t.b.v.`, `på vegne av`, `på vägnar av`, `w imieniu`,
 * `na rzecz`, ...) or, for the Finnish `puolesta` and `lukuun`, comes before it. Markers match whole words, in any
 * case; a final `de`/`di` also matches `du`, `del`, `da`, `della`, `d'` and their relatives.
 *
 * The name is cut at the end of the text; at a following marker or keyword (`Invoice`, `Rechnung`, `Facture`,
 * `Lasku`, `Ref`, `Payment ref`, `Ausgleich`, `Tak`, `Merci`, currency codes...); at a token with a digit (a
 * reference, amount or date) or other symbols; at a bank tag (`SVWZ+`, `EREF+`) or SWIFT code (`/INV/`); at a control
 * character; at `;`, `:`, `!`, `?` or a comma (unless a legal form follows: `Foo, Inc.`); before a lower-case word
 * after a capitalised one (`... International with thanks`), connectors such as `de`, `van`, `und` excepted; after a
 * legal form (GmbH, AG, Ltd, S.A., B.V., AS, ASA, A/S, Inc., Co., Ltd, Oy, AB, Sp. z o.o., S.p.A., K.K., GmbH &
 * Co. KG... multi-token forms are kept whole); or after eight words.
 *
 * Names after weak markers (`for`, `re`, `für`, `pour`, `per`, `voor`, `para`, `för`, `za`, `paid for`, `payment for`)
 * must have a word of three or more letters and either end with a legal form or be two or more capitalised words
 * that do not start with a determiner and contain no generic word (`services`, `delivery`, month names...), so
 * `for 3 invoices`, `re payment` and `PAYMENT FOR SERVICES RENDERED` yield nothing. Names after strong markers need
 * only a letter.
 *
 * Runs in time linear in the length of the text (no backtracking regular expression); never throws for a string.
 * Names contain no digits. The same (name, marker) pair is reported once, in text order.
 *
 * @param text - The remittance text, of any length and content.
 * @returns The named parties in the order their markers appear; empty when there is none.
 * @throws `ValidationError` (`VALIDATION_FAILED`, issue `INVALID_TYPE` or `REQUIRED` at path `[]`) when `text` is
 *   not a string; never for a string.
 * @example
 * ```ts
 * import { extractNamedParties } from "@o2c/cash-application";
 *
 * const text = "Invoice RE26-905 on behalf of Larsen Rør ASA Payment ref 596452";
 * extractNamedParties(text) //=> [{ name: "Larsen Rør ASA", marker: "on behalf of", strength: "strong" }]
 * extractNamedParties("096518 IM AUFTRAG VON KOCH & SCHOLZ GMBH")[0]?.name //=> "KOCH & SCHOLZ GMBH"
 * extractNamedParties("Lasku 2026-17 Virtanen Oy:n puolesta")[0]?.name //=> "Virtanen Oy"
 * extractNamedParties("payment for 3 invoices") //=> []
 * ```
 * @since 0.1.0
 */
export function extractNamedParties(text: string): NamedParty[] {
  if (typeof text !== "string") parseWith(z.string(), text);
  const tokens = tokenize(text);
  const covered: boolean[] = new Array<boolean>(tokens.length).fill(false);
  const found: { readonly marker: Marker; readonly index: number }[] = [];
  for (let i = 0; i < tokens.length; ) {
    const marker = markerAt(tokens, i);
    if (marker === undefined) {
      i++;
      continue;
    }
    found.push({ marker, index: i });
    for (let k = 0; k < marker.words.length; k++) covered[i + k] = true;
    i += marker.words.length;
  }
  const parties: NamedParty[] = [];
  const seen = new Set<string>();
  for (const { marker, index } of found) {
    const read = marker.postfix
      ? readBefore(tokens, index, covered)
      : readAfter(tokens, index + marker.words.length, covered);
    const span = read === undefined ? undefined : trimSpan(tokens, read);
    if (span === undefined || (marker.strength === "weak" && !acceptsWeak(tokens, span))) continue;
    const name = nameOf(text, tokens, span);
    const id = `${marker.text}\u0000${name}`;
    if (name.length === 0 || seen.has(id)) continue;
    seen.add(id);
    parties.push({ name, marker: marker.text, strength: marker.strength });
  }
  return parties;
}
