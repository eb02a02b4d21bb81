import { existsSync, readFileSync } from "node:fs";
import { ValidationError } from "@o2c/core";
import { describe, expect, it } from "vitest";
import { extractNamedParties, type NamedParty } from "../../src/references/extractNamedParties.js";

const strong = (name: string, marker: string): NamedParty => ({ name, marker, strength: "strong" });
const weak = (name: string, marker: string): NamedParty => ({ name, marker, strength: "weak" });

describe("extractNamedParties: the benchmark's third-party payments", () => {
  it.each<[string, NamedParty[]]>([
    ["Tak 2026 28750 on behalf of Larsen Rør ASA", [strong("Larsen Rør ASA", "on behalf of")]],
    ["238,00 EUR RE26057916 namens Van Dam Automatisering B.V.", [strong("Van Dam Automatisering B.V.", "namens")]],
    [
      "RE25-905 im Auftrag von SCHNEIDER ANTRIEBSTECHNIK AG",
      [strong("SCHNEIDER ANTRIEBSTECHNIK AG", "im auftrag von")],
    ],
    [
      "Settlement 2026-10-08 Invoice no. RE26-36863 on behalf of Harborpoint Components Europe Ltd Payment ref 596452",
      [strong("Harborpoint Components Europe Ltd", "on behalf of")],
    ],
    ["Invoice RE26-48970 re KIMURA DENKI INTERNATIONAL CO., LTD", [weak("KIMURA DENKI INTERNATIONAL CO., LTD", "re")]],
    [
      "Réf. facture2026-106277 pour le compte de Distribution Marchand S.A.",
      [strong("Distribution Marchand S.A.", "pour le compte de")],
    ],
    ["096518 IM AUFTRAG VON KOCH & SCHOLZ GMBH", [strong("KOCH & SCHOLZ GMBH", "im auftrag von")]],
    [
      "RE26-58998 zugunsten Neckartronic Umwelttechnik GmbH Ausgleich",
      [strong("Neckartronic Umwelttechnik GmbH", "zugunsten")],
    ],
    [
      "Rechnungsnr. 9395 zugunsten RICHTER FEINMECHANIK TECHNIK GMBH",
      [strong("RICHTER FEINMECHANIK TECHNIK GMBH", "zugunsten")],
    ],
    ["Lasku 1NV2026069063 på vegne av Andreassen Rør Holding AS", [strong("Andreassen Rør Holding AS", "på vegne av")]],
    ["KREF+2075353 SVWZ+82559 FOR LIBERTYLINE STEEL INC.", [weak("LIBERTYLINE STEEL INC.", "for")]],
  ])("%s", (text, expected) => {
    expect(extractNamedParties(text)).toEqual(expected);
  });
});

