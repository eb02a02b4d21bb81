import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/main.js";

const dir = new URL("../../../../shared/cash-application-benchmark/dev-small/", import.meta.url);
const exists = existsSync(dir);
if (!exists) console.warn(`CLI data test skipped: ${dir.pathname} is absent`);

describe("o2c CLI", () => {
  const work = mkdtempSync(join(tmpdir(), "o2c-cli-"));
  it("exits 1 on usage errors", () => {
    const lines: string[] = [];
    expect(
      main(
        ["frobnicate"],
        () => {},
        (l) => lines.push(l),
      ),
    ).toBe(1);
    expect(
      main(
        ["match", "--customers"],
        () => {},
        () => {},
      ),
    ).toBe(1);
  });
  it("exits 2 on a malformed file, naming the file", () => {
    const bad = join(work, "customers.json");
    writeFileSync(bad, '[{"id": 1}]');
    const errors: string[] = [];
    const code = main(
      ["match", "--customers", bad, "--invoices", bad, "--payments", bad, "--out", join(work, "r.json")],
      () => {},
      (l) => errors.push(l),
    );
    expect(code).toBe(2);
    expect(errors.join("\n")).toContain(bad);
    writeFileSync(bad, "not json");
    expect(
      main(
        ["match", "--customers", bad, "--invoices", bad, "--payments", bad, "--out", join(work, "r.json")],
        () => {},
        () => {},
      ),
    ).toBe(2);
  });
  it.skipIf(!exists)("matches dev-small and scores the result", () => {
    const out = join(work, "result.json");
    const f = (n: string) => new URL(n, dir).pathname;
    const lines: string[] = [];
    expect(
      main(
        [
          "match",
          "--customers",
          f("customers.json"),
          "--invoices",
          f("invoices.json"),
          "--payments",
          f("payments.json"),
          "--out",
          out,
        ],
        (l) => lines.push(l),
      ),
    ).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toHaveLength(1000);
    const scored: string[] = [];
    expect(main(["score", "--result", out, "--truth", f("truth.json")], (l) => scored.push(l))).toBe(0);
    expect(scored[0]).toMatch(/touchless rate 0\.9[7-9]/);
  });
});
