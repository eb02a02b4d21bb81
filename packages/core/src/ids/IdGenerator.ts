/**
 * The port through which domain code gets new ids. Domain code never calls a random source itself.
 * @since 0.1.0
 */
export interface IdGenerator {
  /**
   * A new unique id.
   *
   * @param prefix - A short kind prefix such as `"ord"`, kept in front of the id for readability.
   */
  next(prefix?: string): string;
}

/**
 * Random UUID v4 ids from the Web Crypto API (browsers, Node 20+, Deno, Bun, edge runtimes).
 *
 * @example
 * ```ts
 * import { createRandomIdGenerator } from "@o2c/core";
 *
 * createRandomIdGenerator().next("ord").startsWith("ord_") //=> true
 * ```
 * @since 0.1.0
 */
export function createRandomIdGenerator(): IdGenerator {
  return {
    next: (prefix) => {
      const id = globalThis.crypto.randomUUID();
      return prefix === undefined ? id : `${prefix}_${id}`;
    },
  };
}

/**
 * Deterministic ids `prefix_000001`, `prefix_000002`... counted per prefix: for tests, examples and replays.
 *
 * @example
 * ```ts
 * import { createSequentialIdGenerator } from "@o2c/core";
 *
 * const ids = createSequentialIdGenerator();
 * ids.next("inv") //=> "inv_000001"
 * ids.next("inv") //=> "inv_000002"
 * ids.next() //=> "id_000001"
 * ```
 * @since 0.1.0
 */
export function createSequentialIdGenerator(): IdGenerator {
  const counters = new Map<string, number>();
  return {
    next: (prefix = "id") => {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}_${String(n).padStart(6, "0")}`;
    },
  };
}
