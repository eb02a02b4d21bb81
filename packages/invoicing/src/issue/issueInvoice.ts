import {
  BusinessDate,
  type Clock,
  createDomainEvent,
  type FxRates,
  type IdGenerator,
  isO2CError,
  type Store,
} from "@o2c/core";
import { checkEn16931 } from "../en16931/rules/checkEn16931.js";
import { invoicingError } from "../errors.js";
import { captureFx } from "../fx/captureFx.js";
import { deepFreeze } from "../internal/freeze.js";
import { type InvoiceJSON, toInvoiceJSON } from "../json/toInvoiceJSON.js";
import type { Invoice, InvoiceKind } from "../model/Invoice.js";
import { createCreditorReference } from "../reference/createCreditorReference.js";
import { computeInvoiceTotals } from "../tax/computeInvoiceTotals.js";
import { computePaymentSchedule } from "../terms/computePaymentSchedule.js";
import { toEn16931 } from "../toEn16931.js";
import { assertIssuable } from "./assertIssuable.js";
import { DEFAULT_NUMBER_FORMAT, formatInvoiceNumber } from "./formatInvoiceNumber.js";
import type { InvoiceRuleCheck } from "./InvoiceRuleCheck.js";

/**
 * The store collection issued invoices, credit notes and debit notes are kept in (as {@link InvoiceJSON}).
 * @since 0.1.0
 */
export const INVOICES_COLLECTION = "invoices";

/**
 * Options of {@link issueInvoice}.
 * @since 0.1.0
 */
export interface IssueInvoiceOptions {
  /** The issue date (BT-2), `YYYY-MM-DD` or a `BusinessDate`. */
  readonly issueDate: BusinessDate | string;
  /** Company code: one numbering series per company, document type and year. */
  readonly company: string;
  /** Clock for the event's time. */
  readonly clock: Clock;
  /** Id generator for the event's id. */
  readonly ids: IdGenerator;
  /** Number template, {@link DEFAULT_NUMBER_FORMAT} when omitted. */
  readonly numberFormat?: string | undefined;
  /** Prefix per document type; `INV`, `CN` and `DN` by default. */
  readonly prefixes?: Partial<Readonly<Record<InvoiceKind, string>>> | undefined;
  /** The company's functional currency; with `fxRates`, the rate is captured when it differs from the invoice's. */
  readonly functionalCurrency?: string | undefined;
  /** FX source, needed when `functionalCurrency` differs from the invoice currency. */
  readonly fxRates?: FxRates | undefined;
  /** Whether the invoice must carry the party data an e-invoice needs (default `true`). */
  readonly eInvoice?: boolean | undefined;
  /**
   * Business-rule check run on the numbered invoice before it is stored. By default, e-invoices (see `eInvoice`)
   * are checked against EN 16931 ({@link checkEn16931} over {@link toEn16931}); other invoices are not checked.
   */
  readonly rules?: InvoiceRuleCheck | undefined;
}

const DEFAULT_PREFIXES: Readonly<Record<InvoiceKind, string>> = {
  invoice: "INV",
  "credit-note": "CN",
  "debit-note": "DN",
};

/**
 * Issues a draft: recomputes its totals, computes its payment schedule, captures the FX rate, then in **one**
 * store transaction takes the next number of its series, runs the business rules, stores the issued document and
 * appends an `invoice.issued` event to the outbox. All of it commits, or none of it.
 * @remarks
 * The series is `company/kind/year` (sequence `invoice-number:<series>`), so numbers are gapless per company,
 * document type and year: a failed issue (bad data, a rule violation, a store fault) rolls its sequence value back,
 * and the in-memory and PostgreSQL stores serialise concurrent issuers. E-invoices are checked against the EN 16931
 * business rules on the numbered document, inside the transaction, so an invalid invoice is never issued. Issued documents get an ISO 11649 creditor
 * reference built from their number. The result is frozen; the stored copy is {@link toInvoiceJSON} of it.
 * @param store - The store.
 * @param draft - The draft (from {@link invoiceOrder}, {@link invoiceShipments}, {@link createCreditNote}...).
 * @param options - Date, company, ports and numbering.
 * @returns The issued document.
 * @throws `O2CError` `INVOICE_ALREADY_ISSUED` when the document is not a draft or its id is stored already;
 * `CURRENCY_MISMATCH` (with the path) for an amount in another currency; `FX_RATE_MISSING`;
 * `INVOICE_RULES_FAILED` (details `violations`) when the rule check finds a fatal violation; `STORE_UNAVAILABLE`
 * from the store. `ValidationError` for missing e-invoice party data (`REQUIRED`, `SELLER_VAT_ID_REQUIRED`,
 * `BUYER_VAT_ID_REQUIRED`) or a bad date.
 * @example
 * ```ts
 * import { createFixedClock, createInMemoryStore, createSequentialIdGenerator } from "@o2c/core";
 * import { invoiceOrder, issueInvoice } from "@o2c/invoicing";
 * const address = { line1: "Hauptstr. 1", city: "Berlin", postalCode: "10115", country: "DE" };
 * const draft = invoiceOrder({
 *   draftId: "inv_1",
 *   seller: { name: "Acme GmbH", vatId: "DE123456789", address },
 *   buyer: { name: "Globex AG", address },
 *   terms: { due: { type: "net", days: 30 }, discount: { percent: "2", days: 10 } },
 *   order: { id: "o1", customerId: "c1", currency: "EUR", lines: [{ id: "l1", sku: "S", description: "Service", quantity: "1",
 *     unitPrice: { amount: "1000.00", currency: "EUR" }, net: { amount: "1000.00", currency: "EUR" }, taxCategory: "S", taxRatePercent: "19" }] },
 * });
 * const store = createInMemoryStore();
 * const issued = await issueInvoice(store, draft, {
 *   issueDate: "2026-10-14", company: "ACME", clock: createFixedClock("2026-10-14T09:00:00Z"), ids: createSequentialIdGenerator(),
 * });
 * issued.number //=> "INV-2026-000001"
 * issued.schedule?.dueDate.toString() //=> "2026-11-13"
 * issued.creditorReference //=> "RF94INV2026000001"
 * ```
 * @since 0.1.0
 */
