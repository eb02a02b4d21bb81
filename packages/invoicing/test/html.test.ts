import { createInMemoryStore } from "@o2c/core";
import { createCreditNote, invoiceOrder, issueInvoice, renderInvoiceHtml } from "@o2c/invoicing";
import { describe, expect, it } from "vitest";
import { categoryLabel, unitLabel } from "../src/html/unitLabels.js";
import { issueOptions, order, parties } from "./fixtures.js";

async function issued() {
  const draft = invoiceOrder({
    draftId: "i",
    order: order(),
    terms: { description: "2/10 net 30", due: { type: "net", days: 30 }, discount: { percent: "2", days: 10 } },
    note: 'Thank you <script>alert("x")</script>',
    ...parties,
  });
  return issueInvoice(createInMemoryStore(), draft, issueOptions());
}

describe("unit and category labels", () => {
  it("shows common UN/ECE unit codes and VAT categories in words, and unknown codes as they are", () => {
    expect(unitLabel("C62")).toBe("pcs");
    expect(unitLabel("KGM")).toBe("kg");
    expect(unitLabel("XYZ")).toBe("XYZ");
    expect(categoryLabel("AE")).toBe("Reverse charge (AE)");
    expect(categoryLabel("Q")).toBe("Q");
  });
});

describe("renderInvoiceHtml", () => {
  it("renders a complete, self-contained invoice with payment instructions", async () => {
    const invoice = await issued();
    const html = renderInvoiceHtml(invoice);
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain("<title>Invoice INV-2026-000001</title>");
    expect(html).toContain("<style>");
    expect(html).not.toMatch(/<link|<script|src=/);
    for (const text of [
      "Acme GmbH",
      "Globex AG",
      "DE123456789",
      "Marktplatz 5",
      "Item l1",
      "Freight",
      "€126.18",
      "€10.93",
      "2026-11-13",
      "2/10 net 30",
      "2026-10-24",
      "€123.66", // 126.18 − 2 % (2.52)
      "DE89 3704 0044 0532 0130 00",
      "RF94 INV2 0260 0000 1",
      "Standard rate (S)",
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toMatch(/<caption>VAT breakdown per category and rate<\/caption>/);
    expect(html.match(/<th scope="col"/g)?.length).toBeGreaterThan(8);
  });

  it("renders a credit note naming the credited invoice, without asking for payment", async () => {
    const invoice = await issued();
    const note = await issueInvoice(
      createInMemoryStore(),
      createCreditNote(invoice, { draftId: "cn" }),
      issueOptions(),
    );
    const html = renderInvoiceHtml(note, { locale: "de-DE" });
    expect(html).toContain("Credit note CN-2026-000001");
    expect(html).toContain("Credits invoice <strong>INV-2026-000001</strong> of 2026-10-14");
    expect(html).toContain("Amount credited");
    expect(html).toContain("126,18");
    expect(html).not.toContain("Payment instructions");
  });
});
