import { invoicingError } from "../errors.js";
import { mod97 } from "../internal/mod97.js";

/**
 * Builds an ISO 11649 structured creditor reference (`RF` + two check digits + up to 21 letters and digits) from an
 * invoice number, so a bank transfer carries a reference that cash application can read back without ambiguity.
 * @remarks
 * Characters other than letters and digits are dropped and letters upper-cased (`INV-2026-000123` becomes
 * `INV2026000123`); the check digits are `98 − (reference + "RF00" as digits, letters A=10..Z=35) mod 97`.
 * @param invoiceNumber - The invoice number.
 * @returns The reference, for example `RF45INV2026000123`.
 * @throws `O2CError` `INVALID_CREDITOR_REFERENCE` when nothing alphanumeric remains or more than 21 characters do.
 * @example
 * ```ts
 * import { createCreditorReference, isValidCreditorReference } from "@o2c/invoicing";
 * createCreditorReference("539007547034") //=> "RF18539007547034"
 * isValidCreditorReference(createCreditorReference("INV-2026-000123")) //=> true
 * ```
 * @since 0.1.0
 */
export function createCreditorReference(invoiceNumber: string): string {
  const body = invoiceNumber.toUpperCase().replace(/[^A-Z0-9]/g, "");
  if (body.length === 0 || body.length > 21) {
    throw invoicingError(
      "INVALID_CREDITOR_REFERENCE",
      `A creditor reference needs 1 to 21 letters or digits, "${invoiceNumber}" has ${body.length}`,
      { path: ["number"] },
    );
  }
  const check = 98 - mod97(`${body}RF00`);
  return `RF${String(check).padStart(2, "0")}${body}`;
}

/**
 * Whether a string is a valid ISO 11649 creditor reference (spaces allowed, as printed in groups of four).
 * @param reference - The reference.
 * @returns `true` when its shape and check digits are right.
 * @example
 * ```ts
 * import { isValidCreditorReference } from "@o2c/invoicing";
 * isValidCreditorReference("RF18 5390 0754 7034") //=> true
 * isValidCreditorReference("RF19 5390 0754 7034") //=> false
 * ```
 * @since 0.1.0
 */
export function isValidCreditorReference(reference: string): boolean {
  const compact = reference.replace(/\s+/g, "").toUpperCase();
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(compact)) return false;
  return mod97(`${compact.slice(4)}${compact.slice(0, 4)}`) === 1;
}
