import type { StoreTransaction } from "@o2c/core";
import { createPgliteStore, type PostgresStore } from "@o2c/postgres";
import { describe, expect, it } from "vitest";
import { event, outcome, rejectsWith, usePglite } from "./helpers.js";

// One PGlite instance for the file; each test works in a schema of its own.
const pglite = usePglite("semantics");

async function freshStore(): Promise<PostgresStore> {
  const store = pglite.store();
  await store.migrate();
  return store;
}

class Abort extends Error {}

async function aborted(store: PostgresStore, work: (tx: StoreTransaction) => Promise<void>): Promise<void> {
  const error = await store
    .transaction(async (tx) => {
      await work(tx);
      throw new Abort("roll back");
    })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Abort);
}

describe("optimistic versions across transactions", () => {
  it("rejects the write of a transaction that read an older version, with the versions in details", async () => {
    const store = await freshStore();
    await store.transaction((tx) => tx.repository("orders").insert("o1", { status: "open" }));
    const seenByA = await store.transaction((tx) => tx.repository<{ status: string }>("orders").get("o1"));
    await store.transaction((tx) => tx.repository("orders").update("o1", { status: "shipped" }, 1));
    const error = await rejectsWith(
      store.transaction((tx) => tx.repository("orders").update("o1", { status: "cancelled" }, seenByA?.version ?? 0)),
      "STORE_CONFLICT",
    );
    expect(error["details"]).toEqual({ collection: "orders", id: "o1", expectedVersion: 1, actualVersion: 2 });
    const now = await store.transaction((tx) => tx.repository("orders").get("o1"));
    expect(now).toEqual({ id: "o1", version: 2, value: { status: "shipped" } });
  });

  it("reports STORE_NOT_FOUND for a delete of a missing document and STORE_DUPLICATE for a second insert", async () => {
    const store = await freshStore();
    await rejectsWith(
      store.transaction((tx) => tx.repository("orders").delete("none", 1)),
      "STORE_NOT_FOUND",
    );
    await store.transaction(async (tx) => {
      const repo = tx.repository("orders");
      await repo.insert("o1", { n: 1 });
      // An expected failure does not poison the transaction: it goes on and commits.
      expect(await outcome(repo.insert("o1", { n: 2 }))).toEqual({ code: "STORE_DUPLICATE", path: [] });
      await repo.update("o1", { n: 3 }, 1);
    });
    expect((await store.transaction((tx) => tx.repository("orders").get("o1")))?.value).toEqual({ n: 3 });
  });
});

describe("gapless sequences", () => {
  it("hands out the value of a rolled-back transaction again", async () => {
    const store = await freshStore();
    expect(await store.transaction((tx) => tx.nextSequenceValue("INV"))).toBe(1);
    await aborted(store, async (tx) => {
      expect(await tx.nextSequenceValue("INV")).toBe(2);
      expect(await tx.nextSequenceValue("INV")).toBe(3);
      expect(await tx.currentSequenceValue("INV")).toBe(3);
    });
    expect(await store.transaction((tx) => tx.currentSequenceValue("INV"))).toBe(1);
    expect(await store.transaction((tx) => tx.nextSequenceValue("INV"))).toBe(2);
  });
});

describe("idempotency records", () => {
  it("refuses a second record under a key with STORE_DUPLICATE and keeps the first", async () => {
    const store = await freshStore();
    await store.transaction((tx) => tx.putIdempotencyRecord({ key: "req-1", fingerprint: "f1", result: { n: 1 } }));
    await rejectsWith(
      store.transaction((tx) => tx.putIdempotencyRecord({ key: "req-1", fingerprint: "f2", result: { n: 2 } })),
      "STORE_DUPLICATE",
    );
    expect(await store.transaction((tx) => tx.getIdempotencyRecord("req-1"))).toEqual({
      key: "req-1",
      fingerprint: "f1",
      result: { n: 1 },
    });
  });

  it("stores a record without fingerprint or result", async () => {
    const store = await freshStore();
    await store.transaction((tx) => tx.putIdempotencyRecord({ key: "k", fingerprint: undefined, result: undefined }));
    await store.transaction((tx) => tx.putIdempotencyRecord({ key: "n", fingerprint: undefined, result: null }));
    const [k, n] = await store.transaction(async (tx) => [
      await tx.getIdempotencyRecord("k"),
      await tx.getIdempotencyRecord("n"),
    ]);
    expect(k).toEqual({ key: "k", fingerprint: undefined, result: undefined });
    expect(n).toEqual({ key: "n", fingerprint: undefined, result: null });
  });
});

