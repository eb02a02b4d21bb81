import { Money } from "@o2c/core";
import type { BankTransaction, TransactionStatus } from "../../model/BankTransaction.js";
import { readAmount } from "./amounts.js";
import { readIsoDate } from "./dates.js";
import { fail, type Issues, type Location } from "./issues.js";
import { addReferences, cleanReference, findCreditorReferences, joinText, normaliseAccount } from "./references.js";
import { attribute, children, EMPTY_NODE, first, ownText, text, texts, type XmlNode } from "./xml.js";

/** What an entry reader needs to know about its statement. */
export interface CamtEntryContext {
  readonly format: "camt.053" | "camt.054";
  readonly statementId: string;
  readonly currency: string;
  readonly fallbackDate: string | undefined;
  readonly path: readonly (string | number)[];
  readonly line: number | undefined;
  readonly issues: Issues;
}

type Direction = "credit" | "debit";

function direction(code: string | undefined, at: Location): Direction {
  if (code === "CRDT") return "credit";
  if (code === "DBIT") return "debit";
  if (code === undefined) throw fail("STATEMENT_MISSING_FIELD", "CdtDbtInd is missing", at);
  throw fail("STATEMENT_MALFORMED_RECORD", `CdtDbtInd ${JSON.stringify(code)} is neither CRDT nor DBIT`, at);
}

function statusOf(entry: XmlNode): TransactionStatus {
  const code = text(entry, "Sts", "Cd") ?? text(entry, "Sts", "Prtry") ?? text(entry, "Sts");
  switch (code) {
    case "BOOK":
      return "booked";
    case "PDNG":
      return "pending";
    case "INFO":
      return "information";
    default:
      return "unknown";
  }
}

function dateOf(node: XmlNode | undefined): string | undefined {
  return text(node, "Dt") ?? text(node, "DtTm");
}

function transactionCode(node: XmlNode | undefined): string | undefined {
  const domain = first(node, "BkTxCd", "Domn");
  if (domain !== undefined) {
    const parts = [text(domain, "Cd"), text(domain, "Fmly", "Cd"), text(domain, "Fmly", "SubFmlyCd")];
    return parts.filter((part) => part !== undefined).join("/");
  }
  return text(node, "BkTxCd", "Prtry", "Cd");
}

function partyName(parties: XmlNode | undefined, role: "Dbtr" | "Cdtr"): string | null {
  return text(parties, role, "Nm") ?? text(parties, role, "Pty", "Nm") ?? null;
}

function partyAccount(parties: XmlNode | undefined, role: "DbtrAcct" | "CdtrAcct"): string | null {
  return normaliseAccount(text(parties, role, "Id", "IBAN") ?? text(parties, role, "Id", "Othr", "Id"));
}

interface TxAmount {
  readonly money: Money;
  readonly direction: Direction;
}

function txAmount(tx: XmlNode, entryDirection: Direction, ctx: CamtEntryContext, at: Location): TxAmount | undefined {
  const candidates = [first(tx, "Amt"), first(tx, "AmtDtls", "TxAmt", "Amt"), first(tx, "AmtDtls", "InstdAmt", "Amt")];
  for (const node of candidates) {
    if (node === undefined) continue;
    const currency = attribute(node, "Ccy");
    if (currency !== undefined && currency !== ctx.currency) continue;
    const money = readAmount(ownText(node), ctx.currency, { ...at, field: "Amt" }, ctx.issues);
    const code = text(tx, "CdtDbtInd");
    return { money, direction: code === undefined ? entryDirection : direction(code, at) };
  }
  return undefined;
}

function signed(amount: TxAmount): Money {
  return amount.direction === "credit" ? amount.money : amount.money.negate();
}

/**
 * The amount and side of each detail of an entry. The entry is authoritative: a single detail always carries the
 * entry's amount and side (a differing `TxDtls/Amt` is reported); in a batch, detail amounts are read on the
 * entry's side unless only their own `CdtDbtInd` makes them add up, and details without an amount share what is
 * left of the entry.
 */
