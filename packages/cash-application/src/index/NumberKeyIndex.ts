/**
 * A multi-map from safe-integer keys to item positions in typed arrays (open addressing, chains through the
 * positions): no string, no per-key array, nothing for the garbage collector to trace. Each position is added under
 * one key at most, in ascending order.
 */
export class NumberKeyIndex {
  private keys: Float64Array;
  private first: Int32Array;
  private last: Int32Array;
  private readonly next: Int32Array;
  private mask: number;
  private size = 0;

  /** @param positions - Number of positions (items) that may be added. */
  constructor(positions: number) {
    let capacity = 16;
    while (capacity < positions * 2) capacity *= 2;
    this.keys = new Float64Array(capacity).fill(Number.NaN);
    this.first = new Int32Array(capacity);
    this.last = new Int32Array(capacity);
    this.next = new Int32Array(Math.max(1, positions)).fill(-1);
    this.mask = capacity - 1;
  }

  /** Adds `position` under `key` (a safe integer). */
  add(key: number, position: number): void {
    let slot = hash(key) & this.mask;
    const keys = this.keys;
    for (;;) {
      const known = keys[slot] as number;
      if (known === key) {
        const tail = this.last[slot] as number;
        if (tail === position) return;
        this.next[tail] = position;
        this.last[slot] = position;
        return;
      }
      if (Number.isNaN(known)) break; // an empty slot
      slot = (slot + 1) & this.mask;
    }
    keys[slot] = key;
    this.first[slot] = position;
    this.last[slot] = position;
    if (++this.size * 2 > keys.length) this.grow();
  }

  /** The positions under `key`, ascending, or `undefined`. */
  get(key: number): number[] | undefined {
    let slot = hash(key) & this.mask;
    const keys = this.keys;
    for (;;) {
      const known = keys[slot] as number;
      if (known === key) break;
      if (Number.isNaN(known)) return undefined;
      slot = (slot + 1) & this.mask;
    }
    const found: number[] = [];
    for (let p = this.first[slot] as number; p >= 0; p = this.next[p] as number) found.push(p);
    return found;
  }

  private grow(): void {
    const { keys, first, last } = this;
    const capacity = keys.length * 2;
    this.keys = new Float64Array(capacity).fill(Number.NaN);
    this.first = new Int32Array(capacity);
    this.last = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let s = 0; s < keys.length; s++) {
      const key = keys[s] as number;
      if (Number.isNaN(key)) continue;
      let slot = hash(key) & this.mask;
      while (!Number.isNaN(this.keys[slot] as number)) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.first[slot] = first[s] as number;
      this.last[slot] = last[s] as number;
    }
  }
}

/** A 32-bit mix of both halves of a safe integer. */
function hash(key: number): number {
  const low = key >>> 0;
  const high = (key / 4294967296) >>> 0;
  let h = Math.imul(low ^ Math.imul(high, 0x27d4eb2d), 0x9e3779b1);
  h ^= h >>> 15;
  return Math.imul(h, 0x85ebca6b) ^ (h >>> 13);
}
