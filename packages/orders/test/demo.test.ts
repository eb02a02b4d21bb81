import { describe, expect, it } from "vitest";
import { demoOrders } from "../../../examples/demo/orders.js";

describe("the orders demo", () => {
  it("runs an order through partial shipment, a cancelled line and a return, printing each state", async () => {
    const lines: string[] = [];
    await demoOrders((line) => lines.push(line));
    const states = lines.filter((line) => line.includes(" -> ")).map((line) => line.split(" -> ")[1]?.split(" ")[0]);
    expect(states).toEqual([
      "backordered",
      "partlyShipped",
      "partlyShipped",
      "partlyShipped",
      "partlyShipped",
      "shipped",
      "shipped",
      "delivered",
      "invoiced",
      "invoiced",
      "invoiced",
      "closed",
    ]);
    expect(lines).toContain(
      "  a shipment now is refused: ORDER_ILLEGAL_TRANSITION (invoiced, shipment.dispatch); nothing changed",
    );
  });
});
