import { createFixedClock, createSequentialIdGenerator } from "@o2c/core";
import { describe, expect, test } from "vitest";
import { type CreditOverrideInput, overrideCredit } from "../src/index.js";
import { expectIssue, m } from "./helpers.js";

const input: CreditOverrideInput = {
  customerId: "acme",
  maxExposure: m("12000.00"),
  reason: "  Bank guarantee  ",
  approvedBy: "m.keller",
  validFrom: "2026-10-14",
  validUntil: "2026-10-31",
};
const ports = () => ({ clock: createFixedClock("2026-10-14T09:30:00Z"), ids: createSequentialIdGenerator() });

describe("overrideCredit", () => {
  test("records the override with the id and time from the ports, and a credit.overridden event", () => {
    const { override, event } = overrideCredit(input, ports());
    expect(override).toEqual({
      id: "cro_000001",
      customerId: "acme",
      maxExposure: m("12000.00"),
      reason: "Bank guarantee",
      approvedBy: "m.keller",
      validFrom: "2026-10-14",
      validUntil: "2026-10-31",
      recordedAt: "2026-10-14T09:30:00.000Z",
    });
    expect(event).toEqual({
      id: "evt_000001",
      type: "credit.overridden",
      aggregateType: "customer",
      aggregateId: "acme",
      occurredAt: "2026-10-14T09:30:00.000Z",
      payload: override,
    });
  });

  test("keeps the order it is bound to", () => {
    expect(overrideCredit({ ...input, orderId: "SO-9" }, ports()).override.orderId).toBe("SO-9");
  });

  test("needs a reason, a sensible validity and a non-negative cap", async () => {
    await expectIssue(() => overrideCredit({ ...input, reason: "   " }, ports()), "REASON_REQUIRED", ["reason"]);
    await expectIssue(() => overrideCredit({ ...input, validUntil: "2026-10-13" }, ports()), "INVALID_DATE_RANGE", [
      "validUntil",
    ]);
    await expectIssue(() => overrideCredit({ ...input, maxExposure: m("-1.00") }, ports()), "NEGATIVE_AMOUNT", [
      "maxExposure",
      "amount",
    ]);
    await expectIssue(() => overrideCredit({ ...input, approvedBy: "" }, ports()), "TOO_SMALL", ["approvedBy"]);
  });
});
