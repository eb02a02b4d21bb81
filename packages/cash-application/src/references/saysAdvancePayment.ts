import { foldName, transliterate } from "../normalize/transliterate.js";

/**
 * Words for a payment made before any invoice exists (advance payment, deposit on an order), in the languages of
 * European and international remittance texts, as {@link foldName} of {@link transliterate} spells them.
 */
const ADVANCE_WORDS = new RegExp(
  [
    "pre-?payment",
    "advance payment",
    "payment in advance",
    "down ?payment",
    // A deposit on an order; not `deposit` alone, which also names check, cash and direct deposits.
    "deposit (?:for |on )?(?:po|purchase order|order|ord)",
    "vorauszahlung",
    "vorkasse",
    "anzahlung",
    "acompte",
    "paiement anticipe",
    "anticipo",
    "pago anticipado",
    "acconto",
    "pagamento anticipato",
    "vooruitbetaling",
    "aanbetaling",
    "forskott\\w*",
    "forskud\\w*",
    "forudbetaling",
    "ennakkomaksu",
    "przedplata",
    "zaliczka",
    "zaloha",
    "zalohova platba",
    "adiantamento",
    "pagamento antecipado",
    "avans",
    "pesin odeme",
  ]
    .map((w) => `\\b${w}\\b`)
    .join("|"),
);

/**
 * Whether a remittance text says the payment is made in advance (`Vorauszahlung Bestellung 4711`, `acompte`,
 * `przedpłata`): no open item is its object, so a payer-and-amount guess at one is doubtful.
 *
 * @param remittance - The unstructured remittance text.
 */
export function saysAdvancePayment(remittance: string): boolean {
  if (remittance.length === 0) return false;
  return ADVANCE_WORDS.test(foldName(transliterate(remittance)));
}
