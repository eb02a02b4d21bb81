import { consolidateInvoices, invoiceOrder, invoiceShipments } from "@o2c/invoicing";
import { describe, expect, it } from "vitest";
import { expectCode, expectIssue, line, order, parties } from "./fixtures.js";

describe("invoiceOrder", () => {
  it("bills the whole order with its freight charge and recomputes the VAT per rate", () => {
    const draft = invoiceOrder({ draftId: "d1", order: order(), ...parties });
    expect(draft.status).toBe("draft");
    expect(draft.kind).toBe("invoice");
    expect(draft.lines.map((l) => [l.quantity, l.net.toString(), l.source.orderLineId])).toEqual([
      ["10", "50.00", "l1"],
      ["3", "53.97", "l2"],
    ]);
    expect(
      draft.taxBreakdown.map((r) => [r.category, r.ratePercent, r.taxableAmount.toString(), r.taxAmount.toString()]),
    ).toEqual([
      ["S", "19", "57.50", "10.93"], // (50.00 + 7.50) × 19 % = 10.925 → half up 10.93
      ["S", "7", "53.97", "3.78"], // 53.97 × 7 % = 3.7779
    ]);
    expect(draft.totals.lineNet.toString()).toBe("103.97");
    expect(draft.totals.charges.toString()).toBe("7.50");
    expect(draft.totals.taxExclusive.toString()).toBe("111.47");
    expect(draft.totals.tax.toString()).toBe("14.71");
    expect(draft.totals.payable.toString()).toBe("126.18");
    expect(Object.isFrozen(draft) && Object.isFrozen(draft.lines)).toBe(true);
  });

  it("turns the order's discount into a line allowance so that gross − allowance = net", () => {
    const draft = invoiceOrder({
      draftId: "d1",
      order: order({ lines: [line({ id: "l1", net: { amount: "45.00", currency: "EUR" } })], charges: [] }),
      ...parties,
    });
    const l = draft.lines[0];
    expect(l?.grossAmount.toString()).toBe("50.00");
    expect(l?.allowanceCharges.map((a) => [a.kind, a.amount.toString(), a.reasonCode])).toEqual([
      ["allowance", "5.00", "95"],
    ]);
    expect(l?.net.toString()).toBe("45.00");
  });

  it("bills partial quantities whose nets add up to the order line's net exactly", () => {
    const o = order({
      lines: [line({ id: "l1", quantity: "3", net: { amount: "10.00", currency: "EUR" } })],
      charges: [],
    });
    const nets: string[] = [];
    let invoiced: { orderLineId: string; quantity: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const draft = invoiceOrder({
        draftId: `d${i}`,
        order: o,
        lines: [{ orderLineId: "l1", quantity: "1" }],
        invoiced,
        ...parties,
      });
      nets.push(draft.lines[0]?.net.toString() ?? "");
      invoiced = [...invoiced, { orderLineId: "l1", quantity: "1" }];
    }
    expect(nets).toEqual(["3.33", "3.34", "3.33"]);
    expect(() => invoiceOrder({ draftId: "d4", order: o, invoiced, ...parties })).toThrow(
      expect.objectContaining({ code: "NOTHING_TO_INVOICE" }),
    );
  });

  it("refuses more than ordered and unknown lines", async () => {
    await expectCode(
      () => invoiceOrder({ draftId: "d", order: order(), lines: [{ orderLineId: "l2", quantity: "4" }], ...parties }),
      "INVOICE_QUANTITY_EXCEEDS_ORDERED",
      ["lines", 0, "quantity"],
    );
    await expectCode(
      () => invoiceOrder({ draftId: "d", order: order(), lines: [{ orderLineId: "nope", quantity: "1" }], ...parties }),
      "UNKNOWN_ORDER_LINE",
      ["lines", 0, "orderLineId"],
    );
  });

  it("validates the order at the boundary with codes and paths", async () => {
    const bad = order({
      lines: [line({ id: "l1", quantity: "-1" }), line({ id: "l1", unitPrice: { amount: "1.00", currency: "USD" } })],
    });
    await expectIssue(() => invoiceOrder({ draftId: "d", order: bad, ...parties }), "INVALID_QUANTITY", [
      "order",
      "lines",
      0,
      "quantity",
    ]);
    await expectIssue(() => invoiceOrder({ draftId: "d", order: bad, ...parties }), "DUPLICATE_LINE_ID", [
      "order",
      "lines",
      1,
      "id",
    ]);
    await expectIssue(() => invoiceOrder({ draftId: "d", order: bad, ...parties }), "CURRENCY_MISMATCH", [
      "order",
      "lines",
      1,
      "unitPrice",
      "currency",
    ]);
    await expectIssue(
      () => invoiceOrder({ draftId: "d", order: order({ currency: "XXY" }), ...parties }),
      "UNKNOWN_CURRENCY",
      ["order", "currency"],
    );
    await expectIssue(
      () =>
        invoiceOrder({ draftId: "d", order: order(), ...parties, paymentAccount: { iban: "DE88370400440532013000" } }),
      "INVALID_IBAN",
      ["paymentAccount", "iban"],
    );
    await expectIssue(() => invoiceOrder({ draftId: "d", order: JSON.parse("{}"), ...parties }), "REQUIRED", [
      "order",
      "id",
    ]);
  });

  it("works for currencies with 0 and 3 minor units", () => {
    const jpy = invoiceOrder({
      draftId: "d",
      order: order({
        currency: "JPY",
        lines: [
          line({
            id: "l1",
            quantity: "3",
            unitPrice: { amount: "333", currency: "JPY" },
            net: { amount: "999", currency: "JPY" },
            taxRatePercent: "10",
          }),
        ],
        charges: [],
      }),
      ...parties,
    });
    expect(jpy.totals.tax.toString()).toBe("100"); // 99.9 → 100
    expect(jpy.totals.payable.toString()).toBe("1099");
    const kwd = invoiceOrder({
      draftId: "d",
      order: order({
        currency: "KWD",
        lines: [
          line({
            id: "l1",
            quantity: "1",
            unitPrice: { amount: "1.255", currency: "KWD" },
            net: { amount: "1.255", currency: "KWD" },
            taxRatePercent: "5",
          }),
        ],
        charges: [],
      }),
      ...parties,
    });
    expect(kwd.totals.tax.toString()).toBe("0.063"); // 0.06275 → 0.063
  });
});

