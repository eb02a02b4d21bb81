import { PGlite } from "@electric-sql/pglite";
import { defineStoreConformanceSuite } from "@o2c/core/testing";
import { createPgliteStore, createPgStore } from "@o2c/postgres";
import pg from "pg";
import { afterAll, beforeAll, describe, it } from "vitest";

// One PGlite instance for the whole file (it takes seconds to start); every test gets a schema of its own.
let db: PGlite;
let schemas = 0;

beforeAll(async () => {
  db = new PGlite();
  await db.waitReady;
}, 60_000);

afterAll(async () => {
  await db.close();
});

defineStoreConformanceSuite(
  { describe, it },
  {
    name: "PGlite store conformance",
    createStore: async () => {
      const store = createPgliteStore(db, { schema: `conformance_${++schemas}` });
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
});
