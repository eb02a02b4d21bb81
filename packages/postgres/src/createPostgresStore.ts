import type { DomainEvent, Outbox, OutboxEntry, Store, StoreTransaction } from "@o2c/core";
import { isO2CError, O2CError, parseWith } from "@o2c/core";
import { z } from "zod";
import { type MigrationReport, migrate } from "./migrate.js";
import { postgresRepository, type RunQuery } from "./PostgresRepository.js";
import { type PostgresStoreOptions, type TableNames, tableNames } from "./PostgresStoreOptions.js";
import type { SqlClient, SqlDatabase } from "./SqlDatabase.js";
import { toJsonText, unavailable } from "./storeErrors.js";

/**
 * The `Store` on PostgreSQL, with its migrations at hand.
 * @since 0.1.0
 */
export interface PostgresStore extends Store {
  /**
   * Applies the shipped migrations to this store's tables; see {@link migrate}.
   * @returns Which migrations this call applied.
   * @throws `O2CError` `STORE_UNAVAILABLE` when the database fails.
   */
  migrate(): Promise<MigrationReport>;
}

const limitSchema = z.number().int().nonnegative().optional();

/**
 * The `Store` port on any {@link SqlDatabase}. {@link createPgStore} and {@link createPgliteStore} wrap it
 * for the two drivers.
 *
 * @remarks
 * Guarantees, under any number of concurrent writers on READ COMMITTED (PostgreSQL's default):
 * - `update` and `delete` are `... WHERE version = $expected`: a stale write changes nothing and throws
 *   `STORE_CONFLICT` (`STORE_NOT_FOUND` when the document is gone).
 * - `nextSequenceValue` is one `INSERT ... ON CONFLICT DO UPDATE SET value = value + 1`: the row stays locked until
 *   the transaction ends, so values are gapless and never given twice.
 * - `getIdempotencyRecord` first takes a transaction-scoped advisory lock on the key, so two requests with the
 *   same key run one after the other and the second replays the first's result.
 * - `appendEvents` takes a transaction-scoped advisory lock on the outbox, so positions increase in commit order;
 *   events are visible to `outbox.pending` only after commit.
 * - Values are stored as the text `JSON.stringify` gives; a value that is not plain JSON, or holds NUL (U+0000) or
 *   an unpaired surrogate, throws `STORE_INVALID_VALUE` before anything is written.
 * - Driver errors become `STORE_UNAVAILABLE` (serialization failures and deadlocks `STORE_CONFLICT`) with the
 *   driver's error as `cause`; the work's own errors are rethrown unchanged after `ROLLBACK`.
 *
 * @param database - The database.
 * @param options - The schema and table prefix.
 * @returns The store. Run {@link migrate} (or `store.migrate()`) once before using it.
 * @throws `ValidationError` `VALIDATION_FAILED` (issues `INVALID_FORMAT` or `TOO_BIG`, path `schema` or
 * `tablePrefix`) for a bad name.
 * @example
 * ```ts
 * import { createPostgresStore, type SqlDatabase } from "@o2c/postgres";
 *
 * // Any driver fits behind a SqlDatabase; this stand-in answers every statement with one row.
 * const client = { query: async () => ({ rows: [{ value: "42" }] }) };
 * const database: SqlDatabase = { ...client, transaction: (work) => work(client) };
 * const store = createPostgresStore(database, { schema: "billing" });
 * await store.transaction((tx) => tx.nextSequenceValue("INV-2026")) //=> 42
 * ```
 * @since 0.1.0
 */
export function createPostgresStore(database: SqlDatabase, options?: PostgresStoreOptions): PostgresStore {
  const names = tableNames(options);
  const outbox = postgresOutbox(database, names);
  return {
    async transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T> {
      let failure: { readonly error: unknown } | undefined;
      try {
        return await database.transaction(async (client) => {
          const handle = transactionHandle(client, names);
          try {
            const result = await work(handle.tx);
            // A failed statement aborts the PostgreSQL transaction, and COMMIT would then roll back without an
            // error: if the work caught that failure and went on, fail the transaction instead of losing its writes.
            const aborted = handle.aborted();
            if (aborted !== undefined) throw aborted;
            return result;
          } catch (error) {
            failure = { error };
            throw error;
          } finally {
            handle.close();
          }
        });
      } catch (error) {
        if (failure !== undefined && failure.error === error) throw error;
        if (isO2CError(error)) throw error;
        throw unavailable(error, "transaction");
      }
    },
    outbox,
    migrate: () => migrate(database, options),
  };
}

