import { existsSync, readFileSync } from "node:fs";
import { matchPayments, scoreResult } from "@o2c/cash-application";
import { describe, expect, it } from "vitest";

const dir = new URL("../../../../../shared/cash-application-benchmark/dev-small/", import.meta.url);
const exists = existsSync(dir);
if (!exists) console.warn(`accuracy test skipped: ${dir.pathname} is absent`);

describe.skipIf(!exists)("accuracy on dev-small", () => {
  it("touchless rate >= 0.97 with precision >= 0.999", () => {
    const read = (name: string) => JSON.parse(readFileSync(new URL(name, dir), "utf8"));
    const results = matchPayments({
      customers: read("customers.json"),
      openItems: read("invoices.json"),
      payments: read("payments.json"),
    });
    const score = scoreResult(results, read("truth.json"));
    expect(score.touchlessRate).toBeGreaterThanOrEqual(0.97);
    expect(score.precision).toBeGreaterThanOrEqual(0.999);
  });
});
