import { createPostgresStore, type PostgresStore } from "./createPostgresStore.js";
import type { PostgresStoreOptions } from "./PostgresStoreOptions.js";
import { type PgPoolLike, pgDatabase } from "./pgDatabase.js";

/**
 * The `Store` on a PostgreSQL server through a `pg.Pool` you create and close: many application instances
 * may share the database, and every invariant holds under their concurrent writes.
 *
 * @param pool - A `pg.Pool` (or anything shaped like {@link PgPoolLike}).
 * @param options - The schema and table prefix.
 * @returns The store; call `store.migrate()` once before using it.
 * @throws `ValidationError` `VALIDATION_FAILED` (issues `INVALID_FORMAT` or `TOO_BIG`, path `schema` or
 * `tablePrefix`) for a bad name.
 * @example
 * ```ts
 * import { createPgStore } from "@o2c/postgres";
 *
 * // With a server: `const store = createPgStore(new pg.Pool({ connectionString }));`
 * // Here a stub pool shows the statements of one transaction.
 * const log: string[] = [];
 * const client = {
 *   query: async (text: string) => (log.push(text.split(" ")[0] ?? ""), { rows: [{ value: "7" }] }),
 *   release: () => undefined,
 * };
 * const store = createPgStore({ query: client.query, connect: async () => client });
 * await store.transaction((tx) => tx.nextSequenceValue("INV")) //=> 7
 * log //=> ["BEGIN", "INSERT", "COMMIT"]
 * ```
 * @since 0.1.0
 */
export function createPgStore(pool: PgPoolLike, options?: PostgresStoreOptions): PostgresStore {
  return createPostgresStore(pgDatabase(pool), options);
}
