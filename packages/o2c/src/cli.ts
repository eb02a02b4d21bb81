// The o2c command line. Node-only: reads and writes files, prints to the terminal.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { gunzipSync } from "node:zlib";
import { scoreResult } from "@o2c/cash-application";
import { isO2CError, ValidationError } from "@o2c/core";
import { runMatch } from "./runMatch.js";
import { singleThreadedRelaunch } from "./singleThreaded.js";

const USAGE = `usage:
  o2c match --customers FILE --invoices FILE --payments FILE --out FILE [--threshold X]
  o2c score --result FILE --truth FILE`;

class UsageError extends Error {}

function readText(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
}

function flags(args: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i];
    const value = args[i + 1];
    if (key === undefined || !key.startsWith("--") || value === undefined) throw new UsageError(`bad argument ${key}`);
    map.set(key.slice(2), value);
  }
  return map;
}

function need(map: Map<string, string>, key: string): string {
  const value = map.get(key);
  if (value === undefined) throw new UsageError(`missing --${key}`);
  return value;
}

/** Which file an error is about, from its path's first segment. */
function describe(error: unknown, files: Record<string, string>): string {
  if (error instanceof ValidationError) {
    const issue = error.issues[0];
    const head = String(issue?.path[0] ?? "");
    const file = files[head === "openItems" ? "invoices" : head] ?? head;
    return `${file}: ${issue?.code} at ${issue?.path.slice(1).join(".")}: ${issue?.message}`;
  }
  if (isO2CError(error)) return `${files[String(error.path[0] ?? "")] ?? ""} ${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs the command line with its arguments and returns the exit code (0 ok, 1 usage, 2 bad input file).
 */
export function main(
  argv: readonly string[],
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): number {
  const [command, ...rest] = argv;
  let files: Record<string, string> = {};
  try {
    const map = flags(rest);
    if (command === "match") {
      files = {
        customers: need(map, "customers"),
        invoices: need(map, "invoices"),
        payments: need(map, "payments"),
      };
      const outFile = need(map, "out");
      const thresholdText = map.get("threshold");
      const threshold = thresholdText === undefined ? undefined : Number(thresholdText);
      if (threshold !== undefined && !(threshold >= 0 && threshold <= 1))
        throw new UsageError("--threshold must be in 0..1");
      const started = performance.now();
      const tty = process.stdout.isTTY === true;
      const { results, summary } = runMatch({
        customers: readText(files["customers"] ?? ""),
        invoices: readText(files["invoices"] ?? ""),
        payments: readText(files["payments"] ?? ""),
        threshold,
        onProgress: (done, total) => {
          if (tty && total >= 2000 && done % 500 === 0) process.stdout.write(`\rmatched ${done}/${total}`);
        },
      });
      if (tty && summary.payments >= 2000) process.stdout.write("\n");
      writeFileSync(outFile, `${JSON.stringify(results, null, 0).replace(/\},\{"paymentId"/g, '},\n{"paymentId"')}\n`);
      const ms = (performance.now() - started).toFixed(0);
      out(
        `${summary.payments} payments: ${summary.applied} applied, ${summary.review} review, ${summary.unmatched} unmatched in ${ms} ms`,
      );
      return 0;
    }
    if (command === "score") {
      files = { result: need(map, "result"), truth: need(map, "truth") };
      const score = scoreResult(
        JSON.parse(readText(files["result"] ?? "")),
        JSON.parse(readText(files["truth"] ?? "")),
      );
      out(
        `touchless rate ${score.touchlessRate.toFixed(4)}, precision ${score.precision.toFixed(4)}, applied ${score.applied}, wrong ${score.wrong}`,
      );
      for (const [kind, k] of Object.entries(score.byKind)) {
        out(
          `${kind.padEnd(20)} count ${k.count} applied ${k.applied} correct ${k.correct} wrong ${k.wrong} touchless ${k.touchlessRate.toFixed(4)}`,
        );
      }
      return 0;
    }
    throw new UsageError(command === undefined ? "missing command" : `unknown command ${command}`);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`o2c: ${error.message}\n${USAGE}`);
      return 1;
    }
    err(`o2c: ${describe(error, files)}`);
    return 2;
  }
}

const invoked = process.argv[1] ?? "";
if (/(^|[/\\])(cli\.(ts|js)|o2c(\.js)?)$/.test(invoked)) {
  const nodeOptions = singleThreadedRelaunch(availableParallelism(), process.execArgv, process.env);
  if (nodeOptions === null) process.exitCode = main(process.argv.slice(2));
  else {
    const child = spawnSync(process.execPath, [...nodeOptions, invoked, ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...process.env, O2C_NO_RELAUNCH: "1" },
    });
    process.exitCode = child.status ?? 1;
  }
}
