// The o2c command line's commands. Node-only: reads and writes files, prints to the terminal.
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import {
  type CsvMapping,
  csvMappingSchema,
  matchResultsToCsv,
  StatementParseError,
  type StatementWarning,
  scoreResult,
} from "@o2c/cash-application";
import { formatPath, isO2CError, parseWith, ValidationError } from "@o2c/core";
import { parseJson, runMatch } from "./runMatch.js";

const USAGE = `usage:
  o2c match --customers FILE --invoices FILE --payments FILE --out FILE
            [--threshold X] [--csv-mapping FILE] [--currency CODE] [--strict] [--report FILE]
      Matches the payments (JSON, or a camt.053/054, MT940, BAI2 or CSV statement) to the open items and writes
      one result per payment to --out. --threshold (0..1, default 0.8) is the confidence from which a payment is
      applied without review. A CSV file's columns are recognized from its header row, or read as --csv-mapping
      (a JSON column mapping) says; --currency is the currency of a CSV file without a currency column. Statement
      records that cannot be read are skipped with a warning, or stop the run with --strict. --report writes a
      CSV report for people: one row per payment with its decision, allocations, suggestions and evidence in words.
      Files ending in .gz are read gzipped.
  o2c score --result FILE --truth FILE
      Scores a result against a labelled truth: touchless rate, precision, per scenario.
  o2c help
      Prints this text.
exit codes: 0 done, 1 usage error, 2 bad or unreadable input file`;

/** The options each command takes: required and optional ones with a value, and switches without. */
interface CommandOptions {
  readonly required: readonly string[];
  readonly optional: readonly string[];
  readonly switches: readonly string[];
}

const OPTIONS: Readonly<Record<string, CommandOptions>> = {
  match: {
    required: ["customers", "invoices", "payments", "out"],
    optional: ["threshold", "csv-mapping", "currency", "report"],
    switches: ["strict"],
  },
  score: { required: ["result", "truth"], optional: [], switches: [] },
};

/** How many validation issues or statement warnings are printed before the rest is counted. */
const MAX_ISSUES = 10;

class UsageError extends Error {}

/** An input file that cannot be read (missing, a directory, not gzip although named `.gz`). */
class UnreadableFileError extends Error {}

function readText(path: string, option: string): string {
  try {
    const bytes = readFileSync(path);
    return (path.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory"
          : code === "EACCES"
            ? "permission denied"
            : code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR"
              ? "not a valid gzip file"
              : error instanceof Error
                ? error.message
                : String(error);
    throw new UnreadableFileError(`cannot read the --${option} file ${path}: ${reason}`);
  }
}

function readJson(path: string, option: string): unknown {
  return parseJson(readText(path, option), option);
}

/** A column mapping read from a JSON file, validated (issue paths start with `csv-mapping`). */
function parseCsvMapping(value: unknown): CsvMapping {
  return parseWith(csvMappingSchema, value, ["csv-mapping"]);
}

/** The command's options as a map (switches map to `""`); unknown, repeated and valueless options are usage errors. */
function flags(command: string, args: readonly string[]): Map<string, string> {
  const spec = OPTIONS[command] as CommandOptions;
  const known = [...spec.required, ...spec.optional, ...spec.switches];
  const map = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const key = args[i] as string;
    if (!key.startsWith("--")) throw new UsageError(`unexpected argument ${key}`);
    const name = key.slice(2);
    if (!known.includes(name)) {
      throw new UsageError(`unknown option ${key} for ${command} (options: ${known.map((k) => `--${k}`).join(", ")})`);
    }
    if (map.has(name)) throw new UsageError(`${key} is given twice`);
    if (spec.switches.includes(name)) {
      map.set(name, "");
      continue;
    }
    const value = args[++i];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`${key} needs a value`);
    map.set(name, value);
  }
  for (const name of spec.required) if (!map.has(name)) throw new UsageError(`missing --${name}`);
  return map;
}

function need(map: Map<string, string>, key: string): string {
  const value = map.get(key);
  if (value === undefined) throw new UsageError(`missing --${key}`);
  return value;
}

/** The input each path's first segment is about: the matcher names its lists, the CLI its options. */
const OPTION_OF: Readonly<Record<string, string>> = { openItems: "invoices" };

/** Where in its file a path points: `[3].amount`, or the file itself. */
function where(path: readonly (string | number)[]): string {
  return path.length === 0 ? "the file itself" : formatPath(path);
}

/** One line per statement warning (at most {@link MAX_ISSUES}, then a count), naming the file and line. */
function describeWarnings(warnings: readonly StatementWarning[], file: string): string[] {
  return capped(
    warnings.map((w) => `${file}: warning: ${statementProblem(w)}`),
    "warning",
  );
}

/** The first {@link MAX_ISSUES} lines, then how many more `noun`s there are. */
function capped(lines: readonly string[], noun: string): string[] {
  const more = lines.length - MAX_ISSUES;
  return more > 0
    ? [...lines.slice(0, MAX_ISSUES), `... and ${more} more ${noun}${more === 1 ? "" : "s"}`]
    : [...lines];
}

/**
 * A statement parser's problem (an error or a warning) as `CODE at line 7, :61:: message`; the line its message may
 * end with (` (line 7, :61:)`) is dropped, as it is printed in front.
 */
