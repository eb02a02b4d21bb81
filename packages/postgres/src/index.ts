/**
 * The o2c `Store` port on PostgreSQL: documents with optimistic versions, gapless sequences, idempotency
 * records and a transactional outbox, for `pg` (a server shared by many application instances) and PGlite
 * (PostgreSQL in WebAssembly), with the migrations that create its tables. The package depends on no driver: you
 * pass your own `pg.Pool` or PGlite instance.
 *
 * @packageDocumentation
 */
export { createPgliteStore } from "./createPgliteStore.js";
export { createPgStore } from "./createPgStore.js";
export { createPostgresStore, type PostgresStore } from "./createPostgresStore.js";
export { type MigrationReport, migrate } from "./migrate.js";
export { MIGRATIONS, type Migration } from "./migrations.js";
export type { PostgresStoreOptions } from "./PostgresStoreOptions.js";
export { type PgPoolClientLike, type PgPoolLike, pgDatabase } from "./pgDatabase.js";
export { type PgliteLike, pgliteDatabase } from "./pgliteDatabase.js";
export type { SqlClient, SqlDatabase, SqlResult } from "./SqlDatabase.js";
