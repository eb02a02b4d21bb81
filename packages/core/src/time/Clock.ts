import { O2CError } from "../errors/O2CError.js";

/**
 * The port through which domain code learns the time. Domain code never reads the system clock: a host passes a
 * clock in, and tests pass a fixed one.
 * @since 0.1.0
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

/**
 * A clock that reads the system time: the default for applications.
 *
 * @example
 * ```ts
 * import { createSystemClock } from "@o2c/core";
 *
 * createSystemClock().now() instanceof Date //=> true
 * ```
 * @since 0.1.0
 */
export function createSystemClock(): Clock {
  return { now: () => new Date() };
}

/** A clock for tests: it stands still at an instant until told to move. */
export interface FixedClock extends Clock {
  /** Moves the clock to an instant. */
  set(instant: Date | string): void;
  /** Moves the clock forward by milliseconds. */
  advance(milliseconds: number): void;
}

/**
 * A clock that stands at a given instant until it is moved: deterministic time for tests and replays.
 *
 * @param instant - The starting instant, as a `Date` or an ISO 8601 string.
 * @returns The clock.
 * @throws {@link O2CError} `INVALID_INSTANT` for an unparseable instant.
 * @example
 * ```ts
 * import { createFixedClock } from "@o2c/core";
 *
 * const clock = createFixedClock("2026-10-14T09:00:00Z");
 * clock.advance(60_000);
 * clock.now().toISOString() //=> "2026-10-14T09:01:00.000Z"
 * ```
 * @since 0.1.0
 */
export function createFixedClock(instant: Date | string): FixedClock {
  let current = toInstant(instant);
  return {
    now: () => new Date(current),
    set: (next) => {
      current = toInstant(next);
    },
    advance: (milliseconds) => {
      current += milliseconds;
    },
  };
}

function toInstant(value: Date | string): number {
  const time = (typeof value === "string" ? new Date(value) : value).getTime();
  if (Number.isNaN(time)) throw new O2CError("INVALID_INSTANT", `Not an instant: ${String(value)}`);
  return time;
}
