import { describe, test } from "vitest";
import { type CreditProfileInput, decideCredit } from "../src/index.js";
import { contextOf, expectIssue, expectO2CError, item, m } from "./helpers.js";

const acme: CreditProfileInput = { customerId: "acme", currency: "EUR", limit: m("10000.00") };
const request = { customerId: "acme", amount: m("100.00"), asOf: "2026-10-14" };

describe("typed errors for misuse and inconsistent data", () => {
  test("an unknown customer", async () => {
    await expectO2CError(
      () => decideCredit({ ...request, customerId: "nobody" }, contextOf({ profiles: [acme] })),
      "UNKNOWN_CUSTOMER",
      ["customerId"],
    );
  });

  test("a customer with neither a limit nor a group", async () => {
    const context = contextOf({ profiles: [{ customerId: "acme", currency: "EUR" }] });
    await expectO2CError(() => decideCredit(request, context), "CREDIT_LIMIT_MISSING", ["profile", "limit"]);
  });

  test("a profile naming an unknown group", async () => {
    const context = contextOf({ profiles: [{ ...acme, groupId: "ghost" }] });
    await expectO2CError(() => decideCredit(request, context), "UNKNOWN_CREDIT_GROUP", ["profile", "groupId"]);
  });

  test("a limit, an increase or a group in another currency than the credit currency", async () => {
    const limit = contextOf({ profiles: [{ ...acme, limit: m("100.00", "USD") }] });
    await expectO2CError(() => decideCredit(request, limit), "CURRENCY_MISMATCH", ["profile", "limit", "currency"]);

    const increase = contextOf({
      profiles: [
        {
          ...acme,
          temporaryIncreases: [
            { amount: m("5.00", "USD"), validFrom: "2026-10-01", validUntil: "2026-10-02", reason: "x" },
          ],
        },
      ],
    });
    await expectO2CError(() => decideCredit(request, increase), "CURRENCY_MISMATCH", [
      "profile",
      "temporaryIncreases",
      0,
      "amount",
      "currency",
    ]);

    const group = contextOf({
      groups: [{ groupId: "g", currency: "USD", limit: m("100.00", "USD") }],
      profiles: [{ ...acme, groupId: "g" }],
    });
    await expectO2CError(() => decideCredit(request, group), "CURRENCY_MISMATCH", ["group", "currency"]);
  });

  test("an FX source answering for another pair", async () => {
    const context = contextOf({ profiles: [acme] });
    const wrong = {
      ...context,
      fx: {
        getRate: async () => ({
          base: "GBP",
          quote: "EUR",
          rate: (await import("@o2c/core")).Rate.of("1.1"),
          date: "2026-10-01",
          source: "x",
        }),
      },
    };
    await expectO2CError(() => decideCredit({ ...request, amount: m("1.00", "USD") }, wrong), "INVALID_FX_RATE");
  });
});

describe("validation of the request", () => {
  const context = contextOf({ profiles: [acme] });

  test("a negative order amount", async () => {
    await expectIssue(() => decideCredit({ ...request, amount: m("-1.00") }, context), "NEGATIVE_AMOUNT", [
      "amount",
      "amount",
    ]);
  });

  test("a float, a malformed amount, an unknown currency, a bad date, a missing customer", async () => {
    const bad = (patch: object) => decideCredit({ ...request, ...patch } as typeof request, context);
    await expectIssue(() => bad({ amount: { amount: 100.5, currency: "EUR" } }), "INVALID_AMOUNT", [
      "amount",
      "amount",
    ]);
    await expectIssue(() => bad({ amount: m("1.001") }), "AMOUNT_PRECISION", ["amount", "amount"]);
    await expectIssue(() => bad({ amount: m("1.00", "EURO") }), "UNKNOWN_CURRENCY", ["amount", "currency"]);
    await expectIssue(() => bad({ asOf: "14.10.2026" }), "INVALID_DATE", ["asOf"]);
    await expectIssue(() => bad({ asOf: "2026-02-30" }), "INVALID_DATE", ["asOf"]);
    await expectIssue(() => bad({ customerId: undefined }), "REQUIRED", ["customerId"]);
  });
});

