import type { ErrorPath } from "@o2c/core";
import type { En16931Invoice } from "../model.js";

/** The flag of an EN 16931 rule: `fatal` makes the invoice invalid, `warning` does not. @since 0.1.0 */
export type RuleFlag = "fatal" | "warning";

/**
 * One broken EN 16931 business rule, reported with its official id and flag and o2c's message.
 *
 * @since 0.1.0
 */
export interface RuleViolation {
  /** The official rule id, such as `BR-CO-10` or `BR-S-08`. */
  readonly id: string;
  /** `fatal` (the invoice is invalid) or `warning`. */
  readonly flag: RuleFlag;
  /** o2c's message: what is wrong and how to fix it (ids and flags are EN 16931's). */
  readonly message: string;
  /** Where in the {@link En16931Invoice} model the rule failed, outermost first (`["lines", 2, "netAmount"]`). */
  readonly path: ErrorPath;
}

/**
 * Options of {@link checkEn16931}.
 *
 * @since 0.1.0
 */
export interface CheckEn16931Options {
  /**
   * The syntax binding whose official tolerances apply where the UBL and CII artefacts differ (BR-CO-17 compares
   * with a strict ±1 in UBL and an inclusive ±1 in CII). Defaults to `ubl`; {@link checkEn16931Xml} passes the syntax
   * it detected.
   */
  readonly binding?: "ubl" | "cii" | undefined;
}

/**
 * An EN 16931 business rule as data: its official id and flag, o2c's message, the group it belongs to, and a predicate
 * that returns the paths where the rule fails (none when it holds).
 *
 * @since 0.1.0
 */
export interface En16931Rule {
  /** The official rule id. */
  readonly id: string;
  /** The official flag. */
  readonly flag: RuleFlag;
  /** o2c's message for the rule. */
  readonly message: string;
  /** The rule group: `BR`, `BR-CO`, `BR-DEC`, or a VAT category group such as `BR-S` or `BR-AE`. */
  readonly group: string;
  /**
   * Checks the rule.
   *
   * @param invoice - The invoice to check.
   * @param options - The check options (syntax binding).
   * @returns The paths where the rule fails; empty when it holds.
   */
  readonly check: (invoice: En16931Invoice, options: CheckEn16931Options) => readonly ErrorPath[];
}
