// When the command line starts itself again single-threaded. Node-only (the command line is).

/**
 * The Node options to start the command line again with, or `null` to run in this process: with one CPU available
 * (a container limited to one core, `taskset -c 0`), V8's compiler and garbage-collector threads take turns with the
 * matcher on that core, and `--single-threaded` does their work on the main thread instead. On this project's shared
 * 2-core machine, pinned to one core, that made a cold `o2c match` of dev-large faster in both paired series measured
 * (median 4.8 s against 5.8 s over seven pairs; a bundled matcher alone 3.3 s against 3.9 s over six).
 *
 * Not again when the process runs single-threaded already or `O2C_NO_RELAUNCH` is set (the relaunched child has it).
 */
export function singleThreadedRelaunch(
  parallelism: number,
  execArgv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string[] | null {
  if (parallelism !== 1 || env["O2C_NO_RELAUNCH"] !== undefined || execArgv.includes("--single-threaded")) {
    return null;
  }
  return [...execArgv, "--single-threaded"];
}
