import { divideAndRound } from "@o2c/core";
import { pow10, rescale, type Scaled } from "../internal/scaled.js";

/** `amount x percent / 100` in minor units, rounded half up. */
export function percentOf(amount: bigint, percent: Scaled): bigint {
  return divideAndRound(amount * percent.units, 100n * pow10(percent.scale), "halfUp");
}

/** `amount x part / whole x percent / 100` in minor units, rounded half up once. */
export function shareOf(amount: bigint, part: Scaled, whole: Scaled, percent: Scaled): bigint {
  const scale = Math.max(part.scale, whole.scale);
  return divideAndRound(
    amount * rescale(part, scale) * percent.units,
    rescale(whole, scale) * 100n * pow10(percent.scale),
    "halfUp",
  );
}