describe("invoiceShipments", () => {
  const shipments = [
    { id: "shp_1", orderId: "ord_1", lines: [{ orderLineId: "l1", quantity: "4" }] },
    {
      id: "shp_2",
      orderId: "ord_1",
      lines: [
        { orderLineId: "l1", quantity: "2" },
        { orderLineId: "l2", quantity: "3" },
      ],
    },
  ];

  it("bills several shipments on one invoice and names them per line", () => {
    const draft = invoiceShipments({ draftId: "d1", order: order(), shipments, ...parties });
    expect(draft.lines.map((l) => [l.source.orderLineId, l.quantity, l.net.toString(), l.source.shipmentIds])).toEqual([
      ["l1", "6", "30.00", ["shp_1", "shp_2"]],
      ["l2", "3", "53.97", ["shp_2"]],
    ]);
    expect(draft.references.shipmentIds).toEqual(["shp_1", "shp_2"]);
  });

  it("bills only what is shipped and not invoiced yet, attributing it to the right shipment", () => {
    const draft = invoiceShipments({
      draftId: "d2",
      order: order(),
      shipments,
      invoiced: [{ orderLineId: "l1", quantity: "4" }],
      chargesInvoiced: true,
      ...parties,
    });
    expect(draft.lines.map((l) => [l.source.orderLineId, l.quantity, l.source.shipmentIds])).toEqual([
      ["l1", "2", ["shp_2"]],
      ["l2", "3", ["shp_2"]],
    ]);
    expect(draft.allowanceCharges).toEqual([]);
  });

  it("refuses unshipped or already-invoiced quantities", async () => {
    const e1 = await expectCode(
      () =>
        invoiceShipments({
          draftId: "d",
          order: order(),
          shipments,
          lines: [{ orderLineId: "l1", quantity: "7" }],
          ...parties,
        }),
      "INVOICE_QUANTITY_EXCEEDS_SHIPPED",
      ["lines", 0, "quantity"],
    );
    expect(e1.details).toEqual({ orderLineId: "l1", requested: "7", available: "6" });
    await expectCode(
      () =>
        invoiceShipments({
          draftId: "d",
          order: order(),
          shipments,
          invoiced: [{ orderLineId: "l1", quantity: "6" }],
          lines: [{ orderLineId: "l1", quantity: "1" }],
          ...parties,
        }),
      "INVOICE_QUANTITY_EXCEEDS_SHIPPED",
      ["lines", 0, "quantity"],
    );
    await expectCode(
      () =>
        invoiceShipments({
          draftId: "d",
          order: order(),
          shipments,
          invoiced: [
            { orderLineId: "l1", quantity: "6" },
            { orderLineId: "l2", quantity: "3" },
          ],
          ...parties,
        }),
      "NOTHING_TO_INVOICE",
    );
  });

  it("refuses shipments of another order, unknown lines and over-shipment", async () => {
    await expectCode(
      () =>
        invoiceShipments({
          draftId: "d",
          order: order(),
          shipments: [{ id: "s", orderId: "ord_9", lines: [{ orderLineId: "l1", quantity: "1" }] }],
          ...parties,
        }),
      "SHIPMENT_ORDER_MISMATCH",
      ["shipments", 0, "orderId"],
    );
    await expectCode(
      () =>
        invoiceShipments({
          draftId: "d",
          order: order(),
          shipments: [{ id: "s", orderId: "ord_1", lines: [{ orderLineId: "zz", quantity: "1" }] }],
          ...parties,
        }),
      "UNKNOWN_ORDER_LINE",
      ["shipments", 0, "lines", 0, "orderLineId"],
    );
    await expectCode(
      () =>
        invoiceShipments({
          draftId: "d",
          order: order(),
          shipments: [{ id: "s", orderId: "ord_1", lines: [{ orderLineId: "l2", quantity: "4" }] }],
          ...parties,
        }),
      "INVOICE_QUANTITY_EXCEEDS_ORDERED",
    );
    await expectIssue(
      () => invoiceShipments({ draftId: "d", order: order(), shipments: [], ...parties }),
      "TOO_SMALL",
      ["shipments"],
    );
  });
});

