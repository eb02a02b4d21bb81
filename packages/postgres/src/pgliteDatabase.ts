import type { SqlClient, SqlDatabase, SqlResult } from "./SqlDatabase.js";

/**
 * The part of a PGlite instance (`@electric-sql/pglite`) the store uses: `query` and `transaction`.
 * @since 0.1.0
 */
export interface PgliteLike {
  /**
   * Runs one statement.
   * @param text - The SQL text.
   * @param params - The placeholder values.
   * @returns The rows.
   */
  query(text: string, params?: unknown[]): Promise<SqlResult>;
  /**
   * Runs a function in a transaction: commits when it resolves, rolls back when it throws.
   * @param work - The function, given the transaction's client.
   * @returns What `work` returns.
   */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
}

/**
 * Adapts a PGlite instance to a {@link SqlDatabase}. PGlite has one connection and runs one transaction at a
 * time, so concurrent transactions queue up and never contend.
 *
 * @param db - A PGlite instance.
 * @returns The database.
 * @example
 * ```ts
 * import { pgliteDatabase } from "@o2c/postgres";
 *
 * // In an application: `const db = new PGlite();` from "@electric-sql/pglite". A stand-in keeps this example
 * // free of the driver.
 * const query = async (text: string) => ({ rows: [{ text }] });
 * const db = { query, transaction: <T>(work: (tx: { query: typeof query }) => Promise<T>) => work({ query }) };
 * const result = await pgliteDatabase(db).transaction((tx) => tx.query("SELECT 1"));
 * result.rows //=> [{ text: "SELECT 1" }]
 * ```
 * @since 0.1.0
 */
export function pgliteDatabase(db: PgliteLike): SqlDatabase {
  return {
    query: (text, params) => db.query(text, params),
    transaction: (work) => db.transaction((tx) => work({ query: (text, params) => tx.query(text, params) })),
  };
}