describe("the outbox", () => {
  it("shows no event of a rolled-back transaction, and committed events in order with rising positions", async () => {
    const store = await freshStore();
    await aborted(store, (tx) => tx.appendEvents([event("lost")]));
    await store.transaction((tx) => tx.appendEvents([event("e1"), event("e2")]));
    await store.transaction((tx) => tx.appendEvents([]));
    await store.transaction((tx) => tx.appendEvents([event("e3")]));
    const pending = await store.outbox.pending();
    expect(pending.map((p) => p.event.id)).toEqual(["e1", "e2", "e3"]);
    expect(pending.map((p) => p.position)).toEqual([...pending.map((p) => p.position)].sort((a, b) => a - b));
    expect(new Set(pending.map((p) => p.position)).size).toBe(3);
    // Keys come back in the order they were written.
    expect(JSON.stringify(pending[0]?.event)).toBe(JSON.stringify(event("e1")));
    expect((await store.outbox.pending(2)).map((p) => p.event.id)).toEqual(["e1", "e2"]);
    await store.outbox.markDispatched([]);
    await store.outbox.markDispatched(["e2", "nope"]);
    expect((await store.outbox.pending()).map((p) => p.event.id)).toEqual(["e1", "e3"]);
  });

  it("rejects a negative or fractional limit with VALIDATION_FAILED at path limit", async () => {
    const store = await freshStore();
    for (const limit of [-1, 1.5]) {
      const error = await rejectsWith(store.outbox.pending(limit), "VALIDATION_FAILED");
      expect(error["path"]).toEqual(["limit"]);
    }
  });
});

describe("documents", () => {
  it("finds by a top-level field with JavaScript's strict equality: types never mix", async () => {
    const store = await freshStore();
    const values: Record<string, unknown> = {
      num: { f: 1 },
      str: { f: "1" },
      bool: { f: true },
      boolStr: { f: "true" },
      frac: { f: 1.5 },
      nested: { g: { f: 1 } },
      array: { f: [1] },
      nil: { f: null },
      none: {},
      scalar: 1,
      list: [1],
    };
    await store.transaction(async (tx) => {
      for (const [id, value] of Object.entries(values)) await tx.repository("docs").insert(id, value);
    });
    const find = (field: string, value: string | number | boolean) =>
      store.transaction(async (tx) => (await tx.repository("docs").findBy(field, value)).map((d) => d.id));
    expect(await find("f", 1)).toEqual(["num"]);
    expect(await find("f", 1.0)).toEqual(["num"]);
    expect(await find("f", "1")).toEqual(["str"]);
    expect(await find("f", true)).toEqual(["bool"]);
    expect(await find("f", "true")).toEqual(["boolStr"]);
    expect(await find("f", 1.5)).toEqual(["frac"]);
    expect(await find("g", 1)).toEqual([]);
    expect(await find("missing", "x")).toEqual([]);
  });

  it("refuses NUL and lone surrogates with STORE_INVALID_VALUE, and finds escapes and emoji exactly", async () => {
    const store = await freshStore();
    await store.transaction(async (tx) => {
      const repo = tx.repository("docs");
      expect(await outcome(repo.insert("nul", { f: "a\u0000b" }))).toEqual({ code: "STORE_INVALID_VALUE", path: [] });
      await repo.insert("backslash-u", { f: "a\\u0000b" });
      expect(await outcome(repo.insert("lone", { f: "\ud800x" }))).toEqual({ code: "STORE_INVALID_VALUE", path: [] });
      await repo.insert("pair", { f: "🙂\ud83d\ude00" });
      await repo.insert("plain", { f: 'é "q" \\ \n' });
      await repo.insert("big", { f: 1e21 });
    });
    const find = (value: string | number) =>
      store.transaction(async (tx) => (await tx.repository("docs").findBy("f", value)).map((d) => d.id));
    expect(await find("a\u0000b")).toEqual([]);
    expect(await find("a\\u0000b")).toEqual(["backslash-u"]);
    expect(await find("\ud800x")).toEqual([]);
    expect(await find("🙂😀")).toEqual(["pair"]);
    expect(await find('é "q" \\ \n')).toEqual(["plain"]);
    expect(await find(1e21)).toEqual(["big"]);
    expect(await find("zzz")).toEqual([]);
    const read = await store.transaction((tx) => tx.repository<{ f: string }>("docs").get("pair"));
    expect(read?.value.f).toBe("🙂😀");
  });

  it("lists in code-point order of ids, as the in-memory store sorts them", async () => {
    const store = await freshStore();
    const ids = ["b", "B", "a", "é", "aa", "a b", "Z", "_", "1"];
    await store.transaction(async (tx) => {
      for (const id of ids) await tx.repository("docs").insert(id, { id });
    });
    const listed = await store.transaction((tx) => tx.repository("docs").list());
    expect(listed.map((d) => d.id)).toEqual([...ids].sort());
    const page = await store.transaction((tx) => tx.repository("docs").list({ after: "B", limit: 2 }));
    expect(page.map((d) => d.id)).toEqual(["Z", "_"]);
    expect(await store.transaction((tx) => tx.repository("docs").list({ limit: 0 }))).toEqual([]);
  });

  it("keeps values exactly: key order, unicode, quotes, control characters, numbers", async () => {
    const store = await freshStore();
    const value = {
      z: 1,
      a: 'it\'s "quoted" \\ é 🙂 \u0001\t end',
      m: [0.1, -0, 1e21, 5e-324],
      nested: { b: null, a: {} },
    };
    await store.transaction((tx) => tx.repository("docs").insert("v", value));
    const read = await store.transaction((tx) => tx.repository("docs").get("v"));
    expect(JSON.stringify(read?.value)).toBe(JSON.stringify(value));
  });

  it("rejects values that are not JSON with STORE_INVALID_VALUE and bad arguments with VALIDATION_FAILED", async () => {
    const store = await freshStore();
    await rejectsWith(
      store.transaction((tx) => tx.repository("docs").insert("big", { n: 1n })),
      "STORE_INVALID_VALUE",
    );
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    await rejectsWith(
      store.transaction((tx) => tx.repository("docs").insert("cyclic", cyclic)),
      "STORE_INVALID_VALUE",
    );
    await rejectsWith(
      store.transaction((tx) => tx.repository("docs").insert("undefined", undefined)),
      "STORE_INVALID_VALUE",
    );
    const version = await rejectsWith(
      store.transaction((tx) => tx.repository("docs").update("x", {}, 1.5)),
      "VALIDATION_FAILED",
    );
    expect(version["path"]).toEqual(["expectedVersion"]);
    const limit = await rejectsWith(
      store.transaction((tx) => tx.repository("docs").list({ limit: -1 })),
      "VALIDATION_FAILED",
    );
    expect(limit["path"]).toEqual(["limit"]);
  });
});

