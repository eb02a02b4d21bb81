import { PGlite } from "@electric-sql/pglite";
import { ValidationError } from "@o2c/core";
import { createPgliteStore, MIGRATIONS, migrate, pgliteDatabase } from "@o2c/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rejectsWith } from "./helpers.js";

let db: PGlite;

beforeAll(async () => {
  db = new PGlite();
  await db.waitReady;
}, 60_000);

afterAll(async () => {
  await db.close();
});

async function tablesOf(schema: string): Promise<string[]> {
  const { rows } = await db.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name",
    [schema],
  );
  return rows.map((r) => r.table_name);
}

describe("MIGRATIONS", () => {
  it("has unique ids in ascending order and names tables only through placeholders", () => {
    const ids = MIGRATIONS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const migration of MIGRATIONS) {
      for (const statement of migration.statements) expect(statement).not.toMatch(/o2c_/);
    }
  });
});

describe("migrate", () => {
  it("creates the tables once; applying again is a no-op that keeps the data", async () => {
    const database = pgliteDatabase(db);
    const first = await migrate(database, { schema: "twice" });
    expect(first.applied).toEqual(["0001_store_tables"]);
    expect(await tablesOf("twice")).toEqual([
      "o2c_documents",
      "o2c_idempotency",
      "o2c_migrations",
      "o2c_outbox",
      "o2c_sequences",
    ]);
    const store = createPgliteStore(db, { schema: "twice" });
    await store.transaction((tx) => tx.repository("docs").insert("a", { n: 1 }));
    const second = await migrate(database, { schema: "twice" });
    expect(second).toEqual({ applied: [], current: ["0001_store_tables"] });
    expect((await store.migrate()).applied).toEqual([]);
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM "twice"."o2c_migrations"');
    expect(rows).toEqual([{ n: 1 }]);
    expect(await store.transaction((tx) => tx.repository("docs").get("a"))).toEqual({
      id: "a",
      version: 1,
      value: { n: 1 },
    });
  });

  it("keeps stores with different schemas or prefixes apart", async () => {
    const bySchema = createPgliteStore(db, { schema: "apart" });
    const byPrefix = createPgliteStore(db, { schema: "apart", tablePrefix: "other_" });
    const noPrefix = createPgliteStore(db, { schema: "apart", tablePrefix: "" });
    for (const store of [bySchema, byPrefix, noPrefix]) {
      expect((await store.migrate()).applied).toEqual(["0001_store_tables"]);
    }
    expect(await tablesOf("apart")).toHaveLength(15);
    await bySchema.transaction(async (tx) => {
      await tx.repository("docs").insert("a", { from: "schema" });
      await tx.nextSequenceValue("INV");
      await tx.putIdempotencyRecord({ key: "k", fingerprint: undefined, result: 1 });
      await tx.appendEvents([
        { id: "e1", type: "t", aggregateType: "x", aggregateId: "1", occurredAt: "", payload: {} },
      ]);
    });
    for (const store of [byPrefix, noPrefix]) {
      await store.transaction(async (tx) => {
        expect(await tx.repository("docs").get("a")).toBeUndefined();
        expect(await tx.currentSequenceValue("INV")).toBe(0);
        expect(await tx.getIdempotencyRecord("k")).toBeUndefined();
      });
      expect(await store.outbox.pending()).toEqual([]);
    }
    expect((await bySchema.outbox.pending()).map((p) => p.event.id)).toEqual(["e1"]);
  });

  it("uses the connection's search_path when no schema is given", async () => {
    const store = createPgliteStore(db, { tablePrefix: "plain_" });
    await store.migrate();
    expect(await tablesOf("public")).toContain("plain_documents");
  });

  it("refuses tables that carry a migration this version does not know", async () => {
    const store = createPgliteStore(db, { schema: "future" });
    await store.migrate();
    await db.query(`INSERT INTO "future"."o2c_migrations" (id) VALUES ('9999_from_the_future')`);
    const error = await rejectsWith(store.migrate(), "STORE_SCHEMA_TOO_NEW");
    expect(error["details"]).toEqual({ unknown: ["9999_from_the_future"] });
  });

  it("rejects bad schema names and prefixes with VALIDATION_FAILED, by issue code and path", () => {
    const cases = [
      [{ schema: "Billing" }, "INVALID_FORMAT", ["schema"]],
      [{ schema: 'x"; DROP TABLE y; --' }, "INVALID_FORMAT", ["schema"]],
      [{ tablePrefix: "1abc" }, "INVALID_FORMAT", ["tablePrefix"]],
      [{ tablePrefix: "a".repeat(41) }, "TOO_BIG", ["tablePrefix"]],
      [{ schema: "" }, "INVALID_FORMAT", ["schema"]],
      [{ schemaName: "x" }, "UNRECOGNIZED_KEYS", []],
    ] as const;
    for (const [options, code, path] of cases) {
      let caught: unknown;
      try {
        createPgliteStore(db, options as never);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      const issue = (caught as ValidationError).issues[0];
      expect({ code: issue?.code, path: issue?.path }).toEqual({ code, path });
    }
  });

  it("fails with STORE_UNAVAILABLE, cause kept and nothing applied, when a statement fails", async () => {
    await db.query('CREATE SCHEMA "blocked"');
    await db.query('CREATE TABLE "blocked"."o2c_outbox" (x int)');
    const error = await rejectsWith(migrate(pgliteDatabase(db), { schema: "blocked" }), "STORE_UNAVAILABLE");
    expect((error.cause as { code?: string }).code).toBe("42P07");
    expect(await tablesOf("blocked")).toEqual(["o2c_outbox"]);
  });
});
