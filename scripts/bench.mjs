#!/usr/bin/env node
// Runs every benchmark (packages/*/bench/*.bench.ts) one after the other, on the TypeScript sources.
// Each prints its own figures, as ratios against a baseline measured in the same process.
//   pnpm bench              all benchmarks
//   pnpm bench cash         only files whose path contains "cash"
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("../", import.meta.url).pathname;
const filter = process.argv[2];
const files = readdirSync(join(root, "packages"))
  .flatMap((pkg) => {
    const dir = join(root, "packages", pkg, "bench");
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(".bench.ts"))
          .map((f) => join(dir, f))
      : [];
  })
  .filter((file) => filter === undefined || file.includes(filter));

let failed = 0;
for (const file of files) {
  console.log(`\n### ${relative(root, file)}`);
  const result = spawnSync(join(root, "node_modules", ".bin", "tsx"), ["--conditions=@o2c/source", file], {
    stdio: "inherit",
    cwd: root,
  });
  if (result.status !== 0) failed++;
}
console.log(`\nbenchmarks: ${files.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
