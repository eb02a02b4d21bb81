#!/usr/bin/env node
// Makes sure the workspace's dependencies are installed with the pinned pnpm and the lockfile.
// Cheap when nothing changed: it compares the lockfile with the one pnpm recorded at the last install.
import { existsSync, readFileSync } from "node:fs";
import { runPnpm } from "./pnpm.mjs";

const root = new URL("../", import.meta.url);
const lock = new URL("pnpm-lock.yaml", root);
const installedLock = new URL("node_modules/.pnpm/lock.yaml", root);

const upToDate =
  existsSync(installedLock) && existsSync(lock) && readFileSync(lock, "utf8") === readFileSync(installedLock, "utf8");

if (!upToDate) {
  const args = ["install"];
  if (process.env.CI) args.push("--frozen-lockfile");
  const status = runPnpm(args, { cwd: root });
  if (status !== 0) process.exit(status);
}
