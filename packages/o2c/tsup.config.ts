import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: { entry: { index: "src/index.ts" }, compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: true,
    target: "es2022",
    tsconfig: "tsconfig.json",
  },
  {
    // The command line is one bundle with its dependencies: a start resolves and reads a few files instead of a few
    // hundred (zod alone is about a hundred modules).
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    noExternal: [/.*/],
    sourcemap: true,
    target: "es2022",
    tsconfig: "tsconfig.json",
  },
]);
