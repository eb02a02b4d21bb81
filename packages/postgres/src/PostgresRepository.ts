import type { ListOptions, Repository, Versioned } from "@o2c/core";
import { O2CError, parseWith } from "@o2c/core";
import { z } from "zod";
import type { TableNames } from "./PostgresStoreOptions.js";
import { toJsonText } from "./storeErrors.js";

/** Runs one statement of the current transaction; driver errors are already mapped. */
export type RunQuery = (text: string, params: unknown[]) => Promise<readonly Record<string, unknown>[]>;

interface DocumentRow {
  readonly id: unknown;
  readonly version: unknown;
  readonly body: unknown;
}

function toVersioned<T>(row: Record<string, unknown>): Versioned<T> {
  const { id, version, body } = row as unknown as DocumentRow;
  return { id: String(id), version: Number(version), value: JSON.parse(String(body)) as T };
}

const listOptionsSchema = z
  .object({ limit: z.number().int().nonnegative().optional(), after: z.string().optional() })
  .optional();
const versionSchema = z.number().int().min(-2147483648).max(2147483647);

/** A repository over the documents table, for one collection inside one transaction. */
export function postgresRepository<T>(names: TableNames, collection: string, run: RunQuery): Repository<T> {
  const table = names.documents;
  const columns = "id, version, body::text AS body";

  const missingOrStale = async (id: string, expectedVersion: number): Promise<O2CError> => {
    const rows = await run(`SELECT version FROM ${table} WHERE collection = $1 AND id = $2`, [collection, id]);
    const row = rows[0];
    if (row === undefined) {
      return new O2CError("STORE_NOT_FOUND", `${collection}/${id} does not exist`, { details: { collection, id } });
    }
    const actualVersion = Number(row["version"]);
    return new O2CError(
      "STORE_CONFLICT",
      `${collection}/${id} is at version ${actualVersion}, not ${expectedVersion}: reload and retry`,
      { details: { collection, id, expectedVersion, actualVersion } },
    );
  };

  return {
    async get(id) {
      const rows = await run(`SELECT ${columns} FROM ${table} WHERE collection = $1 AND id = $2`, [collection, id]);
      const row = rows[0];
      return row === undefined ? undefined : toVersioned<T>(row);
    },
    async insert(id, value) {
      const body = toJsonText(value, `${collection}/${id}`);
      const rows = await run(
        `INSERT INTO ${table} (collection, id, version, body) VALUES ($1, $2, 1, $3::json)
         ON CONFLICT (collection, id) DO NOTHING RETURNING ${columns}`,
        [collection, id, body],
      );
      const row = rows[0];
      if (row === undefined) {
        throw new O2CError("STORE_DUPLICATE", `${collection}/${id} already exists`, { details: { collection, id } });
      }
      return toVersioned<T>(row);
    },
    async update(id, value, expectedVersion) {
      parseWith(versionSchema, expectedVersion, ["expectedVersion"]);
      const body = toJsonText(value, `${collection}/${id}`);
      const rows = await run(
        `UPDATE ${table} SET version = version + 1, body = $3::json, updated_at = now()
         WHERE collection = $1 AND id = $2 AND version = $4 RETURNING ${columns}`,
        [collection, id, body, expectedVersion],
      );
      const row = rows[0];
      if (row === undefined) throw await missingOrStale(id, expectedVersion);
      return toVersioned<T>(row);
    },
    async delete(id, expectedVersion) {
      parseWith(versionSchema, expectedVersion, ["expectedVersion"]);
      const rows = await run(`DELETE FROM ${table} WHERE collection = $1 AND id = $2 AND version = $3 RETURNING id`, [
        collection,
        id,
        expectedVersion,
      ]);
      if (rows[0] === undefined) throw await missingOrStale(id, expectedVersion);
    },
    async list(options?: ListOptions) {
      const checked = parseWith(listOptionsSchema, options) ?? {};
      const rows = await run(
        `SELECT ${columns} FROM ${table} WHERE collection = $1 AND ($2::text IS NULL OR id > $2::text)
         ORDER BY id LIMIT $3::bigint`,
        [collection, checked.after ?? null, checked.limit ?? null],
      );
      return rows.map((row) => toVersioned<T>(row));
    },
    async findBy(field, value) {
      // Strings and booleans compare as JSON text: every body is written by JSON.stringify, whose output for one
      // value is always the same, and the text never needs unescaping (so a NUL or a lone surrogate in another
      // document cannot break the query). Numbers compare as numeric, so 1 and 1.0 are equal, as in JavaScript.
      const match =
        typeof value === "number"
          ? `CASE WHEN json_typeof(body -> $2::text) = 'number' THEN (body -> $2::text)::text::numeric = $3::numeric
             ELSE false END`
          : "(body -> $2::text)::text = $3::text";
      const rows = await run(
        `SELECT ${columns} FROM ${table} WHERE collection = $1 AND json_typeof(body) = 'object' AND ${match}
         ORDER BY id`,
        [collection, field, JSON.stringify(value)],
      );
      return rows.map((row) => toVersioned<T>(row));
    },
  };
}
