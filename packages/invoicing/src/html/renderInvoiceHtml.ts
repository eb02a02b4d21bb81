import type { Money } from "@o2c/core";
import type { Invoice } from "../model/Invoice.js";
import type { InvoiceParty } from "../model/Party.js";
import type { PaymentSchedule } from "../terms/PaymentTerms.js";
import { escapeHtml as e } from "./escapeHtml.js";
import { INVOICE_CSS } from "./invoiceStyles.js";
import { categoryLabel, unitLabel } from "./unitLabels.js";

/**
 * Options of {@link renderInvoiceHtml}.
 * @since 0.1.0
 */
export interface RenderInvoiceHtmlOptions {
  /** BCP 47 locale for amounts, `en-GB` by default (dates are always ISO 8601). */
  readonly locale?: string | undefined;
}

const TITLES = { invoice: "Invoice", "credit-note": "Credit note", "debit-note": "Debit note" } as const;

/**
 * Renders an invoice, a credit note or a debit note as one self-contained, accessible HTML document: inline CSS,
 * every text escaped, tables with captions and header scopes, `lang` set.
 * @remarks
 * It shows the seller and buyer, the lines with their allowances and charges, document allowances and charges,
 * the VAT breakdown per category and rate with exemption reasons, the totals (BT-106 to BT-115), the payment terms
 * with due dates, instalments and the early-payment discount, the FX rate and functional-currency totals, and the
 * payment instructions with the IBAN and the ISO 11649 creditor reference (grouped by four) that cash application
 * reads back. A credit note names the invoice it credits instead of asking for payment.
 * @param invoice - The document (usually issued).
 * @param options - Locale.
 * @returns The HTML document, UTF-8, starting with `<!doctype html>`.
 * @example
 * ```ts
 * import { invoiceOrder, renderInvoiceHtml } from "@o2c/invoicing";
 * const draft = invoiceOrder({
 *   draftId: "inv_1", seller: { name: "Acme <GmbH>" }, buyer: { name: "Globex" },
 *   order: { id: "o1", customerId: "c1", currency: "EUR", lines: [{ id: "l1", sku: "S", description: "Service", quantity: "1",
 *     unitPrice: { amount: "10.00", currency: "EUR" }, net: { amount: "10.00", currency: "EUR" }, taxCategory: "S", taxRatePercent: "19" }] },
 * });
 * const html = renderInvoiceHtml(draft);
 * html.startsWith("<!doctype html>") //=> true
 * html.includes("Acme &lt;GmbH&gt;") //=> true
 * ```
 * @since 0.1.0
 */
export function renderInvoiceHtml(invoice: Invoice, options: RenderInvoiceHtmlOptions = {}): string {
  const locale = options.locale ?? "en-GB";
  const m = (money: Money) => e(money.format(locale));
  const title = `${TITLES[invoice.kind]} ${invoice.number ?? "(draft)"}`;
  const meta: [string, string][] = [
    ["Number", invoice.number ?? "Draft, not issued"],
    ["Issue date", invoice.issueDate?.toString() ?? "—"],
    ...(invoice.schedule === undefined ? [] : [["Due date", invoice.schedule.dueDate.toString()] as [string, string]]),
    ["Currency", invoice.currency],
    ...(invoice.references.orderIds.length > 0
      ? [["Orders", invoice.references.orderIds.join(", ")] as [string, string]]
      : []),
    ...(invoice.references.shipmentIds.length > 0
      ? [["Shipments", invoice.references.shipmentIds.join(", ")] as [string, string]]
      : []),
    ...(invoice.references.buyerReference === undefined
      ? []
      : [["Your reference", invoice.references.buyerReference] as [string, string]]),
  ];
  const preceding = invoice.references.precedingInvoice;
  const parts = [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    `<style>${INVOICE_CSS}</style>`,
    "</head>",
    "<body>",
    `<main aria-labelledby="doc-title">`,
    "<header>",
    `<div><h1 id="doc-title">${e(title)}</h1>${
      preceding === undefined
        ? ""
        : `<p>${invoice.kind === "credit-note" ? "Credits" : "Adds to"} invoice <strong>${e(preceding.number)}</strong> of ${e(preceding.issueDate.toString())}</p>`
    }</div>`,
    `<dl class="meta">${meta.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join("")}</dl>`,
    "</header>",
    '<section class="parties" aria-label="Parties">',
    party("From", invoice.seller),
    party("Bill to", invoice.buyer),
    "</section>",
    linesTable(invoice, m),
    allowanceTable(invoice, m),
    taxTable(invoice, m),
    totalsTable(invoice, m),
    terms(invoice, m),
    payment(invoice, m),
    invoice.note === undefined ? "" : `<section aria-label="Note"><h2>Note</h2><p>${e(invoice.note)}</p></section>`,
    `<footer>${e(invoice.seller.name)}${invoice.seller.vatId === undefined ? "" : ` · VAT ${e(invoice.seller.vatId)}`}${
      invoice.seller.legalId === undefined ? "" : ` · ${e(invoice.seller.legalId)}`
    }</footer>`,
    "</main>",
    "</body>",
    "</html>",
    "",
  ];
  return parts.filter((p) => p !== "").join("\n");
}

