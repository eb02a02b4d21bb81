import { Money, O2CDecimal } from "@o2c/core";
import type { Decimal } from "decimal.js";
import { invoicingError } from "../errors.js";
import { qty } from "../internal/decimalQuantity.js";
import { deepFreeze } from "../internal/freeze.js";
import { proRata } from "../internal/proRata.js";
import { createInvoiceLine } from "../model/createInvoiceLine.js";
import type { Invoice } from "../model/Invoice.js";
import type { InvoiceLine } from "../model/InvoiceLine.js";
import { computeInvoiceTotals } from "../tax/computeInvoiceTotals.js";
import { assertCorrectable, precedingReference } from "./assertCorrectable.js";

/**
 * A quantity of one line of the credited invoice.
 * @since 0.1.0
 */
export interface CreditNoteLine {
  /** Id of the invoice line (BT-126). */
  readonly lineId: string;
  /** Quantity to credit, a positive decimal string. */
  readonly quantity: string;
}

/**
 * What {@link createCreditNote} takes.
 * @since 0.1.0
 */
export interface CreditNoteRequest {
  /** Id of the credit note draft. */
  readonly draftId: string;
  /** Lines of the original to credit, by line id and quantity; omitted: everything not credited yet (a full credit). */
  readonly lines?: readonly CreditNoteLine[] | undefined;
  /** Credit notes already issued against the original (others are ignored). */
  readonly previousCredits?: readonly Invoice[] | undefined;
  /** Why, printed as the note (BT-22). */
  readonly reason?: string | undefined;
}

/**
 * Builds a draft credit note for an issued invoice: in full, or for some quantities of its lines, each credit line
 * referencing the original line.
 * @remarks
 * Amounts on a credit note are positive (UNCL1001 381). A credited line's net is the original line's net pro rata
 * to the quantity, rounded half up on the cumulative quantity, so crediting a line in parts credits exactly its net
 * in the end. Document-level allowances and charges are credited with a full credit only. Together with
 * `previousCredits`, a credit never exceeds the original: neither per line (quantity and net) nor in total (BT-115).
 * @param original - The issued invoice.
 * @param request - What to credit.
 * @returns A frozen credit note draft, to be issued with {@link issueInvoice}.
 * @throws `O2CError` `INVOICE_NOT_ISSUED` for a draft or a non-invoice; `UNKNOWN_INVOICE_LINE`;
 * `CREDIT_NOTE_EXCEEDS_INVOICE` (path `["lines", i, "quantity"]`, or `[]` for the total) when crediting more than
 * is left; `NOTHING_TO_INVOICE` when nothing is left to credit.
 * @since 0.1.0
 */
export function createCreditNote(original: Invoice, request: CreditNoteRequest): Invoice {
  assertCorrectable(original);
  const previous = (request.previousCredits ?? []).filter(
    (c) => c.kind === "credit-note" && c.references.precedingInvoice?.id === original.id,
  );
  const creditedBefore = creditedQuantities(previous);
  const wanted =
    request.lines === undefined
      ? remainingQuantities(original, creditedBefore)
      : requestedQuantities(original, request.lines, creditedBefore);
  if (wanted.length === 0) {
    throw invoicingError("NOTHING_TO_INVOICE", `Invoice ${original.number} is credited in full already`, { path: [] });
  }
  const lines = wanted.map(({ line, quantity }, i) => {
    const before = creditedBefore.get(line.id) ?? new O2CDecimal(0);
    const net = proRata(line.net, line.quantity, before.plus(quantity)).subtract(
      proRata(line.net, line.quantity, before),
    );
    const gross = line.unitPrice.multiply(quantity, "halfUp");
    const difference = gross.subtract(net);
    return createInvoiceLine({
      id: String(i + 1),
      sku: line.sku,
      description: line.description,
      quantity: quantity.toFixed(),
      unitCode: line.unitCode,
      unitPrice: line.unitPrice,
      taxCategory: line.taxCategory,
      taxRatePercent: line.taxRatePercent,
      exemptionReason: line.exemptionReason,
      exemptionReasonCode: line.exemptionReasonCode,
      allowanceCharges: difference.isZero()
        ? []
        : difference.isPositive()
          ? [{ kind: "allowance", amount: difference, reason: "Discount", reasonCode: "95" }]
          : [{ kind: "charge", amount: difference.negate(), reason: "Price adjustment", reasonCode: "ZZZ" }],
      source: { ...line.source, correctedLineId: line.id },
    });
  });
  const allowanceCharges = request.lines === undefined && previous.length === 0 ? original.allowanceCharges : [];
  const { taxBreakdown, totals } = computeInvoiceTotals({ currency: original.currency, lines, allowanceCharges });
  const creditedTotal = Money.sum(
    previous.map((c) => c.totals.payable),
    original.currency,
  ).add(totals.payable);
  if (creditedTotal.greaterThan(original.totals.payable)) {
    throw invoicingError(
      "CREDIT_NOTE_EXCEEDS_INVOICE",
      `Credits would total ${creditedTotal}, more than the invoice's ${original.totals.payable}`,
      { path: [], details: { credited: creditedTotal.toString(), invoiced: original.totals.payable.toString() } },
    );
  }
  return deepFreeze<Invoice>({
    id: request.draftId,
    kind: "credit-note",
    status: "draft",
    currency: original.currency,
    customerId: original.customerId,
    seller: original.seller,
    buyer: original.buyer,
    lines,
    allowanceCharges,
    taxBreakdown,
    totals,
    ...(original.paymentAccount === undefined ? {} : { paymentAccount: original.paymentAccount }),
    references: {
      orderIds: original.references.orderIds,
      shipmentIds: original.references.shipmentIds,
      ...(original.references.buyerReference === undefined
        ? {}
        : { buyerReference: original.references.buyerReference }),
      precedingInvoice: precedingReference(original),
    },
    paidAmount: Money.zero(original.currency),
    ...(request.reason === undefined ? {} : { note: request.reason }),
  });
}

