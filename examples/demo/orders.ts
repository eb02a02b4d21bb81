// Demo: one order through @o2c/orders on the in-memory adapters: captured, priced by @o2c/pricing, approved by
// @o2c/credit, reserved with a backorder, shipped in two parts from two warehouses, delayed, a line cancelled, a
// return received and credited, delivered, invoiced and closed. Each step is one store transaction; the effects
// (stock commits and releases, the delay notice, the credit-note request) go through the outbox.
import {
  createFixedClock,
  createInMemoryFxRates,
  createInMemoryInventory,
  createInMemoryNotifier,
  createInMemoryStore,
  createSequentialIdGenerator,
} from "@o2c/core";
import { createInMemoryCreditData } from "@o2c/credit";
import { createCreditService, createOrderService, createPricingService, type OrderView } from "@o2c/orders";
import { createCatalog, createRuleBasedTaxProvider, exampleTaxRules } from "@o2c/pricing";

export async function demoOrders(print: (line: string) => void): Promise<void> {
  const clock = createFixedClock("2026-10-14T09:00:00Z");
  const store = createInMemoryStore();
  const inventory = createInMemoryInventory({
    stock: [
      { sku: "BOLT-M8", warehouseId: "HAM", onHand: 600 },
      { sku: "BOLT-M8", warehouseId: "BER", onHand: 200 },
      { sku: "NUT-M8", warehouseId: "HAM", onHand: 5000 },
      { sku: "WASHER-M8", warehouseId: "BER", onHand: 300 },
    ],
    alternatives: { "BOLT-M8": { availableOn: "2026-11-02" } },
  });
  const notifier = createInMemoryNotifier();
  const catalog = createCatalog({
    products: [
      { id: "BOLT-M8", taxClass: "standard" },
      { id: "NUT-M8", taxClass: "standard" },
      { id: "WASHER-M8", taxClass: "standard" },
    ],
    priceLists: [
      {
        id: "de-trade",
        currency: "EUR",
        prices: [
          { productId: "BOLT-M8", unitPrice: "0.35" },
          { productId: "NUT-M8", unitPrice: "0.12" },
          { productId: "WASHER-M8", unitPrice: "0.05" },
        ],
      },
    ],
  });
  const service = createOrderService({
    store,
    inventory,
    notifier,
    clock,
    ids: createSequentialIdGenerator(),
    services: {
      ...createPricingService(
        catalog,
        { taxProvider: createRuleBasedTaxProvider(exampleTaxRules), seller: { country: "DE" } },
        { clock },
      ),
      ...createCreditService(
        {
          data: createInMemoryCreditData({
            profiles: [{ customerId: "HAFENBAU", currency: "EUR", limit: { amount: "5000.00", currency: "EUR" } }],
          }),
          fx: createInMemoryFxRates([]),
        },
        { clock },
      ),
    },
  });

  const show = (step: string, order: OrderView) => {
    const lines = order.context.lines
      .map((l) => `${l.sku} ord ${l.ordered} cxl ${l.cancelled} res ${l.reserved} shp ${l.shipped} ret ${l.returned}`)
      .join("; ");
    print(`${step.padEnd(34)} -> ${order.state.padEnd(13)} | ${lines}`);
  };

  const address = {
    name: "Hafenbau GmbH",
    line1: "Am Sandtorkai 1",
    city: "Hamburg",
    postalCode: "20457",
    country: "DE",
  };
  let order = await service.placeOrder({
    idempotencyKey: "web-7f3a",
    customer: { id: "HAFENBAU", email: "einkauf@hafenbau.example" },
    currency: "EUR",
    lines: [
      { sku: "BOLT-M8", quantity: 1000 },
      { sku: "NUT-M8", quantity: 1000 },
      { sku: "WASHER-M8", quantity: 200 },
    ],
    billingAddress: address,
    shippingAddress: address,
    requestedDeliveryDate: "2026-10-20",
    customerPoNumber: "PO-2026-0815",
    channel: "web",
  });
  const { orderId } = order;
  show("placed, priced, approved, reserved", order);
  print(
    `  priced: net ${order.context.priced?.net} + VAT ${order.context.priced?.tax} = ${order.context.priced?.gross} EUR; credit ${order.context.credit?.status}`,
  );
  print(
    `  BOLT-M8 backordered ${order.context.lines[0]?.backordered}, expected back ${order.context.lines[0]?.alternative?.availableOn}`,
  );
  const again = await service.placeOrder({ ...(order.context.order as object) });
  print(`  the same submission again returns ${again.orderId} (the first order)`);

  const ship = (shipmentId: string, warehouseId: string, lines: { lineId: string; quantity: number }[]) =>
    service.send(orderId, {
      type: "shipment.dispatch",
      shipmentId,
      warehouseId,
      carrier: "DHL",
      trackingNumber: `JJD0001${shipmentId}`,
      shippedOn: "2026-10-15",
      lines,
    });
  order = await ship("S1", "HAM", [
    { lineId: "1", quantity: 600 },
    { lineId: "2", quantity: 1000 },
  ]);
  show("shipment S1 from HAM", order);
  order = await ship("S2", "BER", [{ lineId: "1", quantity: 200 }]);
  show("shipment S2 from BER", order);
  order = await service.send(orderId, {
    type: "shipment.delayed",
    shipmentId: "S2",
    expectedOn: "2026-10-19",
    reason: "depot strike",
  });
  show("S2 delayed", order);
  print(`  notified ${notifier.sent[0]?.recipient} with template ${notifier.sent[0]?.template}`);
  order = await service.send(orderId, {
    type: "line.cancel",
    lineId: "3",
    quantity: 200,
    reason: "customer sources washers locally",
  });
  show("washer line cancelled", order);
  print(`  WASHER-M8 reserved in inventory now ${(await inventory.availability("WASHER-M8")).reserved}`);
  order = await service.send(orderId, {
    type: "line.cancel",
    lineId: "1",
    quantity: 200,
    reason: "backorder no longer needed",
  });
  show("bolt backorder cancelled", order);
  order = await service.send(orderId, { type: "shipment.delivered", shipmentId: "S1", deliveredOn: "2026-10-16" });
  show("S1 delivered", order);
  order = await service.send(orderId, { type: "shipment.delivered", shipmentId: "S2", deliveredOn: "2026-10-19" });
  show("S2 delivered", order);
  order = await service.send(orderId, { type: "order.invoice", invoiceId: "RE-2026-0001" });
  show("invoiced", order);
  order = await service.send(orderId, {
    type: "return.authorize",
    rmaId: "RMA-1",
    lines: [{ lineId: "2", quantity: 100, reason: "wrong thread" }],
  });
  show("return RMA-1 authorised", order);
  order = await service.send(orderId, {
    type: "return.receive",
    rmaId: "RMA-1",
    dispositions: [{ lineId: "2", disposition: "restock" }],
  });
  show("return RMA-1 received", order);
  const creditNote = (await store.outbox.pending()).find((e) => e.event.type === "order.invoicing.creditNote");
  const request = creditNote?.event.payload as {
    request: { lines: { net: { amount: string }; tax: { amount: string } }[] };
  };
  print(
    `  credit-note request to invoicing: net ${request.request.lines[0]?.net.amount} + VAT ${request.request.lines[0]?.tax.amount} EUR at the original prices`,
  );
  try {
    await service.send(orderId, {
      type: "shipment.dispatch",
      shipmentId: "S3",
      warehouseId: "HAM",
      carrier: "DHL",
      trackingNumber: "X",
      shippedOn: "2026-10-21",
      lines: [{ lineId: "1", quantity: 1 }],
    });
  } catch (error) {
    const { code, details } = error as { code: string; details: Record<string, unknown> };
    print(`  a shipment now is refused: ${code} (${details["state"]}, ${details["event"]}); nothing changed`);
  }
  order = await service.send(orderId, { type: "order.close" });
  show("closed", order);
}