describe("extractNamedParties: markers in each language", () => {
  it.each<[string, NamedParty[]]>([
    // English
    ["Payment INV-2026-004512 obo Crownstone Components Inc.", [strong("Crownstone Components Inc.", "obo")]],
    ["Inv 4471 o/b/o Price Technologies Ltd thank you", [strong("Price Technologies Ltd", "o/b/o")]],
    [
      "For account of Eagleline Analytics Trading Ltd 2026/47668",
      [strong("Eagleline Analytics Trading Ltd", "for account of")],
    ],
    ["paid for Young & Reed Inc. inv 2026/38647", [weak("Young & Reed Inc.", "paid for")]],
    ["INV-2026-116330 for EAGLEWOOD COMPONENTS TRADING", [weak("EAGLEWOOD COMPONENTS TRADING", "for")]],
    ["Invoice 2026/1 on behalf of Matsuda Unyu Co., Ltd. thanks", [strong("Matsuda Unyu Co., Ltd.", "on behalf of")]],
    ["re Tanaka Seiki K.K. 2026/5", [weak("Tanaka Seiki K.K.", "re")]],
    // German
    [
      "Rg. 2026/1803 i.A. Heinrich Stahlhandel GmbH & Co. KG Danke",
      [strong("Heinrich Stahlhandel GmbH & Co. KG", "i.a.")],
    ],
    ["RE26058076 für WHITE FREIGHT VERTRIEB GMBH & CO. KG", [weak("WHITE FREIGHT VERTRIEB GMBH & CO. KG", "für")]],
    [
      "Zahlung im Namen von Baumann Getränkehandel GmbH Rg. 86412",
      [strong("Baumann Getränkehandel GmbH", "im namen von")],
    ],
    // French
    ["Facture 2026/45559 au nom de Roche et Fils S.A.", [strong("Roche et Fils S.A.", "au nom de")]],
    ["FACTURE 2026-005103 POUR ETS FONTAINE SNC", [weak("ETS FONTAINE SNC", "pour")]],
    ["pour le compte d'Arcadie Industries SAS merci", [strong("Arcadie Industries SAS", "pour le compte de")]],
    // Spanish and Portuguese
    [
      "Factura RE26009248 por cuenta de Transportes Álvarez S.A. Liquidación",
      [strong("Transportes Álvarez S.A.", "por cuenta de")],
    ],
    [
      "INV-2026-003196 en nombre de Schuster Lebensmittel España S.A. EUR 503,47",
      [strong("Schuster Lebensmittel España S.A.", "en nombre de")],
    ],
    ["Fatura 2026/123 em nome da Oliveira Metalúrgica Ltda", [strong("Oliveira Metalúrgica Ltda", "em nome de")]],
    ["NF 2026/77 por conta de Construtora Almeida S.A.", [strong("Construtora Almeida S.A.", "por conta de")]],
    // Italian
    [
      "Fattura nr 2026/2754 per conto di Ferrara Metalli S.r.l. Cordiali saluti",
      [strong("Ferrara Metalli S.r.l.", "per conto di")],
    ],
    ["Saldo RE26041850 a nome di De Luca Logistica S.r.l.", [strong("De Luca Logistica S.r.l.", "a nome di")]],
    ["per Gallo & Parisi S.p.A. Ft. 9 00073414", [weak("Gallo & Parisi S.p.A.", "per")]],
    // Dutch
    ["2026/727 t.b.v. Jonker Metaal Holding B.V. Ref 2067236", [strong("Jonker Metaal Holding B.V.", "t.b.v.")]],
    [
      "Factuur RE26050442 ten behoeve van Scholten Kunststoffen B.V.",
      [strong("Scholten Kunststoffen B.V.", "ten behoeve van")],
    ],
    ["voor Groen & Jacobs BV 2026-088417", [weak("Groen & Jacobs BV", "voor")]],
    // Nordic
    ["Faktura 2026/9 på vägnar av Hansson Teknik AB", [strong("Hansson Teknik AB", "på vägnar av")]],
    ["RE26004263 PÅ VEGNE AF FRANDSEN ENTREPRISE A/S Tak", [strong("FRANDSEN ENTREPRISE A/S", "på vegne af")]],
    ["Betalning 2026/39066 for Savolainen Puu Oy", [weak("Savolainen Puu Oy", "for")]],
    // Polish
    ["FV 2026/64548 w imieniu Michalski Technika Sp. z o.o.", [strong("Michalski Technika Sp. z o.o.", "w imieniu")]],
    ["Faktura 2026/63550 na rzecz Wróblewski Stal Sp. z o.o.", [strong("Wróblewski Stal Sp. z o.o.", "na rzecz")]],
    // Finnish: the name comes before the marker
    ["Lasku RE26044076 Ahonen Logistiikka Oy:n puolesta Ref 5187708986", [strong("Ahonen Logistiikka Oy", "puolesta")]],
    ["Lasku 123 Bos Bouw Holding AB:n puolesta", [strong("Bos Bouw Holding AB", "puolesta")]],
    ["Maksu Foo Oy Bar Oy:n puolesta", [strong("Bar Oy", "puolesta")]],
  ])("%s", (text, expected) => {
    expect(extractNamedParties(text)).toEqual(expected);
  });
});

describe("extractNamedParties: texts without a party", () => {
  it.each([
    "",
    "   ",
    "Rechnung 2026/1234 vom 01.10.2026",
    "for 3 invoices",
    "Re: Invoice 123",
    "payment for INV-2026-1",
    "re payment",
    "Thank you for your business",
    "PAYMENT FOR SERVICES RENDERED",
    "for October",
    "FOR OCTOBER DELIVERIES",
    "for ACME",
    "per fattura 2026/12",
    "pour solde de tout compte",
    "voor levering week 12",
    "für Rechnung 2026-1",
    "FÜR MIETE OKTOBER",
    "Payment for The Big Order",
    "on behalf of 12345",
    "on behalf of",
    "Formation Dupont Frères",
    "Reparatur Müller GmbH",
    "Kiitos puolesta",
  ])("%j", (text) => {
    expect(extractNamedParties(text)).toEqual([]);
  });
});