describe("consolidateInvoices", () => {
  const second = order({ id: "ord_2", lines: [line({ id: "a" })], charges: [] });

  it("combines the orders of one customer and rounds the VAT once per rate", () => {
    const a = invoiceOrder({ draftId: "a", order: order(), ...parties });
    const b = invoiceOrder({ draftId: "b", order: second, ...parties });
    const merged = consolidateInvoices([a, b], { draftId: "m" });
    expect(merged.lines.map((l) => l.id)).toEqual(["1", "2", "3"]);
    expect(merged.references.orderIds).toEqual(["ord_1", "ord_2"]);
    expect(merged.totals.lineNet.toString()).toBe("153.97");
    expect(merged.taxBreakdown.find((r) => r.ratePercent === "19")?.taxAmount.toString()).toBe("20.43"); // 107.50 × 19 %
  });

  it("refuses mixed currencies, mixed customers and issued documents", async () => {
    const a = invoiceOrder({ draftId: "a", order: order(), ...parties });
    const usd = invoiceOrder({
      draftId: "u",
      order: order({ id: "o3", currency: "USD", lines: [line({ id: "x" }, "USD")], charges: [] }),
      ...parties,
    });
    await expectCode(() => consolidateInvoices([a, usd], { draftId: "m" }), "CURRENCY_MISMATCH", [1, "currency"]);
    const other = invoiceOrder({ draftId: "o", order: { ...second, customerId: "cus_2" }, ...parties });
    await expectCode(() => consolidateInvoices([a, other], { draftId: "m" }), "CONSOLIDATION_CUSTOMER_MISMATCH", [
      1,
      "customerId",
    ]);
    await expectCode(
      () => consolidateInvoices([a, { ...a, status: "issued" }], { draftId: "m" }),
      "INVOICE_IMMUTABLE",
      [1],
    );
    await expectCode(() => consolidateInvoices([], { draftId: "m" }), "NOTHING_TO_INVOICE");
  });
});
