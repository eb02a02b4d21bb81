import { luhnCheckDigit } from "./checkDigits.js";

/**
 * Document-number schemes (deliberately unlike the format's own examples) and the forms a number takes when
 * people retype it. Several schemes co-exist in one data set.
 */

export type TokenKind = "letters" | "year" | "seq" | "check" | "fixed";

export interface NumberToken {
  text: string;
  kind: TokenKind;
}

/** A printed number split into tokens; `separators[i]` stands between token i and i + 1. */
export interface DocumentNumber {
  id: string;
  tokens: readonly NumberToken[];
  separators: readonly string[];
}

export interface NumberScheme {
  name: string;
  /** Sequence numbers restart every year (the year is part of the number). */
  yearly: boolean;
  /** First sequence number of a non-yearly scheme. */
  start: number;
  build(seq: number, year: number, param: string): DocumentNumber;
}

function doc(parts: readonly (readonly [string, TokenKind])[], separators: readonly string[]): DocumentNumber {
  const tokens = parts.map(([text, kind]) => ({ text, kind }));
  let id = "";
  tokens.forEach((token, i) => {
    id += (i > 0 ? (separators[i - 1] ?? "") : "") + token.text;
  });
  return { id, tokens, separators };
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const yy = (year: number) => pad(year % 100, 2);

/** Invoice-number schemes of the creditor's billing entities and ERP generations. */
export const INVOICE_SCHEMES: readonly NumberScheme[] = [
  {
    name: "FV/yyyy/nnnnnn",
    yearly: true,
    start: 1,
    build: (seq, year) =>
      doc(
        [
          ["FV", "letters"],
          [String(year), "year"],
          [pad(seq, 6), "seq"],
        ],
        ["/", "/"],
      ),
  },
  {
    name: "F-yy-nnnnn",
    yearly: true,
    start: 1,
    build: (seq, year) =>
      doc(
        [
          ["F", "letters"],
          [yy(year), "year"],
          [pad(seq, 5), "seq"],
        ],
        ["-", "-"],
      ),
  },
  {
    name: "yyyy-INV-nnnn",
    yearly: true,
    start: 1000,
    build: (seq, year) =>
      doc(
        [
          [String(year), "year"],
          ["INV", "letters"],
          [pad(seq, 4), "seq"],
        ],
        ["-", "-"],
      ),
  },
  {
    name: "SIyynnnnnn",
    yearly: true,
    start: 1,
    build: (seq, year) =>
      doc(
        [
          ["SI", "letters"],
          [yy(year), "year"],
          [pad(seq, 6), "seq"],
        ],
        ["", ""],
      ),
  },
  {
    name: "ARnnnnnnnnn",
    yearly: false,
    start: 100_040_000,
    build: (seq) =>
      doc(
        [
          ["AR", "letters"],
          [pad(seq, 9), "seq"],
        ],
        [""],
      ),
  },
  {
    name: "INV/yy/nnnn",
    yearly: true,
    start: 1,
    build: (seq, year) =>
      doc(
        [
          ["INV", "letters"],
          [yy(year), "year"],
          [pad(seq, 4), "seq"],
        ],
        ["/", "/"],
      ),
  },
  {
    name: "7nnnnnnn",
    yearly: false,
    start: 71_000_000,
    build: (seq) => doc([[String(seq), "seq"]], []),
  },
  {
    name: "luhn10",
    yearly: false,
    start: 300_100_000,
    build: (seq) => {
      const body = pad(seq, 9);
      return doc(
        [
          [body, "seq"],
          [luhnCheckDigit(body), "check"],
        ],
        [""],
      );
    },
  },
  {
    name: "FAyy-nnnnn",
    yearly: true,
    start: 1,
    build: (seq, year) =>
      doc(
        [
          ["FA", "letters"],
          [yy(year), "year"],
          [pad(seq, 5), "seq"],
        ],
        ["", "-"],
      ),
  },
];

/** Credit-note schemes. */
export const CREDIT_NOTE_SCHEMES: readonly NumberScheme[] = [
  {
    name: "CN-yyyy-nnnn",
    yearly: true,
    start: 1,
    build: (seq, year) =>
      doc(
        [
          ["CN", "letters"],
          [String(year), "year"],
          [pad(seq, 4), "seq"],
        ],
        ["-", "-"],
      ),
  },
  {
    name: "GSyynnnnnn",
    yearly: true,
    start: 1,
    build: (seq, year) =>
      doc(
        [
          ["GS", "letters"],
          [yy(year), "year"],
          [pad(seq, 6), "seq"],
        ],
        ["", ""],
      ),
  },
  {
    name: "NC/yyyy/nnnn",
    yearly: true,
    start: 1,
    build: (seq, year) =>
      doc(
        [
          ["NC", "letters"],
          [String(year), "year"],
          [pad(seq, 4), "seq"],
        ],
        ["/", "/"],
      ),
  },
  {
    name: "FK/yyyy/nnnnn",
    yearly: true,
    start: 1,
    build: (seq, year) =>
      doc(
        [
          ["FK", "letters"],
          [String(year), "year"],
          [pad(seq, 5), "seq"],
        ],
        ["/", "/"],
      ),
  },
  {
    name: "KR-yy-nnnn",
    yearly: true,
    start: 1,
    build: (seq, year) =>
      doc(
        [
          ["KR", "letters"],
          [yy(year), "year"],
          [pad(seq, 4), "seq"],
        ],
        ["-", "-"],
      ),
  },
];

/** Purchase-order schemes of the customers' own systems; `param` is a customer-specific part. */
export const PO_SCHEMES: readonly NumberScheme[] = [
  {
    name: "PO-dd-nnnn",
    yearly: false,
    start: 1000,
    build: (seq, _year, param) =>
      doc(
        [
          ["PO", "letters"],
          [param, "fixed"],
          [pad(seq % 10_000, 4), "seq"],
        ],
        ["-", "-"],
      ),
  },
  {
    name: "45nnnnnnnn",
    yearly: false,
    start: 4_500_000_000,
    build: (seq) => doc([[String(seq), "seq"]], []),
  },
  {
    name: "BST-yyyy-nnn",
    yearly: true,
    start: 100,
    build: (seq, year) =>
      doc(
        [
          ["BST", "letters"],
          [String(year), "year"],
          [pad(seq, 3), "seq"],
        ],
        ["-", "-"],
      ),
  },
  {
    name: "ZAM/yyyy/nnnn",
    yearly: true,
    start: 1,
    build: (seq, year) =>
      doc(
        [
          ["ZAM", "letters"],
          [String(year), "year"],
          [pad(seq, 4), "seq"],
        ],
        ["/", "/"],
      ),
  },
  {
    name: "OC-yy-nnnn",
    yearly: true,
    start: 1,
    build: (seq, year) =>
      doc(
        [
          ["OC", "letters"],
          [yy(year), "year"],
          [pad(seq, 4), "seq"],
        ],
        ["-", "-"],
      ),
  },
  {
    name: "ORD-nnnnnn",
    yearly: false,
    start: 200_000,
    build: (seq) =>
      doc(
        [
          ["ORD", "letters"],
          [pad(seq, 6), "seq"],
        ],
        ["-"],
      ),
  },
];

const OCR_TO_DIGIT: Readonly<Record<string, string>> = {
  O: "0",
  Q: "0",
  I: "1",
  L: "1",
  S: "5",
  B: "8",
  Z: "2",
  G: "6",
};

/**
 * The key a reference is recognised by whatever its spelling: upper case, letters and digits only, and the
 * letters OCR confuses with digits read as digits. Two numbers with the same key are indistinguishable.
 */
export function referenceKey(text: string): string {
  return text
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "")
    .replace(/[OQILSBZG]/g, (ch) => OCR_TO_DIGIT[ch] ?? ch);
}

