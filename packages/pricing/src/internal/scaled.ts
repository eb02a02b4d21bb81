import { divideAndRound, type RoundingMode } from "@o2c/core";

/** An exact decimal as an integer numerator over a power of ten: `2.5` is `{ units: 25n, scale: 1 }`. */
export interface Scaled {
  readonly units: bigint;
  readonly scale: number;
}

const PATTERN = /^(-?)(\d+)(?:\.(\d+))?$/;
const POWERS: bigint[] = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));

/** `10^n` as a bigint. */
export function pow10(n: number): bigint {
  return POWERS[n] ?? 10n ** BigInt(n);
}

/** Parses a plain decimal string (`"12"`, `"-0.055"`), or returns `undefined` when it is not one. */
export function parseScaled(value: string): Scaled | undefined {
  const match = PATTERN.exec(value);
  if (match === null) return undefined;
  const fraction = match[3] ?? "";
  const units = BigInt(`${match[2] ?? "0"}${fraction}`);
  return { units: match[1] === "-" ? -units : units, scale: fraction.length };
}

/** The canonical decimal string of a scaled value, without trailing fraction zeros. */
export function formatScaled(value: Scaled): string {
  const negative = value.units < 0n;
  let digits = (negative ? -value.units : value.units).toString();
  if (value.scale === 0) return `${negative ? "-" : ""}${digits}`;
  digits = digits.padStart(value.scale + 1, "0");
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction === "" ? "" : `.${fraction}`}`;
}

/** The value rescaled to `scale` (which must not be smaller than its own). */
export function rescale(value: Scaled, scale: number): bigint {
  return value.units * pow10(scale - value.scale);
}

/** `a` compared with `b`: `-1`, `0` or `1`. */
export function compareScaled(a: Scaled, b: Scaled): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const x = rescale(a, scale);
  const y = rescale(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `a - b`, exact. */
export function subtractScaled(a: Scaled, b: Scaled): Scaled {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) - rescale(b, scale), scale };
}

/** `a + b`, exact. */
export function addScaled(a: Scaled, b: Scaled): Scaled {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

/** `min(a, b)`. */
export function minScaled(a: Scaled, b: Scaled): Scaled {
  return compareScaled(a, b) <= 0 ? a : b;
}

/** `a x b`, exact. */
export function multiplyScaled(a: Scaled, b: Scaled): Scaled {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** `floor(a / b)` for positive values, as an integer. */
export function floorDivide(a: Scaled, b: Scaled): bigint {
  const scale = Math.max(a.scale, b.scale);
  return rescale(a, scale) / rescale(b, scale);
}

/** The value in integer minor units of a currency with `exponent` digits, rounded once with `mode`. */
export function toMinor(value: Scaled, exponent: number, mode: RoundingMode): bigint {
  return toMinorUnits(value.units, value.scale, exponent, mode);
}

/** `units / 10^scale` in integer minor units of a currency with `exponent` digits, rounded once with `mode`. */
export function toMinorUnits(units: bigint, scale: number, exponent: number, mode: RoundingMode): bigint {
  if (scale <= exponent) return scale === exponent ? units : units * pow10(exponent - scale);
  return divideAndRound(units, pow10(scale - exponent), mode);
}

/** Zero. */
export const ZERO: Scaled = { units: 0n, scale: 0 };
