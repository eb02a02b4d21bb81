import { explainEvidence, type MatchResult, matchPayments } from "@o2c/cash-application";

function show(print: (line: string) => void, result: MatchResult): void {
  const lines = result.allocations.map((a) => `${a.invoiceId} ${a.amount}`).join(", ");
  print(`  ${result.paymentId}: ${result.status} (confidence ${result.confidence})${lines ? ` -> ${lines}` : ""}`);
  for (const e of result.evidence) print(`      ${explainEvidence(e)}`);
  if (result.status === "review") {
    for (const s of result.suggestions.slice(0, 2)) {
      print(`      suggestion ${s.score}: ${s.allocations.map((a) => `${a.invoiceId} ${a.amount}`).join(", ")}`);
    }
  }
}

/** Cash application: hand-made payments matched against a few open invoices, each decision with its evidence. */
export async function demoCashApplication(print: (line: string) => void): Promise<void> {
  const customers = [
    {
      id: "C1",
      name: "Müller Maschinenbau GmbH",
      aliases: ["Mueller Maschinenbau"],
      accounts: ["DE89370400440532013000"],
      country: "DE",
    },
    {
      id: "C2",
      name: "Lemoine Distribution SAS",
      aliases: [],
      accounts: ["FR7630006000011234567890189"],
      country: "FR",
    },
  ];
  const invoice = (id: string, customerId: string, amount: string, issueDate: string, terms = false) => ({
    id,
    customerId,
    kind: "invoice" as const,
    currency: "EUR",
    issueDate,
    dueDate: "2026-10-30",
    amount,
    openAmount: amount,
    poNumber: null,
    terms: terms ? { discountPercent: "2", discountDays: 10 } : null,
  });
  const openItems = [
    invoice("INV-2026-004512", "C1", "1190.00", "2026-09-14"),
    invoice("INV-2026-004513", "C1", "595.00", "2026-09-15"),
    invoice("INV-2026-004600", "C1", "2380.00", "2026-10-01", true),
    invoice("INV-2026-004601", "C2", "300.00", "2026-09-20"),
    invoice("INV-2026-004602", "C2", "450.50", "2026-09-21"),
  ];
  const payment = (id: string, amount: string, payerName: string, payerAccount: string | null, remittance: string) => ({
    id,
    valueDate: "2026-10-08",
    amount,
    currency: "EUR",
    payerName,
    payerAccount,
    remittance,
    endToEndId: "NOTPROVIDED",
  });
  const payments = [
    payment("P1", "1190.00", "MUELLER MASCHINENBAU", "DE89370400440532013000", "Rechnung INV-2026-004512"),
    payment("P2", "595.00", "Mueller Maschinenbau GmbH", null, "SVWZ+RE-NR. 1NV 2026 0O4513"),
    payment("P3", "2332.40", "MULLER MASCHINENBAU", "DE89370400440532013000", "INV-2026-004600 abzgl. 2% Skonto"),
    payment("P4", "750.50", "LEMOINE DISTRIBUTION", "FR7630006000011234567890189", "Factures 4601 et 4602"),
    payment("P5", "812.17", "J. SMITH", "GB29NWBK60161331926819", "Thank you"),
  ];
  print("Cash application: five payments against five open invoices.");
  for (const result of matchPayments({ customers, openItems, payments })) show(print, result);
}
