import { createPgStore, type PgPoolClientLike, type PgPoolLike, pgDatabase } from "@o2c/postgres";
import { describe, expect, it } from "vitest";
import { rejectsWith } from "./helpers.js";

/** A pool stand-in that records statements and releases, and fails the statements `fail` picks. */
function stubPool(fail: (text: string) => boolean = () => false) {
  const log: string[] = [];
  const releases: (Error | boolean | undefined)[] = [];
  const query = async (text: string) => {
    log.push(text.trim().split(/\s/, 1)[0] ?? "");
    if (fail(text)) throw Object.assign(new Error(`failed: ${text}`), { code: "08006" });
    return { rows: [{ value: "3" }] };
  };
  const client: PgPoolClientLike = { query, release: (error) => void releases.push(error) };
  const pool: PgPoolLike = { query, connect: async () => client };
  return { pool, log, releases };
}

describe("pgDatabase", () => {
  it("commits on one connection and returns it to the pool", async () => {
    const { pool, log, releases } = stubPool();
    const value = await createPgStore(pool).transaction((tx) => tx.nextSequenceValue("s"));
    expect(value).toBe(3);
    expect(log).toEqual(["BEGIN", "INSERT", "COMMIT"]);
    expect(releases).toEqual([undefined]);
  });

  it("rolls back when the work throws, rethrows the work's own error and returns the connection", async () => {
    const { pool, log, releases } = stubPool();
    const own = new Error("business failure");
    const caught = await pgDatabase(pool)
      .transaction(async (tx) => {
        await tx.query("SELECT 1");
        throw own;
      })
      .catch((e: unknown) => e);
    expect(caught).toBe(own);
    expect(log).toEqual(["BEGIN", "SELECT", "ROLLBACK"]);
    expect(releases).toEqual([undefined]);
  });

  it("destroys the connection when ROLLBACK fails, still rethrowing the work's error", async () => {
    const { pool, releases } = stubPool((text) => text === "ROLLBACK");
    const own = new Error("business failure");
    const caught = await pgDatabase(pool)
      .transaction(async () => {
        throw own;
      })
      .catch((e: unknown) => e);
    expect(caught).toBe(own);
    expect(releases).toEqual([true]);
  });

  it("maps a failed COMMIT or BEGIN to STORE_UNAVAILABLE and destroys the connection", async () => {
    for (const failing of ["COMMIT", "BEGIN"]) {
      const { pool, releases } = stubPool((text) => text === failing);
      const error = await rejectsWith(
        createPgStore(pool).transaction((tx) => tx.currentSequenceValue("s")),
        "STORE_UNAVAILABLE",
      );
      expect(error["details"]).toEqual({ operation: "transaction", sqlState: "08006" });
      expect(releases).toEqual([true]);
    }
  });

  it("maps a failed statement to STORE_UNAVAILABLE and rolls back", async () => {
    const { pool, log, releases } = stubPool((text) => text.startsWith("SELECT"));
    const error = await rejectsWith(
      createPgStore(pool).transaction((tx) => tx.repository("docs").get("a")),
      "STORE_UNAVAILABLE",
    );
    expect((error.cause as { code: string }).code).toBe("08006");
    expect(log).toEqual(["BEGIN", "SELECT", "ROLLBACK"]);
    expect(releases).toEqual([undefined]);
  });

  it("maps serialization failures and deadlocks to STORE_CONFLICT, to be retried", async () => {
    for (const code of ["40001", "40P01"]) {
      const query = async (text: string) => {
        if (text.startsWith("UPDATE")) throw Object.assign(new Error("conflict"), { code });
        return { rows: [] };
      };
      const pool: PgPoolLike = { query, connect: async () => ({ query, release: () => undefined }) };
      const error = await rejectsWith(
        createPgStore(pool).transaction((tx) => tx.repository("docs").update("a", {}, 1)),
        "STORE_CONFLICT",
      );
      expect(error["details"]).toEqual({ operation: "UPDATE", sqlState: code });
    }
  });
});