describe("validation of what the data source, policy, model and overrides hand in", () => {
  test("malformed open items are reported with their index", async () => {
    const run = (openItems: unknown[]) =>
      decideCredit(request, contextOf({ profiles: [acme], openItems: openItems as never }));
    await expectIssue(() => run([item("A", "invoice", "-5.00")]), "NEGATIVE_AMOUNT", [
      "openItems",
      0,
      "amount",
      "amount",
    ]);
    await expectIssue(() => run([item("A", "invoice", "5.00", { dueDate: "2026-13-01" })]), "INVALID_DATE", [
      "openItems",
      0,
      "dueDate",
    ]);
    await expectIssue(() => run([{ ...item("A", "invoice", "5.00"), kind: "loan" }]), "INVALID_VALUE", [
      "openItems",
      0,
      "kind",
    ]);
  });

  test("records of another customer returned by the data source are refused", async () => {
    const stray = { ...item("X", "invoice", "5.00"), customerId: "someone-else" };
    // The in-memory adapter filters by customer; a faulty host adapter may not.
    const mixed = contextOf({ profiles: [acme] });
    const source = { ...mixed.data, getOpenItems: async () => [item("A", "invoice", "1.00"), stray] };
    await expectIssue(() => decideCredit(request, { ...mixed, data: source }), "WRONG_CUSTOMER", [
      "openItems",
      1,
      "customerId",
    ]);
  });

  test("malformed profiles and payment history", async () => {
    await expectIssue(
      () => decideCredit(request, contextOf({ profiles: [{ ...acme, status: "frozen" as never }] })),
      "INVALID_VALUE",
      ["profile", "status"],
    );
    await expectIssue(
      () =>
        decideCredit(
          request,
          contextOf({
            profiles: [
              {
                ...acme,
                temporaryIncreases: [
                  { amount: m("5.00"), validFrom: "2026-10-02", validUntil: "2026-10-01", reason: "x" },
                ],
              },
            ],
          }),
        ),
      "INVALID_DATE_RANGE",
      ["profile", "temporaryIncreases", 0, "validUntil"],
    );
    const record = {
      invoiceId: "A",
      customerId: "acme",
      amount: m("5.00"),
      issueDate: "2026-10-01",
      dueDate: "2026-09-01",
    };
    await expectIssue(
      () => decideCredit(request, contextOf({ profiles: [acme], paymentHistory: [record] })),
      "INVALID_DATE_RANGE",
      ["paymentHistory", 0, "dueDate"],
    );
  });

  test("a malformed policy, scoring model or override", async () => {
    const data = { profiles: [acme] };
    await expectIssue(
      () => decideCredit(request, contextOf(data, { policy: { maxDaysOverdue: { days: -1, action: "hold" } } })),
      "TOO_SMALL",
      ["policy", "maxDaysOverdue", "days"],
    );
    await expectIssue(
      () => decideCredit(request, contextOf(data, { policy: { minScore: { score: 10, action: "warn" as never } } })),
      "INVALID_VALUE",
      ["policy", "minScore", "action"],
    );
    const { DEFAULT_SCORING_MODEL } = await import("../src/index.js");
    await expectIssue(
      () =>
        decideCredit(
          request,
          contextOf(data, {
            scoring: { ...DEFAULT_SCORING_MODEL, weights: { ...DEFAULT_SCORING_MODEL.weights, dso: 21 } },
          }),
        ),
      "INVALID_WEIGHTS",
      ["scoring", "weights"],
    );
    const broken = {
      id: "cro_1",
      customerId: "acme",
      maxExposure: m("1.00"),
      approvedBy: "x",
      validFrom: "2026-10-01",
      validUntil: "2026-10-31",
      recordedAt: "t",
    };
    await expectIssue(() => decideCredit(request, contextOf(data, { overrides: [broken as never] })), "REQUIRED", [
      "overrides",
      0,
      "reason",
    ]);
  });

  test("a bureau report out of range", async () => {
    const context = contextOf(
      { profiles: [acme] },
      {
        policy: { minBureauScore: { score: 50, action: "hold" } },
        bureau: { getReport: async () => ({ provider: "B", score: 150, reportDate: "2026-10-01" }) },
      },
    );
    await expectIssue(() => decideCredit(request, context), "TOO_BIG", ["bureau", "score"]);
  });
});
