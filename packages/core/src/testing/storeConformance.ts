import type { Store } from "@o2c/core";
import { isO2CError, runIdempotent } from "@o2c/core";

/** The test-framework functions the suite needs: vitest, Jest, Mocha and `node:test` all provide them. */
export interface ConformanceTestApi {
  /** Groups tests, as vitest's or Jest's `describe`. */
  describe(name: string, body: () => void): void;
  /** Defines one asynchronous test, as vitest's or Jest's `it`. */
  it(name: string, body: () => Promise<void>): void;
}

/** Options of {@link defineStoreConformanceSuite}. */
export interface StoreConformanceOptions {
  /** A fresh, empty store for every test. */
  readonly createStore: () => Promise<Store> | Store;
  /** Called after each test with its store, to close connections. */
  readonly disposeStore?: ((store: Store) => Promise<void> | void) | undefined;
  /** A name for the `describe` block. */
  readonly name?: string | undefined;
}

class ConformanceFailure extends Error {
  override name = "ConformanceFailure";
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ConformanceFailure(message);
}

function same(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  check(a === e, `${what}: expected ${e}, got ${a}`);
}

async function expectCode(promise: Promise<unknown>, code: string, what: string): Promise<void> {
  try {
    await promise;
  } catch (error) {
    check(isO2CError(error, code), `${what}: expected an O2CError ${code}, got ${String(error)}`);
    return;
  }
  throw new ConformanceFailure(`${what}: expected an O2CError ${code}, but it succeeded`);
}

class Abort extends Error {}

/**
 * Defines the contract tests every {@link Store} implementation must pass: versions and stale writes, atomic
 * rollback, gapless sequences under concurrency, idempotency replays, the outbox, paging and lookups.
 * Call it from a test file of your own, with your framework's `describe` and `it`.
 *
 * @param test - `describe` and `it` of the test framework.
 * @param options - How to create (and dispose of) a fresh store.
 * @example
 * ```ts
 * import { describe, it } from "vitest";
 * import { createInMemoryStore } from "@o2c/core";
 * import { defineStoreConformanceSuite } from "@o2c/core/testing";
 *
 * defineStoreConformanceSuite({ describe, it }, { createStore: () => createInMemoryStore() });
 * ```
 * @since 0.1.0
 */
