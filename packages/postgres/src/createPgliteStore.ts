import { createPostgresStore, type PostgresStore } from "./createPostgresStore.js";
import type { PostgresStoreOptions } from "./PostgresStoreOptions.js";
import { type PgliteLike, pgliteDatabase } from "./pgliteDatabase.js";

/**
 * The {@link Store} on PGlite, PostgreSQL compiled to WebAssembly: one connection, in the same process, in memory
 * or on disk. Transactions run one at a time.
 *
 * @param db - A PGlite instance you create and close.
 * @param options - The schema and table prefix.
 * @returns The store; call `store.migrate()` once before using it.
 * @throws {@link ValidationError} `invalid_format` or `too_big` (path `schema` or `tablePrefix`) for a bad name.
 * @example
 * ```ts
 * import { PGlite } from "@electric-sql/pglite";
 * import { createPgliteStore } from "@o2c/postgres";
 *
 * const db = new PGlite();
 * const store = createPgliteStore(db);
 * await store.migrate();
 * await store.transaction(async (tx) => {
 *   await tx.repository<{ customer: string }>("orders").insert("o1", { customer: "ACME" });
 *   await tx.appendEvents([
 *     { id: "e1", type: "order.placed", aggregateType: "order", aggregateId: "o1", occurredAt: "2026-10-14T09:00:00.000Z", payload: {} },
 *   ]);
 * });
 * const found = await store.transaction((tx) => tx.repository<{ customer: string }>("orders").findBy("customer", "ACME"));
 * found //=> [{ id: "o1", version: 1, value: { customer: "ACME" } }]
 * (await store.outbox.pending()).map((entry) => entry.event.id) //=> ["e1"]
 * await db.close();
 * ```
 * @since 0.1.0
 */
export function createPgliteStore(db: PgliteLike, options?: PostgresStoreOptions): PostgresStore {
  return createPostgresStore(pgliteDatabase(db), options);
}