export async function issueInvoice(store: Store, draft: Invoice, options: IssueInvoiceOptions): Promise<Invoice> {
  assertIssuable(draft, options.eInvoice ?? true);
  const issueDate =
    typeof options.issueDate === "string" ? BusinessDate.parse(options.issueDate, ["issueDate"]) : options.issueDate;
  const { taxBreakdown, totals } = computeInvoiceTotals({
    currency: draft.currency,
    lines: draft.lines,
    allowanceCharges: draft.allowanceCharges,
    prepaid: draft.totals.prepaid,
    rounding: draft.totals.rounding,
  });
  const schedule =
    draft.terms === undefined ? undefined : computePaymentSchedule(draft.terms, issueDate, totals.payable);
  const fx =
    options.functionalCurrency === undefined || options.functionalCurrency === draft.currency
      ? undefined
      : await captureFx({
          fxRates: requireFx(options.fxRates),
          totals,
          functionalCurrency: options.functionalCurrency,
          date: issueDate,
        });
  const prefix = options.prefixes?.[draft.kind] ?? DEFAULT_PREFIXES[draft.kind];
  const series = `${options.company}/${draft.kind}/${issueDate.year}`;
  const template = options.numberFormat ?? DEFAULT_NUMBER_FORMAT;
  // Fail on a bad template before the transaction takes a number.
  formatInvoiceNumber(template, { prefix, year: issueDate.year, company: options.company, sequence: 1 });

  const rules: InvoiceRuleCheck =
    options.rules ?? ((options.eInvoice ?? true) ? (invoice) => checkEn16931(toEn16931(invoice)) : () => []);

  return store.transaction(async (tx) => {
    const repository = tx.repository<InvoiceJSON>(INVOICES_COLLECTION);
    const existing = await repository.get(draft.id);
    if (existing !== undefined && existing.value.status !== "draft") {
      throw invoicingError("INVOICE_ALREADY_ISSUED", `Invoice ${existing.value.number} is already issued`, {
        details: { state: existing.value.status, number: existing.value.number },
      });
    }
    const sequence = await tx.nextSequenceValue(`invoice-number:${series}`);
    const number = formatInvoiceNumber(template, { prefix, year: issueDate.year, company: options.company, sequence });
    const issued = deepFreeze<Invoice>({
      ...draft,
      status: "issued",
      number,
      series,
      issueDate,
      taxBreakdown,
      totals,
      ...(schedule === undefined ? {} : { schedule }),
      ...(fx === undefined ? {} : { fx }),
      ...(draft.kind === "credit-note" ? {} : { creditorReference: createCreditorReference(number) }),
    });
    const violations = rules(issued);
    const fatal = violations.filter((v) => v.flag === "fatal");
    if (fatal.length > 0) {
      throw invoicingError(
        "INVOICE_RULES_FAILED",
        `Invoice ${draft.id} breaks ${fatal.length} business rule(s): ${fatal.map((v) => v.id).join(", ")}`,
        { details: { violations: fatal } },
      );
    }
    const json = toInvoiceJSON(issued);
    try {
      if (existing === undefined) await repository.insert(draft.id, json);
      else await repository.update(draft.id, json, existing.version);
    } catch (error) {
      if (isO2CError(error, "STORE_DUPLICATE") || isO2CError(error, "STORE_CONFLICT")) {
        throw invoicingError("INVOICE_ALREADY_ISSUED", `Invoice ${draft.id} was issued concurrently`, { cause: error });
      }
      throw error;
    }
    await tx.appendEvents([
      createDomainEvent(
        {
          type: "invoice.issued",
          aggregateType: "invoice",
          aggregateId: draft.id,
          payload: {
            number,
            series,
            kind: draft.kind,
            customerId: draft.customerId,
            issueDate: issueDate.toString(),
            dueDate: schedule?.dueDate.toString(),
            payable: totals.payable.toJSON(),
            creditorReference: issued.creditorReference,
          },
        },
        { clock: options.clock, ids: options.ids },
      ),
    ]);
    return issued;
  });
}

function requireFx(fxRates: FxRates | undefined): FxRates {
  if (fxRates === undefined) {
    throw invoicingError(
      "FX_RATE_MISSING",
      "functionalCurrency differs from the invoice currency but no fxRates port was given",
      {
        path: ["fxRates"],
      },
    );
  }
  return fxRates;
}
