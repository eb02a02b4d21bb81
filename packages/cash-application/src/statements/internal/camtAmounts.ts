import { Money } from "@o2c/core";
import { readAmount } from "./amounts.js";
import { fail, type Issues, type Location, withField } from "./issues.js";
import { attribute, first, ownText, text, type XmlNode } from "./xml.js";

/** The side of an entry or detail. */
export type Direction = "credit" | "debit";

/** What the amount readers need to know about their entry's statement. */
export interface CamtAmountContext {
  readonly currency: string;
  readonly issues: Issues;
}

/** The side of a `CdtDbtInd` code. */
export function direction(code: string | undefined, at: Location): Direction {
  if (code === "CRDT") return "credit";
  if (code === "DBIT") return "debit";
  if (code === undefined) throw fail("STATEMENT_MISSING_FIELD", "CdtDbtInd is missing", at);
  throw fail("STATEMENT_MALFORMED_RECORD", `CdtDbtInd ${JSON.stringify(code)} is neither CRDT nor DBIT`, at);
}

/** The amount and side of one detail of an entry. */
export interface TxAmount {
  readonly money: Money;
  readonly direction: Direction;
}

function inCurrency(node: XmlNode | undefined, currency: string): node is XmlNode {
  if (node === undefined) return false;
  const code = attribute(node, "Ccy");
  return code === undefined || code === currency;
}

/** The first amount of a detail in the account's currency: `Amt`, then `AmtDtls/TxAmt/Amt`, then `InstdAmt`. */
function detailAmountNode(tx: XmlNode, currency: string): XmlNode | undefined {
  const direct = first(tx, "Amt");
  if (inCurrency(direct, currency)) return direct;
  const details = first(tx, "AmtDtls");
  const transaction = first(details, "TxAmt", "Amt");
  if (inCurrency(transaction, currency)) return transaction;
  const instructed = first(details, "InstdAmt", "Amt");
  return inCurrency(instructed, currency) ? instructed : undefined;
}

function txAmount(tx: XmlNode, entryDirection: Direction, ctx: CamtAmountContext, at: Location): TxAmount | undefined {
  const node = detailAmountNode(tx, ctx.currency);
  if (node === undefined) return undefined;
  const money = readAmount(ownText(node), ctx.currency, withField(at, "Amt"), ctx.issues);
  const code = text(tx, "CdtDbtInd");
  return { money, direction: code === undefined ? entryDirection : direction(code, at) };
}

function signed(amount: TxAmount): Money {
  return amount.direction === "credit" ? amount.money : amount.money.negate();
}

function detailAt(at: Location, i: number): Location {
  return { line: at.line, path: [...(at.path ?? []), "NtryDtls", "TxDtls", i] };
}

function warnMismatch(entryAmount: Money, difference: Money, ctx: CamtAmountContext, at: Location): void {
  ctx.issues.warn(
    "STATEMENT_BATCH_MISMATCH",
    `The TxDtls amounts differ from the entry amount ${entryAmount.toString()} ${ctx.currency} by ${difference.toString()}`,
    withField(at, "TxDtls"),
  );
}

/**
 * The amount and side of an entry with at most one detail: always the entry's, as the entry is authoritative (a
 * differing `TxDtls/Amt` is reported).
 */
export function singleAmount(
  tx: XmlNode | undefined,
  entryAmount: Money,
  entryDirection: Direction,
  ctx: CamtAmountContext,
  at: Location,
): TxAmount[] {
  const only = tx === undefined ? undefined : txAmount(tx, entryDirection, ctx, detailAt(at, 0));
  if (only !== undefined && !only.money.equals(entryAmount)) {
    warnMismatch(entryAmount, entryAmount.subtract(only.money), ctx, at);
  }
  return [{ money: entryAmount, direction: entryDirection }];
}

/**
 * The amount and side of each detail of a batch entry. The entry is authoritative: detail amounts are read on the
 * entry's side unless only their own `CdtDbtInd` makes them add up, and details without an amount share what is
 * left of the entry.
 */
export function amountsOf(
  txs: readonly XmlNode[],
  entryAmount: Money,
  entryDirection: Direction,
  ctx: CamtAmountContext,
  at: Location,
): TxAmount[] {
  const read = (tx: XmlNode, i: number) => txAmount(tx, entryDirection, ctx, detailAt(at, i));
  const mismatch = (difference: Money) => warnMismatch(entryAmount, difference, ctx, at);
  const given = txs.map(read);
  const known = given.filter((amount): amount is TxAmount => amount !== undefined);
  if (known.length === given.length) {
    const onEntrySide = known.map((amount) => ({ money: amount.money, direction: entryDirection }));
    const total = Money.sum(
      known.map((amount) => amount.money),
      ctx.currency,
    );
    if (total.equals(entryAmount)) return onEntrySide;
    const entrySigned = entryDirection === "credit" ? entryAmount : entryAmount.negate();
    const signedTotal = Money.sum(known.map(signed), ctx.currency);
    if (signedTotal.equals(entrySigned)) return known;
    mismatch(entryAmount.subtract(total));
    return onEntrySide;
  }
  const rest = entryAmount.subtract(
    Money.sum(
      known.map((amount) => amount.money),
      ctx.currency,
    ),
  );
  const shares = rest.split(given.length - known.length);
  if (rest.isNegative()) mismatch(rest);
  let next = 0;
  return given.map((amount) => ({
    money: amount?.money ?? shares[next++] ?? Money.zero(ctx.currency),
    direction: entryDirection,
  }));
}
