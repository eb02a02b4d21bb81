import type { SqlClient, SqlDatabase, SqlResult } from "./SqlDatabase.js";

/**
 * A connection checked out of a `pg` pool: the part of `pg.PoolClient` the store uses.
 * @since 0.1.0
 */
export interface PgPoolClientLike {
  /**
   * Runs one statement.
   * @param text - The SQL text.
   * @param params - The placeholder values.
   * @returns The rows.
   */
  query(text: string, params?: unknown[]): Promise<SqlResult>;
  /**
   * Gives the connection back to the pool; with an error, the pool destroys it instead.
   * @param error - Why the connection must not be reused, when it must not.
   */
  release(error?: Error | boolean): void;
}

/**
 * The part of a `pg.Pool` the store uses: `query` for single statements, `connect` for transactions.
 * @since 0.1.0
 */
export interface PgPoolLike {
  /**
   * Runs one statement on any connection.
   * @param text - The SQL text.
   * @param params - The placeholder values.
   * @returns The rows.
   */
  query(text: string, params?: unknown[]): Promise<SqlResult>;
  /**
   * Checks a connection out of the pool.
   * @returns The connection; release it when done.
   */
  connect(): Promise<PgPoolClientLike>;
}

/**
 * Adapts a `pg.Pool` (or anything shaped like it) to a {@link SqlDatabase}: each transaction checks out one
 * connection and runs `BEGIN`, its statements, then `COMMIT`, or `ROLLBACK` when its function throws. A
 * connection whose rollback fails is destroyed rather than returned to the pool.
 *
 * @param pool - A `pg.Pool`.
 * @returns The database.
 * @example
 * ```ts
 * import { pgDatabase } from "@o2c/postgres";
 *
 * const log: string[] = [];
 * const client = { query: async (text: string) => (log.push(text), { rows: [] }), release: () => undefined };
 * const database = pgDatabase({ query: client.query, connect: async () => client });
 * await database.transaction((tx) => tx.query("SELECT 1"));
 * log //=> ["BEGIN", "SELECT 1", "COMMIT"]
 * ```
 * @since 0.1.0
 */
export function pgDatabase(pool: PgPoolLike): SqlDatabase {
  return {
    query: (text, params) => pool.query(text, params),
    async transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T> {
      const connection = await pool.connect();
      try {
        await connection.query("BEGIN");
      } catch (error) {
        connection.release(true);
        throw error;
      }
      let result: T;
      try {
        result = await work({ query: (text, params) => connection.query(text, params) });
      } catch (error) {
        try {
          await connection.query("ROLLBACK");
          connection.release();
        } catch {
          connection.release(true);
        }
        throw error;
      }
      try {
        await connection.query("COMMIT");
      } catch (error) {
        connection.release(true);
        throw error;
      }
      connection.release();
      return result;
    },
  };
}
