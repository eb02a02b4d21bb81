import { O2CError } from "../errors/O2CError.js";
import type { DomainEvent } from "../events/DomainEvent.js";
import type {
  IdempotencyRecord,
  ListOptions,
  Outbox,
  OutboxEntry,
  Repository,
  Store,
  StoreTransaction,
  Versioned,
} from "../ports/Store.js";

/** Where an injected fault strikes. */
export interface StoreFaultPoint {
  /** `write` before an insert, update, delete, sequence step, idempotency record or event append; `commit` at the end. */
  readonly kind: "write" | "commit";
  /** 1 for the first write of the transaction, and so on; the number of writes for `commit`. */
  readonly operation: number;
  /** Number of the transaction, 1 for the first. */
  readonly transaction: number;
}

/** Options of {@link createInMemoryStore}. */
export interface InMemoryStoreOptions {
  /**
   * Fault injection for tests: return `true` to make the store fail at that point with `STORE_UNAVAILABLE`, as a
   * crashed database would. The transaction then leaves nothing behind.
   */
  readonly failAt?: ((point: StoreFaultPoint) => boolean) | undefined;
}

/** The in-memory store, with hooks for tests. */
export interface InMemoryStore extends Store {
  /** Replaces the fault-injection hook (`undefined` turns faults off). */
  setFailAt(failAt: ((point: StoreFaultPoint) => boolean) | undefined): void;
  /** A deep copy of everything committed, for assertions: collections, sequences, idempotency keys, outbox. */
  dump(): InMemoryStoreDump;
}

/** Everything an in-memory store holds. */
export interface InMemoryStoreDump {
  /** Committed documents by collection name, then by id. */
  readonly collections: Record<string, Record<string, Versioned<unknown>>>;
  /** The last value handed out by each sequence. */
  readonly sequences: Record<string, number>;
  /** Every idempotency key recorded. */
  readonly idempotencyKeys: readonly string[];
  /** Every outbox entry, dispatched or not. */
  readonly outbox: readonly DumpedOutboxEntry[];
}

/** An outbox entry as {@link InMemoryStore.dump} shows it. */
export interface DumpedOutboxEntry extends OutboxEntry {
  /** Whether the entry was marked dispatched. */
  readonly dispatched: boolean;
}

interface State {
  collections: Map<string, Map<string, Versioned<unknown>>>;
  sequences: Map<string, number>;
  idempotency: Map<string, IdempotencyRecord>;
  outbox: (OutboxEntry & { dispatched: boolean })[];
}

/**
 * The in-memory {@link Store}: the default for tests, examples and the demo. Transactions run one at a time
 * (serialisable), see their own writes, and commit all or nothing; values are deep-copied in and out.
 *
 * @param options - Fault injection for tests.
 * @returns The store.
 * @example
 * ```ts
 * import { createInMemoryStore } from "@o2c/core";
 *
 * const store = createInMemoryStore();
 * const saved = await store.transaction((tx) => tx.repository<{ total: string }>("orders").insert("o1", { total: "10.00" }));
 * saved.version //=> 1
 * ```
 * @since 0.1.0
 */
export function createInMemoryStore(options: InMemoryStoreOptions = {}): InMemoryStore {
  const state: State = { collections: new Map(), sequences: new Map(), idempotency: new Map(), outbox: [] };
  let failAt = options.failAt;
  let transactions = 0;
  let tail: Promise<unknown> = Promise.resolve();

  async function run<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T> {
    const number = ++transactions;
    const staged = new Staging(state, number, () => failAt);
    try {
      const result = await work(staged.transaction());
      staged.fault("commit");
      staged.commit();
      return result;
    } finally {
      staged.close();
    }
  }

  const outbox: Outbox = {
    pending: async (limit = Number.POSITIVE_INFINITY) =>
      state.outbox
        .filter((entry) => !entry.dispatched)
        .slice(0, limit)
        .map(({ position, event }) => ({ position, event: clone(event) })),
    markDispatched: async (eventIds) => {
      const ids = new Set(eventIds);
      for (const entry of state.outbox) if (ids.has(entry.event.id)) entry.dispatched = true;
    },
  };

  return {
    transaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T> {
      const next = tail.then(() => run(work));
      tail = next.catch(() => undefined);
      return next;
    },
    outbox,
    setFailAt(next) {
      failAt = next;
    },
    dump() {
      return clone({
        collections: Object.fromEntries([...state.collections].map(([name, docs]) => [name, Object.fromEntries(docs)])),
        sequences: Object.fromEntries(state.sequences),
        idempotencyKeys: [...state.idempotency.keys()],
        outbox: state.outbox,
      });
    },
  };
}