type Wanted = { line: InvoiceLine; quantity: Decimal }[];

/** Quantities credited before, per original line id. */
function creditedQuantities(previous: readonly Invoice[]): Map<string, Decimal> {
  const credited = new Map<string, Decimal>();
  for (const note of previous) {
    for (const line of note.lines) {
      const id = line.source.correctedLineId;
      if (id !== undefined) credited.set(id, (credited.get(id) ?? new O2CDecimal(0)).plus(qty(line.quantity)));
    }
  }
  return credited;
}

/** Everything not credited yet. */
function remainingQuantities(original: Invoice, creditedBefore: ReadonlyMap<string, Decimal>): Wanted {
  const wanted: Wanted = [];
  for (const line of original.lines) {
    const left = qty(line.quantity).minus(creditedBefore.get(line.id) ?? new O2CDecimal(0));
    if (left.isPositive() && !left.isZero()) wanted.push({ line, quantity: left });
  }
  return wanted;
}

/** The requested quantities, each checked against what is left of its line. */
function requestedQuantities(
  original: Invoice,
  requested: readonly CreditNoteLine[],
  creditedBefore: ReadonlyMap<string, Decimal>,
): Wanted {
  const zero = new O2CDecimal(0);
  const asked = new Map<string, Decimal>();
  requested.forEach((entry, i) => {
    const line = original.lines.find((l) => l.id === entry.lineId);
    if (line === undefined) {
      throw invoicingError("UNKNOWN_INVOICE_LINE", `Invoice ${original.number} has no line ${entry.lineId}`, {
        path: ["lines", i, "lineId"],
      });
    }
    if (!/^\d+(?:\.\d+)?$/.test(entry.quantity) || !qty(entry.quantity).greaterThan(zero)) {
      throw invoicingError("INVALID_QUANTITY", `Expected a positive decimal quantity, got ${entry.quantity}`, {
        path: ["lines", i, "quantity"],
      });
    }
    const total = (asked.get(line.id) ?? zero).plus(qty(entry.quantity));
    const left = qty(line.quantity).minus(creditedBefore.get(line.id) ?? zero);
    if (total.greaterThan(left)) {
      throw invoicingError(
        "CREDIT_NOTE_EXCEEDS_INVOICE",
        `Line ${line.id}: cannot credit ${total.toFixed()}, only ${left.toFixed()} of ${line.quantity} is left`,
        {
          path: ["lines", i, "quantity"],
          details: { lineId: line.id, requested: total.toFixed(), left: left.toFixed() },
        },
      );
    }
    asked.set(line.id, total);
  });
  return original.lines.flatMap((line) => {
    const quantity = asked.get(line.id);
    return quantity === undefined ? [] : [{ line, quantity }];
  });
}
