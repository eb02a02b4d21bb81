import type { DomainEvent } from "../events/DomainEvent.js";

/**
 * A stored document with its optimistic-concurrency version. Versions start at 1 and grow by one on every update.
 * @since 0.1.0
 */
export interface Versioned<T> {
  /** The document's id, unique within its collection. */
  readonly id: string;
  /** The version of this copy: pass it back to `update` or `delete`. */
  readonly version: number;
  /** The document: plain JSON data. */
  readonly value: T;
}

/** Options of {@link Repository.list}. */
export interface ListOptions {
  /** At most this many documents. */
  readonly limit?: number | undefined;
  /** Only documents whose id sorts after this one (keyset paging). */
  readonly after?: string | undefined;
}

/**
 * One collection of documents in a {@link Store}, used inside a transaction. Values are plain JSON (objects,
 * arrays, strings, finite numbers, booleans, null): the store keeps a copy, so mutating a value after a write or
 * read never changes what is stored.
 *
 * @typeParam T - The document type.
 * @since 0.1.0
 */
export interface Repository<T> {
  /** The document with this id, or `undefined`. */
  get(id: string): Promise<Versioned<T> | undefined>;
  /**
   * Stores a new document at version 1.
   * @throws {@link O2CError} `STORE_DUPLICATE` when the id exists.
   */
  insert(id: string, value: T): Promise<Versioned<T>>;
  /**
   * Replaces a document if it is still at `expectedVersion`, and returns it at the next version.
   * @throws {@link O2CError} `STORE_CONFLICT` when another writer changed it since (a stale write), or
   * `STORE_NOT_FOUND` when it does not exist.
   */
  update(id: string, value: T, expectedVersion: number): Promise<Versioned<T>>;
  /**
   * Deletes a document if it is still at `expectedVersion`.
   * @throws {@link O2CError} `STORE_CONFLICT` or `STORE_NOT_FOUND` as for `update`.
   */
  delete(id: string, expectedVersion: number): Promise<void>;
  /** Documents ordered by id, optionally paged. */
  list(options?: ListOptions): Promise<Versioned<T>[]>;
  /** Documents whose top-level field `field` equals `value`, ordered by id. */
  findBy(field: string, value: string | number | boolean): Promise<Versioned<T>[]>;
}

/** A stored idempotency record: the first result of the operation run under a key. */
export interface IdempotencyRecord {
  /** The key. */
  readonly key: string;
  /** A fingerprint of the request, to refuse a key reused for a different request. */
  readonly fingerprint: string | undefined;
  /** The first result, plain JSON. */
  readonly result: unknown;
}

/**
 * What one transaction can do. Everything done through it commits together when the transaction's function
 * resolves, or not at all when it throws.
 * @since 0.1.0
 */
export interface StoreTransaction {
  /** The collection with this name. */
  repository<T>(collection: string): Repository<T>;
  /**
   * The next value of a named gapless sequence (1, 2, 3...). The increment commits or rolls back with the
   * transaction, so no value is skipped or given twice, whatever runs concurrently.
   */
  nextSequenceValue(name: string): Promise<number>;
  /** The last value handed out by a named sequence, 0 before the first. */
  currentSequenceValue(name: string): Promise<number>;
  /** The idempotency record stored under a key, if any. */
  getIdempotencyRecord(key: string): Promise<IdempotencyRecord | undefined>;
  /**
   * Records the first result of an operation under a key.
   * @throws {@link O2CError} `STORE_DUPLICATE` when the key is already recorded.
   */
  putIdempotencyRecord(record: IdempotencyRecord): Promise<void>;
  /** Appends events to the outbox; they become visible to {@link Outbox.pending} when the transaction commits. */
  appendEvents(events: readonly DomainEvent[]): Promise<void>;
}

/** An event waiting in the outbox, with its position. */
export interface OutboxEntry {
  /** Position in the outbox, increasing in commit order. */
  readonly position: number;
  /** The event. */
  readonly event: DomainEvent;
}

/** The reading side of the outbox: a dispatcher takes pending events, delivers them, then marks them dispatched. */
export interface Outbox {
  /** Events not yet marked dispatched, oldest first. */
  pending(limit?: number): Promise<OutboxEntry[]>;
  /** Marks events dispatched by their event ids; unknown ids are ignored. */
  markDispatched(eventIds: readonly string[]): Promise<void>;
}

/**
 * The persistence port: documents with optimistic versions, gapless sequences, idempotency records and an outbox
 * of domain events, all behind one transaction boundary.
 *
 * @remarks
 * Implementations must give each transaction atomicity (all or nothing) and must reject a stale write with
 * `STORE_CONFLICT`. A transaction that fails because of the adapter throws `STORE_UNAVAILABLE` with the driver's
 * error as `cause`. `@o2c/core/testing` has a conformance suite that every implementation should pass.
 * @since 0.1.0
 */
export interface Store {
  /**
   * Runs `work` in a transaction: its writes, sequence values, idempotency records and events commit together when
   * it resolves, and none of them when it throws (the error is rethrown). Do not nest transactions.
   */
  transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T>;
  /** The outbox of committed domain events. */
  readonly outbox: Outbox;
}
