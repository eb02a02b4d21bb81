/**
 * One schema change, shipped with the package. Its statements are SQL text with placeholders for the table names
 * (`{{documents}}`, `{{sequences}}`, `{{idempotency}}`, `{{outbox}}`, and `{{prefix}}` for index names), filled in
 * by {@link migrate} from the store's options.
 * @since 0.1.0
 */
export interface Migration {
  /** A stable id, recorded in the migrations table once applied; ids sort in the order they apply. */
  readonly id: string;
  /** What the migration does, in words. */
  readonly description: string;
  /** The statements, run in order inside the migration's transaction. */
  readonly statements: readonly string[];
}

/**
 * The migrations of the store's tables, oldest first. The SQL runs on PostgreSQL 15 and later and on PGlite.
 *
 * @remarks
 * Document bodies, events and results are stored as `json`, not `jsonb`: `json` keeps the text as written, so a
 * document reads back with its keys in their original order, as the in-memory store returns it; `findBy` compares
 * a field's JSON text (or its `numeric` value). Ids are `text COLLATE "C"`, so `list` orders by code point whatever the
 * database's collation.
 * @example
 * ```ts
 * import { MIGRATIONS } from "@o2c/postgres";
 *
 * MIGRATIONS.map((m) => m.id) //=> ["0001_store_tables"]
 * ```
 * @since 0.1.0
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    id: "0001_store_tables",
    description: "documents, gapless sequences, idempotency records and the outbox",
    statements: [
      `CREATE TABLE {{documents}} (
  collection text COLLATE "C" NOT NULL,
  id text COLLATE "C" NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  body json NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (collection, id)
)`,
      `CREATE TABLE {{sequences}} (
  name text PRIMARY KEY,
  value bigint NOT NULL CHECK (value >= 1)
)`,
      `CREATE TABLE {{idempotency}} (
  key text PRIMARY KEY,
  fingerprint text,
  result json,
  recorded_at timestamptz NOT NULL DEFAULT now()
)`,
      `CREATE TABLE {{outbox}} (
  position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id text NOT NULL,
  event json NOT NULL,
  appended_at timestamptz NOT NULL DEFAULT now(),
  dispatched_at timestamptz
)`,
      `CREATE INDEX "{{prefix}}outbox_pending" ON {{outbox}} (position) WHERE dispatched_at IS NULL`,
      `CREATE INDEX "{{prefix}}outbox_event_id" ON {{outbox}} (event_id)`,
    ],
  },
];
