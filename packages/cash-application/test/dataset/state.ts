import { makeIban } from "./checkDigits.js";
import { COUNTRIES, type CountryCode } from "./countries.js";
import { addDays, endOfNextMonth } from "./dates.js";
import type { DocumentNumber, NumberScheme } from "./idSchemes.js";
import { CREDIT_NOTE_SCHEMES, INVOICE_SCHEMES } from "./idSchemes.js";
import type { CustomerInfo, ItemDraft } from "./model.js";
import { NumberRegistry, SequenceAllocator } from "./numberRegistry.js";
import type { Rng } from "./random.js";
import type { TermsRecord } from "./types.js";

/** A rule a later item must not break (an earlier payment's truth depends on it). */
export interface ItemConstraint {
  /** The customer whose new items it checks, or null for every new item. */
  customerId: string | null;
  rejects(item: ItemDraft, state: DatasetState): boolean;
}

export interface ItemSpec {
  customer: CustomerInfo;
  kind: "invoice" | "credit-note";
  currency: string;
  issueDate: string;
  amountMinor: number;
  openMinor?: number;
  poNumber?: string | null;
  terms?: TermsRecord | null;
  /** Use another of the creditor's numbering schemes than the customer's usual one. */
  scheme?: NumberScheme;
}

/**
 * Everything generated so far: open items, numbers, IBANs, the items whose truth is fixed by a payment and the
 * constraints new items must respect. Changes made inside `transaction` are undone when it fails.
 */
export class DatasetState {
  readonly items: ItemDraft[] = [];
  readonly numbers = new NumberRegistry();
  readonly sequences: SequenceAllocator;
  private readonly byCustomer = new Map<string, ItemDraft[]>();
  private readonly fixed = new Set<string>();
  private readonly ibans = new Set<string>();
  private readonly constraints = new Map<string, ItemConstraint[]>();
  private readonly globalConstraints: ItemConstraint[] = [];
  private journal: (() => void)[] | null = null;

  constructor(
    readonly rng: Rng,
    perDay: number,
    firstDate: string,
  ) {
    this.sequences = new SequenceAllocator(perDay, firstDate);
  }

  /** Runs `body`; when it returns null (or throws) every change it made is undone. Transactions nest. */
  transaction<T>(body: () => T | null): T | null {
    const outer = this.journal;
    const journal: (() => void)[] = [];
    this.journal = journal;
    let result: T | null = null;
    try {
      result = body();
    } finally {
      this.journal = outer;
      if (result === null) for (const undo of journal.reverse()) undo();
      else outer?.push(...journal);
    }
    return result;
  }

  private record(undo: () => void): void {
    this.journal?.push(undo);
  }

  itemsOf(customerId: string): readonly ItemDraft[] {
    return this.byCustomer.get(customerId) ?? [];
  }

  isFixed(itemId: string): boolean {
    return this.fixed.has(itemId);
  }

  /** Marks items as settled by a payment whose truth is fixed. */
  fix(itemIds: readonly string[]): void {
    for (const id of itemIds) {
      if (this.fixed.has(id)) throw new Error(`item ${id} settled twice`);
      this.fixed.add(id);
      this.record(() => this.fixed.delete(id));
    }
  }

  /** The customer's items in `currency` issued before `date` that no payment with a fixed truth settles. */
  pool(customerId: string, currency: string, date: string, exclude?: ReadonlySet<string>): ItemDraft[] {
    return this.itemsOf(customerId).filter(
      (item) =>
        item.currency === currency && item.issueDate < date && !this.fixed.has(item.id) && !exclude?.has(item.id),
    );
  }

  addConstraint(constraint: ItemConstraint): void {
    if (constraint.customerId === null) {
      this.globalConstraints.push(constraint);
      this.record(() => this.globalConstraints.pop());
      return;
    }
    const list = this.constraints.get(constraint.customerId) ?? [];
    list.push(constraint);
    this.constraints.set(constraint.customerId, list);
    this.record(() => list.pop());
  }

