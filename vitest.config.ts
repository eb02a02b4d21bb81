import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Workspace packages resolve to their TypeScript source, as in tsconfig.base.json.
    conditions: ["@o2c/source"],
  },
  ssr: {
    resolve: {
      conditions: ["@o2c/source"],
    },
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", ".doctests/**/*.test.ts", "examples/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
