import {
  explainEvidence,
  type MatchResult,
  matchPayments,
  matchResultsToCsv,
  type PaymentInput,
} from "@o2c/cash-application";
import { isO2CError } from "@o2c/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsvRows } from "../../src/statements/internal/csvRows.js";
import { item } from "../match/fixtures.js";

const customers = [{ id: "C1", name: "Acme GmbH", aliases: [], accounts: ["DE02100100109307118603"], country: "DE" }];
const payment = (
  id: string,
  amount: string,
  remittance: string,
  payerName: string | null = "ACME GMBH",
): PaymentInput => ({
  id,
  valueDate: "2026-10-02",
  amount,
  currency: "EUR",
  payerName,
  payerAccount: payerName === null ? null : "DE02100100109307118603",
  remittance,
  endToEndId: null,
});

describe("matchResultsToCsv", () => {
  const openItems = [
    item("INV-1001", "C1", "100.00"),
    item("INV-1002", "C1", "250.50"),
    item("INV-1003", "C1", "250.50"),
  ];
  const payments = [
    payment("P1", "100.00", "Rechnung INV-1001"),
    payment("P2", "250.50", "Danke", null),
    payment("P3", "7.00", "=cmd|' /C calc'!A0", "+SUM(A1)"),
  ];
  const results = matchPayments({ customers, openItems, payments });
  const rows = readCsvRows(matchResultsToCsv(results, payments), ",").map((r) => r.fields);

  it("writes one row per result with the payment, the decision, the allocations and the evidence in words", () => {
    expect(rows[0]).toEqual([
      "payment",
      "value date",
      "amount",
      "currency",
      "payer",
      "payer account",
      "remittance",
      "status",
      "confidence",
      "applied to",
      "unapplied",
      "best suggestion",
      "evidence",
    ]);
    expect(rows).toHaveLength(4);
    const [, p1, p2] = rows;
    expect(p1?.slice(0, 8)).toEqual([
      "P1",
      "2026-10-02",
      "100.00",
      "EUR",
      "ACME GMBH",
      "DE02100100109307118603",
      "Rechnung INV-1001",
      "applied",
    ]);
    expect(p1?.[9]).toBe("INV-1001 100.00");
    expect(p1?.[10]).toBe("0.00");
    expect(p1?.[12]).toBe((results[0] as MatchResult).evidence.map(explainEvidence).join(" | "));
    expect(p1?.[12]).toContain('reference "INV-1001" -> INV-1001 (exact, 1)');
    // Two invoices of exactly the amount and no reference: a person decides, helped by the suggestions.
    expect(p2?.[7]).toBe((results[1] as MatchResult).status);
    if (results[1]?.status === "review") expect(p2?.[11]).toMatch(/^INV-100[23] 250\.50 \(/);
  });

  it("defuses cells a spreadsheet would run as formulas, but not negative amounts", () => {
    const p3 = rows[3];
    expect(p3?.[4]).toBe("'+SUM(A1)");
    expect(p3?.[6]).toBe("'=cmd|' /C calc'!A0");
    const credit: MatchResult = {
      paymentId: "P9",
      status: "applied",
      allocations: [{ invoiceId: "CN-1", amount: "-5.00" }],
      unapplied: "0.00",
      suggestions: [],
      confidence: 1,
      evidence: [],
    };
    const [, row] = readCsvRows(matchResultsToCsv([credit], []), ",");
    expect(row?.fields[9]).toBe("CN-1 -5.00");
    expect(row?.fields[1]).toBe("");
    // A payment the matcher took without payer fields is reported with those cells empty.
    const bare = { id: "P9", valueDate: "2026-10-02", amount: "5.00", currency: "EUR" } as unknown as PaymentInput;
    const [, bareRow] = readCsvRows(matchResultsToCsv([credit], [bare]), ",");
    expect(bareRow?.fields.slice(0, 7)).toEqual(["P9", "2026-10-02", "5.00", "EUR", "", "", ""]);
  });

  it("uses the delimiter asked for", () => {
    const text = matchResultsToCsv(results, payments, { delimiter: ";" });
    expect(readCsvRows(text, ";").map((r) => r.fields)).toEqual(rows);
  });

  it("refuses results or payments of another shape with the path of the bad field", () => {
    const error = (() => {
      try {
        matchResultsToCsv([{ ...(results[0] as MatchResult), status: "done" } as unknown as MatchResult], payments);
      } catch (e) {
        return e;
      }
      throw new Error("expected a validation error");
    })();
    expect(isO2CError(error, "VALIDATION_FAILED")).toBe(true);
    expect((error as { path: unknown }).path).toEqual(["results", 0, "status"]);
    expect(() => matchResultsToCsv(results, [{ id: 1 } as unknown as PaymentInput])).toThrow(/payments/);
    expect(() => matchResultsToCsv(results, payments, { delimiter: "|" as "," })).toThrow();
  });

  it("reads back cell for cell whatever the text holds (quotes, delimiters, line breaks)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 6 }),
        fc.constantFrom(",", ";", "\t"),
        (texts, delimiter) => {
          const ps = texts.map(([name, remittance], i) => payment(`P${i}`, "1.00", remittance, name));
          const rs: MatchResult[] = ps.map((p) => ({
            paymentId: p.id,
            status: "unmatched",
            allocations: [],
            unapplied: p.amount,
            suggestions: [],
            confidence: 0,
            evidence: [],
          }));
          const back = readCsvRows(matchResultsToCsv(rs, ps, { delimiter }), delimiter as "," | ";").map(
            (r) => r.fields,
          );
          expect(back).toHaveLength(ps.length + 1);
          ps.forEach((p, i) => {
            const defused = (v: string) => (/^[=+\-@\t\r]/.test(v) && !/^[+-]?\d+(\.\d+)?$/.test(v) ? `'${v}` : v);
            expect(back[i + 1]?.[4]).toBe(defused(p.payerName ?? ""));
            expect(back[i + 1]?.[6]).toBe(defused(p.remittance));
          });
        },
      ),
    );
  });
});
