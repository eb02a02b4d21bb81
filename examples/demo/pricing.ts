// Demo: prices a realistic multi-country day of a German seller with @o2c/pricing and prints every number's reason.
// DE B2C with tax-inclusive shelf prices and a coupon, FR B2B under the EU reverse charge with tiered prices,
// a Washington State order with state and King County tax stacked, and a JPY order rounded per document.
// The tax rules are the package's EXAMPLE data (exampleTaxRules), not tax advice.
import {
  createCatalog,
  createRuleBasedTaxProvider,
  exampleTaxRules,
  type PricedOrder,
  type PricingContext,
  type PricingInput,
  priceOrder,
} from "@o2c/pricing";

const catalog = createCatalog({
  products: [
    { id: "espresso-beans-1kg", taxClass: "food" },
    { id: "grinder", taxClass: "standard", minimumUnitPrices: [{ amount: "89.00", currency: "EUR" }] },
    { id: "paper-filters", taxClass: "standard" },
    { id: "matcha-100g", taxClass: "food" },
    { id: "kettle", taxClass: "standard" },
  ],
  priceLists: [
    {
      id: "de-shelf-gross",
      currency: "EUR",
      priceMode: "inclusive",
      prices: [
        { productId: "espresso-beans-1kg", unitPrice: "24.90" },
        { productId: "grinder", unitPrice: "129.00" },
      ],
    },
    {
      id: "eu-trade-net",
      currency: "EUR",
      customerGroups: ["trade"],
      prices: [
        {
          productId: "espresso-beans-1kg",
          model: "volume",
          bands: [{ upTo: "49", unitPrice: "17.50" }, { unitPrice: "15.90" }],
        },
        {
          productId: "paper-filters",
          model: "tiered",
          bands: [{ upTo: "100", unitPrice: "0.0450" }, { upTo: "1000", unitPrice: "0.0380" }, { unitPrice: "0.0310" }],
        },
      ],
    },
    {
      id: "us-web",
      currency: "USD",
      channels: ["web"],
      prices: [
        { productId: "kettle", unitPrice: "79.99" },
        { productId: "espresso-beans-1kg", unitPrice: "29.00" },
      ],
    },
    {
      id: "jp-retail",
      currency: "JPY",
      prices: [
        { productId: "matcha-100g", unitPrice: "1980" },
        { productId: "kettle", unitPrice: "12800" },
      ],
    },
  ],
  promotions: [
    {
      id: "welcome-10",
      name: "Welcome coupon",
      couponCode: "WELCOME10",
      usageLimit: 1000,
      effect: { type: "orderPercent", percent: "10" },
    },
    {
      id: "trade-bulk",
      name: "Trade: 5 % on beans",
      customerGroups: ["trade"],
      productIds: ["espresso-beans-1kg"],
      effect: { type: "linePercent", percent: "5" },
    },
    {
      id: "kettle-gift",
      name: "Free beans with a kettle",
      channels: ["web"],
      effect: { type: "freeItem", productId: "espresso-beans-1kg", quantity: "1" },
      minSubtotal: { amount: "50.00", currency: "USD" },
    },
  ],
});

const taxProvider = createRuleBasedTaxProvider(exampleTaxRules);
const seller = { country: "DE", taxId: "DE123456789" };

const scenarios: { title: string; input: PricingInput; context: PricingContext }[] = [
  {
    title: "DE B2C, shelf prices include VAT, coupon WELCOME10",
    input: {
      currency: "EUR",
      date: "2026-03-02",
      customer: { id: "anna", taxStatus: "consumer", country: "DE" },
      couponCodes: ["welcome10"],
      lines: [
        { id: "1", productId: "espresso-beans-1kg", quantity: "2" },
        { id: "2", productId: "grinder", quantity: "1" },
      ],
    },
    context: { taxProvider, seller, priceMode: "inclusive", couponUsage: { timesUsed: () => 17 } },
  },
  {
    title: "FR B2B with a VAT id: EU reverse charge, volume and tiered prices",
    input: {
      currency: "EUR",
      date: "2026-03-02",
      customer: { id: "cafe-lyon", groups: ["trade"], taxStatus: "business", country: "FR", taxId: "FR40303265045" },
      lines: [
        { id: "1", productId: "espresso-beans-1kg", quantity: "60" },
        { id: "2", productId: "paper-filters", quantity: "1500" },
      ],
    },
    context: { taxProvider, seller },
  },
  {
    title: "US, Seattle (WA state + King County stacked), web channel gift",
    input: {
      currency: "USD",
      date: "2026-03-02",
      channel: "web",
      customer: { id: "sam", taxStatus: "consumer", country: "US", region: "US-WA-KING" },
      lines: [{ id: "1", productId: "kettle", quantity: "1" }],
    },
    context: { taxProvider, seller },
  },
  {
    title: "JP B2C in JPY (no minor unit), 8 % food and 10 % standard, rounded per document",
    input: {
      currency: "JPY",
      date: "2026-03-02",
      customer: { id: "yuki", taxStatus: "consumer", country: "JP" },
      lines: [
        { id: "1", productId: "matcha-100g", quantity: "3" },
        { id: "2", productId: "kettle", quantity: "1" },
      ],
    },
    context: { taxProvider, seller, rounding: "document" },
  },
];

function printOrder(title: string, order: PricedOrder, print: (line: string) => void): void {
  const c = order.currency;
  print(`== ${title}`);
  print(`   ${order.priceMode} prices, tax rounded per ${order.rounding}`);
  for (const line of order.lines) {
    print(`   line ${line.id}: ${line.quantity} x ${line.productId}${line.free ? " (free item)" : ""}`);
    for (const entry of line.explanation) print(`     - [${entry.type}] ${entry.text}`);
    print(`     = net ${line.net} + tax ${line.tax} = gross ${line.gross} ${c}`);
  }
  for (const promotion of order.appliedPromotions)
    print(`   applied: ${promotion.promotionId} -${promotion.amount} ${c}`);
  for (const skipped of order.notAppliedPromotions)
    print(`   not applied: ${skipped.promotionId ?? skipped.couponCode} (${skipped.reason}) ${skipped.message}`);
  for (const coupon of order.consumedCoupons) print(`   coupon used: ${coupon.code}`);
  for (const row of order.taxBreakdown) {
    const reason =
      row.exemptionReason === undefined ? "" : ` - ${row.exemptionReason} (${row.exemptionReasonCode ?? "no code"})`;
    print(
      `   tax ${row.jurisdiction} ${row.category} ${row.ratePercent}%: base ${row.taxableAmount}, tax ${row.taxAmount} ${c}${reason}`,
    );
  }
  for (const note of order.notes) print(`   note: ${note}`);
  const t = order.totals;
  print(`   totals: list ${t.list} - discount ${t.discount} = net ${t.net}; tax ${t.tax}; gross ${t.gross} ${c}`);
}

/**
 * Prices the demo orders and prints each line's explanation, the promotions, the tax breakdown and the totals.
 *
 * @param print - Where each line of the report goes (`console.log` in a terminal).
 */
export async function demoPricing(print: (line: string) => void): Promise<void> {
  for (const scenario of scenarios) {
    const order = await priceOrder(scenario.input, catalog, scenario.context);
    printOrder(scenario.title, order, print);
  }
}
