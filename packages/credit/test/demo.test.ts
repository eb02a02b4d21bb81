import { expect, test } from "vitest";
import { demoCredit } from "../../../examples/demo/credit.js";

test("the demo shows one approved, one held and one rejected order, each with its reasons, and an override", async () => {
  const lines: string[] = [];
  await demoCredit((line) => lines.push(line));
  const outcome = (order: string) =>
    lines
      .find((l) => l.includes(`Order ${order},`))
      ?.split(": ")
      .at(-1);
  expect(outcome("SO-1")).toBe("APPROVED");
  expect(outcome("SO-2")).toBe("HOLD");
  expect(outcome("SO-3")).toBe("REJECTED");
  const text = lines.join("\n");
  expect(text).toContain("[hold] GROUP_LIMIT_EXCEEDED");
  expect(text).toContain("over the limit by 2013.60 EUR");
  expect(text).toContain("[reject] DAYS_OVERDUE_EXCEEDED");
  expect(text).toContain("12000.00 USD x 0.9223 (ECB, 2026-10-13) = 11067.60 EUR, rounded halfUp");
  expect(lines.at(-1)).toBe("  Order SO-2 checked again: APPROVED (GROUP_LIMIT_EXCEEDED, OVERRIDE_APPLIED)");
});
