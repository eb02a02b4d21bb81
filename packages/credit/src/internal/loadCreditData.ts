import { type BusinessDate, type ErrorPath, parseWith, ValidationError } from "@o2c/core";
import { creditError } from "../errors.js";
import type { CreditCurrencyConverter } from "../exposure/convertToCreditCurrency.js";
import type { MissingFxRate } from "../model/CreditDecision.js";
import type { CreditContext } from "../model/CreditRequest.js";
import type { BureauReport } from "../ports/CreditBureau.js";
import type { CreditDataSource, CustomerQuery } from "../ports/CreditDataSource.js";
import { bureauReportSchema, groupSchema, openItemsSchema, profileSchema } from "../schemas.js";
import type { Group, OpenItem, PaymentRecord, Profile } from "./parsed.js";

/** The customer's validated profile; its limit must be in its credit currency. */
export async function loadProfile(data: CreditDataSource, customerId: string): Promise<Profile> {
  const input = await data.getProfile(customerId);
  if (input === undefined) {
    throw creditError("UNKNOWN_CUSTOMER", `No credit profile for customer ${customerId}`, {
      path: ["customerId"],
      details: { customerId },
    });
  }
  const profile = parseWith(profileSchema, input, ["profile"]);
  if (profile.limit !== undefined && profile.limit.currency !== profile.currency) {
    throw creditError(
      "CURRENCY_MISMATCH",
      `The limit of customer ${customerId} is in ${profile.limit.currency}, its credit currency is ${profile.currency}`,
      {
        path: ["profile", "limit", "currency"],
        details: { expected: profile.currency, actual: profile.limit.currency },
      },
    );
  }
  return profile;
}

/**
 * Refuses records the data source returned for another customer: counting them would mix customers' exposure.
 * @throws ValidationError `WRONG_CUSTOMER` at `<basePath>[i].customerId`.
 */
export function assertOwnedBy<T extends { readonly customerId: string }>(
  records: readonly T[],
  customerId: string,
  basePath: ErrorPath,
): readonly T[] {
  const issues = records.flatMap((record, index) =>
    record.customerId === customerId
      ? []
      : [
          {
            code: "WRONG_CUSTOMER",
            path: [...basePath, index, "customerId"],
            message: `Asked for customer ${customerId}, the data source returned a record of ${record.customerId}`,
          },
        ],
  );
  if (issues.length > 0) throw new ValidationError(issues);
  return records;
}

/** The validated group of a profile; the group and its limit must be in the customer's credit currency. */
export async function loadGroup(data: CreditDataSource, profile: Profile): Promise<Group | undefined> {
  const groupId = profile.groupId;
  if (groupId === undefined) return undefined;
  const input = await data.getGroup(groupId);
  if (input === undefined) {
    throw creditError("UNKNOWN_CREDIT_GROUP", `Customer ${profile.customerId} names an unknown group ${groupId}`, {
      path: ["profile", "groupId"],
      details: { groupId },
    });
  }
  const group = parseWith(groupSchema, input, ["group"]);
  for (const [path, actual] of [
    [["group", "currency"], group.currency],
    [["group", "limit", "currency"], group.limit.currency],
  ] as const) {
    if (actual !== profile.currency) {
      throw creditError(
        "CURRENCY_MISMATCH",
        `Group ${groupId} is in ${actual}, customer ${profile.customerId}'s credit currency is ${profile.currency}`,
        { path, details: { expected: profile.currency, actual } },
      );
    }
  }
  return group;
}

/** The open items of every other member of the group, members in id order. */
export async function loadGroupItems(
  data: CreditDataSource,
  group: Group,
  customerId: string,
  asOf: BusinessDate,
): Promise<OpenItem[]> {
  const members = [...new Set(await data.listGroupMembers(group.groupId))].filter((id) => id !== customerId).sort();
  const lists = await Promise.all(
    members.map(async (member) => {
      const path = ["groupOpenItems", member];
      const items = parseWith(
        openItemsSchema,
        await data.getOpenItems({ customerId: member, asOf: asOf.toString() }),
        path,
      );
      return assertOwnedBy(items, member, path);
    }),
  );
  return lists.flat();
}

/**
 * The history with every amount in the credit currency (each record converted on its own, `halfUp`); records whose
 * rate is missing are left out of the score and noted in `missing`.
 */
export function convertHistory(
  history: readonly PaymentRecord[],
  converter: CreditCurrencyConverter,
  missing: MissingFxRate[],
): PaymentRecord[] {
  const converted: PaymentRecord[] = [];
  for (const record of history) {
    const result = converter.convert(record.amount, "paymentHistory");
    if (result.type === "missing") missing.push(result.missing);
    else converted.push({ ...record, amount: result.amount });
  }
  return converted;
}

/** Asks the bureau; a failure or no report is an expected outcome the policy turns into a hold. */
export async function askBureau(
  context: CreditContext,
  query: CustomerQuery,
): Promise<{ type: "report"; report: BureauReport } | { type: "unavailable"; why: string }> {
  if (context.bureau === undefined) return { type: "unavailable", why: "no bureau is configured" };
  let report: BureauReport | undefined;
  try {
    report = await context.bureau.getReport(query);
  } catch {
    return { type: "unavailable", why: "the bureau did not answer" };
  }
  if (report === undefined) return { type: "unavailable", why: "the bureau has no report on the customer" };
  parseWith(bureauReportSchema, report, ["bureau"]);
  return { type: "report", report };
}

/** The missing rates, once per subject and currency pair, in a stable order. */
export function dedupeMissing(missing: readonly MissingFxRate[]): MissingFxRate[] {
  const seen = new Map<string, MissingFxRate>();
  for (const m of missing) {
    const key = `${m.subject}|${m.from.currency}|${m.to}`;
    if (!seen.has(key)) seen.set(key, m);
  }
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, m]) => m);
}
