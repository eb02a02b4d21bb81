import { getCurrency, isIsoDate, ValidationError, type ValidationIssue } from "@o2c/core";
import type { z } from "zod";
import { plainMinorUnits } from "../index/plainMinorUnits.js";
import type { Customer } from "../model/Customer.js";
import type { DiscountTerms, OpenItem } from "../model/OpenItem.js";
import type { PaymentInput } from "../model/PaymentInput.js";
import { customerSchema, openItemSchema, paymentInputSchema } from "../schemas.js";

/** The validated input of the matcher. */
export interface ValidInput {
  readonly customers: Customer[];
  readonly openItems: OpenItem[];
  readonly payments: PaymentInput[];
}

const PERCENT = /^\d{1,2}(\.\d{1,4})?$/;
const exponents = new Map<string, number | null>();

function exponentOf(currency: unknown): number | null {
  if (typeof currency !== "string") return null;
  let exponent = exponents.get(currency);
  if (exponent === undefined) {
    try {
      exponent = getCurrency(currency, []).exponent;
    } catch {
      exponent = null;
    }
    exponents.set(currency, exponent);
  }
  return exponent;
}

/** Minor units of a plain decimal amount string with at most `exponent` decimals, or `null` when not plain. */
function plainMinor(value: unknown, exponent: number): number | null {
  if (typeof value !== "string") return null;
  // Beyond 15 digits the number may not be exact: the record goes to the schema, which refuses amounts beyond the
  // exact range with AMOUNT_OUT_OF_RANGE.
  const minor = plainMinorUnits(value, exponent);
  return Number.isNaN(minor) ? null : minor;
}

function isStringOrNull(v: unknown): boolean {
  return v === undefined || v === null || typeof v === "string";
}

function isStringArray(v: unknown): v is string[] {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (const x of v) if (typeof x !== "string") return false;
  return true;
}

type Row = Record<string, unknown>;

function isRow(v: unknown): v is Row {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function fastCustomer(r: Row): Customer | null {
  const { id, name, aliases, accounts, country } = r as Record<string, unknown>;
  if (typeof id !== "string" || id.length === 0 || typeof name !== "string") return null;
  if (!isStringArray(aliases) || !isStringArray(accounts)) return null;
  if (country !== undefined && typeof country !== "string") return null;
  return { id, name, aliases: aliases ?? [], accounts: accounts ?? [], country: (country as string | undefined) ?? "" };
}

function fastOpenItem(r: Row): OpenItem | null {
  const { id, customerId, kind, currency, issueDate, dueDate, amount, openAmount, poNumber, terms } = r;
  if (typeof id !== "string" || id.length === 0 || typeof customerId !== "string" || customerId.length === 0) {
    return null;
  }
  if (kind !== "invoice" && kind !== "credit-note") return null;
  const exponent = exponentOf(currency);
  if (exponent === null) return null;
  if (!isIsoDate(issueDate) || !isIsoDate(dueDate)) return null;
  const a = plainMinor(amount, exponent);
  const o = plainMinor(openAmount, exponent);
  if (a === null || o === null) return null;
  if (kind === "invoice" ? !(o > 0 && o <= a) : !(o < 0 && o >= a)) return null;
  if (!isStringOrNull(poNumber)) return null;
  let parsedTerms: OpenItem["terms"] = null;
  if (terms !== undefined && terms !== null) {
    if (!isRow(terms)) return null;
    const { discountPercent, discountDays } = terms;
    if (typeof discountPercent !== "string" || !PERCENT.test(discountPercent)) return null;
    if (typeof discountDays !== "number" || !Number.isInteger(discountDays) || discountDays < 0 || discountDays > 366) {
      return null;
    }
    parsedTerms = terms as unknown as DiscountTerms;
  }
  if (poNumber !== undefined && terms !== undefined) {
    // Every field checked and present (the usual case): the record is used as it is, without a copy; fields the
    // matcher does not know are never read.
    return r as unknown as OpenItem;
  }
  return {
    id,
    customerId,
    kind,
    currency: currency as string,
    issueDate,
    dueDate,
    amount: amount as string,
    openAmount: openAmount as string,
    poNumber: (poNumber as string | null | undefined) ?? null,
    terms: parsedTerms,
  };
}

function fastPayment(r: Row): PaymentInput | null {
  const { id, valueDate, amount, currency, payerName, payerAccount, remittance, endToEndId, structuredReferences } = r;
  if (typeof id !== "string" || id.length === 0 || !isIsoDate(valueDate)) return null;
  const exponent = exponentOf(currency);
  if (exponent === null) return null;
  const minor = plainMinor(amount, exponent);
  if (minor === null || minor <= 0) return null;
  if (!isStringOrNull(payerName) || !isStringOrNull(payerAccount) || !isStringOrNull(remittance)) return null;
  if (!isStringOrNull(endToEndId) || !isStringArray(structuredReferences)) return null;
  const e2e = typeof endToEndId === "string" && endToEndId.toUpperCase() !== "NOTPROVIDED" ? endToEndId : null;
  const payment: PaymentInput = {
    id,
    valueDate,
    amount: amount as string,
    currency: currency as string,
    payerName: (payerName as string | null | undefined) ?? null,
    payerAccount: (payerAccount as string | null | undefined) ?? null,
    remittance: (remittance as string | null | undefined) ?? "",
    endToEndId: e2e,
  };
  return structuredReferences === undefined ? payment : { ...payment, structuredReferences };
}

function validateList<T extends { id: string }>(
  field: string,
  kind: string,
  value: unknown,
  fast: (r: Row) => T | null,
  schema: z.ZodType<T>,
  issues: ValidationIssue[],
): T[] {
  if (!Array.isArray(value)) {
    issues.push({
      code: value === undefined ? "REQUIRED" : "INVALID_TYPE",
      path: [field],
      message: `${field} must be an array`,
    });
    return [];
  }
  const out: T[] = new Array(value.length);
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const row: unknown = value[i];
    let parsed = isRow(row) ? fast(row) : null;
    if (parsed === null) {
      // The slow path: zod reports every problem of the record with its code and path.
      const result = schema.safeParse(row);
      if (result.success) parsed = result.data;
      else {
        for (const issue of ValidationError.fromZod(result.error, [field, i]).issues) issues.push(issue);
        const id = isRow(row) ? row["id"] : undefined;
        if (typeof id === "string") seen.add(id);
        continue;
      }
    }
    if (seen.has(parsed.id)) {
      issues.push({
        code: "DUPLICATE_ID",
        path: [field, i, "id"],
        message: `Duplicate ${kind} id ${JSON.stringify(parsed.id)}`,
      });
    }
    seen.add(parsed.id);
    out[i] = parsed;
  }
  return out;
}

/**
 * Validates the matcher's input in one pass: a hand-written check per record, and the zod schema of the record
 * (for precise issue codes and paths) only for records the quick check does not accept.
 *
 * @throws {@link ValidationError} (`VALIDATION_FAILED`) with every issue found, paths such as `["payments", 3, "amount"]`.
 */
export function validateMatchInput(input: unknown): ValidInput {
  const issues: ValidationIssue[] = [];
  if (!isRow(input)) throw ValidationError.single("INVALID_TYPE", [], "the input must be an object");
  const customers = validateList("customers", "customer", input["customers"], fastCustomer, customerSchema, issues);
  const openItems = validateList("openItems", "open item", input["openItems"], fastOpenItem, openItemSchema, issues);
  const payments = validateList("payments", "payment", input["payments"], fastPayment, paymentInputSchema, issues);
  if (issues.length > 0) throw new ValidationError(issues);
  return { customers, openItems, payments };
}