function join(
  tokens: readonly NumberToken[],
  separators: readonly string[],
  keep: (t: NumberToken) => boolean,
): string {
  let out = "";
  let previous = -1;
  tokens.forEach((token, i) => {
    if (!keep(token)) return;
    if (previous >= 0) out += separators[i - 1] ?? separators[previous] ?? "";
    out += token.text;
    previous = i;
  });
  return out;
}

const unpadToken = (t: NumberToken): NumberToken =>
  t.kind === "seq" ? { ...t, text: t.text.replace(/^0+(?=\d)/, "") } : t;

/** Retyped forms of a number: without separators, without its letters, without the sequence's leading zeros. */
export function numberForms(number: DocumentNumber): {
  printed: string;
  compact: string;
  noLetters: string;
  unpadded: string;
  noLettersUnpadded: string;
  digits: string;
} {
  const all = () => true;
  const noLetters = (t: NumberToken) => t.kind !== "letters";
  const unpadded = number.tokens.map(unpadToken);
  return {
    printed: number.id,
    compact: number.tokens.map((t) => t.text).join(""),
    noLetters: join(number.tokens, number.separators, noLetters),
    unpadded: join(unpadded, number.separators, all),
    noLettersUnpadded: join(unpadded, number.separators, noLetters),
    digits: number.id.replace(/\D/g, ""),
  };
}

/** Keys under which a number is registered: every retyped form at least five characters long. */
export function registryKeys(number: DocumentNumber): string[] {
  const forms = numberForms(number);
  const keys = [forms.printed, forms.noLetters, forms.unpadded, forms.noLettersUnpadded].map(referenceKey);
  return [...new Set(keys.filter((key) => key.length >= 5))];
}
