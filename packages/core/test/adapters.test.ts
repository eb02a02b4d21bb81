import {
  createDomainEvent,
  createFixedClock,
  createFlatRateTaxProvider,
  createInMemoryFxRates,
  createInMemoryInventory,
  createInMemoryNotifier,
  createInMemoryPaymentGateway,
  createRandomIdGenerator,
  createSequentialIdGenerator,
  isO2CError,
  Money,
  type TaxRequest,
  ValidationError,
} from "@o2c/core";
import { describe, expect, it } from "vitest";

const eur = (amount: string) => Money.of(amount, "EUR");

describe("in-memory payment gateway", () => {
  it("authorises, captures in parts, refunds, and refuses over-capture as a decline", async () => {
    const gateway = createInMemoryPaymentGateway();
    const auth = await gateway.authorize({
      idempotencyKey: "a1",
      amount: eur("100.00"),
      paymentMethod: "pm",
      reference: "SO-1",
    });
    if (auth.status !== "succeeded") throw new Error("expected success");
    const first = await gateway.capture({
      idempotencyKey: "c1",
      authorizationId: auth.transactionId,
      amount: eur("60.00"),
    });
    const second = await gateway.capture({
      idempotencyKey: "c2",
      authorizationId: auth.transactionId,
      amount: eur("50.00"),
    });
    expect(first.status).toBe("succeeded");
    expect(second).toMatchObject({ status: "declined", reason: "exceeds_authorization" });
    if (first.status !== "succeeded") throw new Error("expected success");
    const refund = await gateway.refund({ idempotencyKey: "r1", captureId: first.transactionId, amount: eur("10.00") });
    expect(refund.status).toBe("succeeded");
    const void_ = await gateway.void({ idempotencyKey: "v1", authorizationId: auth.transactionId });
    expect(void_).toMatchObject({ status: "declined", reason: "already_captured" });
  });

  it("a timeout after the gateway acted, then a retry with the same key, captures once", async () => {
    let failNext = true;
    const gateway = createInMemoryPaymentGateway({
      timeout: (operation) => {
        if (operation === "capture" && failNext) {
          failNext = false;
          return "after";
        }
        return undefined;
      },
    });
    const auth = await gateway.authorize({
      idempotencyKey: "a1",
      amount: eur("100.00"),
      paymentMethod: "pm",
      reference: "SO-1",
    });
    if (auth.status !== "succeeded") throw new Error("expected success");
    const capture = () =>
      gateway.capture({ idempotencyKey: "cap-SO-1", authorizationId: auth.transactionId, amount: eur("100.00") });
    await expect(capture()).rejects.toSatisfy((error: unknown) => isO2CError(error, "GATEWAY_TIMEOUT"));
    const retried = await capture();
    const replayed = await capture();
    expect(retried.status).toBe("succeeded");
    expect(replayed).toEqual(retried);
    expect(gateway.calls.capture).toBe(1);
  });

  it("a timeout before the gateway acted leaves nothing done, and the key can be retried", async () => {
    let fail = true;
    const gateway = createInMemoryPaymentGateway({ timeout: () => (fail ? "before" : undefined) });
    const request = { idempotencyKey: "a1", amount: eur("5.00"), paymentMethod: "pm", reference: "SO-2" };
    await expect(gateway.authorize(request)).rejects.toSatisfy((error: unknown) =>
      isO2CError(error, "GATEWAY_TIMEOUT"),
    );
    expect(gateway.calls.authorize).toBe(0);
    fail = false;
    expect((await gateway.authorize(request)).status).toBe("succeeded");
  });

  it("refuses a key reused for another request, declines on demand, and delivers webhooks twice when asked", async () => {
    const gateway = createInMemoryPaymentGateway({
      decline: (request) => (request.amount.greaterThan(eur("1000.00")) ? "insufficient_funds" : undefined),
      duplicateWebhooks: true,
    });
    await gateway.authorize({ idempotencyKey: "k", amount: eur("1.00"), paymentMethod: "pm", reference: "r" });
    await expect(
      gateway.authorize({ idempotencyKey: "k", amount: eur("2.00"), paymentMethod: "pm", reference: "r" }),
    ).rejects.toSatisfy((error: unknown) => isO2CError(error, "IDEMPOTENCY_KEY_REUSED"));
    const declined = await gateway.authorize({
      idempotencyKey: "k2",
      amount: eur("5000.00"),
      paymentMethod: "pm",
      reference: "r",
    });
    expect(declined).toMatchObject({ status: "declined", reason: "insufficient_funds" });
    const webhooks = gateway.drainWebhooks();
    expect(webhooks).toHaveLength(4);
    const events = webhooks.map((w) => gateway.parseWebhook(w));
    expect(new Set(events.map((e) => e.id)).size).toBe(2);
    expect(events[0]?.amount?.toString()).toBe("1.00");
    expect(() => gateway.parseWebhook({ id: 1 })).toThrow(ValidationError);
    expect(() =>
      gateway.parseWebhook({ id: "e", type: "payment.teleported", transactionId: "t", occurredAt: "2026-01-01" }),
    ).toThrow(ValidationError);
    expect(() =>
      gateway.parseWebhook({
        id: "e",
        type: "capture.succeeded",
        transactionId: "t",
        occurredAt: "x",
        amount: { amount: 1, currency: "EUR" },
      }),
    ).toThrow(ValidationError);
  });
});

