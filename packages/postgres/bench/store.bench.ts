// One typical o2c use-case transaction (read a document, update it at its version, take an invoice number from a
// gapless sequence, record an idempotency key and append an event) on the PGlite store, on a PostgreSQL server
// through pg when O2C_PG_URL is set, and on the in-memory store as the plain baseline, in the same process.
// Run: npx tsx --conditions=@o2c/source packages/postgres/bench/store.bench.ts
import { PGlite } from "@electric-sql/pglite";
import { createInMemoryStore, type Store } from "@o2c/core";
import pg from "pg";
import { Bench } from "tinybench";
import { createPgliteStore, createPgStore } from "../src/index.js";

let counter = 0;
async function useCase(store: Store): Promise<void> {
  const n = ++counter;
  await store.transaction(async (tx) => {
    const orders = tx.repository<{ status: string; total: string }>("orders");
    const order = await orders.get("o1");
    if (order === undefined) throw new Error("seed missing");
    await orders.update("o1", { status: `invoiced-${n}`, total: "119.00" }, order.version);
    const number = await tx.nextSequenceValue("INV-2026");
    await tx.putIdempotencyRecord({ key: `req-${n}`, fingerprint: "f", result: { number } });
    await tx.appendEvents([
      {
        id: `e${n}`,
        type: "invoice.issued",
        aggregateType: "invoice",
        aggregateId: `${number}`,
        occurredAt: "",
        payload: {},
      },
    ]);
  });
}

async function seed(store: Store): Promise<void> {
  await store.transaction((tx) => tx.repository("orders").insert("o1", { status: "open", total: "119.00" }));
}

const memory = createInMemoryStore();
await seed(memory);
const db = new PGlite();
const lite = createPgliteStore(db, { schema: "bench" });
await lite.migrate();
await seed(lite);
const url = process.env["O2C_PG_URL"];
const pool = url === undefined ? undefined : new pg.Pool({ connectionString: url, max: 4 });
const server = pool === undefined ? undefined : createPgStore(pool, { schema: `bench_${process.pid}` });
if (server !== undefined) {
  await server.migrate();
  await seed(server);
} else {
  console.warn("O2C_PG_URL is not set: the PostgreSQL server figures are skipped");
}

const bench = new Bench({ time: 3_000, warmupTime: 500 });
// `async: true`: without it tinybench calls each function once, unawaited, to find out, and that call would race
// the first measured one.
bench.add("in-memory store (baseline)", () => useCase(memory), { async: true });
bench.add("PGlite store", () => useCase(lite), { async: true });
if (server !== undefined) bench.add("pg store, PostgreSQL server", () => useCase(server), { async: true });
await bench.run();

for (const task of bench.tasks)
  if ((task.result as { error?: unknown } | undefined)?.error)
    console.error(task.name, (task.result as { error?: unknown }).error);
const rows = bench.tasks.map((task) => {
  const result = task.result as { latency?: { mean?: number }; throughput?: { mean?: number } } | undefined;
  return { name: task.name, meanMs: result?.latency?.mean ?? Number.NaN, perSecond: result?.throughput?.mean ?? 0 };
});
const baseline = rows[0]?.meanMs ?? Number.NaN;
for (const row of rows) {
  console.log(
    `${row.name.padEnd(32)} ${row.meanMs.toFixed(3).padStart(9)} ms/transaction  ${row.perSecond
      .toFixed(0)
      .padStart(7)} tx/s  ${(row.meanMs / baseline).toFixed(1).padStart(7)} x baseline`,
  );
}

if (server !== undefined && pool !== undefined) {
  // 8 concurrent writers on one document and one sequence: every conflict is reported, no number is lost.
  const before = await server.transaction((tx) => tx.currentSequenceValue("INV-2026"));
  const started = performance.now();
  const outcomes = await Promise.allSettled(Array.from({ length: 200 }, () => useCase(server)));
  const elapsed = performance.now() - started;
  const after = await server.transaction((tx) => tx.currentSequenceValue("INV-2026"));
  const ok = outcomes.filter((o) => o.status === "fulfilled").length;
  console.log(
    `pg, 200 concurrent use cases: ${ok} committed, ${200 - ok} STORE_CONFLICT, sequence advanced by ${after - before} in ${elapsed.toFixed(0)} ms`,
  );
  await pool.query(`DROP SCHEMA "bench_${process.pid}" CASCADE`);
  await pool.end();
}
await db.close();
