/**
 * A multi-map from string keys to item positions that stores a key with one position as a bare number: most
 * reference keys are unique, and a hundred thousand one-element arrays cost more to build and collect than the
 * look-ups they serve.
 */
export class KeyIndex {
  private readonly map = new Map<string, number | number[]>();
  /** One-element lists handed out by {@link KeyIndex.get}, one per position, made on first use. */
  private readonly ones = new Map<number, readonly number[]>();

  /** Adds `value` under `key`; positions of one key must be added in ascending order (repeats are dropped). */
  add(key: string, value: number): void {
    const known = this.map.get(key);
    if (known === undefined) this.map.set(key, value);
    else if (typeof known === "number") {
      if (known !== value) this.map.set(key, [known, value]);
    } else if (known[known.length - 1] !== value) known.push(value);
  }

  /** The positions under `key`, ascending, or `undefined`. */
  get(key: string): readonly number[] | undefined {
    const known = this.map.get(key);
    if (typeof known !== "number") return known;
    let one = this.ones.get(known);
    if (one === undefined) {
      one = [known];
      this.ones.set(known, one);
    }
    return one;
  }

  /** Whether `key` is present. */
  has(key: string): boolean {
    return this.map.has(key);
  }
}
