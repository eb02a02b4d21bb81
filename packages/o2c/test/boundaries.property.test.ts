// Every public boundary of every o2c package, fed arbitrary junk, answers with a typed o2c error (or a result),
// never with a TypeError from deep inside. This is what "bad input gets a clear, typed error" means in practice.

import {
  inferCsvMapping,
  matchPayments,
  parseBankStatement,
  parseCustomers,
  parseOpenItems,
  parsePaymentInputs,
} from "@o2c/cash-application";
import { BusinessDate, isO2CError, parseDecimal, parseMoney } from "@o2c/core";
import { checkEn16931Xml, parseInvoice, readCii, readUbl } from "@o2c/invoicing";
import { parseOrderCommand, parseOrderInput } from "@o2c/orders";
import { parsePricingInput } from "@o2c/pricing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const boundaries: ReadonlyArray<readonly [string, (input: unknown) => unknown]> = [
  ["parseMoney", parseMoney],
  ["parseDecimal", (input) => parseDecimal(input)],
  ["BusinessDate.parse", (input) => BusinessDate.parse(input)],
  ["parseCustomers", parseCustomers],
  ["parseOpenItems", parseOpenItems],
  ["parsePaymentInputs", parsePaymentInputs],
  ["matchPayments", (input) => matchPayments(input as Parameters<typeof matchPayments>[0])],
  ["parseBankStatement", (input) => parseBankStatement(input as string)],
  ["inferCsvMapping", (input) => inferCsvMapping(input as string)],
  ["parseInvoice", parseInvoice],
  ["readUbl", (input) => readUbl(input as string)],
  ["readCii", (input) => readCii(input as string)],
  ["checkEn16931Xml", (input) => checkEn16931Xml(input as string)],
  ["parseOrderInput", parseOrderInput],
  ["parseOrderCommand", parseOrderCommand],
  ["parsePricingInput", parsePricingInput],
];

const junk = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.object(),
  fc.constantFrom(
    null,
    undefined,
    "<a/>",
    "<?xml version='1.0'?><Invoice/>",
    "<Document><BkToCstmrStmt>",
    ":20:X\n:61:",
    "01,a,b\n",
    "Date;Betrag\n",
    'Datum;Betrag;Währung\n"02.03.2026;1,00;EUR\n',
    "\uFEFF\n\nDate,Amount,Currency\n13/13/2026,1e5,EUR\n",
    { lines: null },
    { customers: [{}], openItems: 1, payments: "x" },
  ),
);

describe("properties", () => {
  for (const [name, boundary] of boundaries) {
    it(`${name} answers junk with a typed o2c error, never a crash`, () => {
      fc.assert(
        fc.property(junk, (input) => {
          try {
            boundary(input);
          } catch (error) {
            expect(isO2CError(error), `${name} threw ${String(error)}`).toBe(true);
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});
