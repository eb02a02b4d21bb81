import { KeyIndex } from "./KeyIndex.js";
import { NumberKeyIndex } from "./NumberKeyIndex.js";

/** A digit key of 15 digits or fewer without a leading zero as the number it spells, else -1. */
export function digitKeyNumber(key: string): number {
  const length = key.length;
  if (length === 0 || length > 15 || key.charCodeAt(0) === 48) return -1;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = key.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * An index of item positions by digit key (output of `digitKey`): keys of up to 15 digits live in a
 * {@link NumberKeyIndex} under the number they spell, longer ones under the string. Each position is added once.
 */
export class DigitIndex {
  private readonly numbers: NumberKeyIndex;
  private readonly strings = new KeyIndex();

  /** @param positions - Number of positions that may be added. */
  constructor(positions: number) {
    this.numbers = new NumberKeyIndex(positions);
  }

  /** Adds `position` under a digit key given as its number (from {@link digitKeyNumber}). */
  addNumber(key: number, position: number): void {
    this.numbers.add(key, position);
  }

  /** Adds `position` under a digit key. */
  add(key: string, position: number): void {
    const n = digitKeyNumber(key);
    if (n < 0) this.strings.add(key, position);
    else this.numbers.add(n, position);
  }

  /** The positions under a digit key given as its number (from {@link digitKeyNumber}), ascending, or `undefined`. */
  getNumber(key: number): readonly number[] | undefined {
    return this.numbers.get(key);
  }

  /** The positions under `key`, ascending, or `undefined`. */
  get(key: string): readonly number[] | undefined {
    const n = digitKeyNumber(key);
    return n < 0 ? this.strings.get(key) : this.numbers.get(n);
  }
}