describe("extractNamedParties: where a name is cut", () => {
  it.each<[string, string, string[]]>([
    ["at a following marker", "on behalf of Larsen Rør on behalf of Kimura Denki", ["Larsen Rør", "Kimura Denki"]],
    [
      "at a keyword",
      "on behalf of Knight Manufacturing International Invoice 2026/1",
      ["Knight Manufacturing International"],
    ],
    ["at `Payment ref`", "on behalf of Global Payment Systems Payment ref 596452", ["Global Payment Systems"]],
    ["at a reference", "im Auftrag von Müller Bau RE26-1234 Schmidt", ["Müller Bau"]],
    ["at an amount", "zugunsten Weber Logistik 1.190,00 EUR", ["Weber Logistik"]],
    ["at a date", "namens Janssen Transport 2026-10-01 Danke", ["Janssen Transport"]],
    ["at a bank tag", "on behalf of Hunt Systems SVWZ+Hunt Holding", ["Hunt Systems"]],
    ["at a SWIFT field code", "on behalf of Hunt Systems /INV/Hunt Holding", ["Hunt Systems"]],
    ["after a legal form", "on behalf of Larsen Rør ASA Bergen Office", ["Larsen Rør ASA"]],
    ["after a multi-token legal form", "w imieniu Kowalski Sp. z o.o. Warszawa", ["Kowalski Sp. z o.o."]],
    [
      "after eight words",
      "on behalf of Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota",
      ["Alpha Beta Gamma Delta Epsilon Zeta Eta Theta"],
    ],
    [
      "before a lower-case word",
      "on behalf of Knight Manufacturing International with thanks",
      ["Knight Manufacturing International"],
    ],
    ["not at a lower-case connector", "im Auftrag von Müller und Partner Rechnung 5", ["Müller und Partner"]],
    ["at a comma", "on behalf of Larsen, Oslo", ["Larsen"]],
    ["at a comma unless a legal form follows", "for Smith, Inc. 2026/1", ["Smith, Inc."]],
    ["at a semicolon", "on behalf of Larsen Rør; Bergen", ["Larsen Rør"]],
    ["at a control character", "on behalf of Larsen\u0007Rør ASA", ["Larsen"]],
    ["at a symbol", "on behalf of Larsen Rør = Bergen", ["Larsen Rør"]],
    ["without a trailing period unless a legal form", "on behalf of Knight Manufacturing.", ["Knight Manufacturing"]],
    ["with brackets kept when balanced", "o/b/o Müller (Deutschland) GmbH", ["Müller (Deutschland) GmbH"]],
    ["without surrounding brackets", "(on behalf of Larsen Rør ASA)", ["Larsen Rør ASA"]],
    ["without a leading article", "on behalf of the Müller Group Invoice 5", ["Müller Group"]],
    ["across a line break", "on behalf of Larsen\nRør ASA", ["Larsen\nRør ASA"]],
  ])("%s", (_rule, text, names) => {
    expect(extractNamedParties(text).map((p) => p.name)).toEqual(names);
  });

  it("keeps a weak marker's name only with a legal form or two capitalised words", () => {
    expect(extractNamedParties("for Larsen")).toEqual([]);
    expect(extractNamedParties("for Larsen ASA")).toEqual([weak("Larsen ASA", "for")]);
    expect(extractNamedParties("for Larsen Bergen")).toEqual([weak("Larsen Bergen", "for")]);
    expect(extractNamedParties("for larsen bergen")).toEqual([]);
    expect(extractNamedParties("for Ab Cd")).toEqual([]);
  });

  it("takes a strong marker's name of any letters, in any case", () => {
    expect(extractNamedParties("on behalf of larsen")).toEqual([strong("larsen", "on behalf of")]);
    expect(extractNamedParties("ON BEHALF OF Ab")).toEqual([strong("Ab", "on behalf of")]);
    expect(extractNamedParties("On Behalf Of larsen ror as")).toEqual([strong("larsen ror as", "on behalf of")]);
  });

  it("matches markers on word boundaries only", () => {
    expect(extractNamedParties("Forward Larsen ASA")).toEqual([]);
    expect(extractNamedParties("Percival Larsen ASA")).toEqual([]);
    expect(extractNamedParties("Nonamens Larsen")).toEqual([]);
  });

  it("reports a (name, marker) pair once, and each marker's name in text order", () => {
    const text = "on behalf of Larsen ASA Ref 1 on behalf of Larsen ASA zugunsten Larsen ASA";
    expect(extractNamedParties(text)).toEqual([
      strong("Larsen ASA", "on behalf of"),
      strong("Larsen ASA", "zugunsten"),
    ]);
  });
});

