import { addDays, diffDays, toDayNumber } from "./dates.js";
import { type DocumentNumber, type NumberScheme, referenceKey, registryKeys } from "./idSchemes.js";
import type { Rng } from "./random.js";

/**
 * Every document, purchase-order and settled number of a data set, under all keys its retyped forms map to,
 * so that any form the generator prints identifies exactly one number.
 */
export class NumberRegistry {
  private readonly owners = new Map<string, string>();
  private readonly digitsByOwner = new Map<string, string>();
  private readonly reserved = new Map<number, Set<string>>();

  /** True when no form of `number` collides with another owner's number or a reserved trailing-digit string. */
  isFree(number: DocumentNumber, owner: string): boolean {
    for (const key of registryKeys(number)) {
      const current = this.owners.get(key);
      if (current !== undefined && current !== owner) return false;
    }
    const digits = number.id.replace(/\D/g, "");
    for (const [length, suffixes] of this.reserved) {
      if (digits.length >= length && suffixes.has(digits.slice(-length))) return false;
    }
    return true;
  }

  register(number: DocumentNumber, owner: string): void {
    for (const key of registryKeys(number)) this.owners.set(key, owner);
    this.digitsByOwner.set(owner, number.id.replace(/\D/g, ""));
  }

  unregister(number: DocumentNumber, owner: string): void {
    for (const key of registryKeys(number)) if (this.owners.get(key) === owner) this.owners.delete(key);
    this.digitsByOwner.delete(owner);
  }

  /** True when some registered number is known under this key. */
  hasKey(text: string): boolean {
    return this.owners.has(referenceKey(text));
  }

  /** How many registered numbers have digits ending in `suffix`. */
  countSuffix(suffix: string): number {
    let count = 0;
    for (const digits of this.digitsByOwner.values()) if (digits.endsWith(suffix)) count++;
    return count;
  }

  /** No number registered later may end in these digits. */
  reserveSuffix(suffix: string): void {
    const set = this.reserved.get(suffix.length) ?? new Set<string>();
    set.add(suffix);
    this.reserved.set(suffix.length, set);
  }

  unreserveSuffix(suffix: string): void {
    this.reserved.get(suffix.length)?.delete(suffix);
  }
}

/**
 * Sequence numbers that grow with the issue date, as an ERP hands them out: items issued on the same day get
 * neighbouring numbers (numbers of different customers one digit apart), skipped numbers are settled documents.
 */
export class SequenceAllocator {
  /** Per scheme: used sequence number → a candidate above it (path-compressed "next free" pointers). */
  private readonly used = new Map<string, Map<number, number>>();
  private readonly epochDay: number;

  constructor(
    private readonly perDay: number,
    firstDate: string,
  ) {
    this.epochDay = toDayNumber(addDays(firstDate, -30));
  }

  /** A free sequence number for a document of `scheme` issued on `issueDate`. */
  propose(scheme: NumberScheme, issueDate: string, rng: Rng, key = scheme.name): { seq: number; year: number } {
    const year = Number(issueDate.slice(0, 4));
    const slot = scheme.yearly
      ? diffDays(`${year}-01-01`, issueDate)
      : Math.max(0, toDayNumber(issueDate) - this.epochDay);
    const start = scheme.start + slot * this.perDay + rng.int(0, this.perDay - 1);
    return { seq: this.firstFree(this.usedMap(scheme, year, key), start), year };
  }

  markUsed(scheme: NumberScheme, seq: number, year: number, key = scheme.name): void {
    this.usedMap(scheme, year, key).set(seq, seq + 1);
  }

  release(scheme: NumberScheme, seq: number, year: number, key = scheme.name): void {
    this.usedMap(scheme, year, key).delete(seq);
  }

  private firstFree(used: Map<number, number>, start: number): number {
    let seq = start;
    const path: number[] = [];
    for (let next = used.get(seq); next !== undefined; next = used.get(seq)) {
      path.push(seq);
      seq = next;
    }
    for (const visited of path) used.set(visited, seq);
    return seq;
  }

  private usedMap(scheme: NumberScheme, year: number, key: string): Map<number, number> {
    const name = scheme.yearly ? `${key}@${year}` : key;
    let map = this.used.get(name);
    if (!map) {
      map = new Map<number, number>();
      this.used.set(name, map);
    }
    return map;
  }
}