function amountsOf(
  txs: readonly XmlNode[],
  entryAmount: Money,
  entryDirection: Direction,
  ctx: CamtEntryContext,
  at: Location,
): TxAmount[] {
  const read = (tx: XmlNode, i: number) =>
    txAmount(tx, entryDirection, ctx, { ...at, path: [...(at.path ?? []), "NtryDtls", "TxDtls", i] });
  const entrySigned = entryDirection === "credit" ? entryAmount : entryAmount.negate();
  const mismatch = (difference: Money) =>
    ctx.issues.warn(
      "STATEMENT_BATCH_MISMATCH",
      `The TxDtls amounts differ from the entry amount ${entryAmount.toString()} ${ctx.currency} by ${difference.toString()}`,
      { ...at, field: "TxDtls" },
    );
  if (txs.length <= 1) {
    const only = txs[0] === undefined ? undefined : read(txs[0], 0);
    if (only !== undefined && !only.money.equals(entryAmount)) mismatch(entryAmount.subtract(only.money));
    return [{ money: entryAmount, direction: entryDirection }];
  }
  const given = txs.map(read);
  const known = given.filter((amount): amount is TxAmount => amount !== undefined);
  if (known.length === given.length) {
    const onEntrySide = known.map((amount) => ({ money: amount.money, direction: entryDirection }));
    const total = Money.sum(
      known.map((amount) => amount.money),
      ctx.currency,
    );
    if (total.equals(entryAmount)) return onEntrySide;
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

/** Reads one camt `Ntry` into one transaction per `TxDtls` (one transaction when it has none). */
export function readCamtEntry(entry: XmlNode, index: number, ctx: CamtEntryContext): BankTransaction[] {
  const at: Location = { line: ctx.line, path: [...ctx.path, "Ntry", index] };
  const amountNode = first(entry, "Amt");
  const currency = attribute(amountNode, "Ccy") ?? ctx.currency;
  if (currency !== ctx.currency) {
    throw fail("STATEMENT_MALFORMED_RECORD", `Entry in ${currency} on a ${ctx.currency} account`, {
      ...at,
      field: "Amt",
    });
  }
  const entryAmount = readAmount(ownText(amountNode), currency, { ...at, field: "Amt" }, ctx.issues);
  const entryDirection = direction(text(entry, "CdtDbtInd"), { ...at, field: "CdtDbtInd" });
  const bookedOn = dateOf(first(entry, "BookgDt"));
  const valuedOn = dateOf(first(entry, "ValDt"));
  const bookingDate = bookedOn === undefined ? undefined : readIsoDate(bookedOn, { ...at, field: "BookgDt" });
  const valueDate =
    valuedOn !== undefined ? readIsoDate(valuedOn, { ...at, field: "ValDt" }) : (bookingDate ?? ctx.fallbackDate);
  if (valueDate === undefined)
    throw fail("STATEMENT_MISSING_FIELD", "The entry has no ValDt nor BookgDt", { ...at, field: "ValDt" });

  const txs = children(entry, "NtryDtls").flatMap((details) => children(details, "TxDtls"));
  const amounts = amountsOf(txs.length === 0 ? [EMPTY_NODE] : txs, entryAmount, entryDirection, ctx, at);
  const entryInfo = text(entry, "AddtlNtryInf");
  const entryRef = cleanReference(text(entry, "AcctSvcrRef"));
  const status = statusOf(entry);
  const entryCode = transactionCode(entry);
  const many = txs.length > 1;

  return amounts.map((amount, i) => {
    const tx: XmlNode = txs[i] ?? EMPTY_NODE;
    const parties = first(tx, "RltdPties");
    const remittance = first(tx, "RmtInf");
    const unstructured = joinText(texts(remittance, "Ustrd"));
    const references: string[] = [];
    for (const strd of children(remittance, "Strd")) {
      addReferences(references, text(strd, "CdtrRefInf", "Ref"));
      for (const doc of children(strd, "RfrdDocInf")) addReferences(references, text(doc, "Nb"));
    }
    addReferences(references, ...findCreditorReferences(unstructured));
    const dir = amount.direction;
    const debtorName = partyName(parties, "Dbtr");
    const creditorName = partyName(parties, "Cdtr");
    return {
      id: many ? `${ctx.statementId}/${index + 1}.${i + 1}` : `${ctx.statementId}/${index + 1}`,
      bookingDate,
      valueDate,
      amount: amount.money.toString(),
      currency,
      direction: dir,
      payerName: debtorName,
      payerAccount: partyAccount(parties, "DbtrAcct"),
      counterpartyName: dir === "credit" ? debtorName : creditorName,
      remittance: unstructured !== "" ? unstructured : joinText([text(tx, "AddtlTxInf") ?? entryInfo]),
      structuredReferences: references,
      endToEndId: cleanReference(text(tx, "Refs", "EndToEndId")),
      bankReference: cleanReference(text(tx, "Refs", "AcctSvcrRef")) ?? entryRef,
      bankTransactionCode: transactionCode(tx) ?? entryCode,
      status,
      source: { format: ctx.format, line: ctx.line, entryIndex: index },
    } satisfies BankTransaction;
  });
}
