import { createInMemoryStore, isO2CError, runIdempotent, type StoreTransaction } from "@o2c/core";
import { defineStoreConformanceSuite } from "@o2c/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

defineStoreConformanceSuite(
  { describe, it },
  { name: "in-memory store conformance", createStore: () => createInMemoryStore() },
);

describe("in-memory store fault injection", () => {
  it("a transaction that fails midway leaves nothing behind", async () => {
    const store = createInMemoryStore();
    await store.transaction((tx) => tx.repository("orders").insert("o1", { status: "draft" }));
    const before = store.dump();
    store.setFailAt((point) => point.kind === "write" && point.operation === 3);
    const attempt = store.transaction(async (tx) => {
      await tx.repository("orders").update("o1", { status: "confirmed" }, 1);
      await tx.nextSequenceValue("orders");
      await tx.appendEvents([
        { id: "e1", type: "order.confirmed", aggregateType: "order", aggregateId: "o1", occurredAt: "", payload: {} },
      ]);
    });
    await expect(attempt).rejects.toSatisfy((error: unknown) => isO2CError(error, "STORE_UNAVAILABLE"));
    expect(store.dump()).toEqual(before);
  });

  it("a failure at commit leaves nothing behind either", async () => {
    const store = createInMemoryStore({ failAt: (point) => point.kind === "commit" });
    await expect(store.transaction((tx) => tx.repository("orders").insert("o1", {}))).rejects.toSatisfy(
      (error: unknown) => isO2CError(error, "STORE_UNAVAILABLE"),
    );
    expect(store.dump().collections).toEqual({});
    store.setFailAt(undefined);
    await store.transaction((tx) => tx.repository("orders").insert("o1", {}));
    expect(Object.keys(store.dump().collections["orders"] ?? {})).toEqual(["o1"]);
  });

  it("refuses a transaction handle used after its transaction ended", async () => {
    const store = createInMemoryStore();
    let leaked: StoreTransaction | undefined;
    await store.transaction(async (tx) => {
      leaked = tx;
    });
    await expect(leaked?.repository("x").get("a")).rejects.toSatisfy((error: unknown) =>
      isO2CError(error, "STORE_TRANSACTION_CLOSED"),
    );
  });

  it("refuses values that are not plain JSON", async () => {
    const store = createInMemoryStore();
    await expect(store.transaction((tx) => tx.repository("x").insert("a", { n: 1n }))).rejects.toSatisfy(
      (error: unknown) => isO2CError(error, "STORE_INVALID_VALUE"),
    );
  });

  describe("properties", () => {
    type Op =
      | { kind: "insert"; id: string; n: number }
      | { kind: "update"; id: string; n: number }
      | { kind: "delete"; id: string }
      | { kind: "sequence" }
      | { kind: "event"; id: string };
    const arbOp: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant("insert" as const), id: fc.constantFrom("a", "b", "c"), n: fc.integer() }),
      fc.record({ kind: fc.constant("update" as const), id: fc.constantFrom("a", "b", "c"), n: fc.integer() }),
      fc.record({ kind: fc.constant("delete" as const), id: fc.constantFrom("a", "b", "c") }),
      fc.record({ kind: fc.constant("sequence" as const) }),
      fc.record({ kind: fc.constant("event" as const), id: fc.uuid() }),
    );

    async function apply(tx: StoreTransaction, op: Op): Promise<void> {
      const repo = tx.repository<{ n: number }>("docs");
      const current = "id" in op ? await repo.get(op.id) : undefined;
      switch (op.kind) {
        case "insert":
          if (current === undefined) await repo.insert(op.id, { n: op.n });
          return;
        case "update":
          if (current !== undefined) await repo.update(op.id, { n: op.n }, current.version);
          return;
        case "delete":
          if (current !== undefined) await repo.delete(op.id, current.version);
          return;
        case "sequence":
          await tx.nextSequenceValue("s");
          return;
        case "event":
          await tx.appendEvents([
            { id: op.id, type: "t.x", aggregateType: "t", aggregateId: "1", occurredAt: "", payload: {} },
          ]);
      }
    }

    it("an aborted transaction changes nothing, whatever it did before failing", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(arbOp, { maxLength: 6 }), { maxLength: 4 }),
          fc.array(arbOp, { minLength: 1, maxLength: 10 }),
          fc.boolean(),
          async (committed, aborted, failByFault) => {
            const store = createInMemoryStore();
            for (const ops of committed) {
              await store.transaction(async (tx) => {
                for (const op of ops) await apply(tx, op);
              });
            }
            const before = store.dump();
            if (failByFault) store.setFailAt((point) => point.kind === "commit");
            const attempt = store.transaction(async (tx) => {
              for (const op of aborted) await apply(tx, op);
              if (!failByFault) throw new Error("abort");
            });
            await expect(attempt).rejects.toBeDefined();
            expect(store.dump()).toEqual(before);
          },
        ),
        { numRuns: 60 },
      );
    });

    it("a replayed idempotency key never runs its effect twice, however the calls interleave", async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.constantFrom("k1", "k2", "k3"), { minLength: 1, maxLength: 12 }), async (keys) => {
          const store = createInMemoryStore();
          const runs = new Map<string, number>();
          const outcomes = await Promise.all(
            keys.map((key) =>
              runIdempotent(store, { key }, async (tx) => {
                runs.set(key, (runs.get(key) ?? 0) + 1);
                return { key, order: await tx.nextSequenceValue("effects") };
              }),
            ),
          );
          for (const key of new Set(keys)) expect(runs.get(key)).toBe(1);
          const orders = outcomes.map((o) => `${o.result.key}:${o.result.order}`);
          for (const key of new Set(keys)) expect(new Set(orders.filter((o) => o.startsWith(`${key}:`))).size).toBe(1);
          expect(outcomes.filter((o) => !o.replayed)).toHaveLength(new Set(keys).size);
        }),
        { numRuns: 60 },
      );
    });
  });
});
