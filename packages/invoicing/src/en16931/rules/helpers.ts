import { type ErrorPath, O2CDecimal, O2CError } from "@o2c/core";
import type { Decimal } from "decimal.js";
import { RULE_CATALOG } from "./ruleCatalog.js";
import type { En16931Rule } from "./types.js";

/** A parsed decimal; `null` when the text is not a number (the rule then fails, as `xs:decimal` would). */
export type Num = Decimal | null;

const DECIMAL = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/;

/** Whether a parsed number is present and valid. */
export function isNum(n: Num | undefined): n is Decimal {
  return n !== undefined && n !== null;
}

/** Parses a decimal string as `xs:decimal` does; undefined when absent, null when not a number. */
export function num(s: string | undefined): Num | undefined {
  if (s === undefined) return undefined;
  return DECIMAL.test(s) ? new O2CDecimal(s.trim()) : null;
}

/** XPath `round(x * 100) div 100`: two decimals, halves rounded towards positive infinity. */
export function round2(x: Decimal): Decimal {
  return x.toDecimalPlaces(2, O2CDecimal.ROUND_HALF_CEIL);
}

/** XPath `round(x)`: halves towards positive infinity. */
export function round0(x: Decimal): Decimal {
  return x.toDecimalPlaces(0, O2CDecimal.ROUND_HALF_CEIL);
}

/** The sum of decimal strings (absent ones count as nothing); null when one is not a number. */
export function sum(values: readonly (string | undefined)[]): Num {
  let total = new O2CDecimal(0);
  for (const v of values) {
    const n = num(v);
    if (n === null) return null;
    if (n !== undefined) total = total.plus(n);
  }
  return total;
}

/** Whether a string is present and not only whitespace (`normalize-space(x) != ''`). */
export function filled(s: string | undefined): boolean {
  return s !== undefined && s.trim() !== "";
}

/** Whether a decimal string has at most two decimals (`string-length(substring-after(x, '.')) <= 2`). */
export function twoDecimals(s: string | undefined): boolean {
  if (s === undefined) return true;
  const dot = s.indexOf(".");
  return dot < 0 || s.length - dot - 1 <= 2;
}

/** Whether two numbers are both valid and equal. */
export function eq(a: Num | undefined, b: Num | undefined): boolean {
  return a !== undefined && a !== null && b !== undefined && b !== null && a.equals(b);
}

/** Normalised code (`normalize-space`). */
export function code(s: string | undefined): string | undefined {
  return s?.trim();
}

/** A rule whose flag (as in EN 16931-1) and o2c message come from the rule catalog. */
export function rule(id: string, group: string, check: En16931Rule["check"]): En16931Rule {
  const entry = RULE_CATALOG[id];
  if (entry === undefined) throw new O2CError("EN16931_RULE_UNKNOWN", `No EN 16931 catalog entry for ${id}.`);
  return { id, group, flag: entry[0], message: entry[1], check };
}

/** The paths of the items of a list that fail a predicate. */
export function failing<T>(
  items: readonly T[],
  base: ErrorPath,
  ok: (item: T) => boolean,
  field?: string,
): ErrorPath[] {
  const out: ErrorPath[] = [];
  items.forEach((item, i) => {
    if (!ok(item)) out.push(field === undefined ? [...base, i] : [...base, i, field]);
  });
  return out;
}

/** `[path]` when the condition fails, `[]` when it holds. */
export function unless(ok: boolean, path: ErrorPath): ErrorPath[] {
  return ok ? [] : [path];
}
