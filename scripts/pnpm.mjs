#!/usr/bin/env node
// Runs the pinned pnpm (from package.json's packageManager) with the given arguments.
// Uses a pnpm on PATH when it is the pinned version, and otherwise `npx pnpm@VERSION`, so a machine
// with only Node.js needs no manual step and no global install.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const pinned = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).packageManager.split(
  "@",
)[1];

export function pnpmCommand() {
  const probe = spawnSync("pnpm", ["--version"], { encoding: "utf8", shell: process.platform === "win32" });
  if (probe.status === 0 && probe.stdout.trim() === pinned) return ["pnpm", []];
  return ["npx", ["--yes", `pnpm@${pinned}`]];
}

export function runPnpm(args, options = {}) {
  const [cmd, prefix] = pnpmCommand();
  const result = spawnSync(cmd, [...prefix, ...args], {
    stdio: "inherit",
    shell: process.platform === "win32",
    ...options,
  });
  return result.status ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(runPnpm(process.argv.slice(2)));
}
