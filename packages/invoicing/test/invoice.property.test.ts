import { BusinessDate, isO2CError, Money, O2CDecimal, type TaxCategoryCode } from "@o2c/core";
import {
  type AllowanceCharge,
  computeInvoiceTotals,
  computePaymentSchedule,
  convertMoney,
  createCreditNote,
  createInvoiceLine,
  type Invoice,
  invoiceOrder,
  parseInvoice,
  toInvoiceJSON,
  updateDraft,
} from "@o2c/invoicing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { line, order, parties } from "./fixtures.js";

const currencies = ["EUR", "JPY", "KWD"] as const;
const rates = ["0", "5.5", "7", "10", "19", "20", "21"] as const;
const categories: TaxCategoryCode[] = ["S", "Z", "E", "AE"];

const arbAmount = (exponent: number) =>
  fc.bigInt({ min: 0n, max: 10n ** 9n }).map((minor) => {
    const s = minor.toString().padStart(exponent + 1, "0");
    return exponent === 0 ? s : `${s.slice(0, -exponent)}.${s.slice(-exponent)}`;
  });
const exponentOf = { EUR: 2, JPY: 0, KWD: 3 } as const;

const arbDocument = fc.constantFrom(...currencies).chain((currency) =>
  fc.record({
    currency: fc.constant(currency),
    lines: fc.array(
      fc.record({
        quantity: fc.integer({ min: 1, max: 10_000 }).map((q) => (q % 7 === 0 ? `${q}.5` : String(q))),
        price: arbAmount(exponentOf[currency]),
        category: fc.constantFrom(...categories),
        rate: fc.constantFrom(...rates),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    docs: fc.array(
      fc.record({
        kind: fc.constantFrom("allowance" as const, "charge" as const),
        amount: arbAmount(exponentOf[currency]),
        rate: fc.constantFrom(...rates),
      }),
      { maxLength: 3 },
    ),
  }),
);

// Laws of the invoice domain:
// 1. The totals are the sums of their parts: BT-106 = Σ line nets, BT-109 = 106 − 107 + 108, BT-110 = Σ VAT per
//    rate, BT-112 = 109 + 110, Σ taxable amounts = BT-109; each VAT is taxable × rate rounded half up (≤ ½ minor unit).
// 2. However an order line is split across partial invoices, the invoices add up to its net exactly.
// 3. Credit notes never credit more than the invoice, per line (quantity and net) and in total; crediting the rest
//    credits exactly the invoice.
// 4. Instalments sum to the total, instalment discounts sum to the whole discount, discount + discounted = amount,
//    and no discount deadline is after its instalment's due date.
// 5. A currency conversion is the exact product rounded once: at most half a minor unit away.
// 6. An invoice's JSON form reads back into the same invoice.
describe("properties", () => {
  it("invoice totals equal the sum of lines, allowances, charges and taxes (BR-CO-10..16), and each VAT is the rounded product (BR-CO-17)", () => {
    fc.assert(
      fc.property(arbDocument, ({ currency, lines: specs, docs }) => {
        const lines = specs.map((s, i) =>
          createInvoiceLine({
            id: String(i + 1),
            sku: "X",
            description: "X",
            quantity: s.quantity,
            unitPrice: Money.of(s.price, currency),
            taxCategory: s.category,
            taxRatePercent: s.category === "S" ? s.rate : "0",
          }),
        );
        const allowanceCharges: AllowanceCharge[] = docs.map((d) => ({
          kind: d.kind,
          amount: Money.of(d.amount, currency),
          reason: d.kind,
          taxCategory: "S",
          taxRatePercent: d.rate,
        }));
        const { totals, taxBreakdown } = computeInvoiceTotals({ currency, lines, allowanceCharges });
        const sum = (xs: Money[]) => Money.sum(xs, currency);
        expect(totals.lineNet.equals(sum(lines.map((l) => l.net)))).toBe(true);
        const allowances = sum(allowanceCharges.filter((a) => a.kind === "allowance").map((a) => a.amount));
        const charges = sum(allowanceCharges.filter((a) => a.kind === "charge").map((a) => a.amount));
        expect(totals.allowances.equals(allowances) && totals.charges.equals(charges)).toBe(true);
        expect(totals.taxExclusive.equals(totals.lineNet.subtract(allowances).add(charges))).toBe(true);
        expect(sum(taxBreakdown.map((r) => r.taxableAmount)).equals(totals.taxExclusive)).toBe(true);
        expect(totals.tax.equals(sum(taxBreakdown.map((r) => r.taxAmount)))).toBe(true);
        expect(totals.payable.equals(totals.taxExclusive.add(totals.tax))).toBe(true);
        for (const row of taxBreakdown) {
          const exact = row.taxableAmount.toDecimal().times(row.ratePercent).dividedBy(100);
          const error = row.taxAmount.toDecimal().minus(exact).abs();
          expect(error.lessThanOrEqualTo(new O2CDecimal(10).pow(-row.taxAmount.exponent).dividedBy(2))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("partial invoices of an order line add up to its net exactly, whatever the split", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }),
        fc.bigInt({ min: 1n, max: 10n ** 8n }),
        (parts, netMinor) => {
          const quantity = parts.reduce((a, b) => a + b, 0);
          const net = Money.fromMinor(netMinor, "EUR").toString();
          const o = order({
            lines: [
              {
                ...order().lines[0],
                id: "l1",
                quantity: String(quantity),
                net: { amount: net, currency: "EUR" },
              } as never,
            ],
            charges: [],
          });
          let invoiced: { orderLineId: string; quantity: string }[] = [];
          const nets: Money[] = [];
          for (const part of parts) {
            const draft = invoiceOrder({
              draftId: "d",
              order: o,
              lines: [{ orderLineId: "l1", quantity: String(part) }],
              invoiced,
              ...parties,
            });
            nets.push(draft.lines[0]?.net ?? Money.zero("EUR"));
            invoiced = [...invoiced, { orderLineId: "l1", quantity: String(part) }];
          }
          expect(Money.sum(nets, "EUR").toString()).toBe(net);
        },
      ),
    );
  });

  it("credit notes never exceed what they credit, per line and in total, and crediting everything credits exactly the invoice", () => {
    const base = invoiceOrder({ draftId: "inv", order: order(), ...parties });
    const invoice: Invoice = {
      ...base,
      status: "issued",
      number: "INV-1",
      issueDate: BusinessDate.parse("2026-01-01"),
    };
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ lineId: fc.constantFrom("1", "2"), quantity: fc.integer({ min: 1, max: 6 }).map(String) }),
          { maxLength: 10 },
        ),
        (requests) => {
          const credits: Invoice[] = [];
          for (const r of requests) {
            try {
              credits.push(
                createCreditNote(invoice, { draftId: `c${credits.length}`, lines: [r], previousCredits: credits }),
              );
            } catch (error) {
              expect(isO2CError(error, "CREDIT_NOTE_EXCEEDS_INVOICE")).toBe(true);
            }
          }
          for (const original of invoice.lines) {
            const credited = credits.flatMap((c) => c.lines).filter((l) => l.source.correctedLineId === original.id);
            const q = credited.reduce((a, l) => a.plus(l.quantity), new O2CDecimal(0));
            expect(q.lessThanOrEqualTo(original.quantity)).toBe(true);
            expect(
              Money.sum(
                credited.map((l) => l.net),
                "EUR",
              ).lessThanOrEqual(original.net),
            ).toBe(true);
          }
          const lineNets = Money.sum(
            credits.map((c) => c.totals.lineNet),
            "EUR",
          );
          expect(lineNets.lessThanOrEqual(invoice.totals.lineNet)).toBe(true);
          // Credit the rest line by line: the credited line nets then equal the invoice's exactly.
          let all = credits;
          try {
            all = [...credits, createCreditNote(invoice, { draftId: "rest", previousCredits: credits })];
          } catch (error) {
            expect(isO2CError(error, "NOTHING_TO_INVOICE")).toBe(true);
          }
          expect(
            Money.sum(
              all.map((c) => c.totals.lineNet),
              "EUR",
            ).equals(invoice.totals.lineNet),
          ).toBe(true);
        },
      ),
    );
  });

  it("instalments and discounts conserve money: shares sum to the total, discounts to the whole discount, discount + discounted = amount", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...currencies),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 }).filter((s) => s.some((x) => x > 0)),
        fc.constantFrom("0", "1.5", "2", "3", "33.333"),
        (currency, minor, shares, percent) => {
          const total = Money.fromMinor(minor, currency);
          const schedule = computePaymentSchedule(
            {
              due: { type: "net", days: 90 },
              discount: { percent, days: 10 },
              instalments: shares.map((s, i) => ({ share: String(s), due: { type: "net", days: 30 * (i + 1) } })),
            },
            BusinessDate.parse("2026-01-15"),
            total,
          );
          expect(
            Money.sum(
              schedule.instalments.map((i) => i.amount),
              currency,
            ).equals(total),
          ).toBe(true);
          const discounts = schedule.instalments.map((i) => i.discount?.discountAmount ?? Money.zero(currency));
          expect(Money.sum(discounts, currency).equals(schedule.discount?.discountAmount ?? Money.zero(currency))).toBe(
            true,
          );
          for (const i of schedule.instalments) {
            expect(i.discount?.discountAmount.add(i.discount.discountedAmount).equals(i.amount)).toBe(true);
            expect(i.discount?.deadline.isAfter(i.dueDate)).toBe(false);
          }
        },
      ),
    );
  });

  it("an invoice's JSON form reads back into the same invoice", () => {
    fc.assert(
      fc.property(arbDocument, ({ currency, lines: specs, docs }) => {
        const base = invoiceOrder({
          draftId: "d",
          order: order({
            currency,
            lines: [
              line({ id: "l1", unitPrice: { amount: "5", currency }, net: { amount: "50", currency } }, currency),
            ],
            charges: [],
          }),
          ...parties,
        });
        const draft = updateDraft(base, {
          lines: specs.map((s, i) =>
            createInvoiceLine({
              id: String(i + 1),
              sku: "X",
              description: "X",
              quantity: s.quantity,
              unitPrice: Money.of(s.price, currency),
              taxCategory: s.category,
              taxRatePercent: s.category === "S" ? s.rate : "0",
            }),
          ),
          allowanceCharges: docs.map((d) => ({
            kind: d.kind,
            amount: Money.of(d.amount, currency),
            reason: d.kind,
            taxCategory: "S" as const,
            taxRatePercent: d.rate,
          })),
        });
        const json = toInvoiceJSON(draft);
        expect(toInvoiceJSON(parseInvoice(json))).toEqual(json);
      }),
      { numRuns: 100 },
    );
  });

  it("a conversion is the exact product rounded half up: never more than half a minor unit away", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...currencies),
        fc.constantFrom(...currencies),
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.integer({ min: 1, max: 10 ** 7 }).map((n) => new O2CDecimal(n).dividedBy(10 ** 4).toFixed()),
        (from, to, minor, rate) => {
          const amount = Money.fromMinor(minor, from);
          const converted = convertMoney(amount, rate, to);
          const exact = amount.toDecimal().times(rate);
          const half = new O2CDecimal(10).pow(-converted.exponent).dividedBy(2);
          expect(converted.toDecimal().minus(exact).abs().lessThanOrEqualTo(half)).toBe(true);
        },
      ),
    );
  });
});