describe("in-memory inventory", () => {
  const stock = [
    { sku: "BOLT", warehouseId: "HAM", onHand: 5 },
    { sku: "BOLT", warehouseId: "MUC", onHand: 4 },
    { sku: "NUT", warehouseId: "HAM", onHand: 0 },
  ];

  it("reserves across warehouses, backorders the rest and suggests an alternative", async () => {
    const inventory = createInMemoryInventory({ stock, alternatives: { NUT: { availableOn: "2026-11-30" } } });
    const bolts = await inventory.reserve({ reservationId: "SO-1/1", sku: "BOLT", quantity: 12 });
    expect(bolts).toMatchObject({ reserved: 9, backordered: 3 });
    expect(bolts.allocations).toEqual([
      { warehouseId: "HAM", quantity: 5 },
      { warehouseId: "MUC", quantity: 4 },
    ]);
    const nuts = await inventory.reserve({ reservationId: "SO-1/2", sku: "NUT", quantity: 1 });
    expect(nuts).toMatchObject({ reserved: 0, backordered: 1, alternative: { availableOn: "2026-11-30" } });
    expect(await inventory.availability("BOLT")).toEqual({ sku: "BOLT", onHand: 9, reserved: 9, available: 0 });
  });

  it("is idempotent by reservation and shipment id, and releases and commits within what is reserved", async () => {
    const inventory = createInMemoryInventory({ stock });
    await inventory.reserve({ reservationId: "r", sku: "BOLT", quantity: 6 });
    expect((await inventory.reserve({ reservationId: "r", sku: "BOLT", quantity: 6 })).reserved).toBe(6);
    await inventory.commit({ reservationId: "r", quantity: 2, shipmentId: "s1" });
    await inventory.commit({ reservationId: "r", quantity: 2, shipmentId: "s1" });
    expect(await inventory.availability("BOLT")).toMatchObject({ onHand: 7, reserved: 4 });
    await expect(inventory.commit({ reservationId: "r", quantity: 5, shipmentId: "s2" })).rejects.toSatisfy(
      (error: unknown) => isO2CError(error, "INVENTORY_INVALID_QUANTITY"),
    );
    const released = await inventory.release({ reservationId: "r", quantity: 1 });
    expect(released.reserved).toBe(3);
    expect((await inventory.release({ reservationId: "r" })).reserved).toBe(0);
    expect(await inventory.availability("BOLT")).toMatchObject({ onHand: 7, reserved: 0, available: 7 });
  });

  it("commits from the warehouse the goods leave, releasing elsewhere what was shipped from free stock", async () => {
    const inventory = createInMemoryInventory({ stock });
    await inventory.reserve({ reservationId: "r", sku: "BOLT", quantity: 7 }); // HAM 5, MUC 2
    const first = await inventory.commit({ reservationId: "r", quantity: 1, shipmentId: "s1", warehouseId: "MUC" });
    expect(first.allocations).toEqual([
      { warehouseId: "HAM", quantity: 5 },
      { warehouseId: "MUC", quantity: 1 },
    ]);
    // MUC has 1 reserved and 2 free: 4 cannot leave from there, and the refusal changes nothing.
    await expect(
      inventory.commit({ reservationId: "r", quantity: 4, shipmentId: "s2", warehouseId: "MUC" }),
    ).rejects.toSatisfy((e: unknown) => isO2CError(e, "INVENTORY_INVALID_QUANTITY"));
    expect(await inventory.availability("BOLT")).toEqual({ sku: "BOLT", onHand: 8, reserved: 6, available: 2 });
    // 3 leave MUC: its 1 reserved and 2 free; HAM's reservation shrinks by the 2 no longer needed.
    const second = await inventory.commit({ reservationId: "r", quantity: 3, shipmentId: "s2", warehouseId: "MUC" });
    expect(second).toMatchObject({ reserved: 3, backordered: 0, allocations: [{ warehouseId: "HAM", quantity: 3 }] });
    expect(await inventory.availability("BOLT")).toEqual({ sku: "BOLT", onHand: 5, reserved: 3, available: 2 });
    const muc = await inventory.reserve({ reservationId: "probe", sku: "BOLT", quantity: 9, warehouseId: "MUC" });
    expect(muc.reserved).toBe(0);
  });

  it("refuses unknown SKUs, unknown reservations and bad quantities with typed errors", async () => {
    const inventory = createInMemoryInventory({ stock });
    const cases: [Promise<unknown>, string][] = [
      [inventory.reserve({ reservationId: "x", sku: "NOPE", quantity: 1 }), "INVENTORY_UNKNOWN_SKU"],
      [inventory.reserve({ reservationId: "x", sku: "BOLT", quantity: -1 }), "INVENTORY_INVALID_QUANTITY"],
      [inventory.reserve({ reservationId: "x", sku: "BOLT", quantity: 1.5 }), "INVENTORY_INVALID_QUANTITY"],
      [inventory.release({ reservationId: "missing" }), "INVENTORY_UNKNOWN_RESERVATION"],
      [inventory.availability("NOPE"), "INVENTORY_UNKNOWN_SKU"],
    ];
    for (const [promise, code] of cases) await expect(promise).rejects.toSatisfy((e: unknown) => isO2CError(e, code));
  });
});