describe("the transaction boundary", () => {
  it("refuses a transaction handle used after its transaction ended", async () => {
    const store = await freshStore();
    let kept: StoreTransaction | undefined;
    await store.transaction(async (tx) => {
      kept = tx;
    });
    await rejectsWith(kept?.repository("docs").get("a") ?? Promise.resolve(), "STORE_TRANSACTION_CLOSED");
    await rejectsWith(kept?.nextSequenceValue("s") ?? Promise.resolve(), "STORE_TRANSACTION_CLOSED");
  });

  it("runs statements issued concurrently inside one transaction one after the other", async () => {
    const store = await freshStore();
    const values = await store.transaction(async (tx) =>
      Promise.all(Array.from({ length: 10 }, () => tx.nextSequenceValue("par"))),
    );
    expect([...values].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("fails, rather than silently rolling back, a transaction whose work swallowed a failed statement", async () => {
    const store = await freshStore();
    const error = await rejectsWith(
      store.transaction(async (tx) => {
        await tx.repository("docs").insert("kept?", { n: 1 });
        // A NUL in an id is refused by PostgreSQL itself, which aborts the transaction.
        const swallowed = await outcome(tx.repository("docs").insert("bad\u0000id", { n: 2 }));
        expect(swallowed).toEqual({ code: "STORE_UNAVAILABLE", path: [] });
        return "done";
      }),
      "STORE_UNAVAILABLE",
    );
    expect(error["details"]).toEqual({ operation: "INSERT", sqlState: expect.any(String) });
    expect(await store.transaction((tx) => tx.repository("docs").get("kept?"))).toBeUndefined();
  });

  it("turns driver errors into STORE_UNAVAILABLE with the driver's error as cause", async () => {
    const unmigrated = createPgliteStore(pglite.db(), { schema: "never_migrated" });
    const error = await rejectsWith(
      unmigrated.transaction((tx) => tx.repository("docs").get("a")),
      "STORE_UNAVAILABLE",
    );
    expect((error.cause as { code?: string }).code).toBe("42P01");
    expect(error["details"]).toEqual({ operation: "SELECT", sqlState: "42P01" });
    await rejectsWith(unmigrated.outbox.pending(), "STORE_UNAVAILABLE");
    await rejectsWith(unmigrated.outbox.markDispatched(["e1"]), "STORE_UNAVAILABLE");
  });
});
