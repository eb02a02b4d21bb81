// The o2c command line's entry. It decides whether to start again single-threaded before it loads the commands:
// loading the matcher and its dependencies (zod, decimal.js, the XML parsers) costs a few hundred milliseconds on
// one core, and a process that only starts another would pay them for nothing.
import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { singleThreadedRelaunch } from "./singleThreaded.js";

const invoked = process.argv[1] ?? "";
if (/(^|[/\\])(cli\.(ts|js)|o2c(\.js)?)$/.test(invoked)) {
  const nodeOptions = singleThreadedRelaunch(availableParallelism(), process.execArgv, process.env);
  if (nodeOptions === null) {
    import("./main.js").then(({ main }) => {
      process.exitCode = main(process.argv.slice(2));
    });
  } else {
    const child = spawnSync(process.execPath, [...nodeOptions, invoked, ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...process.env, O2C_NO_RELAUNCH: "1" },
    });
    process.exitCode = child.status ?? 1;
  }
}
