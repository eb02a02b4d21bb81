import {
  type Customer,
  type MatchOptions,
  type MatchResult,
  matchPayments,
  type OpenItem,
  type PaymentInput,
} from "@o2c/cash-application";

export const customers: Customer[] = [
  { id: "C1", name: "Müller Maschinenbau GmbH", aliases: [], accounts: ["DE89370400440532013000"], country: "DE" },
  {
    id: "C2",
    name: "Müller Maschinenbau Austria GmbH",
    aliases: [],
    accounts: ["AT611904300234573201"],
    country: "AT",
  },
  { id: "C3", name: "Okada Kagaku K.K.", aliases: [], accounts: ["JP00OKADA"], country: "JP" },
];

export function item(id: string, customerId: string, open: string, extra: Partial<OpenItem> = {}): OpenItem {
  return {
    id,
    customerId,
    kind: open.startsWith("-") ? "credit-note" : "invoice",
    currency: "EUR",
    issueDate: "2026-09-01",
    dueDate: "2026-10-01",
    amount: open,
    openAmount: open,
    poNumber: null,
    terms: null,
    ...extra,
  };
}

export function pay(id: string, amount: string, remittance: string, extra: Partial<PaymentInput> = {}): PaymentInput {
  return {
    id,
    valueDate: "2026-10-05",
    amount,
    currency: "EUR",
    payerName: "MUELLER MASCHINENBAU",
    payerAccount: "DE89370400440532013000",
    remittance,
    endToEndId: null,
    ...extra,
  };
}

/** The result of matching one payment against `openItems` and the fixture customers. */
export function matchOne(openItems: OpenItem[], payment: PaymentInput, options: MatchOptions = {}): MatchResult {
  const [result] = matchPayments({ customers, openItems, payments: [payment] }, options);
  if (result === undefined) throw new Error("no result");
  return result;
}
