import { O2CError } from "../errors/O2CError.js";
import type { Store, StoreTransaction } from "./Store.js";

/** The outcome of {@link runIdempotent}: the result, and whether it is a replay of an earlier run. */
export interface IdempotentOutcome<T> {
  /** The result of the first run under the key. */
  readonly result: T;
  /** `true` when the work did not run because the key had been used before. */
  readonly replayed: boolean;
}

/** Options of {@link runIdempotent}. */
export interface RunIdempotentOptions {
  /** The idempotency key, unique per intended operation (a client's request id). */
  readonly key: string;
  /** A fingerprint of the request; a key replayed with another fingerprint is refused. */
  readonly fingerprint?: string | undefined;
}

/**
 * Runs `work` once per idempotency key, in one store transaction with the record of its result: a replay with
 * the same key returns the first result and runs nothing, even when both calls race.
 *
 * @param store - The store.
 * @param options - The key and an optional request fingerprint.
 * @param work - The operation; its result must be plain JSON.
 * @returns The first result, and whether this call was a replay.
 * @throws {@link O2CError} `IDEMPOTENCY_KEY_REUSED` when the key was used for a request with another fingerprint.
 * @example
 * ```ts
 * import { createInMemoryStore, runIdempotent } from "@o2c/core";
 *
 * const store = createInMemoryStore();
 * let runs = 0;
 * const work = async () => ({ orderNumber: ++runs });
 * await runIdempotent(store, { key: "req-1" }, work);
 * const replay = await runIdempotent(store, { key: "req-1" }, work);
 * replay //=> { result: { orderNumber: 1 }, replayed: true }
 * ```
 * @since 0.1.0
 */
export async function runIdempotent<T>(
  store: Store,
  options: RunIdempotentOptions,
  work: (tx: StoreTransaction) => Promise<T>,
): Promise<IdempotentOutcome<T>> {
  return store.transaction(async (tx) => {
    const previous = await tx.getIdempotencyRecord(options.key);
    if (previous !== undefined) {
      if (
        previous.fingerprint !== undefined &&
        options.fingerprint !== undefined &&
        previous.fingerprint !== options.fingerprint
      ) {
        throw new O2CError(
          "IDEMPOTENCY_KEY_REUSED",
          `Idempotency key ${JSON.stringify(options.key)} was already used for a different request`,
          { details: { key: options.key } },
        );
      }
      return { result: previous.result as T, replayed: true };
    }
    const result = await work(tx);
    await tx.putIdempotencyRecord({ key: options.key, fingerprint: options.fingerprint, result });
    return { result, replayed: false };
  });
}