function party(label: string, p: InvoiceParty): string {
  const a = p.address;
  const lines = [
    `<strong>${e(p.name)}</strong>`,
    ...(a === undefined
      ? []
      : [
          e(a.line1),
          ...(a.line2 === undefined ? [] : [e(a.line2)]),
          `${e(a.postalCode)} ${e(a.city)}${a.subdivision === undefined ? "" : `, ${e(a.subdivision)}`}`,
          e(a.country),
        ]),
    ...(p.vatId === undefined ? [] : [`VAT ID: ${e(p.vatId)}`]),
    ...(p.email === undefined ? [] : [e(p.email)]),
  ];
  return `<div><h2>${e(label)}</h2><address>${lines.join("<br>")}</address></div>`;
}

type Fmt = (money: Money) => string;

function linesTable(invoice: Invoice, m: Fmt): string {
  const rows = invoice.lines.map((line) => {
    const adjustments = line.allowanceCharges
      .map((ac) => `<div class="sub">${ac.kind === "allowance" ? "−" : "+"} ${m(ac.amount)} ${e(ac.reason)}</div>`)
      .join("");
    return `<tr><td>${e(line.id)}</td><td>${e(line.description)}<div class="sub">${e(line.sku)}</div>${adjustments}</td><td class="num">${e(line.quantity)} ${e(unitLabel(line.unitCode))}</td><td class="num">${m(line.unitPrice)}</td><td class="num">${e(line.taxCategory)} ${e(line.taxRatePercent)} %</td><td class="num">${m(line.net)}</td></tr>`;
  });
  return `<h2>Lines</h2><table><caption>Invoiced items</caption><thead><tr><th scope="col">#</th><th scope="col">Item</th><th scope="col" class="num">Quantity</th><th scope="col" class="num">Unit price</th><th scope="col" class="num">VAT</th><th scope="col" class="num">Net amount</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function allowanceTable(invoice: Invoice, m: Fmt): string {
  if (invoice.allowanceCharges.length === 0) return "";
  const rows = invoice.allowanceCharges.map(
    (ac) =>
      `<tr><td>${ac.kind === "allowance" ? "Allowance" : "Charge"}</td><td>${e(ac.reason)}</td><td class="num">${e(ac.taxCategory ?? "")} ${e(ac.taxRatePercent ?? "")} %</td><td class="num">${ac.kind === "allowance" ? "−" : ""}${m(ac.amount)}</td></tr>`,
  );
  return `<table><caption>Document allowances and charges</caption><thead><tr><th scope="col">Kind</th><th scope="col">Reason</th><th scope="col" class="num">VAT</th><th scope="col" class="num">Amount</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function taxTable(invoice: Invoice, m: Fmt): string {
  const rows = invoice.taxBreakdown.map(
    (r) =>
      `<tr><td>${e(categoryLabel(r.category))}${r.exemptionReason === undefined ? "" : `<div class="sub">${e(r.exemptionReason)}${r.exemptionReasonCode === undefined ? "" : ` (${e(r.exemptionReasonCode)})`}</div>`}</td><td class="num">${e(r.ratePercent)} %</td><td class="num">${m(r.taxableAmount)}</td><td class="num">${m(r.taxAmount)}</td></tr>`,
  );
  return `<h2>VAT</h2><table><caption>VAT breakdown per category and rate</caption><thead><tr><th scope="col">Category</th><th scope="col" class="num">Rate</th><th scope="col" class="num">Taxable amount</th><th scope="col" class="num">VAT</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function totalsTable(invoice: Invoice, m: Fmt): string {
  const t = invoice.totals;
  const rows: [string, Money, string?][] = [
    ["Sum of line net amounts", t.lineNet],
    ...(t.allowances.isZero() ? [] : [["Allowances", t.allowances] as [string, Money]]),
    ...(t.charges.isZero() ? [] : [["Charges", t.charges] as [string, Money]]),
    ["Total without VAT", t.taxExclusive],
    ["VAT", t.tax],
    ["Total with VAT", t.taxInclusive],
    ...(t.prepaid.isZero() ? [] : [["Paid in advance", t.prepaid] as [string, Money]]),
    ...(t.rounding.isZero() ? [] : [["Rounding", t.rounding] as [string, Money]]),
    [invoice.kind === "credit-note" ? "Amount credited" : "Amount due", t.payable, "payable"],
  ];
  const fx = invoice.fx;
  const fxRows =
    fx === undefined
      ? ""
      : `<tr><th scope="row">Rate ${e(invoice.currency)}/${e(fx.functionalCurrency)} ${e(fx.rate)} (${e(fx.source)}, ${e(fx.rateDate.toString())})</th><td class="num">${m(fx.taxInclusive)}</td></tr>`;
  return `<h2>Totals</h2><table class="totals"><caption>Totals</caption><tbody>${rows
    .map(
      ([k, v, cls]) =>
        `<tr${cls === undefined ? "" : ` class="${cls}"`}><th scope="row">${e(k)}</th><td class="num">${m(v)}</td></tr>`,
    )
    .join("")}${fxRows}</tbody></table>`;
}

function terms(invoice: Invoice, m: Fmt): string {
  const s: PaymentSchedule | undefined = invoice.schedule;
  if (s === undefined && invoice.terms === undefined) return "";
  const out = ['<section aria-label="Payment terms"><h2>Payment terms</h2>'];
  if (invoice.terms?.description !== undefined) out.push(`<p>${e(invoice.terms.description)}</p>`);
  if (s !== undefined) {
    if (s.instalments.length > 1) {
      out.push(
        `<table><caption>Instalments</caption><thead><tr><th scope="col">#</th><th scope="col">Due date</th><th scope="col" class="num">Amount</th><th scope="col">Early payment</th></tr></thead><tbody>${s.instalments
          .map(
            (i) =>
              `<tr><td>${i.sequence}</td><td>${e(i.dueDate.toString())}</td><td class="num">${m(i.amount)}</td><td>${
                i.discount === undefined
                  ? "—"
                  : `${m(i.discount.discountedAmount)} if paid by ${e(i.discount.deadline.toString())}`
              }</td></tr>`,
          )
          .join("")}</tbody></table>`,
      );
    } else {
      out.push(`<p>Please pay <strong>${m(s.total)}</strong> by <strong>${e(s.dueDate.toString())}</strong>.</p>`);
    }
    if (s.discount !== undefined) {
      out.push(
        `<p>Early-payment discount: ${e(s.discount.percent)} % (${m(s.discount.discountAmount)}) if paid by <strong>${e(s.discount.deadline.toString())}</strong>: pay <strong>${m(s.discount.discountedAmount)}</strong>.</p>`,
      );
    }
  }
  out.push("</section>");
  return out.join("");
}

function payment(invoice: Invoice, m: Fmt): string {
  if (invoice.kind === "credit-note") {
    return `<section class="pay" aria-label="Settlement"><h2>Settlement</h2><p>This credit of ${m(invoice.totals.payable)} will be offset against open items or refunded.</p></section>`;
  }
  const account = invoice.paymentAccount;
  if (account === undefined && invoice.creditorReference === undefined) return "";
  const rows: [string, string][] = [
    ...(account === undefined ? [] : [["IBAN", group(account.iban)] as [string, string]]),
    ...(account?.bic === undefined ? [] : [["BIC", account.bic] as [string, string]]),
    ...(account === undefined
      ? []
      : [["Account holder", account.accountName ?? invoice.seller.name] as [string, string]]),
    ...(invoice.creditorReference === undefined
      ? []
      : [["Reference", group(invoice.creditorReference)] as [string, string]]),
  ];
  return `<section class="pay" aria-label="Payment instructions"><h2>Payment instructions</h2><p>Transfer ${m(
    invoice.totals.payable.subtract(invoice.paidAmount),
  )} by credit transfer and quote the reference exactly.</p><dl class="meta">${rows
    .map(([k, v]) => `<dt>${e(k)}</dt><dd${k === "Reference" || k === "IBAN" ? ' class="ref"' : ""}>${e(v)}</dd>`)
    .join("")}</dl></section>`;
}

/** Groups an IBAN or creditor reference in blocks of four, as printed. */
function group(value: string): string {
  return value.replace(/(.{4})(?=.)/g, "$1 ");
}
