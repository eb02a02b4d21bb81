import { createInMemoryFxRates, createInMemoryStore, type StoreFaultPoint } from "@o2c/core";
import {
  formatInvoiceNumber,
  INVOICES_COLLECTION,
  type Invoice,
  invoiceOrder,
  issueInvoice,
  isValidCreditorReference,
} from "@o2c/invoicing";
import { describe, expect, it } from "vitest";
import { expectCode, expectIssue, issueOptions, line, order, parties } from "./fixtures.js";

const terms = {
  description: "2/10 net 30",
  due: { type: "net" as const, days: 30 },
  discount: { percent: "2", days: 10 },
};
const draftOf = (id: string) => invoiceOrder({ draftId: id, order: order(), terms, ...parties });

describe("issueInvoice", () => {
  it("numbers, schedules and stores the invoice and appends invoice.issued in one transaction", async () => {
    const store = createInMemoryStore();
    const issued = await issueInvoice(store, draftOf("inv_1"), issueOptions());
    expect(issued.status).toBe("issued");
    expect(issued.number).toBe("INV-2026-000001");
    expect(issued.series).toBe("ACME/invoice/2026");
    expect(issued.issueDate?.toString()).toBe("2026-10-14");
    expect(issued.schedule?.dueDate.toString()).toBe("2026-11-13");
    expect(issued.schedule?.discount?.deadline.toString()).toBe("2026-10-24");
    expect(issued.creditorReference).toBe("RF94INV2026000001");
    expect(isValidCreditorReference(issued.creditorReference ?? "")).toBe(true);
    const dump = store.dump();
    const stored = dump.collections[INVOICES_COLLECTION]?.["inv_1"]?.value as {
      number: string;
      totals: { payable: unknown };
    };
    expect(stored.number).toBe("INV-2026-000001");
    expect(stored.totals.payable).toEqual({ amount: "126.18", currency: "EUR" });
    expect(dump.outbox.map((e) => [e.event.type, e.event.aggregateId])).toEqual([["invoice.issued", "inv_1"]]);
    expect(dump.sequences).toEqual({ "invoice-number:ACME/invoice/2026": 1 });
  });

  it("keeps one series per company, document type and year, with a configurable format", async () => {
    const store = createInMemoryStore();
    const a = await issueInvoice(store, draftOf("a"), issueOptions());
    const b = await issueInvoice(store, draftOf("b"), issueOptions({ company: "OTHER" }));
    const c = await issueInvoice(store, draftOf("c"), issueOptions({ issueDate: "2027-01-02" }));
    const d = await issueInvoice(
      store,
      draftOf("d"),
      issueOptions({ numberFormat: "{company}/{year}/{seq:4}", prefixes: { invoice: "R" } }),
    );
    expect([a.number, b.number, c.number, d.number]).toEqual([
      "INV-2026-000001",
      "INV-2026-000001",
      "INV-2027-000001",
      "ACME/2026/0002",
    ]);
    expect(formatInvoiceNumber("{prefix}{seq:2}", { prefix: "X", year: 2026, company: "C", sequence: 12345 })).toBe(
      "X12345",
    );
    await expectCode(
      () => issueInvoice(store, draftOf("e"), issueOptions({ numberFormat: "{year}" })),
      "INVALID_NUMBER_FORMAT",
    );
    await expectCode(
      () => issueInvoice(store, draftOf("e"), issueOptions({ numberFormat: "{seq}{oops}" })),
      "INVALID_NUMBER_FORMAT",
    );
  });

  it("refuses to issue twice, by status or by stored id, and leaves the store unchanged", async () => {
    const store = createInMemoryStore();
    const draft = draftOf("inv_1");
    const issued = await issueInvoice(store, draft, issueOptions());
    const before = store.dump();
    await expectCode(() => issueInvoice(store, issued, issueOptions()), "INVOICE_ALREADY_ISSUED");
    await expectCode(() => issueInvoice(store, draft, issueOptions()), "INVOICE_ALREADY_ISSUED");
    expect(store.dump()).toEqual(before);
  });

  it("issues a draft once when two issuers race for it", async () => {
    const store = createInMemoryStore();
    const draft = draftOf("race");
    const results = await Promise.allSettled([
      issueInvoice(store, draft, issueOptions()),
      issueInvoice(store, draft, issueOptions()),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "INVOICE_ALREADY_ISSUED" });
    expect(store.dump().sequences).toEqual({ "invoice-number:ACME/invoice/2026": 1 });
    expect(store.dump().outbox).toHaveLength(1);
  });

  it("refuses missing e-invoice seller and buyer data with codes and paths, issuing nothing", async () => {
    const store = createInMemoryStore();
    const noVat = invoiceOrder({
      draftId: "x",
      order: order(),
      ...parties,
      seller: { name: "Acme", address: parties.seller.address },
    });
    await expectIssue(() => issueInvoice(store, noVat, issueOptions()), "SELLER_VAT_ID_REQUIRED", ["seller", "vatId"]);
    const noAddress = invoiceOrder({
      draftId: "x",
      order: order(),
      ...parties,
      seller: { name: "Acme", vatId: "DE123456789" },
    });
    await expectIssue(() => issueInvoice(store, noAddress, issueOptions()), "REQUIRED", ["seller", "address"]);
    const reverse = invoiceOrder({
      draftId: "x",
      order: order({
        lines: [line({ id: "l1", taxCategory: "AE", taxRatePercent: "0", exemptionReason: "Reverse charge" })],
        charges: [],
      }),
      ...parties,
      buyer: { name: "Buyer BV", address: { line1: "Dam 1", city: "Amsterdam", postalCode: "1012", country: "NL" } },
    });
    await expectIssue(() => issueInvoice(store, reverse, issueOptions()), "BUYER_VAT_ID_REQUIRED", ["buyer", "vatId"]);
    // Without e-invoice requirements, the same draft issues.
    const plain = await issueInvoice(store, noVat, issueOptions({ eInvoice: false }));
    expect(plain.number).toBe("INV-2026-000001");
    expect(store.dump().sequences).toEqual({ "invoice-number:ACME/invoice/2026": 1 });
  });

  it("refuses a draft mixing currencies with the path of the offending amount", async () => {
    const store = createInMemoryStore();
    const eur = draftOf("m");
    const usdLine = invoiceOrder({
      draftId: "u",
      order: order({ currency: "USD", lines: [line({ id: "l1" }, "USD")], charges: [] }),
      ...parties,
    }).lines[0];
    const mixed = { ...eur, lines: [...eur.lines, usdLine] } as Invoice;
    await expectCode(() => issueInvoice(store, mixed, issueOptions()), "CURRENCY_MISMATCH", [
      "lines",
      2,
      "unitPrice",
      "currency",
    ]);
    expect(store.dump().sequences).toEqual({});
  });

  it("runs the rule check inside the transaction: a fatal violation issues nothing and burns no number", async () => {
    const store = createInMemoryStore();
    const failing = () => [{ id: "BR-CO-15", flag: "fatal" as const, message: "broken", path: [] }];
    const error = await expectCode(
      () => issueInvoice(store, draftOf("r"), issueOptions({ rules: failing })),
      "INVOICE_RULES_FAILED",
    );
    expect(error.details["violations"]).toEqual(failing());
    expect(store.dump()).toEqual({ collections: {}, sequences: {}, idempotencyKeys: [], outbox: [] });
    const warning = () => [{ id: "BR-X", flag: "warning" as const, message: "just so", path: [] }];
    expect((await issueInvoice(store, draftOf("r"), issueOptions({ rules: warning }))).number).toBe("INV-2026-000001");
  });

  it("captures the FX rate, its source and date, and derives the functional totals", async () => {
    const fxRates = createInMemoryFxRates([
      { base: "USD", quote: "EUR", rate: "0.9215", date: "2026-10-13", source: "ECB" },
    ]);
    const usd = invoiceOrder({
      draftId: "usd",
      order: order({
        currency: "USD",
        lines: [
          line(
            {
              id: "l1",
              quantity: "1",
              unitPrice: { amount: "333.06", currency: "USD" },
              net: { amount: "333.06", currency: "USD" },
            },
            "USD",
          ),
        ],
        charges: [],
      }),
      ...parties,
    });
    const issued = await issueInvoice(createInMemoryStore(), usd, issueOptions({ functionalCurrency: "EUR", fxRates }));
    expect(issued.fx?.rate).toBe("0.9215");
    expect(issued.fx?.source).toBe("ECB");
    expect(issued.fx?.rateDate.toString()).toBe("2026-10-13");
    // 333.06 × 0.9215 = 306.914790 → 306.91; VAT 63.28 × 0.9215 = 58.31252 → 58.31 (half up)
    expect(issued.fx?.taxExclusive.toString()).toBe("306.91");
    expect(issued.fx?.tax.toString()).toBe("58.31");
    // The gross is derived: 365.22, while converting 396.34 directly would round 365.22731 to 365.23.
    expect(issued.fx?.taxInclusive.toString()).toBe("365.22");
    const store = createInMemoryStore();
    await expectCode(
      () => issueInvoice(store, usd, issueOptions({ functionalCurrency: "EUR", fxRates: createInMemoryFxRates([]) })),
      "FX_RATE_MISSING",
      ["currency"],
    );
    await expectCode(() => issueInvoice(store, usd, issueOptions({ functionalCurrency: "EUR" })), "FX_RATE_MISSING", [
      "fxRates",
    ]);
    expect(store.dump().sequences).toEqual({});
  });

  it("gives parallel issuers gapless, unique numbers even when the store fails part of the time", async () => {
    const failures = new Set([2, 5, 6, 11, 17]);
    const store = createInMemoryStore({
      failAt: (p: StoreFaultPoint) => failures.has(p.transaction) && (p.kind === "commit" || p.operation === 2),
    });
    const attempts = Array.from({ length: 24 }, (_, i) => issueInvoice(store, draftOf(`inv_${i}`), issueOptions()));
    const results = await Promise.allSettled(attempts);
    const issued = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const failed = results.filter((r) => r.status === "rejected");
    expect(failed).toHaveLength(failures.size);
    for (const f of failed) expect((f as PromiseRejectedResult).reason).toMatchObject({ code: "STORE_UNAVAILABLE" });
    const numbers = issued.map((i) => i.number).sort();
    expect(numbers).toEqual(
      Array.from({ length: issued.length }, (_, i) => `INV-2026-${String(i + 1).padStart(6, "0")}`),
    );
    const dump = store.dump();
    expect(Object.keys(dump.collections[INVOICES_COLLECTION] ?? {})).toHaveLength(issued.length);
    expect(dump.outbox).toHaveLength(issued.length);
    expect(dump.sequences["invoice-number:ACME/invoice/2026"]).toBe(issued.length);
  });
});
