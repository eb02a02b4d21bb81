import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts" },
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
  tsconfig: "tsconfig.json",
  // The testing entry imports the main entry by name, so both share one copy of Money and the errors.
  external: ["@o2c/core"],
});
