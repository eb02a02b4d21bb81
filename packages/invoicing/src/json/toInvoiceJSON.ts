import type { BusinessDate, Money, MoneyJSON } from "@o2c/core";
import type { Invoice } from "../model/Invoice.js";

/**
 * The wire form of a domain type: every `Money` becomes `{ amount, currency }` and every
 * `BusinessDate` a `YYYY-MM-DD` string.
 * @typeParam T - The domain type.
 * @since 0.1.0
 */
export type Jsonify<T> = T extends Money
  ? MoneyJSON
  : T extends BusinessDate
    ? string
    : T extends readonly (infer U)[]
      ? readonly Jsonify<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Jsonify<T[K]> }
        : T;

/**
 * The wire and storage form of an {@link Invoice}: plain JSON, amounts as decimal strings.
 * @since 0.1.0
 */
export type InvoiceJSON = Jsonify<Invoice>;

/**
 * The plain-JSON form of an invoice, as it is stored and sent: amounts as `{ amount, currency }` decimal strings,
 * dates as `YYYY-MM-DD`.
 * @param invoice - The invoice.
 * @returns Plain JSON (no class instances), safe to store.
 * @since 0.1.0
 */
export function toInvoiceJSON(invoice: Invoice): InvoiceJSON {
  return JSON.parse(JSON.stringify(invoice)) as InvoiceJSON;
}
