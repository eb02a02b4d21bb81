// The o2c end-to-end demo on the in-memory default adapters: `pnpm demo`.
// Each stop is one package's own demo; it prints what it does and why.
import { demoCore } from "./core.js";

const print = (line: string) => console.log(line);
const section = (title: string) => console.log(`\n=== ${title}\n`);

async function optional(file: string, name: string, title: string, ...args: unknown[]): Promise<void> {
  let module: Record<string, unknown>;
  try {
    module = (await import(file)) as Record<string, unknown>;
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_MODULE_NOT_FOUND") return;
    throw error;
  }
  const run = module[name];
  if (typeof run !== "function") return;
  section(title);
  await (run as (...a: unknown[]) => Promise<void>)(print, ...args);
}

section("1. Core: exact money, rounding, dates, errors, store");
await demoCore(print);
await optional("./pricing.js", "demoPricing", "2. Pricing and tax: a multi-country order, explained");
await optional("./credit.js", "demoCredit", "3. Credit: approve, hold, reject, with reasons");
await optional("./orders.js", "demoOrders", "4. Orders: partial shipment, a return, a cancelled line");
await optional("./invoicing.js", "demoInvoicing", "5. Invoicing: terms, discount, e-invoices", process.argv[2]);
await optional("./cashApplication.js", "demoCashApplication", "6. Cash application: bank payments matched to invoices");
console.log("\nDone.");
