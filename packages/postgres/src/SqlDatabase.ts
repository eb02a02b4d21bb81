/**
 * The result of one SQL statement: its rows as plain objects keyed by column name.
 * @since 0.1.0
 */
export interface SqlResult {
  /** The rows returned (empty for a statement that returns none). */
  readonly rows: readonly unknown[];
}

/**
 * Something that runs one SQL statement with positional parameters (`$1`, `$2`, ...): a `pg` client or pool,
 * a PGlite instance or one of its transactions.
 * @since 0.1.0
 */
export interface SqlClient {
  /**
   * Runs one statement.
   * @param text - The SQL text, with `$n` placeholders.
   * @param params - The values of the placeholders, in order.
   * @returns The rows.
   */
  query(text: string, params?: unknown[]): Promise<SqlResult>;
}

/**
 * A database the store can use: statements outside a transaction, and transactions that run on one connection,
 * commit when their function resolves and roll back when it throws. Build one with {@link pgDatabase} or
 * {@link pgliteDatabase}, or implement it for another driver.
 * @since 0.1.0
 */
export interface SqlDatabase extends SqlClient {
  /**
   * Runs `work` in one transaction on one connection: `COMMIT` when it resolves, `ROLLBACK` when it throws (the
   * error is rethrown).
   * @param work - The statements of the transaction, run through the client it is given.
   * @returns What `work` returns.
   */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T>;
}
