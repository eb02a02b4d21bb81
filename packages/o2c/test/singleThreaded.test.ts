import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { singleThreadedRelaunch } from "../src/singleThreaded.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
const data = new URL("../../../../shared/cash-application-benchmark/dev-small/", import.meta.url);
const hasData = existsSync(data);
const hasTaskset = spawnSync("taskset", ["-c", "0", "true"]).status === 0;
if (!hasData) console.warn(`single-core CLI test skipped: ${data.pathname} is absent`);
if (!hasTaskset) console.warn("single-core CLI test skipped: taskset is not available on this machine");

describe("singleThreadedRelaunch", () => {
  it("relaunches with --single-threaded on one CPU, keeping the Node options", () => {
    expect(singleThreadedRelaunch(1, ["--conditions=x"], {})).toEqual(["--conditions=x", "--single-threaded"]);
  });
  it("runs in place with several CPUs, when single-threaded already, or when told not to", () => {
    expect(singleThreadedRelaunch(2, [], {})).toBeNull();
    expect(singleThreadedRelaunch(1, ["--single-threaded"], {})).toBeNull();
    expect(singleThreadedRelaunch(1, [], { O2C_NO_RELAUNCH: "1" })).toBeNull();
  });
});

describe("o2c on one core", () => {
  const work = mkdtempSync(join(tmpdir(), "o2c-one-core-"));
  const run = (args: readonly string[], relaunch: boolean) => {
    const env: Record<string, string | undefined> = { ...process.env };
    if (relaunch) delete env["O2C_NO_RELAUNCH"];
    else env["O2C_NO_RELAUNCH"] = "1";
    return spawnSync(
      "taskset",
      ["-c", "0", process.execPath, "--conditions=@o2c/source", "--import", "tsx", cli, ...args],
      { cwd: root, env, encoding: "utf8" },
    );
  };
  it.skipIf(!hasData || !hasTaskset)(
    "writes the same result relaunched single-threaded as in place, and passes the exit code on",
    () => {
      const f = (n: string) => fileURLToPath(new URL(n, data));
      const files = ["--customers", f("customers.json"), "--invoices", f("invoices.json")];
      const relaunched = run(
        ["match", ...files, "--payments", f("payments.json"), "--out", join(work, "a.json")],
        true,
      );
      const inPlace = run(["match", ...files, "--payments", f("payments.json"), "--out", join(work, "b.json")], false);
      expect(relaunched.status, relaunched.stderr).toBe(0);
      expect(inPlace.status, inPlace.stderr).toBe(0);
      expect(relaunched.stdout).toMatch(/1000 payments/);
      expect(readFileSync(join(work, "a.json"), "utf8")).toBe(readFileSync(join(work, "b.json"), "utf8"));
      const usage = run(["frobnicate"], true);
      expect(usage.status).toBe(1);
      expect(usage.stderr).toMatch(/unknown command frobnicate/);
    },
    60_000,
  );
});
