import { createInMemoryStore, type Store, type StoreTransaction } from "@o2c/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { event, outcome, usePglite } from "./helpers.js";

/*
 * Laws, checked on random programs (sequences of transactions, each a list of operations, committed or rolled
 * back, with outbox reads and dispatches between them):
 * 1. Every operation gives the same result (value, or O2CError code and path) on the PGlite store as on the
 *    in-memory reference store.
 * 2. Afterwards both stores hold the same documents, sequence values and idempotency records.
 * 3. Both outboxes list the same pending events in the same order, and PostgreSQL's positions strictly increase
 *    (they may skip numbers a rolled-back transaction took: positions are ordered, not gapless).
 */

const pglite = usePglite("model");

const collection = fc.constantFrom("orders", "orders", "invoices");
const id = fc.constantFrom("a", "b", "B", "aa", "é", "a b", "10", "9");
const scalar = fc.oneof(fc.constantFrom("x", "y", "1", "true"), fc.integer({ min: -2, max: 2 }), fc.boolean());
const value = fc.record(
  { f: scalar, g: scalar, nested: fc.array(fc.oneof(scalar, fc.constant(null)), { maxLength: 2 }) },
  { requiredKeys: [] },
);
const version = fc.integer({ min: 0, max: 3 });

type Op =
  | { op: "insert"; c: string; id: string; v: unknown }
  | { op: "update"; c: string; id: string; v: unknown; version: number }
  | { op: "delete"; c: string; id: string; version: number }
  | { op: "get"; c: string; id: string }
  | { op: "list"; c: string; after?: string | undefined; limit?: number | undefined }
  | { op: "findBy"; c: string; field: string; value: string | number | boolean }
  | { op: "next"; name: string }
  | { op: "current"; name: string }
  | { op: "getIdem"; key: string }
  | { op: "putIdem"; key: string; fingerprint?: string | undefined; result: unknown }
  | { op: "append"; count: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant("insert" as const), c: collection, id, v: value }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("update" as const), c: collection, id, v: value, version }) },
  fc.record({ op: fc.constant("delete" as const), c: collection, id, version }),
  fc.record({ op: fc.constant("get" as const), c: collection, id }),
  fc.record(
    {
      op: fc.constant("list" as const),
      c: collection,
      after: fc.option(id, { nil: undefined }),
      limit: fc.option(fc.nat(4), { nil: undefined }),
    },
    { requiredKeys: ["op", "c"] },
  ),
  fc.record({ op: fc.constant("findBy" as const), c: collection, field: fc.constantFrom("f", "g"), value: scalar }),
  fc.record({ op: fc.constant("next" as const), name: fc.constantFrom("INV", "CN") }),
  fc.record({ op: fc.constant("current" as const), name: fc.constantFrom("INV", "CN") }),
  fc.record({ op: fc.constant("getIdem" as const), key: fc.constantFrom("k1", "k2") }),
  fc.record(
    {
      op: fc.constant("putIdem" as const),
      key: fc.constantFrom("k1", "k2"),
      fingerprint: fc.option(fc.constantFrom("f1", "f2"), { nil: undefined }),
      result: fc.oneof(value, scalar),
    },
    { requiredKeys: ["op", "key", "result"] },
  ),
  fc.record({ op: fc.constant("append" as const), count: fc.integer({ min: 0, max: 2 }) }),
);

type Step =
  | { kind: "transaction"; ops: Op[]; commit: boolean }
  | { kind: "pending"; limit?: number | undefined }
  | { kind: "dispatch"; picks: number[] };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("transaction" as const),
      ops: fc.array(opArb, { maxLength: 8 }),
      commit: fc.boolean(),
    }),
  },
  fc.record({ kind: fc.constant("pending" as const), limit: fc.option(fc.nat(3), { nil: undefined }) }),
  fc.record({ kind: fc.constant("dispatch" as const), picks: fc.array(fc.nat(5), { maxLength: 3 }) }),
);

class Abort extends Error {}

async function runOp(tx: StoreTransaction, op: Op, nextEventId: () => string): Promise<unknown> {
  switch (op.op) {
    case "insert":
      return outcome(tx.repository(op.c).insert(op.id, op.v));
    case "update":
      return outcome(tx.repository(op.c).update(op.id, op.v, op.version));
    case "delete":
      return outcome(tx.repository(op.c).delete(op.id, op.version));
    case "get":
      return outcome(tx.repository(op.c).get(op.id));
    case "list":
      return outcome(tx.repository(op.c).list({ after: op.after, limit: op.limit }));
    case "findBy":
      return outcome(tx.repository(op.c).findBy(op.field, op.value));
    case "next":
      return outcome(tx.nextSequenceValue(op.name));
    case "current":
      return outcome(tx.currentSequenceValue(op.name));
    case "getIdem":
      return outcome(tx.getIdempotencyRecord(op.key));
    case "putIdem":
      return outcome(tx.putIdempotencyRecord({ key: op.key, fingerprint: op.fingerprint, result: op.result }));
    case "append":
      return outcome(tx.appendEvents(Array.from({ length: op.count }, () => event(nextEventId()))));
  }
}

/** Runs a program on a store and returns everything it observed, as JSON text (undefined fields vanish). */
async function observe(store: Store, steps: readonly Step[]): Promise<{ trace: string; positions: number[][] }> {
  const trace: unknown[] = [];
  const positions: number[][] = [];
  let events = 0;
  const nextEventId = () => `e${++events}`;
  for (const step of steps) {
    if (step.kind === "transaction") {
      const results: unknown[] = [];
      const done = await store
        .transaction(async (tx) => {
          for (const op of step.ops) results.push(await runOp(tx, op, nextEventId));
          if (!step.commit) throw new Abort("roll back");
          return "committed";
        })
        .catch((error: unknown) => (error instanceof Abort ? "rolled back" : Promise.reject(error)));
      trace.push({ results, done });
    } else if (step.kind === "pending") {
      const pending = await store.outbox.pending(step.limit);
      positions.push(pending.map((p) => p.position));
      trace.push(pending.map((p) => p.event));
    } else {
      await store.outbox.markDispatched(step.picks.map((n) => `e${n}`));
    }
  }
  const final = await store.transaction(async (tx) => {
    const state: unknown[] = [];
    for (const c of ["orders", "invoices"]) state.push(await tx.repository(c).list());
    for (const name of ["INV", "CN"]) state.push(await tx.currentSequenceValue(name));
    for (const key of ["k1", "k2"]) state.push(await tx.getIdempotencyRecord(key));
    return state;
  });
  const pending = await store.outbox.pending();
  positions.push(pending.map((p) => p.position));
  trace.push(
    final,
    pending.map((p) => p.event),
  );
  return { trace: JSON.stringify(trace), positions };
}

describe("the PGlite store behaves like the in-memory store", () => {
  it("gives the same results for random programs of transactions, rollbacks and outbox reads", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 10 }), async (steps) => {
        const postgres = pglite.store();
        await postgres.migrate();
        const expected = await observe(createInMemoryStore(), steps);
        const actual = await observe(postgres, steps);
        expect(actual.trace).toBe(expected.trace);
        for (const list of actual.positions) {
          expect(list.every((p, i) => i === 0 || p > (list[i - 1] ?? 0))).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });
});