function transactionHandle(
  client: SqlClient,
  names: TableNames,
): { tx: StoreTransaction; close(): void; aborted(): O2CError | undefined } {
  let closed = false;
  let abortedBy: O2CError | undefined;
  let tail: Promise<unknown> = Promise.resolve();
  // One connection runs one statement at a time: statements issued concurrently by the work are queued.
  const run: RunQuery = (text, params) => {
    if (closed) {
      throw new O2CError("STORE_TRANSACTION_CLOSED", "This transaction has already ended: do not keep its handle");
    }
    const next = tail.then(async () => {
      try {
        return (await client.query(text, params)).rows as readonly Record<string, unknown>[];
      } catch (error) {
        const mapped = unavailable(error, text.trimStart().split(/\s/, 1)[0] ?? "query");
        abortedBy ??= mapped;
        throw mapped;
      }
    });
    tail = next.catch(() => undefined);
    return next;
  };
  const guarded: RunQuery = async (text, params) => run(text, params);
  const tx: StoreTransaction = {
    repository: <T>(collection: string) => postgresRepository<T>(names, collection, guarded),
    async nextSequenceValue(name) {
      const rows = await guarded(
        `INSERT INTO ${names.sequences} AS s (name, value) VALUES ($1, 1)
         ON CONFLICT (name) DO UPDATE SET value = s.value + 1 RETURNING value`,
        [name],
      );
      return Number(rows[0]?.["value"]);
    },
    async currentSequenceValue(name) {
      const rows = await guarded(`SELECT value FROM ${names.sequences} WHERE name = $1`, [name]);
      return rows[0] === undefined ? 0 : Number(rows[0]["value"]);
    },
    async getIdempotencyRecord(key) {
      await guarded("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`o2c-idem:${names.lockScope}:${key}`]);
      const rows = await guarded(
        `SELECT key, fingerprint, result::text AS result FROM ${names.idempotency} WHERE key = $1`,
        [key],
      );
      const row = rows[0];
      if (row === undefined) return undefined;
      const fingerprint = row["fingerprint"];
      const result = row["result"];
      return {
        key,
        fingerprint: typeof fingerprint === "string" ? fingerprint : undefined,
        result: result === null || result === undefined ? undefined : JSON.parse(String(result)),
      };
    },
    async putIdempotencyRecord(record) {
      const result = record.result === undefined ? null : toJsonText(record.result, `idempotency ${record.key}`);
      const rows = await guarded(
        `INSERT INTO ${names.idempotency} (key, fingerprint, result) VALUES ($1, $2, $3::json)
         ON CONFLICT (key) DO NOTHING RETURNING key`,
        [record.key, record.fingerprint ?? null, result],
      );
      if (rows[0] === undefined) {
        throw new O2CError("STORE_DUPLICATE", `Idempotency key ${JSON.stringify(record.key)} is already recorded`, {
          details: { key: record.key },
        });
      }
    },
    async appendEvents(events: readonly DomainEvent[]) {
      if (events.length === 0) return;
      const texts = events.map((event) => toJsonText(event, `event ${event.id}`));
      await guarded("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`o2c-outbox:${names.lockScope}`]);
      await guarded(
        `INSERT INTO ${names.outbox} (event_id, event)
         SELECT e ->> 'id', e FROM json_array_elements($1::json) WITH ORDINALITY AS t(e, n) ORDER BY n`,
        [`[${texts.join(",")}]`],
      );
    },
  };
  return {
    tx,
    close() {
      closed = true;
    },
    aborted: () => abortedBy,
  };
}

function postgresOutbox(database: SqlDatabase, names: TableNames): Outbox {
  return {
    async pending(limit?: number): Promise<OutboxEntry[]> {
      const checked = parseWith(limitSchema, limit, ["limit"]);
      try {
        const { rows } = await database.query(
          `SELECT position::text AS position, event::text AS event FROM ${names.outbox}
           WHERE dispatched_at IS NULL ORDER BY position LIMIT $1::bigint`,
          [checked ?? null],
        );
        return rows.map((row) => {
          const { position, event } = row as { position: unknown; event: unknown };
          return { position: Number(position), event: JSON.parse(String(event)) as DomainEvent };
        });
      } catch (error) {
        throw unavailable(error, "outbox.pending");
      }
    },
    async markDispatched(eventIds: readonly string[]): Promise<void> {
      if (eventIds.length === 0) return;
      try {
        await database.query(
          `UPDATE ${names.outbox} SET dispatched_at = now()
           WHERE dispatched_at IS NULL AND event_id IN (SELECT jsonb_array_elements_text($1::jsonb))`,
          [JSON.stringify(eventIds)],
        );
      } catch (error) {
        throw unavailable(error, "outbox.markDispatched");
      }
    },
  };
}
