import { createPostgresStore, type PostgresStore } from "./createPostgresStore.js";
import type { PostgresStoreOptions } from "./PostgresStoreOptions.js";
import { type PgliteLike, pgliteDatabase } from "./pgliteDatabase.js";

/**
 * The `Store` on PGlite, PostgreSQL compiled to WebAssembly: one connection, in the same process, in memory
 * or on disk. Transactions run one at a time.
 *
 * @param db - A PGlite instance you create and close.
 * @param options - The schema and table prefix.
 * @returns The store; call `store.migrate()` once before using it.
 * @throws `ValidationError` `VALIDATION_FAILED` (issues `INVALID_FORMAT` or `TOO_BIG`, path `schema` or
 * `tablePrefix`) for a bad name.
 * @example
 * ```ts
 * import { createPgliteStore } from "@o2c/postgres";
 *
 * // In an application:
 * //   const db = new PGlite();               // from "@electric-sql/pglite"
 * //   const store = createPgliteStore(db);
 * //   await store.migrate();
 * // A stand-in for PGlite that finds nothing keeps this example free of the driver.
 * const query = async () => ({ rows: [] });
 * const db = { query, transaction: <T>(work: (tx: { query: typeof query }) => Promise<T>) => work({ query }) };
 * const store = createPgliteStore(db);
 * await store.transaction((tx) => tx.repository("orders").get("o1")) //=> undefined
 * await store.transaction((tx) => tx.currentSequenceValue("INV-2026")) //=> 0
 * ```
 * @since 0.1.0
 */
export function createPgliteStore(db: PgliteLike, options?: PostgresStoreOptions): PostgresStore {
  return createPostgresStore(pgliteDatabase(db), options);
}
