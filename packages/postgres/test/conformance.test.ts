import { defineStoreConformanceSuite } from "@o2c/core/testing";
import { createPgStore, migrate, pgDatabase } from "@o2c/postgres";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { event, rejectsWith, usePglite } from "./helpers.js";

// One PGlite instance for the whole file (it takes seconds to start); every test gets a schema of its own.
const pglite = usePglite("conformance");

defineStoreConformanceSuite(
  { describe, it },
  {
    name: "PGlite store conformance",
    createStore: async () => {
      const store = pglite.store();
      await store.migrate();
      return store;
    },
  },
);

const url = process.env["O2C_PG_URL"];
if (url === undefined) {
  console.warn("O2C_PG_URL is not set: the conformance suite against a PostgreSQL server through pg is skipped");
}

describe.skipIf(url === undefined)("pg server", () => {
  let pool: pg.Pool;
  let serverSchemas = 0;
  const run = `run_${process.pid}_${Math.floor(performance.now())}`;

  beforeAll(() => {
    pool = new pg.Pool({ connectionString: url, max: 8 });
  });

  afterAll(async () => {
    const { rows } = await pool.query<{ nspname: string }>("SELECT nspname FROM pg_namespace WHERE nspname LIKE $1", [
      `${run}%`,
    ]);
    for (const row of rows) await pool.query(`DROP SCHEMA "${row.nspname}" CASCADE`);
    await pool.end();
  });

  defineStoreConformanceSuite(
    { describe, it },
    {
      name: "pg store conformance",
      createStore: async () => {
        const store = createPgStore(pool, { schema: `${run}_${++serverSchemas}` });
        await store.migrate();
        return store;
      },
    },
  );

  // Real concurrency: two connections, one transaction holding a row lock while the other waits.
  const gate = () => {
    let open: () => void = () => undefined;
    const opened = new Promise<void>((resolve) => {
      open = resolve;
    });
    return { open, opened };
  };

  it("makes a concurrent writer of the same version wait, then fail with STORE_CONFLICT", async () => {
    const store = createPgStore(pool, { schema: `${run}_race` });
    await store.migrate();
    await store.transaction((tx) => tx.repository("docs").insert("a", { n: 0 }));
    const written = gate();
    const release = gate();
    const first = store.transaction(async (tx) => {
      await tx.repository("docs").update("a", { n: 1 }, 1);
      written.open();
      await release.opened;
    });
    await written.opened;
    const second = store.transaction((tx) => tx.repository("docs").update("a", { n: 2 }, 1));
    release.open();
    await first;
    await rejectsWith(second, "STORE_CONFLICT");
    const read = await store.transaction((tx) => tx.repository("docs").get("a"));
    expect(read).toEqual({ id: "a", version: 2, value: { n: 1 } });
  });

  it("keeps events out of the outbox until their transaction commits", async () => {
    const store = createPgStore(pool, { schema: `${run}_outbox` });
    await store.migrate();
    const seen = await store.transaction(async (tx) => {
      await tx.appendEvents([event("e1")]);
      return store.outbox.pending();
    });
    expect(seen).toEqual([]);
    expect((await store.outbox.pending()).map((p) => p.event.id)).toEqual(["e1"]);
  });

  it("applies each migration once when several instances migrate at the same time", async () => {
    const reports = await Promise.all(
      Array.from({ length: 4 }, () => migrate(pgDatabase(pool), { schema: `${run}_migrate` })),
    );
    expect(reports.flatMap((r) => r.applied)).toEqual(["0001_store_tables"]);
  });
});
