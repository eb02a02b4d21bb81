import { createInMemoryFxRates, createInMemoryStore } from "@o2c/core";
import {
  createCreditNote,
  INVOICES_COLLECTION,
  type InvoiceJSON,
  invoiceOrder,
  issueInvoice,
  parseInvoice,
  safeParseInvoice,
  toInvoiceJSON,
} from "@o2c/invoicing";
import { describe, expect, it } from "vitest";
import { expectIssue, issueOptions, line, order, parties } from "./fixtures.js";

const terms = {
  description: "instalments with discount",
  due: { type: "net" as const, days: 60 },
  discount: { percent: "2", days: 10 },
  instalments: [
    { share: "1", due: { type: "net" as const, days: 30 } },
    { share: "1", due: { type: "endOfMonth" as const, days: 30 } },
  ],
};

describe("the invoice's JSON form", () => {
  it("reads back what issueInvoice stored, exactly, for invoices with FX, schedules and credit notes", async () => {
    const store = createInMemoryStore();
    const fxRates = createInMemoryFxRates([
      { base: "USD", quote: "EUR", rate: "0.9215", date: "2026-10-01", source: "ECB" },
    ]);
    const usd = await issueInvoice(
      store,
      invoiceOrder({
        draftId: "usd",
        order: order({ currency: "USD", lines: [line({ id: "a" }, "USD")], charges: [] }),
        terms,
        ...parties,
      }),
      issueOptions({ functionalCurrency: "EUR", fxRates }),
    );
    const credit = await issueInvoice(
      store,
      createCreditNote(usd, { draftId: "cn", lines: [{ lineId: "1", quantity: "2" }] }),
      issueOptions(),
    );
    for (const doc of [usd, credit]) {
      const stored = store.dump().collections[INVOICES_COLLECTION]?.[doc.id]?.value;
      const parsed = parseInvoice(stored);
      expect(toInvoiceJSON(parsed)).toEqual(stored);
      expect(parsed.totals.payable.equals(doc.totals.payable)).toBe(true);
      expect(parsed.issueDate?.equals(doc.issueDate ?? parsed.issueDate)).toBe(true);
      expect(Object.isFrozen(parsed.lines)).toBe(true);
    }
  });

  it("refuses malformed and tampered files with codes and paths", async () => {
    const json = toInvoiceJSON(invoiceOrder({ draftId: "d", order: order(), ...parties })) as unknown as Record<
      string,
      unknown
    >;
    /** A copy of the JSON with the value at `path` replaced (deleted when `value` is undefined). */
    const tampered = (path: readonly (string | number)[], value: unknown): unknown => {
      const copy = structuredClone(json) as Record<string | number, unknown>;
      let node = copy;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      const last = path[path.length - 1] as string | number;
      if (value === undefined) delete node[last];
      else node[last] = value;
      return copy;
    };
    const cases: [readonly (string | number)[], unknown, string, readonly (string | number)[]][] = [
      [["totals", "payable", "amount"], "999.99", "TOTALS_MISMATCH", ["totals", "payable"]],
      [["lines", 0, "net", "amount"], "49.99", "TOTALS_MISMATCH", ["lines", 0, "net"]],
      [["lines", 1, "net", "currency"], "USD", "CURRENCY_MISMATCH", ["lines", 1, "net", "currency"]],
      [["lines", 0, "unitPrice", "amount"], "5,00", "INVALID_AMOUNT", ["lines", 0, "unitPrice", "amount"]],
      [["issueDate"], "2026-02-30", "INVALID_DATE", ["issueDate"]],
      [["customerId"], undefined, "REQUIRED", ["customerId"]],
      [["status"], "lost", "INVALID_VALUE", ["status"]],
    ];
    for (const [path, value, code, issuePath] of cases) {
      await expectIssue(() => parseInvoice(tampered(path, value)), code, issuePath);
    }
    await expectIssue(() => parseInvoice("not an invoice"), "INVALID_TYPE", []);
    const bad = safeParseInvoice(JSON.parse('{"id":"x"}') as InvoiceJSON);
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues.length).toBeGreaterThan(5);
  });
});