export function defineStoreConformanceSuite(test: ConformanceTestApi, options: StoreConformanceOptions): void {
  const withStore = (body: (store: Store) => Promise<void>) => async () => {
    const store = await options.createStore();
    try {
      await body(store);
    } finally {
      await options.disposeStore?.(store);
    }
  };

  test.describe(options.name ?? "Store conformance", () => {
    test.it(
      "inserts at version 1 and increments the version on every update",
      withStore(async (store) => {
        await store.transaction((tx) => tx.repository("docs").insert("a", { n: 1 }));
        const updated = await store.transaction(async (tx) => {
          const repo = tx.repository<{ n: number }>("docs");
          const first = await repo.update("a", { n: 2 }, 1);
          return repo.update("a", { n: 3 }, first.version);
        });
        same(updated, { id: "a", version: 3, value: { n: 3 } }, "updated document");
        const read = await store.transaction((tx) => tx.repository("docs").get("a"));
        same(read, { id: "a", version: 3, value: { n: 3 } }, "read back");
      }),
    );

    test.it(
      "rejects a duplicate insert with STORE_DUPLICATE",
      withStore(async (store) => {
        await store.transaction((tx) => tx.repository("docs").insert("a", { n: 1 }));
        await expectCode(
          store.transaction((tx) => tx.repository("docs").insert("a", { n: 2 })),
          "STORE_DUPLICATE",
          "second insert",
        );
      }),
    );

    test.it(
      "rejects a stale write with STORE_CONFLICT and keeps the newer value",
      withStore(async (store) => {
        await store.transaction((tx) => tx.repository("docs").insert("a", { n: 1 }));
        await store.transaction((tx) => tx.repository("docs").update("a", { n: 2 }, 1));
        await expectCode(
          store.transaction((tx) => tx.repository("docs").update("a", { n: 99 }, 1)),
          "STORE_CONFLICT",
          "stale update",
        );
        await expectCode(
          store.transaction((tx) => tx.repository("docs").delete("a", 1)),
          "STORE_CONFLICT",
          "stale delete",
        );
        const read = await store.transaction((tx) => tx.repository("docs").get("a"));
        same(read?.value, { n: 2 }, "value after stale writes");
      }),
    );

    test.it(
      "reports STORE_NOT_FOUND for updates of missing documents",
      withStore(async (store) => {
        await expectCode(
          store.transaction((tx) => tx.repository("docs").update("missing", {}, 1)),
          "STORE_NOT_FOUND",
          "update of a missing document",
        );
      }),
    );

    test.it(
      "leaves nothing behind when the transaction's work throws",
      withStore(async (store) => {
        await store.transaction((tx) => tx.repository("docs").insert("kept", { n: 1 }));
        const aborted = store.transaction(async (tx) => {
          await tx.repository("docs").insert("b", { n: 1 });
          await tx.repository("docs").update("kept", { n: 2 }, 1);
          await tx.repository("docs").delete("kept", 2);
          await tx.nextSequenceValue("invoices");
          await tx.putIdempotencyRecord({ key: "k", fingerprint: undefined, result: 1 });
          await tx.appendEvents([
            { id: "e1", type: "x.happened", aggregateType: "x", aggregateId: "1", occurredAt: "", payload: {} },
          ]);
          throw new Abort("abort");
        });
        try {
          await aborted;
          throw new ConformanceFailure("the transaction should have thrown");
        } catch (error) {
          check(error instanceof Abort, `the work's own error should be rethrown, got ${String(error)}`);
        }
        await store.transaction(async (tx) => {
          same(await tx.repository("docs").get("b"), undefined, "insert of the aborted transaction");
          same((await tx.repository("docs").get("kept"))?.value, { n: 1 }, "update of the aborted transaction");
          same(await tx.currentSequenceValue("invoices"), 0, "sequence after abort");
          same(await tx.getIdempotencyRecord("k"), undefined, "idempotency record after abort");
        });
        same(await store.outbox.pending(), [], "outbox after abort");
      }),
    );

    test.it(
      "sees its own writes inside the transaction",
      withStore(async (store) => {
        await store.transaction(async (tx) => {
          const repo = tx.repository<{ n: number }>("docs");
          await repo.insert("a", { n: 1 });
          same((await repo.get("a"))?.value, { n: 1 }, "own insert");
          same(
            (await repo.list()).map((d) => d.id),
            ["a"],
            "own insert in list",
          );
          await repo.delete("a", 1);
          same(await repo.get("a"), undefined, "own delete");
        });
      }),
    );

    test.it(
      "hands out gapless sequence values to concurrent transactions, each exactly once",
      withStore(async (store) => {
        const values = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            store
              .transaction(async (tx) => {
                const value = await tx.nextSequenceValue("INV-2026");
                if (i % 4 === 3) throw new Abort("rolled back");
                return value;
              })
              .catch((error: unknown) => {
                if (error instanceof Abort) return undefined;
                throw error;
              }),
          ),
        );
        const committed = values.filter((v): v is number => v !== undefined).sort((a, b) => a - b);
        same(
          committed,
          Array.from({ length: 15 }, (_, i) => i + 1),
          "committed sequence values",
        );
        same(await store.transaction((tx) => tx.currentSequenceValue("INV-2026")), 15, "current value");
        same(await store.transaction((tx) => tx.currentSequenceValue("other")), 0, "independent sequence");
      }),
    );

    test.it(
      "runs an idempotent operation once and replays its first result",
      withStore(async (store) => {
        let runs = 0;
        const work = async () => ({ run: ++runs });
        const outcomes = await Promise.all([
          runIdempotent(store, { key: "req-1", fingerprint: "f" }, work),
          runIdempotent(store, { key: "req-1", fingerprint: "f" }, work),
          runIdempotent(store, { key: "req-1", fingerprint: "f" }, work),
        ]);
        same(runs, 1, "number of runs");
        same(
          outcomes.map((o) => o.result),
          [{ run: 1 }, { run: 1 }, { run: 1 }],
          "results",
        );
        same(outcomes.filter((o) => o.replayed).length, 2, "replays");
        await expectCode(
          runIdempotent(store, { key: "req-1", fingerprint: "other" }, work),
          "IDEMPOTENCY_KEY_REUSED",
          "key reused for another request",
        );
      }),
    );

    test.it(
      "publishes committed events to the outbox in order until they are marked dispatched",
      withStore(async (store) => {
        const event = (id: string) => ({
          id,
          type: "order.confirmed",
          aggregateType: "order",
          aggregateId: "o1",
          occurredAt: "2026-10-14T09:00:00.000Z",
          payload: { id },
        });
        await store.transaction((tx) => tx.appendEvents([event("e1"), event("e2")]));
        await store.transaction((tx) => tx.appendEvents([event("e3")]));
        const pending = await store.outbox.pending();
        same(
          pending.map((p) => p.event.id),
          ["e1", "e2", "e3"],
          "pending events",
        );
        check(
          pending.every((p, i, all) => i === 0 || p.position > (all[i - 1]?.position ?? 0)),
          "positions increase",
        );
        same(pending[0]?.event, event("e1"), "event content");
        await store.outbox.markDispatched(["e1", "e3", "unknown"]);
        same(
          (await store.outbox.pending()).map((p) => p.event.id),
          ["e2"],
          "pending after dispatch",
        );
        same((await store.outbox.pending(0)).length, 0, "limit 0");
      }),
    );

    test.it(
      "lists by id with keyset paging and finds by a top-level field",
      withStore(async (store) => {
        await store.transaction(async (tx) => {
          const repo = tx.repository<{ customer: string; n: number }>("invoices");
          for (const [id, customer] of [
            ["c", "A"],
            ["a", "B"],
            ["d", "A"],
            ["b", "A"],
          ] as const) {
            await repo.insert(id, { customer, n: id.charCodeAt(0) });
          }
        });
        await store.transaction(async (tx) => {
          const repo = tx.repository<{ customer: string }>("invoices");
          same(
            (await repo.list()).map((d) => d.id),
            ["a", "b", "c", "d"],
            "list order",
          );
          same(
            (await repo.list({ after: "b", limit: 1 })).map((d) => d.id),
            ["c"],
            "page after b",
          );
          same(
            (await repo.findBy("customer", "A")).map((d) => d.id),
            ["b", "c", "d"],
            "findBy",
          );
          same((await repo.findBy("n", 97)).length, 1, "findBy a number");
          same((await tx.repository("empty").list()).length, 0, "empty collection");
        });
      }),
    );

    test.it(
      "stores a copy: mutating a value after writing or reading it changes nothing stored",
      withStore(async (store) => {
        const value = { lines: [{ qty: 1 }] };
        await store.transaction((tx) => tx.repository("docs").insert("a", value));
        value.lines[0] = { qty: 999 };
        const read = await store.transaction((tx) => tx.repository<typeof value>("docs").get("a"));
        if (read !== undefined) read.value.lines[0] = { qty: 555 };
        const again = await store.transaction((tx) => tx.repository<typeof value>("docs").get("a"));
        same(again?.value, { lines: [{ qty: 1 }] }, "stored value");
      }),
    );
  });
}