describe("in-memory FX rates", () => {
  const fx = createInMemoryFxRates([
    { base: "EUR", quote: "USD", rate: "1.0843", date: "2026-10-01", source: "ECB" },
    { base: "EUR", quote: "USD", rate: "1.0900", date: "2026-10-10", source: "ECB" },
  ]);

  it("takes the latest rate on or before the date, derives the inverse and knows nothing before", async () => {
    expect((await fx.getRate({ base: "EUR", quote: "USD", date: "2026-10-09" }))?.rate.toString()).toBe("1.0843");
    expect(await fx.getRate({ base: "EUR", quote: "USD", date: "2026-10-12" })).toMatchObject({ date: "2026-10-10" });
    const inverse = await fx.getRate({ base: "USD", quote: "EUR", date: "2026-10-12" });
    expect(inverse?.source).toBe("ECB (inverse)");
    expect(inverse?.rate.times("1.09").value.toDecimalPlaces(20).toString()).toBe("1");
    expect(await fx.getRate({ base: "EUR", quote: "USD", date: "2026-09-30" })).toBeUndefined();
    expect(await fx.getRate({ base: "EUR", quote: "GBP", date: "2026-10-12" })).toBeUndefined();
  });
});

describe("in-memory notifier, flat tax, ids, clock and events", () => {
  it("fails a notification on demand without recording it", async () => {
    const notifier = createInMemoryNotifier({ fail: (n) => (n.channel === "sms" ? "no gateway" : undefined) });
    const result = await notifier.send({ id: "1", channel: "sms", recipient: "+49", template: "t", data: {} });
    expect(result).toEqual({ status: "failed", id: "1", reason: "no gateway" });
    expect(notifier.sent).toHaveLength(0);
  });

  const request = (rounding: "line" | "document", priceMode: "exclusive" | "inclusive" = "exclusive"): TaxRequest => ({
    currency: "EUR",
    date: "2026-10-14",
    priceMode,
    rounding,
    seller: { country: "FR" },
    buyer: { country: "FR", taxStatus: "consumer" },
    lines: Array.from({ length: 10 }, (_, i) => ({ id: String(i), amount: eur("3.60"), taxClass: "food" })),
  });
  const tax = createFlatRateTaxProvider([
    { country: "FR", taxClass: "food", ratePercent: "5.5" },
    { country: "FR", taxClass: "*", ratePercent: "20" },
  ]);

  it("rounds per line or per document as asked: 10 x 3.60 at 5.5 %", async () => {
    const perLine = await tax.calculate(request("line"));
    const perDocument = await tax.calculate(request("document"));
    expect(perLine.totalTax.toString()).toBe("2.00");
    expect(perDocument.totalTax.toString()).toBe("1.98");
    for (const result of [perLine, perDocument]) {
      const sum = Money.sum(
        result.breakdown.map((b) => b.taxAmount),
        "EUR",
      );
      expect(sum.equals(result.totalTax)).toBe(true);
      for (const line of result.lines) expect(line.net.add(line.tax).equals(line.gross)).toBe(true);
    }
  });

  it("back-calculates inclusive prices so net + tax is the shown gross", async () => {
    const result = await tax.calculate(request("line", "inclusive"));
    for (const line of result.lines) expect(line.gross.toString()).toBe("3.60");
    expect(result.totalGross.toString()).toBe("36.00");
  });

  it("refuses a country without a rule with TAX_NO_RULE and the line's path", async () => {
    const bad = { ...request("line"), buyer: { country: "US", taxStatus: "consumer" as const } };
    await expect(tax.calculate(bad)).rejects.toSatisfy(
      (e: unknown) => isO2CError(e, "TAX_NO_RULE") && JSON.stringify(e.path) === '["lines",0,"taxClass"]',
    );
  });

  it("makes ids and events from the ports only", () => {
    const random = createRandomIdGenerator();
    expect(random.next()).toMatch(/^[0-9a-f-]{36}$/);
    expect(random.next("x")).not.toBe(random.next("x"));
    const clock = createFixedClock("2026-10-14T09:00:00Z");
    const ids = createSequentialIdGenerator();
    const event = createDomainEvent(
      { type: "invoice.issued", aggregateType: "invoice", aggregateId: "i1", payload: {}, correlationId: "o1" },
      { clock, ids },
    );
    expect(event).toMatchObject({ id: "evt_000001", correlationId: "o1", occurredAt: "2026-10-14T09:00:00.000Z" });
    expect(() => createFixedClock("not a date")).toThrow(/instant/);
  });
});
