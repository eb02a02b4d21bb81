import { ValidationError } from "@o2c/core";
import { parseOrderCommand, parseOrderInput, safeParseOrderInput } from "@o2c/orders";
import { describe, expect, it } from "vitest";
import { caught, hamburg, orderInput } from "./support.js";

const issuesOf = (input: unknown) => {
  const result = safeParseOrderInput(input);
  if (result.success) throw new Error("expected a failure");
  return result.error.issues.map((issue) => ({ code: issue.code, path: issue.path }));
};

describe("parseOrderInput", () => {
  it("accepts a complete order and numbers lines without ids", () => {
    const order = parseOrderInput(orderInput());
    expect(order.lines).toEqual([
      { lineId: "1", sku: "BOLT-M8", quantity: 10 },
      { lineId: "2", sku: "NUT-M8", quantity: 4 },
    ]);
    expect(order.customerPoNumber).toBe("PO-4711");
  });

  it("reports every problem at once, each with its path", () => {
    const issues = issuesOf(
      orderInput({
        currency: "EUX",
        lines: [
          { sku: "", quantity: 0 },
          { sku: "A", quantity: 1.5 },
        ],
        shippingAddress: { ...hamburg, postalCode: "2009" },
        requestedDeliveryDate: "2026-02-30",
        channel: "fax",
      }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        { code: "UNKNOWN_CURRENCY", path: ["currency"] },
        { code: "TOO_SMALL", path: ["lines", 0, "sku"] },
        { code: "TOO_SMALL", path: ["lines", 0, "quantity"] },
        { code: "INVALID_TYPE", path: ["lines", 1, "quantity"] },
        { code: "INVALID_POSTAL_CODE", path: ["shippingAddress", "postalCode"] },
        { code: "INVALID_DATE", path: ["requestedDeliveryDate"] },
        { code: "INVALID_VALUE", path: ["channel"] },
      ]),
    );
    expect(issues).toHaveLength(7);
  });

  it.each([
    ["DE", "20095", "2009"],
    ["FR", "75008", "7500A"],
    ["GB", "SW1A 1AA", "SW1A"],
    ["US", "94105-1234", "9410"],
    ["JP", "100-0001", "1000001"],
    ["NL", "1012 AB", "1012"],
  ])("checks the postal code format of %s", (country, good, bad) => {
    const address = { ...hamburg, country, region: "CA" };
    expect(safeParseOrderInput(orderInput({ billingAddress: { ...address, postalCode: good } })).success).toBe(true);
    expect(issuesOf(orderInput({ billingAddress: { ...address, postalCode: bad } }))).toEqual([
      { code: "INVALID_POSTAL_CODE", path: ["billingAddress", "postalCode"] },
    ]);
  });

  it("requires a postal code where the country needs one, and a state for US", () => {
    const { postalCode: _omitted, ...noCode } = hamburg;
    expect(issuesOf(orderInput({ billingAddress: noCode }))).toEqual([
      { code: "REQUIRED", path: ["billingAddress", "postalCode"] },
    ]);
    expect(issuesOf(orderInput({ billingAddress: { ...hamburg, country: "US", postalCode: "94105" } }))).toEqual([
      { code: "REQUIRED", path: ["billingAddress", "region"] },
    ]);
    // A country without a postal rule may omit the code.
    expect(safeParseOrderInput(orderInput({ billingAddress: { ...noCode, country: "IE" } })).success).toBe(true);
  });

  it("rejects a malformed country and duplicate line ids", () => {
    const issues = issuesOf(
      orderInput({
        billingAddress: { ...hamburg, country: "Germany" },
        lines: [
          { lineId: "A", sku: "X", quantity: 1 },
          { lineId: "A", sku: "Y", quantity: 1 },
        ],
      }),
    );
    expect(issues).toHaveLength(2);
    expect(
      issuesOf(
        orderInput({
          billingAddress: { ...hamburg, country: "Germany" },
          lines: [
            { lineId: "A", sku: "X", quantity: 1 },
            { lineId: "A", sku: "Y", quantity: 1 },
          ],
        }),
      ),
    ).toEqual(
      expect.arrayContaining([
        { code: "INVALID_COUNTRY", path: ["billingAddress", "country"] },
        { code: "DUPLICATE_LINE_ID", path: ["lines", 1, "lineId"] },
      ]),
    );
  });

  it.each([null, "order", 42, [], {}])("rejects malformed input %j with a ValidationError", async (input) => {
    const error = await caught(() => parseOrderInput(input));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).code).toBe("VALIDATION_FAILED");
  });

  it("reports missing required fields by path", () => {
    const issues = issuesOf({ lines: [] });
    expect(issues).toEqual(
      expect.arrayContaining([
        { code: "REQUIRED", path: ["idempotencyKey"] },
        { code: "REQUIRED", path: ["customer"] },
        { code: "TOO_SMALL", path: ["lines"] },
        { code: "REQUIRED", path: ["billingAddress"] },
        { code: "INVALID_VALUE", path: ["channel"] },
      ]),
    );
  });
});

describe("parseOrderCommand", () => {
  it("accepts a shipment", () => {
    const command = parseOrderCommand({
      type: "shipment.dispatch",
      shipmentId: "S1",
      warehouseId: "HAM",
      carrier: "DHL",
      trackingNumber: "JJD01",
      shippedOn: "2026-10-15",
      lines: [{ lineId: "1", quantity: 2 }],
    });
    expect(command.type).toBe("shipment.dispatch");
  });

  it("rejects an unknown type, a bad date, a zero quantity and duplicate amended lines", async () => {
    const codes = async (input: unknown) =>
      ((await caught(() => parseOrderCommand(input))) as ValidationError).issues.map((i) => [i.code, i.path]);
    expect(await codes({ type: "order.explode" })).toEqual([["INVALID_UNION", ["type"]]]);
    expect(await codes({ type: "shipment.delivered", shipmentId: "S1", deliveredOn: "15.10.2026" })).toEqual([
      ["INVALID_DATE", ["deliveredOn"]],
    ]);
    expect(await codes({ type: "line.cancel", lineId: "1", quantity: 0, reason: "x" })).toEqual([
      ["TOO_SMALL", ["quantity"]],
    ]);
    expect(
      await codes({
        type: "order.amend",
        lines: [
          { lineId: "1", sku: "A", quantity: 1 },
          { lineId: "1", sku: "B", quantity: 1 },
        ],
      }),
    ).toEqual([["DUPLICATE_LINE_ID", ["lines", 1, "lineId"]]]);
  });
});