function statementProblem(p: { code: string; line?: number | undefined; field?: string | undefined; message: string }) {
  const parts = [p.line === undefined ? "" : `line ${p.line}`, p.field ?? ""].filter((x) => x !== "");
  const location = parts.length > 0 ? ` at ${parts.join(", ")}` : "";
  return `${p.code}${location}: ${p.message.replace(/ \(line \d+[^)]*\)$/, "")}`;
}

/** What went wrong, one line per problem, each naming the file and, where known, the record, field or line. */
function describe(error: unknown, files: Record<string, string>): string[] {
  const fileOf = (head: unknown): string => {
    const option = OPTION_OF[String(head)] ?? String(head);
    return files[option] ?? option;
  };
  if (error instanceof ValidationError) {
    return capped(
      error.issues.map(
        (issue) => `${fileOf(issue.path[0])}: ${issue.code} at ${where(issue.path.slice(1))}: ${issue.message}`,
      ),
      "issue",
    );
  }
  if (error instanceof StatementParseError) return [`${files["payments"] ?? "payments"}: ${statementProblem(error)}`];
  if (isO2CError(error)) return [`${fileOf(error.path[0])}: ${error.code}: ${error.message}`];
  return [error instanceof Error ? error.message : String(error)];
}

/**
 * Runs the command line with its arguments and returns the exit code (0 ok, 1 usage, 2 bad or unreadable input
 * file). `help`, `--help` or `-h` print the usage to `out`.
 */
export function main(
  argv: readonly string[],
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): number {
  const [command, ...rest] = argv;
  let files: Record<string, string> = {};
  if (command === "help" || argv.includes("--help") || argv.includes("-h")) {
    out(USAGE);
    return 0;
  }
  try {
    if (command === undefined) throw new UsageError("missing command");
    if (OPTIONS[command] === undefined) throw new UsageError(`unknown command ${command}`);
    const map = flags(command, rest);
    if (command === "match") {
      files = {
        customers: need(map, "customers"),
        invoices: need(map, "invoices"),
        payments: need(map, "payments"),
      };
      const outFile = need(map, "out");
      const thresholdText = map.get("threshold");
      const threshold = thresholdText === undefined ? undefined : Number(thresholdText);
      if (threshold !== undefined && !(thresholdText?.trim() !== "" && threshold >= 0 && threshold <= 1)) {
        throw new UsageError(`--threshold must be a number from 0 to 1 (got ${JSON.stringify(thresholdText)})`);
      }
      const currency = map.get("currency");
      if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) {
        throw new UsageError(`--currency must be an ISO 4217 code such as EUR (got ${JSON.stringify(currency)})`);
      }
      const mappingFile = map.get("csv-mapping");
      if (mappingFile !== undefined) files["csv-mapping"] = mappingFile;
      const started = performance.now();
      const tty = process.stdout.isTTY === true;
      const { results, summary, warnings, payments } = runMatch({
        customers: readText(files["customers"] ?? "", "customers"),
        invoices: readText(files["invoices"] ?? "", "invoices"),
        payments: readText(files["payments"] ?? "", "payments"),
        threshold,
        csvMapping: mappingFile === undefined ? undefined : parseCsvMapping(readJson(mappingFile, "csv-mapping")),
        currencyCode: currency,
        strict: map.has("strict"),
        onProgress: (done, total) => {
          if (tty && total >= 2000 && done % 500 === 0) process.stdout.write(`\rmatched ${done}/${total}`);
        },
      });
      if (tty && summary.payments >= 2000) process.stdout.write("\n");
      writeFileSync(outFile, `${JSON.stringify(results, null, 0).replace(/\},\{"paymentId"/g, '},\n{"paymentId"')}\n`);
      const report = map.get("report");
      if (report !== undefined) writeFileSync(report, matchResultsToCsv(results, payments));
      const ms = (performance.now() - started).toFixed(0);
      for (const line of describeWarnings(warnings, files["payments"] ?? "payments")) err(`o2c: ${line}`);
      const skipped =
        warnings.length === 0
          ? ""
          : `; ${warnings.length} statement warning${warnings.length === 1 ? "" : "s"} (above)`;
      out(
        `${summary.payments} payments: ${summary.applied} applied, ${summary.review} review, ${summary.unmatched} unmatched in ${ms} ms${skipped}`,
      );
      return 0;
    }
    if (command === "score") {
      files = { result: need(map, "result"), truth: need(map, "truth") };
      const score = scoreResult(readJson(files["result"] ?? "", "result"), readJson(files["truth"] ?? "", "truth"));
      out(
        `touchless rate ${score.touchlessRate.toFixed(4)}, precision ${score.precision.toFixed(4)}, applied ${score.applied}, wrong ${score.wrong}`,
      );
      for (const [kind, k] of Object.entries(score.byKind)) {
        out(
          `${kind.padEnd(20)} count ${k.count} applied ${k.applied} correct ${k.correct} wrong ${k.wrong} touchless ${k.touchlessRate.toFixed(4)}`,
        );
      }
      return 0;
    }
    throw new UsageError(`unknown command ${command}`);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`o2c: ${error.message}\n${USAGE}`);
      return 1;
    }
    if (error instanceof UnreadableFileError) {
      err(`o2c: ${error.message}`);
      return 2;
    }
    for (const line of describe(error, files)) err(`o2c: ${line}`);
    return 2;
  }
}