describe("extractNamedParties: hostile and malformed input", () => {
  it("reads nothing from unpaired surrogates and control characters, without throwing", () => {
    expect(extractNamedParties("on behalf of \uD800 Larsen ASA")).toEqual([]);
    expect(extractNamedParties("on behalf of Larsen\uDC00 ASA")).toEqual([]);
    expect(extractNamedParties("\u0000\u0001\u001f\u007f\u0085")).toEqual([]);
    expect(extractNamedParties("\uDBFF\uDFFF on behalf of \uFFFF")).toEqual([]);
  });

  it("handles long adversarial texts (no backtracking blow-up)", () => {
    expect(extractNamedParties("for ".repeat(2_500))).toEqual([]);
    expect(extractNamedParties("on behalf of & ".repeat(700))).toEqual([]);
    expect(extractNamedParties(`on behalf of ${"A".repeat(10_000)}`)).toEqual([
      strong("A".repeat(10_000), "on behalf of"),
    ]);
    expect(extractNamedParties(`on behalf of ${"a:".repeat(5_000)}!`)).toEqual([]);
    expect(extractNamedParties("SVWZ+".repeat(2_000))).toEqual([]);
    expect(extractNamedParties(`${"d'".repeat(5_000)}x`)).toEqual([]);
    expect(extractNamedParties(`${"Oy ".repeat(3_000)}Oy:n puolesta`)).toEqual([]);
    const many = "on behalf of Larsen Rør ASA ".repeat(400);
    expect(extractNamedParties(many)).toEqual([strong("Larsen Rør ASA", "on behalf of")]);
  });

  it("rejects a value that is not a string with VALIDATION_FAILED", () => {
    for (const [input, code] of [
      [42, "INVALID_TYPE"],
      [undefined, "REQUIRED"],
    ] as const) {
      let caught: unknown;
      try {
        extractNamedParties(input as unknown as string);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      expect((caught as ValidationError).code).toBe("VALIDATION_FAILED");
      expect((caught as ValidationError).issues[0]).toMatchObject({ code, path: [] });
    }
  });
});

// The benchmark's development set: every name read from a remittance is the paying customer's name or alias.
const devSmall = new URL("../../../../../shared/cash-application-benchmark/dev-small/", import.meta.url);
const hasDevSmall = existsSync(devSmall);
if (!hasDevSmall) console.warn(`skipped: ${devSmall.pathname} is absent (the shared benchmark folder)`);

describe.skipIf(!hasDevSmall)("extractNamedParties on shared/cash-application-benchmark/dev-small", () => {
  const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, devSmall), "utf8")) as T;
  const fold = (name: string): string =>
    name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}&]+/gu, " ")
      .trim();

  it("names only the customer whose invoice the payment settles", () => {
    const customers = read<{ id: string; name: string; aliases: string[] }[]>("customers.json");
    const invoices = read<{ id: string; customerId: string }[]>("invoices.json");
    const payments = read<{ id: string; remittance: string | null }[]>("payments.json");
    const truth = read<Record<string, { allocations: { invoiceId: string }[] }>>("truth.json");
    const customerOf = new Map(invoices.map((item) => [item.id, customers.find((c) => c.id === item.customerId)]));
    let named = 0;
    for (const payment of payments) {
      const parties = extractNamedParties(payment.remittance ?? "");
      if (parties.length === 0) continue;
      const invoiceId = truth[payment.id]?.allocations[0]?.invoiceId ?? "";
      const customer = customerOf.get(invoiceId);
      const known = customer === undefined ? [] : [customer.name, ...customer.aliases].map(fold);
      for (const party of parties) expect(known, `${payment.id}: ${party.name}`).toContain(fold(party.name));
      named++;
    }
    expect(named).toBeGreaterThan(0);
  });
});
