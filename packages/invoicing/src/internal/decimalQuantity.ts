import { O2CDecimal } from "@o2c/core";
import type { Decimal } from "decimal.js";

/** An exact quantity from its decimal string. */
export function qty(value: string): Decimal {
  return new O2CDecimal(value);
}
