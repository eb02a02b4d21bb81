import { KeyIndex } from "./KeyIndex.js";

/** Keys of nine digits or fewer without a leading zero fit a small integer, which a `Map` hashes without a string. */
function smallNumber(key: string): number {
  const length = key.length;
  if (length === 0 || length > 9 || key.charCodeAt(0) === 48) return -1;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = key.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A {@link KeyIndex} for digit keys (output of `digitKey`): keys that are small integers are stored under the
 * number, every other key under the string, so look-ups give the same lists as a {@link KeyIndex} would.
 */
export class DigitIndex {
  private readonly numbers = new Map<number, number | number[]>();
  private readonly ones = new Map<number, readonly number[]>();
  private readonly strings = new KeyIndex();

  /** Adds `value` under `key`; positions of one key must be added in ascending order (repeats are dropped). */
  add(key: string, value: number): void {
    const n = smallNumber(key);
    if (n < 0) {
      this.strings.add(key, value);
      return;
    }
    const known = this.numbers.get(n);
    if (known === undefined) this.numbers.set(n, value);
    else if (typeof known === "number") {
      if (known !== value) this.numbers.set(n, [known, value]);
    } else if (known[known.length - 1] !== value) known.push(value);
  }

  /** The positions under `key`, ascending, or `undefined`. */
  get(key: string): readonly number[] | undefined {
    const n = smallNumber(key);
    if (n < 0) return this.strings.get(key);
    const known = this.numbers.get(n);
    if (typeof known !== "number") return known;
    let one = this.ones.get(known);
    if (one === undefined) {
      one = [known];
      this.ones.set(known, one);
    }
    return one;
  }
}
