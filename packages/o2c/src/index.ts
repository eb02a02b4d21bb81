/**
 * o2c: the facade over the o2c packages and the `o2c` command line (`o2c match`, `o2c score`).
 *
 * @packageDocumentation
 */
export { type RunMatchOptions, type RunMatchOutput, type RunMatchSummary, runMatch } from "./runMatch.js";