  /** A new number of `scheme` for a document issued on `issueDate`, registered for `owner`. */
  newNumber(scheme: NumberScheme, issueDate: string, owner: string, param = "", key?: string): DocumentNumber | null {
    for (let attempt = 0; attempt < 40; attempt++) {
      const { seq, year } = this.sequences.propose(scheme, issueDate, this.rng, key);
      this.sequences.markUsed(scheme, seq, year, key);
      const number = scheme.build(seq, year, param);
      if (!this.numbers.isFree(number, owner)) continue; // the number stays used: a gap, as after a cancellation
      this.numbers.register(number, owner);
      this.record(() => {
        this.numbers.unregister(number, owner);
        this.sequences.release(scheme, seq, year, key);
      });
      return number;
    }
    return null;
  }

  /** No number added later may end in these digits (a payment quotes only them). */
  reserveSuffix(suffix: string): void {
    this.numbers.reserveSuffix(suffix);
    this.record(() => this.numbers.unreserveSuffix(suffix));
  }

  /** Due date by the customer's terms (credit notes: the document date). */
  dueDate(customer: CustomerInfo, kind: ItemDraft["kind"], issueDate: string): string {
    if (kind === "credit-note") return issueDate;
    return customer.termDays === 0 ? endOfNextMonth(issueDate) : addDays(issueDate, customer.termDays);
  }

  /** Adds an open item, or returns null when a constraint rejects it or no free number is found. */
  newItem(spec: ItemSpec): ItemDraft | null {
    const { customer, kind } = spec;
    const openMinor = spec.openMinor ?? spec.amountMinor;
    if (
      kind === "invoice"
        ? !(openMinor > 0 && openMinor <= spec.amountMinor)
        : !(spec.amountMinor <= openMinor && openMinor < 0)
    ) {
      throw new RangeError(`inconsistent ${kind} amounts ${spec.amountMinor}/${openMinor}`);
    }
    const draft: ItemDraft = {
      id: "",
      number: { id: "", tokens: [], separators: [] },
      customerId: customer.record.id,
      kind,
      currency: spec.currency,
      issueDate: spec.issueDate,
      dueDate: this.dueDate(customer, kind, spec.issueDate),
      amountMinor: spec.amountMinor,
      openMinor,
      poNumber: spec.poNumber ?? null,
      terms: kind === "invoice" ? (spec.terms ?? null) : null,
    };
    if (this.rejected(draft)) return null;
    const scheme = spec.scheme ?? (kind === "invoice" ? customer.invoiceScheme : customer.creditScheme);
    return this.transaction(() => {
      const owner = `item:${this.items.length}:${this.rng.uint32()}`;
      const number = this.newNumber(scheme, spec.issueDate, owner);
      if (number === null) return null;
      const item: ItemDraft = { ...draft, id: number.id, number };
      if (this.rejected(item)) return null;
      this.items.push(item);
      const list = this.byCustomer.get(customer.record.id) ?? [];
      list.push(item);
      this.byCustomer.set(customer.record.id, list);
      this.record(() => {
        this.items.pop();
        list.pop();
      });
      return item;
    });
  }

  private rejected(item: ItemDraft): boolean {
    for (const constraint of this.constraints.get(item.customerId) ?? [])
      if (constraint.rejects(item, this)) return true;
    for (const constraint of this.globalConstraints) if (constraint.rejects(item, this)) return true;
    return false;
  }

  /** A number of an invoice that was settled before (it is in no file), for a payment that pays it again. */
  settledNumber(customer: CustomerInfo, issueDate: string): DocumentNumber | null {
    return this.newNumber(customer.invoiceScheme, issueDate, `settled:${this.rng.uint32()}`);
  }

  /** A new purchase-order number of the customer. */
  newPoNumber(customer: CustomerInfo, issueDate: string): string | null {
    const number = this.newNumber(
      customer.poScheme,
      issueDate,
      `po:${customer.record.id}:${this.rng.uint32()}`,
      customer.poParam,
      `${customer.poScheme.name}#${customer.record.id}`,
    );
    return number?.id ?? null;
  }

  /** A new IBAN of `country`, unique in the data set. */
  newIban(country: CountryCode): string {
    const bban = COUNTRIES[country].bban;
    if (bban === null) throw new RangeError(`${country} has no IBANs`);
    for (;;) {
      const iban = makeIban(country, bban(this.rng));
      if (!this.ibans.has(iban)) {
        this.ibans.add(iban);
        return iban;
      }
    }
  }
}

/** Every invoice and credit-note scheme, for the occasional item numbered by another billing system. */
export const ALL_INVOICE_SCHEMES = INVOICE_SCHEMES;
export const ALL_CREDIT_SCHEMES = CREDIT_NOTE_SCHEMES;
