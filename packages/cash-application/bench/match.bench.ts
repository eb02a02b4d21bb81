// Cash-application benchmark: accuracy and speed of matchPayments on the shared data sets, against a plain
// exact-reference hash matcher run in the same process.
// Run: npx tsx --conditions=@o2c/source packages/cash-application/bench/match.bench.ts
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { matchPayments, scoreResult } from "@o2c/cash-application";
import { Bench } from "tinybench";
import { printScore } from "./printScore.js";

const root = new URL("../../../../shared/cash-application-benchmark/", import.meta.url);

/** The data set file `name`, or its gzipped form when the plain one is absent. */
function fileOf(dir: URL, name: string): URL {
  const plain = new URL(name, dir);
  return existsSync(plain) ? plain : new URL(`${name}.gz`, dir);
}

function readJson(dir: URL, name: string): unknown {
  const file = fileOf(dir, name);
  const bytes = readFileSync(file);
  return JSON.parse((file.pathname.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8"));
}

interface Loaded {
  customers: unknown[];
  openItems: { id: string }[];
  payments: { id: string; remittance: string }[];
}

function load(dir: URL): Loaded {
  return {
    customers: readJson(dir, "customers.json") as unknown[],
    openItems: readJson(dir, "invoices.json") as { id: string }[],
    payments: readJson(dir, "payments.json") as { id: string; remittance: string }[],
  };
}

/** The baseline: hash the invoice ids, look every remittance token up, apply the first hit. */
function baseline(data: Loaded): number {
  const ids = new Map<string, string>();
  for (const item of data.openItems) ids.set(item.id.toUpperCase(), item.id);
  let hits = 0;
  for (const payment of data.payments) {
    for (const token of payment.remittance.toUpperCase().split(/[\s,;:+]+/)) {
      if (ids.has(token)) {
        hits++;
        break;
      }
    }
  }
  return hits;
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

async function run(name: string): Promise<void> {
  const dir = new URL(`${name}/`, root);
  if (!existsSync(dir)) {
    console.warn(`skipped ${name}: ${dir.pathname} is absent`);
    return;
  }
  const truth = readJson(dir, "truth.json");
  let heapPeak = 0;
  const t0 = performance.now();
  const data = load(dir);
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  const results = matchPayments(
    {
      customers: data.customers as never,
      openItems: data.openItems as never,
      payments: data.payments as never,
      // biome-ignore lint/suspicious/noExplicitAny: the matcher validates its input
    } as any,
    {
      onProgress: (done) => {
        if (done % 1000 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
      },
    },
  );
  const matchCpu = cpuMs(process.cpuUsage(cpu0));
  const t2 = performance.now();
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  const score = scoreResult(results, truth);
  console.log(`\n== ${name}: ${data.payments.length} payments, ${data.openItems.length} open items`);
  printScore(score);
  console.log(
    `read ${(t1 - t0).toFixed(0)} ms, match ${(t2 - t1).toFixed(0)} ms wall, ${matchCpu.toFixed(0)} ms CPU (validation, indexes, matching; first run, cold)`,
  );
  console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}, heap used at peak sample ${mb(heapPeak)}`);

  // CPU time (user + system of this process, so it includes garbage-collection threads) is what a shared machine
  // does not inflate by waiting; wall time is printed beside it.
  const iterations = name === "dev-large" ? 4 : 6;
  const cpu = { baselineRead: 0, baseline: 0, matcherRead: 0, matcher: 0 };
  /** Reads the files and runs `work` on them; returns [read, work] CPU ms. */
  const timed = (work: (data: Loaded) => unknown): [number, number] => {
    let c = process.cpuUsage();
    const data = load(dir);
    const read = cpuMs(process.cpuUsage(c));
    c = process.cpuUsage();
    work(data);
    return [read, cpuMs(process.cpuUsage(c))];
  };
  for (let i = 0; i < iterations; i++) {
    // Alternating which goes first, so that neither always pays for collecting the other's garbage (the matcher's
    // read used to follow the baseline's work and was charged for it). A forced full collection between the phases
    // is not neutral either: it shrinks the heap limits and makes the next phase collect more often.
    const order = i % 2 === 0 ? ["baseline", "matcher"] : ["matcher", "baseline"];
    for (const which of order) {
      if (which === "baseline") {
        const [read, work] = timed(baseline);
        cpu.baselineRead += read;
        cpu.baseline += work;
      } else {
        const [read, work] = timed((d) => matchPayments(d as never));
        cpu.matcherRead += read;
        cpu.matcher += work;
      }
    }
  }
  const mean = (x: number): number => x / iterations;
  const baseTotal = mean(cpu.baselineRead + cpu.baseline);
  const engineTotal = mean(cpu.matcherRead + cpu.matcher);
  console.log(
    `CPU mean of ${iterations}: baseline read ${mean(cpu.baselineRead).toFixed(0)} + hash ${mean(cpu.baseline).toFixed(0)} = ${baseTotal.toFixed(0)} ms; matcher read ${mean(cpu.matcherRead).toFixed(0)} + match ${mean(cpu.matcher).toFixed(0)} = ${engineTotal.toFixed(0)} ms; ratio (read + work) ${(engineTotal / baseTotal).toFixed(2)}x`,
  );

  const bench = new Bench({ iterations: name === "dev-large" ? 2 : 5, warmupIterations: 1, time: 0 });
  bench
    .add(`baseline exact-hash (read + hash + look up) ${name}`, () => {
      baseline(load(dir));
    })
    .add(`matchPayments (read + match) ${name}`, () => {
      const d = load(dir);
      matchPayments(d as never);
    });
  await bench.run();
  const [base, engine] = bench.tasks.map((t) => {
    const r = t.result as unknown as { latency?: { mean: number }; mean?: number };
    return r.latency?.mean ?? r.mean ?? Number.NaN;
  });
  console.table(bench.table());
  if (base !== undefined && engine !== undefined) {
    console.log(
      `wall mean (tinybench): baseline ${base.toFixed(0)} ms, matcher ${engine.toFixed(0)} ms, ratio ${(engine / base).toFixed(2)}x`,
    );
  }
}

/**
 * The time of a whole job on one core: child processes pinned to CPU 0 with `taskset` (Linux), so garbage
 * collection and compilation threads share the core with the work. Each child is a cold start that reads the files
 * and then matches (`--one-core`) or runs the baseline (`--one-core-baseline`); three run one after the other and
 * the fastest is reported beside all three (on a shared machine the fastest is the closest to the work itself).
 * Returns the fastest read + work in ms, or `undefined` (with a note) where taskset is missing.
 */
function oneCore(name: string, nodeOptions: readonly string[] = [], mode = "--one-core", runs = 3): number | undefined {
  const what = mode === "--one-core" ? "matcher" : "baseline";
  const label = `one core, ${what}${nodeOptions.length > 0 ? `, ${nodeOptions.join(" ")}` : ""}`;
  const lines: string[] = [];
  const work: number[] = [];
  const job: number[] = [];
  for (let run = 0; run < runs; run++) {
    const child = spawnSync(
      "taskset",
      [
        "-c",
        "0",
        process.execPath,
        ...nodeOptions,
        "--conditions=@o2c/source",
        "--import",
        "tsx",
        fileURLToPath(import.meta.url),
        mode,
        name,
      ],
      { encoding: "utf8" },
    );
    if (child.error !== undefined || child.status !== 0) {
      console.log(
        `${label}: skipped (${child.error?.message ?? child.stderr.trim().split("\n")[0] ?? "taskset failed"})`,
      );
      return undefined;
    }
    const line = child.stdout.trim();
    lines.push(line);
    const found = /read (\d+) ms, (?:match|hash) (\d+) ms/.exec(line);
    if (found !== null) {
      work.push(Number(found[2]));
      job.push(Number(found[1]) + Number(found[2]));
    }
  }
  for (const line of lines) console.log(`${label} (taskset -c 0), cold: ${line}`);
  if (work.length === 0) return undefined;
  console.log(
    `${label}: fastest of ${work.length} cold runs ${Math.min(...work)} ms (${what === "matcher" ? "match" : "hash and look up"}), ${Math.min(...job)} ms with the read`,
  );
  return Math.min(...job);
}

/**
 * The `o2c match` command as a user runs it (the built command line, which starts itself again single-threaded on one
 * CPU), pinned to one core: the time it prints (read, match, write) and the whole process's wall time, fastest of
 * three. Skipped, with a note, when the command line is not built or taskset is missing.
 */
function commandLine(name: string, runs = 3): void {
  const cli = new URL("../../o2c/bin/o2c.js", import.meta.url);
  if (!existsSync(new URL("../../o2c/dist/cli.js", import.meta.url))) {
    console.log("one core, o2c match: skipped (the command line is not built: pnpm build)");
    return;
  }
  const dir = new URL(`${name}/`, root);
  const file = (base: string): string => fileURLToPath(fileOf(dir, base));
  const out = join(tmpdir(), `o2c-bench-${process.pid}.json`);
  const printed: number[] = [];
  const wall: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const child = spawnSync(
      "taskset",
      [
        "-c",
        "0",
        process.execPath,
        fileURLToPath(cli),
        "match",
        "--customers",
        file("customers.json"),
        "--invoices",
        file("invoices.json"),
        "--payments",
        file("payments.json"),
        "--out",
        out,
      ],
      { encoding: "utf8" },
    );
    const elapsed = performance.now() - started;
    const found = / in (\d+) ms/.exec(child.stdout ?? "");
    if (child.status !== 0 || found === null) {
      console.log(`one core, o2c match: skipped (${child.error?.message ?? child.stderr.trim().split("\n")[0]})`);
      return;
    }
    printed.push(Number(found[1]));
    wall.push(Math.round(elapsed));
  }
  rmSync(out, { force: true });
  console.log(
    `one core, o2c match (built command line, taskset -c 0), cold: prints ${printed.join(", ")} ms (read, match, write); process ${wall.join(", ")} ms; fastest ${Math.min(...printed)} ms and ${Math.min(...wall)} ms`,
  );
}

const oneCoreAt = Math.max(process.argv.indexOf("--one-core"), process.argv.indexOf("--one-core-baseline"));
if (oneCoreAt >= 0) {
  const dir = new URL(`${process.argv[oneCoreAt + 1] ?? "dev-large"}/`, root);
  const t0 = performance.now();
  const data = load(dir);
  const t1 = performance.now();
  if (process.argv[oneCoreAt] === "--one-core") matchPayments(data as never);
  else baseline(data);
  const t2 = performance.now();
  const work = process.argv[oneCoreAt] === "--one-core" ? "match" : "hash";
  console.log(
    `read ${(t1 - t0).toFixed(0)} ms, ${work} ${(t2 - t1).toFixed(0)} ms, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
} else {
  await run("dev-small");
  await run("dev-large");
  if (existsSync(new URL("dev-large/", root))) {
    const base = oneCore("dev-large", [], "--one-core-baseline");
    const engine = oneCore("dev-large");
    // What `o2c` does on a host with one CPU.
    const single = oneCore("dev-large", ["--single-threaded"]);
    if (base !== undefined && engine !== undefined && single !== undefined) {
      console.log(
        `one core, cold jobs (read + work, fastest of 3): matcher ${engine} ms, with --single-threaded ${single} ms, baseline ${base} ms; ratio ${(engine / base).toFixed(2)}x, ${(single / base).toFixed(2)}x`,
      );
    }
    commandLine("dev-large");
  }
}
