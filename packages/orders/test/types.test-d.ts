// Type tests: checked by `tsc -p tsconfig.json` at the root, never run. Each @ts-expect-error must stay an error.
import {
  createOrderMachine,
  initialOrderSnapshot,
  type OrderCommand,
  type OrderEvent,
  parseOrderInput,
  stepOrder,
} from "@o2c/orders";
import { orderInput } from "./support.js";

const machine = createOrderMachine();
const snapshot = initialOrderSnapshot(machine, { orderId: "SO-1", order: parseOrderInput(orderInput()) });

// An event the machine does not know does not compile.
// @ts-expect-error "order.explode" is not an OrderEvent
stepOrder(machine, snapshot, { type: "order.explode" });

// An event with a missing field does not compile.
// @ts-expect-error line.cancel needs a quantity and a reason
stepOrder(machine, snapshot, { type: "line.cancel", lineId: "1" });

// A quantity is a number, never a string.
// @ts-expect-error quantity must be a number
const bad: OrderEvent = { type: "line.cancel", lineId: "1", quantity: "2", reason: "x" };

// The service's own answers are not commands a caller may send.
// @ts-expect-error credit.decided is produced by the service, not a command
const notACommand: OrderCommand = { type: "credit.decided", outcome: { status: "approved", reasons: [] } };

// A host's approval step needs a predicate over the order.
// @ts-expect-error isRequired is required
createOrderMachine({ approvals: [{ id: "managerApproval" }] });

export { bad, notACommand };
