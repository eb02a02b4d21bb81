// The o2c end-to-end demo on the in-memory default adapters: `pnpm demo [OUTDIR]`.
// Each stop is one package's own demo; it prints what it does and why. With OUTDIR, the invoicing stop also
// writes the invoice's UBL, CII and HTML files there.
import { demoCashApplication } from "./cashApplication.js";
import { demoCore } from "./core.js";
import { demoCredit } from "./credit.js";
import { demoInvoicing } from "./invoicing.js";
import { demoOrders } from "./orders.js";
import { demoPricing } from "./pricing.js";

const print = (line: string) => console.log(line);
const section = (title: string) => console.log(`\n=== ${title}\n`);

section("1. Core: exact money, rounding, dates, errors, store");
await demoCore(print);
section("2. Pricing and tax: a multi-country order, explained");
await demoPricing(print);
section("3. Credit: approve, hold, reject, with reasons");
await demoCredit(print);
section("4. Orders: partial shipment, a return, a cancelled line");
await demoOrders(print);
section("5. Invoicing: terms, discount, e-invoices");
await demoInvoicing(print, process.argv[2]);
section("6. Cash application: bank payments matched to invoices");
await demoCashApplication(print);
console.log("\nDone.");
