import { PGlite } from "@electric-sql/pglite";
import { isO2CError } from "@o2c/core";
import { createPgliteStore, type PostgresStore } from "@o2c/postgres";
import { afterAll, beforeAll, expect } from "vitest";

/**
 * One PGlite instance for the calling test file (it takes seconds to start), opened before its tests and closed after
 * them. `store()` gives a store in a schema of its own (`prefix_1`, `prefix_2`, ...), not yet migrated.
 */
export function usePglite(prefix: string): { readonly db: () => PGlite; readonly store: () => PostgresStore } {
  let db: PGlite | undefined;
  let schemas = 0;
  beforeAll(async () => {
    db = new PGlite();
    await db.waitReady;
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });
  const open = (): PGlite => {
    if (db === undefined) throw new Error("PGlite is used before the file's tests started");
    return db;
  };
  return { db: open, store: () => createPgliteStore(open(), { schema: `${prefix}_${++schemas}` }) };
}

/** The outcome of a promise as data: its value, or the code (and path) of the O2CError it threw. */
export async function outcome<T>(
  promise: Promise<T>,
): Promise<{ ok: T } | { code: string; path: readonly (string | number)[] }> {
  try {
    return { ok: await promise };
  } catch (error) {
    if (isO2CError(error)) return { code: error.code, path: error.path };
    throw error;
  }
}

/** Asserts that a promise rejects with an O2CError of this code, and returns the error. */
export async function rejectsWith(promise: Promise<unknown>, code: string): Promise<Error & Record<string, unknown>> {
  const result = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(isO2CError(result, code), `expected ${code}, got ${String(result)}`).toBe(true);
  return result as Error & Record<string, unknown>;
}

/** A domain event for tests. */
export function event(id: string) {
  return {
    id,
    type: "order.confirmed",
    aggregateType: "order",
    aggregateId: "o1",
    occurredAt: "2026-10-14T09:00:00.000Z",
    payload: { id },
  };
}
