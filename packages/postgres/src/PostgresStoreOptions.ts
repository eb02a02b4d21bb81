import { parseWith } from "@o2c/core";
import { z } from "zod";

/**
 * Where the store's tables live. Two stores with different schemas or prefixes share nothing.
 * @since 0.1.0
 */
export interface PostgresStoreOptions {
  /**
   * A PostgreSQL schema for the tables, created by {@link migrate} when missing; without one, the tables go to
   * the first schema of the connection's `search_path` (usually `public`). Lower-case letters, digits and `_`,
   * starting with a letter or `_`, at most 40 characters.
   */
  readonly schema?: string | undefined;
  /**
   * A prefix for the table names, `o2c_` by default (tables `o2c_documents`, `o2c_sequences`,
   * `o2c_idempotency`, `o2c_outbox`, `o2c_migrations`). Same characters as `schema`, at most 40.
   */
  readonly tablePrefix?: string | undefined;
}

const identifier = z
  .string()
  .max(40)
  .regex(/^[a-z_][a-z0-9_]*$/);

const optionsSchema = z
  .object({
    schema: identifier.optional(),
    tablePrefix: z
      .string()
      .max(40)
      .regex(/^[a-z_][a-z0-9_]*$|^$/)
      .optional(),
  })
  .strict();

/** The quoted, qualified names of the store's tables. */
export interface TableNames {
  readonly schema: string | undefined;
  readonly documents: string;
  readonly sequences: string;
  readonly idempotency: string;
  readonly outbox: string;
  readonly migrations: string;
  /** The prefix alone, for index names (indexes live in their table's schema). */
  readonly prefix: string;
  /** A text that identifies this set of tables, for advisory-lock keys. */
  readonly lockScope: string;
}

/** Validates the options and computes the table names. */
export function tableNames(options: PostgresStoreOptions | undefined): TableNames {
  const parsed = parseWith(optionsSchema, options ?? {});
  const prefix = parsed.tablePrefix ?? "o2c_";
  const qualify = (name: string) =>
    parsed.schema === undefined ? `"${prefix}${name}"` : `"${parsed.schema}"."${prefix}${name}"`;
  return {
    schema: parsed.schema,
    documents: qualify("documents"),
    sequences: qualify("sequences"),
    idempotency: qualify("idempotency"),
    outbox: qualify("outbox"),
    migrations: qualify("migrations"),
    prefix,
    lockScope: `${parsed.schema ?? ""}.${prefix}`,
  };
}
