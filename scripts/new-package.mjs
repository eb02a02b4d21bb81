#!/usr/bin/env node
// Scaffolds packages/<name> in the layout every o2c package shares:
//   node scripts/new-package.mjs <name> "<description>" [dependency@version ...]
// Workspace dependencies are given as @o2c/<name> (they become workspace:*).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [name, description, ...deps] = process.argv.slice(2);
if (!name || !description) {
  console.error('usage: node scripts/new-package.mjs <name> "<description>" [dep@version ...]');
  process.exit(2);
}
const dir = join(new URL("../packages/", import.meta.url).pathname, name);
if (existsSync(dir)) {
  console.error(`${dir} exists`);
  process.exit(1);
}
const dependencies = Object.fromEntries(
  deps.map((dep) => {
    if (dep.startsWith("@o2c/")) return [dep, "workspace:*"];
    const at = dep.lastIndexOf("@");
    return [dep.slice(0, at), dep.slice(at + 1)];
  }),
);
const entry = (path) => ({
  "@o2c/source": `./src/${path}.ts`,
  import: { types: `./dist/${path}.d.ts`, default: `./dist/${path}.js` },
  require: { types: `./dist/${path}.d.cts`, default: `./dist/${path}.cjs` },
});
const pkg = {
  name: `@o2c/${name}`,
  version: "0.1.0",
  description,
  license: "MIT",
  type: "module",
  sideEffects: false,
  engines: { node: ">=20.19" },
  exports: { ".": entry("index"), "./package.json": "./package.json" },
  main: "./dist/index.cjs",
  module: "./dist/index.js",
  types: "./dist/index.d.cts",
  files: ["dist", "src"],
  scripts: { build: "tsup" },
  dependencies,
};
mkdirSync(join(dir, "src"), { recursive: true });
mkdirSync(join(dir, "test"), { recursive: true });
mkdirSync(join(dir, "bench"), { recursive: true });
writeFileSync(join(dir, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
writeFileSync(
  join(dir, "tsup.config.ts"),
  `import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
  tsconfig: "tsconfig.json",
});
`,
);
writeFileSync(
  join(dir, "tsconfig.json"),
  `{
  // The published sources: no Node types, so a Node built-in cannot slip into a package that must run in
  // browsers, Deno, Bun and edge runtimes.
  "extends": "../../tsconfig.base.json",
  "compilerOptions": {
    "types": [],
    "lib": ["ES2023", "DOM"],
    "noEmit": true
  },
  "include": ["src"]
}
`,
);
writeFileSync(
  join(dir, "typedoc.json"),
  `{
  "$schema": "https://typedoc.org/schema.json",
  "entryPoints": ["src/index.ts"]
}
`,
);
writeFileSync(
  join(dir, "README.md"),
  `# @o2c/${name}\n\n${description}\n\nPart of [o2c](../../README.md), an embeddable order-to-cash SDK.\n`,
);
console.log(`created packages/${name}`);