/** The writes of one transaction, applied to the state only on commit. */
class Staging {
  readonly #state: State;
  readonly #transaction: number;
  readonly #failAt: () => ((point: StoreFaultPoint) => boolean) | undefined;
  readonly #docs = new Map<string, Map<string, Versioned<unknown> | null>>();
  readonly #sequences = new Map<string, number>();
  readonly #idempotency = new Map<string, IdempotencyRecord>();
  readonly #events: DomainEvent[] = [];
  #writes = 0;
  #closed = false;

  constructor(state: State, transaction: number, failAt: () => ((point: StoreFaultPoint) => boolean) | undefined) {
    this.#state = state;
    this.#transaction = transaction;
    this.#failAt = failAt;
  }

  fault(kind: "write" | "commit"): void {
    if (this.#closed) {
      throw new O2CError("STORE_TRANSACTION_CLOSED", "This transaction has already ended: do not keep its handle");
    }
    if (kind === "write") this.#writes += 1;
    const hook = this.#failAt();
    if (hook?.({ kind, operation: this.#writes, transaction: this.#transaction })) {
      this.#closed = true;
      throw new O2CError("STORE_UNAVAILABLE", `Injected store failure at ${kind} ${this.#writes}`, {
        details: { injected: true, kind, operation: this.#writes },
      });
    }
  }

  transaction(): StoreTransaction {
    return {
      repository: <T>(collection: string) => this.#repository<T>(collection),
      nextSequenceValue: async (name) => {
        this.fault("write");
        const next = (await this.#currentSequence(name)) + 1;
        this.#sequences.set(name, next);
        return next;
      },
      currentSequenceValue: async (name) => this.#currentSequence(name),
      getIdempotencyRecord: async (key) => {
        const record = this.#idempotency.get(key) ?? this.#state.idempotency.get(key);
        return record === undefined ? undefined : clone(record);
      },
      putIdempotencyRecord: async (record) => {
        this.fault("write");
        if (this.#idempotency.has(record.key) || this.#state.idempotency.has(record.key)) {
          throw new O2CError("STORE_DUPLICATE", `Idempotency key ${JSON.stringify(record.key)} is already recorded`);
        }
        this.#idempotency.set(record.key, clone(record));
      },
      appendEvents: async (events) => {
        this.fault("write");
        this.#events.push(...clone(events));
      },
    };
  }

  close(): void {
    this.#closed = true;
  }

  commit(): void {
    for (const [collection, docs] of this.#docs) {
      let target = this.#state.collections.get(collection);
      if (target === undefined) {
        target = new Map();
        this.#state.collections.set(collection, target);
      }
      for (const [id, doc] of docs) {
        if (doc === null) target.delete(id);
        else target.set(id, doc);
      }
    }
    for (const [name, value] of this.#sequences) this.#state.sequences.set(name, value);
    for (const [key, record] of this.#idempotency) this.#state.idempotency.set(key, record);
    for (const event of this.#events) {
      this.#state.outbox.push({ position: this.#state.outbox.length + 1, event, dispatched: false });
    }
    this.#closed = true;
  }

  async #currentSequence(name: string): Promise<number> {
    this.#assertOpen();
    return this.#sequences.get(name) ?? this.#state.sequences.get(name) ?? 0;
  }

  #assertOpen(): void {
    if (this.#closed) {
      throw new O2CError("STORE_TRANSACTION_CLOSED", "This transaction has already ended: do not keep its handle");
    }
  }

  #read(collection: string, id: string): Versioned<unknown> | undefined {
    this.#assertOpen();
    const staged = this.#docs.get(collection);
    if (staged?.has(id)) return staged.get(id) ?? undefined;
    return this.#state.collections.get(collection)?.get(id);
  }

  #write(collection: string, id: string, doc: Versioned<unknown> | null): void {
    let staged = this.#docs.get(collection);
    if (staged === undefined) {
      staged = new Map();
      this.#docs.set(collection, staged);
    }
    staged.set(id, doc);
  }

  #all(collection: string): Versioned<unknown>[] {
    this.#assertOpen();
    const merged = new Map(this.#state.collections.get(collection));
    for (const [id, doc] of this.#docs.get(collection) ?? []) {
      if (doc === null) merged.delete(id);
      else merged.set(id, doc);
    }
    return [...merged.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  #repository<T>(collection: string): Repository<T> {
    const expectVersion = (id: string, expectedVersion: number): Versioned<unknown> => {
      const current = this.#read(collection, id);
      if (current === undefined) {
        throw new O2CError("STORE_NOT_FOUND", `${collection}/${id} does not exist`, { details: { collection, id } });
      }
      if (current.version !== expectedVersion) {
        throw new O2CError(
          "STORE_CONFLICT",
          `${collection}/${id} is at version ${current.version}, not ${expectedVersion}: reload and retry`,
          { details: { collection, id, expectedVersion, actualVersion: current.version } },
        );
      }
      return current;
    };
    return {
      get: async (id) => {
        const doc = this.#read(collection, id);
        return doc === undefined ? undefined : (clone(doc) as Versioned<T>);
      },
      insert: async (id, value) => {
        this.fault("write");
        if (this.#read(collection, id) !== undefined) {
          throw new O2CError("STORE_DUPLICATE", `${collection}/${id} already exists`, { details: { collection, id } });
        }
        const doc: Versioned<unknown> = { id, version: 1, value: clone(value) };
        this.#write(collection, id, doc);
        return clone(doc) as Versioned<T>;
      },
      update: async (id, value, expectedVersion) => {
        this.fault("write");
        const current = expectVersion(id, expectedVersion);
        const doc: Versioned<unknown> = { id, version: current.version + 1, value: clone(value) };
        this.#write(collection, id, doc);
        return clone(doc) as Versioned<T>;
      },
      delete: async (id, expectedVersion) => {
        this.fault("write");
        expectVersion(id, expectedVersion);
        this.#write(collection, id, null);
      },
      list: async (options: ListOptions = {}) => {
        const after = options.after;
        const docs = this.#all(collection).filter((doc) => after === undefined || doc.id > after);
        return clone(docs.slice(0, options.limit ?? docs.length)) as Versioned<T>[];
      },
      findBy: async (field, value) =>
        clone(
          this.#all(collection).filter((doc) => {
            const v = doc.value;
            return typeof v === "object" && v !== null && (v as Record<string, unknown>)[field] === value;
          }),
        ) as Versioned<T>[],
    };
  }
}

/**
 * Copies a value through JSON, as a database would store it: the in-memory store then behaves like the PostgreSQL
 * adapter (a `Money` is stored as its `{ amount, currency }` form, `undefined` fields vanish).
 */
function clone<T>(value: T): T {
  if (value === undefined) return value;
  try {
    return JSON.parse(JSON.stringify(value)) as T;
  } catch (cause) {
    throw new O2CError("STORE_INVALID_VALUE", "Stored values must be plain JSON (no bigint, no cycles)", { cause });
  }
}
