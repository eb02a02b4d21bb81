import type { BankTransaction, TransactionStatus } from "../../model/BankTransaction.js";
import { readAmount } from "./amounts.js";
import { amountsOf, direction, singleAmount, type TxAmount } from "./camtAmounts.js";
import { readIsoDate } from "./dates.js";
import { fail, type Issues, type Location, withField } from "./issues.js";
import { addReferences, cleanReference, findCreditorReferences, joinText, normaliseAccount } from "./references.js";
import {
  attribute,
  child,
  children,
  EMPTY_NODE,
  first,
  ownText,
  text,
  texts,
  trimmedText,
  type XmlNode,
} from "./xml.js";

/** What an entry reader needs to know about its statement. */
export interface CamtEntryContext {
  readonly format: "camt.053" | "camt.054";
  readonly statementId: string;
  readonly currency: string;
  readonly fallbackDate: string | undefined;
  readonly path: readonly (string | number)[];
  readonly line: number | undefined;
  readonly issues: Issues;
  /** Dates already read in this document, by their text (a statement repeats a few dates many times). */
  readonly dates: Map<string, string>;
}

function statusOf(entry: XmlNode): TransactionStatus {
  const sts = child(entry, "Sts");
  const code = text(sts, "Cd") ?? text(sts, "Prtry") ?? trimmedText(sts);
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

function entryDate(raw: string, field: string, ctx: CamtEntryContext, at: Location): string {
  const known = ctx.dates.get(raw);
  if (known !== undefined) return known;
  const date = readIsoDate(raw, withField(at, field));
  ctx.dates.set(raw, date);
  return date;
}

function dateOf(node: XmlNode | undefined): string | undefined {
  return text(node, "Dt") ?? text(node, "DtTm");
}

function transactionCode(node: XmlNode | undefined): string | undefined {
  const code = child(node, "BkTxCd");
  if (code === undefined) return undefined;
  const domain = child(code, "Domn");
  if (domain !== undefined) {
    const family = child(domain, "Fmly");
    const parts = [text(domain, "Cd"), text(family, "Cd"), text(family, "SubFmlyCd")];
    return parts.filter((part) => part !== undefined).join("/");
  }
  return text(code, "Prtry", "Cd");
}

function partyName(parties: XmlNode | undefined, role: "Dbtr" | "Cdtr"): string | null {
  const party = child(parties, role);
  if (party === undefined) return null;
  return text(party, "Nm") ?? text(party, "Pty", "Nm") ?? null;
}

function partyAccount(parties: XmlNode | undefined, role: "DbtrAcct" | "CdtrAcct"): string | null {
  const id = first(parties, role, "Id");
  if (id === undefined) return null;
  return normaliseAccount(text(id, "IBAN") ?? text(id, "Othr", "Id"));
}

/** What every transaction of an entry shares. */
interface EntryFacts {
  readonly index: number;
  readonly bookingDate: string | undefined;
  readonly valueDate: string;
  readonly currency: string;
  readonly info: string | undefined;
  readonly reference: string | null;
  readonly status: TransactionStatus;
  readonly code: string | undefined;
  readonly many: boolean;
}

/** The `TxDtls` of an entry, across its `NtryDtls`. */
function detailsOf(entry: XmlNode): XmlNode[] {
  const txs: XmlNode[] = [];
  for (const details of entry.children) {
    if (details.name !== "NtryDtls") continue;
    for (const tx of details.children) if (tx.name === "TxDtls") txs.push(tx);
  }
  return txs;
}

/** The structured references of a remittance, then the RF references found in its unstructured text. */
function referencesOf(remittance: XmlNode | undefined, unstructured: string): string[] {
  const references: string[] = [];
  for (const strd of children(remittance, "Strd")) {
    addReferences(references, text(strd, "CdtrRefInf", "Ref"));
    for (const doc of children(strd, "RfrdDocInf")) addReferences(references, text(doc, "Nb"));
  }
  addReferences(references, ...findCreditorReferences(unstructured));
  return references;
}

function transactionOf(
  tx: XmlNode,
  i: number,
  amount: TxAmount,
  entry: EntryFacts,
  ctx: CamtEntryContext,
): BankTransaction {
  const parties = first(tx, "RltdPties");
  const remittance = first(tx, "RmtInf");
  const unstructured = joinText(texts(remittance, "Ustrd"));
  const references = referencesOf(remittance, unstructured);
  const dir = amount.direction;
  const debtorName = partyName(parties, "Dbtr");
  const refs = child(tx, "Refs");
  return {
    id: entry.many ? `${ctx.statementId}/${entry.index + 1}.${i + 1}` : `${ctx.statementId}/${entry.index + 1}`,
    bookingDate: entry.bookingDate,
    valueDate: entry.valueDate,
    amount: amount.money.toString(),
    currency: entry.currency,
    direction: dir,
    payerName: debtorName,
    payerAccount: partyAccount(parties, "DbtrAcct"),
    counterpartyName: dir === "credit" ? debtorName : partyName(parties, "Cdtr"),
    remittance: unstructured !== "" ? unstructured : joinText([text(tx, "AddtlTxInf") ?? entry.info]),
    structuredReferences: references,
    endToEndId: cleanReference(text(refs, "EndToEndId")),
    bankReference: cleanReference(text(refs, "AcctSvcrRef")) ?? entry.reference,
    bankTransactionCode: transactionCode(tx) ?? entry.code,
    status: entry.status,
    source: { format: ctx.format, line: ctx.line, entryIndex: entry.index },
  };
}

/** Reads one camt `Ntry` into one transaction per `TxDtls` (one transaction when it has none). */
export function readCamtEntry(entry: XmlNode, index: number, ctx: CamtEntryContext): BankTransaction[] {
  const at: Location = { line: ctx.line, path: [...ctx.path, "Ntry", index] };
  const amountNode = first(entry, "Amt");
  const currency = attribute(amountNode, "Ccy") ?? ctx.currency;
  if (currency !== ctx.currency) {
    throw fail("STATEMENT_MALFORMED_RECORD", `Entry in ${currency} on a ${ctx.currency} account`, withField(at, "Amt"));
  }
  const entryAmount = readAmount(ownText(amountNode), currency, withField(at, "Amt"), ctx.issues);
  const entryDirection = direction(text(entry, "CdtDbtInd"), withField(at, "CdtDbtInd"));
  const bookedOn = dateOf(first(entry, "BookgDt"));
  const valuedOn = dateOf(first(entry, "ValDt"));
  const bookingDate = bookedOn === undefined ? undefined : entryDate(bookedOn, "BookgDt", ctx, at);
  const valueDate = valuedOn !== undefined ? entryDate(valuedOn, "ValDt", ctx, at) : (bookingDate ?? ctx.fallbackDate);
  if (valueDate === undefined)
    throw fail("STATEMENT_MISSING_FIELD", "The entry has no ValDt nor BookgDt", withField(at, "ValDt"));

  const txs = detailsOf(entry);
  const amounts =
    txs.length <= 1
      ? singleAmount(txs[0], entryAmount, entryDirection, ctx, at)
      : amountsOf(txs, entryAmount, entryDirection, ctx, at);
  const facts: EntryFacts = {
    index,
    bookingDate,
    valueDate,
    currency,
    info: text(entry, "AddtlNtryInf"),
    reference: cleanReference(text(entry, "AcctSvcrRef")),
    status: statusOf(entry),
    code: transactionCode(entry),
    many: txs.length > 1,
  };
  const transactions: BankTransaction[] = [];
  for (let i = 0; i < amounts.length; i++) {
    transactions.push(transactionOf(txs[i] ?? EMPTY_NODE, i, amounts[i] as TxAmount, facts, ctx));
  }
  return transactions;
}
