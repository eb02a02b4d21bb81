import { divideAndRound, Money, O2CDecimal, toScaledInteger } from "@o2c/core";
import type { Decimal } from "decimal.js";

/**
 * The net of the first `part` units of `whole` units that together cost `net`: `net × part / whole`, rounded half up
 * to the minor unit with integer arithmetic. Billing a line in parts as `proRata(before + q) − proRata(before)`
 * makes the parts add up to `net` exactly.
 */
export function proRata(net: Money, whole: string, part: Decimal): Money {
  const a = toScaledInteger(part);
  const b = toScaledInteger(new O2CDecimal(whole));
  const numerator = net.minor * a.units * 10n ** BigInt(b.scale);
  const denominator = b.units * 10n ** BigInt(a.scale);
  return Money.fromMinor(divideAndRound(numerator, denominator, "halfUp"), net.currency);
}
