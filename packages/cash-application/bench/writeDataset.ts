// Writes a generated, labelled cash-application data set (FORMAT.md shapes) for held-out measurements.
// Run: npx tsx --conditions=@o2c/source packages/cash-application/bench/writeDataset.ts \
//        --seed S --profile default|hard|clean|international --customers N --items N --payments N --out DIR
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateDataset } from "../test/dataset/generateDataset.js";
import { PROFILE_NAMES, type ProfileName } from "../test/dataset/types.js";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "heldout-1" },
    profile: { type: "string", default: "default" },
    customers: { type: "string", default: "300" },
    items: { type: "string", default: "6000" },
    payments: { type: "string", default: "2000" },
    out: { type: "string" },
  },
});

function count(name: "customers" | "items" | "payments"): number {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  return n;
}

const profile = values.profile as ProfileName;
if (!PROFILE_NAMES.includes(profile)) throw new Error(`--profile must be one of ${PROFILE_NAMES.join(", ")}`);
if (!values.out) throw new Error("--out DIR is required");

/** One record per line, as the benchmark files are laid out. */
function arrayJson(records: readonly unknown[]): string {
  return `[\n${records.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`;
}

function objectJson(record: Readonly<Record<string, unknown>>): string {
  const lines = Object.entries(record).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{\n${lines.join(",\n")}\n}\n`;
}

const started = performance.now();
const dataset = generateDataset({
  seed: values.seed,
  profile,
  customers: count("customers"),
  openItems: count("items"),
  payments: count("payments"),
});
const generatedMs = performance.now() - started;

mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, "customers.json"), arrayJson(dataset.customers));
writeFileSync(join(values.out, "invoices.json"), arrayJson(dataset.invoices));
writeFileSync(join(values.out, "payments.json"), arrayJson(dataset.payments));
writeFileSync(join(values.out, "truth.json"), objectJson(dataset.truth));

const perKind = new Map<string, number>();
for (const entry of Object.values(dataset.truth)) perKind.set(entry.kind, (perKind.get(entry.kind) ?? 0) + 1);
console.log(
  `${values.out}: ${dataset.customers.length} customers, ${dataset.invoices.length} open items, ` +
    `${dataset.payments.length} payments (seed ${values.seed}, profile ${profile}) in ${generatedMs.toFixed(0)} ms`,
);
for (const [kind, n] of [...perKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(20)} ${n}`);
