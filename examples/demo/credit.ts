import { createFixedClock, createInMemoryFxRates, createSequentialIdGenerator } from "@o2c/core";
import {
  type CreditContext,
  type CreditDecision,
  createInMemoryCreditData,
  decideCredit,
  overrideCredit,
} from "@o2c/credit";

const eur = (amount: string) => ({ amount, currency: "EUR" });
const usd = (amount: string) => ({ amount, currency: "USD" });

/** Prints a decision the way a credit manager reads it: outcome, reasons, exposure, limits and score. */
function show(print: (line: string) => void, title: string, decision: CreditDecision): void {
  print(`${title}: ${decision.outcome.toUpperCase()}`);
  for (const reason of decision.reasons) print(`    [${reason.effect}] ${reason.code}: ${reason.message}`);
  const e = decision.exposure;
  print(
    `    exposure ${e.total.amount} ${e.currency} = receivables ${e.openReceivables.amount} + invoices ${e.unpaidInvoices.amount} + orders ${e.uninvoicedOrders.amount} + this order ${e.currentOrder.amount} - cash ${e.unappliedCash.amount} - credit notes ${e.creditNotes.amount}`,
  );
  const conversions = [
    ...e.conversions.map((c) => ({ ...c, whose: "customer" })),
    ...(decision.groupExposure?.conversions ?? []).map((c) => ({ ...c, whose: "group" })),
  ];
  for (const c of conversions) {
    print(
      `    FX (${c.whose}) ${c.subject}: ${c.from.amount} ${c.from.currency} x ${c.rate} (${c.source}, ${c.rateDate}) = ${c.to.amount} ${c.to.currency}, rounded ${c.rounding}`,
    );
  }
  for (const l of decision.limits) {
    print(
      `    ${l.scope} limit ${l.id}: ${l.effectiveLimit.amount} (base ${l.baseLimit.amount}), exposure ${l.exposure.amount}, headroom ${l.headroom.amount}`,
    );
  }
  if (decision.amountOverLimit)
    print(`    over the limit by ${decision.amountOverLimit.amount} ${decision.amountOverLimit.currency}`);
  if (decision.score) {
    const parts = decision.score.factors.map((f) => `${f.factor} ${f.points}/${f.weight}`).join(", ");
    print(`    payment score ${decision.score.score}/100 = ${parts}`);
  }
}

/**
 * The credit stop of the demo: a group sharing one limit, an FX conversion, and one approved, one held and one
 * rejected order with their reasons; then a credit manager's override of the held order.
 */
export async function demoCredit(print: (line: string) => void): Promise<void> {
  const data = createInMemoryCreditData({
    groups: [{ groupId: "nordwind", currency: "EUR", limit: eur("50000.00") }],
    profiles: [
      {
        customerId: "nordwind-de",
        currency: "EUR",
        groupId: "nordwind",
        limit: eur("30000.00"),
        temporaryIncreases: [
          { amount: eur("5000.00"), validFrom: "2026-10-01", validUntil: "2026-12-31", reason: "Q4 peak season" },
        ],
      },
      { customerId: "nordwind-us", currency: "EUR", groupId: "nordwind" },
      { customerId: "baltic", currency: "EUR", limit: eur("20000.00") },
    ],
    openItems: [
      { id: "INV-1001", customerId: "nordwind-de", kind: "invoice", amount: eur("24000.00"), dueDate: "2026-10-30" },
      { id: "PAY-77", customerId: "nordwind-de", kind: "unappliedCash", amount: eur("1500.00") },
      { id: "INV-2001", customerId: "nordwind-us", kind: "invoice", amount: usd("15000.00"), dueDate: "2026-11-15" },
      { id: "SO-2002", customerId: "nordwind-us", kind: "order", amount: usd("5000.00") },
      { id: "INV-3001", customerId: "baltic", kind: "invoice", amount: eur("4200.00"), dueDate: "2026-07-31" },
    ],
    paymentHistory: [
      {
        invoiceId: "INV-2950",
        customerId: "baltic",
        amount: eur("3000.00"),
        issueDate: "2026-03-01",
        dueDate: "2026-03-31",
        paidDate: "2026-04-02",
      },
      {
        invoiceId: "INV-2990",
        customerId: "baltic",
        amount: eur("3500.00"),
        issueDate: "2026-06-01",
        dueDate: "2026-07-01",
        paidDate: "2026-08-20",
        disputed: true,
      },
      {
        invoiceId: "INV-3001",
        customerId: "baltic",
        amount: eur("4200.00"),
        issueDate: "2026-07-01",
        dueDate: "2026-07-31",
      },
    ],
  });
  const context: CreditContext = {
    data,
    fx: createInMemoryFxRates([{ base: "USD", quote: "EUR", rate: "0.9223", date: "2026-10-13", source: "ECB" }]),
    policy: {
      limitExceeded: { action: "hold" },
      maxDaysOverdue: { days: 60, action: "reject" },
      minScore: { score: 50, action: "hold" },
    },
  };
  const asOf = "2026-10-14";

  print("Credit: decisions with reasons, as of 2026-10-14; Nordwind's subsidiaries share a 50,000.00 EUR group limit.");
  const approved = await decideCredit(
    { customerId: "nordwind-de", orderId: "SO-1", amount: eur("8000.00"), asOf },
    context,
  );
  show(print, "  Order SO-1, Nordwind DE, 8,000.00 EUR", approved);

  const held = await decideCredit(
    { customerId: "nordwind-us", orderId: "SO-2", amount: usd("12000.00"), asOf },
    context,
  );
  show(print, "  Order SO-2, Nordwind US, 12,000.00 USD", held);

  const rejected = await decideCredit({ customerId: "baltic", orderId: "SO-3", amount: eur("2000.00"), asOf }, context);
  show(print, "  Order SO-3, Baltic Traders, 2,000.00 EUR", rejected);

  const { override, event } = overrideCredit(
    {
      customerId: "nordwind-us",
      orderId: "SO-2",
      maxExposure: eur("30000.00"),
      reason: "Parent company guarantee received",
      approvedBy: "credit.manager",
      validFrom: asOf,
      validUntil: "2026-10-31",
    },
    { clock: createFixedClock("2026-10-14T10:15:00Z"), ids: createSequentialIdGenerator() },
  );
  print(`  Override ${override.id} by ${override.approvedBy}: "${override.reason}" (event ${event.type} ${event.id})`);
  const released = await decideCredit(
    { customerId: "nordwind-us", orderId: "SO-2", amount: usd("12000.00"), asOf },
    { ...context, overrides: [override] },
  );
  print(
    `  Order SO-2 checked again: ${released.outcome.toUpperCase()} (${released.reasons.map((r) => r.code).join(", ")})`,
  );
}
