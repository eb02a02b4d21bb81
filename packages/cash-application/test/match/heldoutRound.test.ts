// Cases found by running the matcher on data sets of the project's own generator (test/dataset), which it was not
// tuned on: a word between digit groups, an overpayment of more than double the quoted documents, advance payments,
// zero-less and trailing-digit references to numbers whose letters OCR repair reads as digits, a reference at the cut
// end of a remittance, a weak reference to another customer's item of exactly the amount, a payer known by initial.
import { matchPayments } from "@o2c/cash-application";
import { describe, expect, it } from "vitest";
import { customers, item, matchOne as one, pay } from "./fixtures.js";

const notes = (r: ReturnType<typeof one>) => r.evidence.flatMap((e) => (e.type === "note" ? [e.code] : []));

describe("matchPayments: a word between the digit groups of a document number", () => {
  // OCR repair reads the I of `2026INV4549` as a 1 (it stands next to a 6): the payer who drops the word quotes
  // the digits as printed.
  const twins = [
    item("2026-INV-4433", "C1", "9607.49", { dueDate: "2026-09-20" }),
    item("2026-INV-4549", "C1", "9607.49"),
  ];

  it("`2026-4549` finds 2026-INV-4549, not its twin of the same amount due earlier", () => {
    const r = one(twins, pay("P1", "9607.49", "zapłata za fakturę 2026-4549"));
    expect(r.status).toBe("applied");
    expect(r.allocations).toEqual([{ invoiceId: "2026-INV-4549", amount: "9607.49" }]);
    expect(r.evidence.some((e) => e.type === "reference" && e.invoiceId === "2026-INV-4549")).toBe(true);
  });

  it("the id as printed still matches exactly", () => {
    const r = one(twins, pay("P1", "9607.49", "Invoice 2026-INV-4549"));
    expect(r.allocations).toEqual([{ invoiceId: "2026-INV-4549", amount: "9607.49" }]);
    expect(r.evidence.some((e) => e.type === "reference" && e.how === "exact")).toBe(true);
  });
});

describe("matchPayments: weak references to numbers whose letters OCR repair reads as digits", () => {
  // `SI26004125` repairs to 5126004125 (S and I next to digits) and `2026-INV-4027` to 202614027: references built
  // from the digits as printed (zeros dropped, or only the last digits) must still find them, not a twin of the
  // same amount due earlier.
  it.each([
    { text: "RE: 264125 EUR 9.092,37", twin: "SI26002923", id: "SI26004125", amount: "9092.37", how: "zeroless" },
    { text: "GOSEIKYU 64027", twin: "2026-INV-3698", id: "2026-INV-4027", amount: "7382.98", how: "suffix" },
  ])("`$text` finds $id ($how)", ({ text, twin, id, amount, how }) => {
    const items = [item(twin, "C1", amount, { dueDate: "2026-09-20" }), item(id, "C1", amount)];
    const r = one(items, pay("P1", amount, text));
    expect(r.status).toBe("applied");
    expect(r.allocations).toEqual([{ invoiceId: id, amount }]);
    expect(r.evidence).toContainEqual(expect.objectContaining({ type: "reference", how }));
  });
});

describe("matchPayments: a reference at the cut end of a remittance", () => {
  it("is read as the beginning of a number, not as its last digits", () => {
    // Cut at 140 characters: `FA26-02` begins FA26-02411; it is not the trailing digits `2602` of FA26-02602.
    // Too many numbers begin so for the cut reference to name one: the amount decides.
    const filler = "Zahlung Begleichung offener Posten Vielen Dank Überweisung ";
    const remittance = `${filler.repeat(3)}RE FA26-02`.slice(-140);
    expect(remittance.endsWith("RE FA26-02") && remittance.length === 140).toBe(true);
    const items = [
      item("FA26-02411", "C1", "512.89"),
      item("FA26-02602", "C1", "2190.70", { dueDate: "2026-09-20" }),
      ...Array.from({ length: 250 }, (_, i) => item(`FA26-02${String(i).padStart(3, "0")}`, "C2", `${1000 + i}.00`)),
    ];
    const r = one(items, pay("P1", "512.89", remittance));
    expect(r.allocations).toEqual([{ invoiceId: "FA26-02411", amount: "512.89" }]);
    const readings = r.suggestions.flatMap((sg) => sg.evidence.flatMap((e) => (e.type === "reference" ? [e.how] : [])));
    expect(readings).not.toContain("suffix");
  });
});

describe("matchPayments: a weak reference to another customer's item of exactly the amount", () => {
  // The payer (C1 by account) quotes `262307`, the zero-less form of C2's SI26002307 of exactly the amount paid;
  // C1 has an item of that amount too.
  const items = [item("INV-26-0815", "C1", "8090.00"), item("SI26002307", "C2", "8090.00")];

  it("puts the payer-and-amount guess in doubt: review, not the payer's own item", () => {
    const r = one(items, pay("P1", "8090.00", "Factuurnr 262307"));
    expect(r.status).toBe("review");
    const guess = r.suggestions.find((sg) => sg.allocations[0]?.invoiceId === "INV-26-0815");
    expect(guess?.evidence).toContainEqual(expect.objectContaining({ type: "note", code: "REFERENCED_ELSEWHERE" }));
  });

  it("leaves the guess alone without such a reference, or when the number fits several items", () => {
    expect(one(items, pay("P1", "8090.00", "Betaling")).allocations).toEqual([
      { invoiceId: "INV-26-0815", amount: "8090.00" },
    ]);
    const twice = [...items, item("INV-260-2307", "C3", "8090.00")];
    expect(one(twice, pay("P1", "8090.00", "Factuurnr 262307")).allocations).toEqual([
      { invoiceId: "INV-26-0815", amount: "8090.00" },
    ]);
  });
});

