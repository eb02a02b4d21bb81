#!/usr/bin/env node
// The one command that runs every check, in the order a failure is cheapest to find:
// doc examples -> typecheck -> lint -> unit and property tests -> build -> package exports -> API docs.
// It runs every step even after a failure, prints a table, and closes with the test counts.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pnpmCommand } from "./pnpm.mjs";

const root = new URL("../", import.meta.url).pathname;
const bin = (name) => join(root, "node_modules", ".bin", name);
const publishable = readdirSync(join(root, "packages"))
  .map((dir) => join(root, "packages", dir))
  .filter((dir) => existsSync(join(dir, "package.json")))
  .filter((dir) => !JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).private);

function run(cmd, args, options = {}) {
  const started = performance.now();
  const result = spawnSync(cmd, args, { stdio: "inherit", cwd: root, ...options });
  return { ok: result.status === 0, seconds: (performance.now() - started) / 1000 };
}

const vitestReport = join(root, ".cache", "vitest.json");
mkdirSync(join(root, ".cache"), { recursive: true });
rmSync(vitestReport, { force: true });

const [pnpm, pnpmPrefix] = pnpmCommand();
const steps = [
  ["doc examples", () => run("node", ["scripts/doctest.mjs"])],
  ["typecheck", () => run(bin("tsc"), ["-p", "tsconfig.json"])],
  ["lint", () => run(bin("biome"), ["ci", "--colors=off", "."])],
  [
    "tests",
    () => run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`]),
  ],
  ["build", () => run(pnpm, [...pnpmPrefix, "-r", "--filter", "./packages/**", "run", "build"])],
  ["publint", () => all(publishable.map((dir) => () => run(bin("publint"), ["--strict"], { cwd: dir })))],
  ["attw", () => all(publishable.map((dir) => () => attw(dir)))],
  ["typedoc", () => run(bin("typedoc"), [])],
];

function all(thunks) {
  let ok = true;
  let seconds = 0;
  for (const thunk of thunks) {
    const r = thunk();
    ok &&= r.ok;
    seconds += r.seconds;
  }
  return { ok, seconds };
}

function attw(dir) {
  const out = join(root, ".cache", "pack", dir.split("/").pop());
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const packed = run(pnpm, [...pnpmPrefix, "pack", "--pack-destination", out], { cwd: dir, stdio: "ignore" });
  if (!packed.ok) return packed;
  const tarball = readdirSync(out).find((f) => f.endsWith(".tgz"));
  return run(bin("attw"), [join(out, tarball), "--profile", "node16"]);
}

const results = [];
for (const [name, step] of steps) {
  console.log(`\n=== ${name}`);
  const r = step();
  results.push({ name, ...r });
}

console.log("\n=== summary");
for (const r of results) console.log(`${r.ok ? "ok  " : "FAIL"}  ${r.name.padEnd(14)} ${r.seconds.toFixed(1)} s`);
const failedSteps = results.filter((r) => !r.ok).length;
console.log(`checks: ${results.length - failedSteps} passed, ${failedSteps} failed`);

let testsLine = "tests: 0 passed, 1 failed (no vitest report)";
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, "utf8"));
  const skipped = report.numPendingTests + report.numTodoTests;
  testsLine = `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`;
  if (report.numTotalTests === 0) testsLine = "tests: 0 passed, 1 failed (no test ran)";
}
console.log(testsLine);
process.exit(failedSteps === 0 ? 0 : 1);
