import { isO2CError, O2CError } from "@o2c/core";
import { MIGRATIONS, type Migration } from "./migrations.js";
import { type PostgresStoreOptions, type TableNames, tableNames } from "./PostgresStoreOptions.js";
import type { SqlClient, SqlDatabase } from "./SqlDatabase.js";
import { unavailable } from "./storeErrors.js";

/**
 * What {@link migrate} did.
 * @since 0.1.0
 */
export interface MigrationReport {
  /** Ids of the migrations applied by this call, in order (empty when the tables were up to date). */
  readonly applied: readonly string[];
  /** Ids of every migration recorded after this call, in order. */
  readonly current: readonly string[];
}

/**
 * Creates or upgrades the store's tables: applies the {@link MIGRATIONS} not yet recorded in the migrations
 * table, in one transaction, under an advisory lock so that concurrent callers (several application instances
 * starting at once) apply each migration exactly once. Calling it again is a no-op.
 *
 * @param database - The database, from {@link pgDatabase} or {@link pgliteDatabase}.
 * @param options - The schema and table prefix; the store must be created with the same.
 * @returns Which migrations this call applied.
 * @throws `ValidationError` `VALIDATION_FAILED` (issues `INVALID_FORMAT` or `TOO_BIG`, path `schema` or
 * `tablePrefix`) for a bad name.
 * @throws `O2CError` `STORE_UNAVAILABLE` when the database fails, with its error as `cause`; nothing is
 * applied then.
 * @example
 * ```ts
 * import { migrate, type SqlDatabase } from "@o2c/postgres";
 *
 * // In an application: `pgliteDatabase(new PGlite())` or `pgDatabase(new pg.Pool())`. This stand-in records the
 * // statements and answers every query with no rows.
 * const statements: string[] = [];
 * const client = { query: async (text: string) => (statements.push(text), { rows: [] }) };
 * const database: SqlDatabase = { ...client, transaction: (work) => work(client) };
 * (await migrate(database, { schema: "billing" })).applied //=> ["0001_store_tables"]
 * statements.filter((s) => s.startsWith('CREATE TABLE "billing"."o2c_')).length //=> 4
 * ```
 * @since 0.1.0
 */
export async function migrate(database: SqlDatabase, options?: PostgresStoreOptions): Promise<MigrationReport> {
  const names = tableNames(options);
  try {
    return await database.transaction((client) => applyMigrations(client, names, MIGRATIONS));
  } catch (error) {
    if (isO2CError(error)) throw error;
    throw unavailable(error, "migrate");
  }
}

async function applyMigrations(
  client: SqlClient,
  names: TableNames,
  migrations: readonly Migration[],
): Promise<MigrationReport> {
  await client.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`o2c-migrate:${names.lockScope}`]);
  if (names.schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS "${names.schema}"`);
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${names.migrations} (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const done = new Set(
    (await client.query(`SELECT id FROM ${names.migrations}`)).rows.map((row) => String((row as { id: unknown }).id)),
  );
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    for (const statement of migration.statements) await client.query(render(statement, names));
    await client.query(`INSERT INTO ${names.migrations} (id) VALUES ($1)`, [migration.id]);
    applied.push(migration.id);
    done.add(migration.id);
  }
  const known = new Set(migrations.map((m) => m.id));
  const unknown = [...done].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new O2CError(
      "STORE_SCHEMA_TOO_NEW",
      `The tables carry migrations this version of @o2c/postgres does not know (${unknown.join(", ")}): upgrade it`,
      { details: { unknown } },
    );
  }
  return { applied, current: migrations.map((m) => m.id) };
}

function render(statement: string, names: TableNames): string {
  return statement
    .replaceAll("{{documents}}", names.documents)
    .replaceAll("{{sequences}}", names.sequences)
    .replaceAll("{{idempotency}}", names.idempotency)
    .replaceAll("{{outbox}}", names.outbox)
    .replaceAll("{{prefix}}", names.prefix);
}