describe("matchPayments: a payer known by initial and surname", () => {
  it("is identified (for review), so a later payment does not take the equal item it may be for", () => {
    const people = [
      ...customers,
      { id: "C9", name: "Petra Černý", aliases: [], accounts: ["CZ7482724191998681593930"], country: "CZ" },
    ];
    const twins = [
      item("FV/2026/001737", "C9", "10793.20", { dueDate: "2026-09-20" }),
      item("FV/2026/002214", "C9", "10793.20"),
    ];
    const byInitial = pay("P1", "10793.20", "PLATBA KVETEN", {
      valueDate: "2026-10-01",
      payerName: "P. CERNY",
      payerAccount: null,
    });
    const byAccount = pay("P2", "10793.20", "UHRADA", {
      valueDate: "2026-10-02",
      payerName: "PETRA CERNY",
      payerAccount: "CZ7482724191998681593930",
    });
    const [first, second] = matchPayments({ customers: people, openItems: twins, payments: [byInitial, byAccount] });
    expect(first?.status).toBe("review");
    expect(first?.suggestions[0]?.evidence).toContainEqual(
      expect.objectContaining({ type: "payer", customerId: "C9", how: "name" }),
    );
    expect(second?.allocations).not.toEqual([{ invoiceId: "FV/2026/001737", amount: "10793.20" }]);
  });
});

describe("matchPayments: an overpayment the customer's other items may explain", () => {
  const items = [
    item("RE26001000", "C1", "213.70"),
    item("RE26001001", "C1", "20000.00"),
    item("RE26001002", "C1", "19000.00"),
    item("RE26001003", "C1", "7000.00"),
  ];

  it("goes to review when the search for the rest was cut short and the payment is more than double", () => {
    // A search budget of one node cannot finish: whether 20000 + 19000 make up the rest is not known.
    const r = one(items, pay("P1", "39213.70", "FACTURE RE26001000"), { searchBudget: 1 });
    expect(r.status).toBe("review");
    expect(r.suggestions[0]?.allocations).toEqual([{ invoiceId: "RE26001000", amount: "213.70" }]);
  });

  it("with a search that finishes, the unlisted items are found", () => {
    const r = one(items, pay("P1", "39213.70", "FACTURE RE26001000"));
    expect(r.status).toBe("applied");
    expect(r.allocations.map((a) => a.invoiceId).sort()).toEqual(["RE26001000", "RE26001001", "RE26001002"]);
  });

  it("a duplicate payment (exactly double) stays an overpayment with the rest on account", () => {
    const r = one(items, pay("P1", "427.40", "FACTURE RE26001000"), { searchBudget: 1 });
    expect(r.status).toBe("applied");
    expect(r.allocations).toEqual([{ invoiceId: "RE26001000", amount: "213.70" }]);
    expect(r.unapplied).toBe("213.70");
  });
});

describe("matchPayments: advance payments", () => {
  const items = [item("RE26002000", "C1", "1110.30"), item("RE26002001", "C1", "686.02")];

  it.each([
    "Vorauszahlung Bestellung ZAM/2026/3366",
    "Vooruitbetaling order 3366",
    "PRZEDPŁATA ZAM. 3366",
    "Förskottsbetalning Order: BST-2027-320",
    "acompte commande 3366",
    "Advance payment PO 3366",
    "Deposit PO-96-3366",
    "/BNF/DEPOSIT ON ORDER 3366",
  ])("`%s` is not put on an open item by payer and amount", (remittance) => {
    const r = one(items, pay("P1", "686.02", remittance));
    expect(r.status).toBe("review");
    expect(notes(r)).toContain("ADVANCE_PAYMENT");
  });

  it.each(["Bestellung 3366", "MOBILE DEPOSIT 3366"])(
    "the same payment without such words is applied (payer by account, exact amount): `%s`",
    (remittance) => {
      const r = one(items, pay("P1", "686.02", remittance));
      expect(r.status).toBe("applied");
      expect(r.allocations).toEqual([{ invoiceId: "RE26002001", amount: "686.02" }]);
    },
  );

  it("a quoted invoice still wins over the word", () => {
    const r = one(items, pay("P1", "686.02", "Anzahlung auf Rechnung RE26002001"));
    expect(r.status).toBe("applied");
    expect(r.allocations).toEqual([{ invoiceId: "RE26002001", amount: "686.02" }]);
  });
});

describe("matchPayments: equal items an undecided earlier payment may be for", () => {
  const twins = [
    item("RE26003000", "C1", "1079.32", { dueDate: "2026-09-17" }),
    item("RE26003001", "C1", "1079.32", { dueDate: "2026-09-20" }),
  ];
  // Known by a cut-off name only (0.874), below a threshold of 0.9: review, with the twin due first as suggestion.
  const vague = pay("P1", "1079.32", "", { valueDate: "2026-10-01", payerName: "MUELLER MASCH", payerAccount: null });
  const options = { threshold: 0.9 };
  const sure = pay("P2", "1079.32", "", { valueDate: "2026-10-02" });

  it("a later payment of the amount is not applied to the item the undecided one was proposed", () => {
    const [first, second] = matchPayments({ customers, openItems: twins, payments: [vague, sure] }, options);
    expect(first?.status).toBe("review");
    expect(first?.suggestions[0]?.allocations).toEqual([{ invoiceId: "RE26003000", amount: "1079.32" }]);
    expect(second?.status).toBe("review");
  });

  it("without the undecided payment it is applied to the item due first", () => {
    const [only] = matchPayments({ customers, openItems: twins, payments: [sure] }, options);
    expect(only?.status).toBe("applied");
    expect(only?.allocations).toEqual([{ invoiceId: "RE26003000", amount: "1079.32" }]);
  });
});
