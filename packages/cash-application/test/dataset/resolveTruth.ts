import type { Allocation, PaymentDraft } from "./model.js";
import type { DatasetState } from "./state.js";

/**
 * The truth of payments found through payer and amount (FORMAT.md 7.6, 7.7, 7.8): in payment order (value date,
 * id), each gets the customer's invoice with exactly its amount that is due first (due date, issue date, id),
 * among the items issued before its value date that no other payment settles.
 */
export function resolveSingles(
  payments: readonly { id: string; draft: PaymentDraft }[],
  state: DatasetState,
): Map<string, Allocation[]> {
  const taken = new Set<string>();
  const out = new Map<string, Allocation[]>();
  for (const { id, draft } of payments) {
    const mode = draft.mode;
    if (mode.type === "fixed") {
      out.set(id, mode.allocations);
      continue;
    }
    const candidates = state
      .itemsOf(mode.customerId)
      .filter(
        (item) =>
          item.kind === "invoice" &&
          item.currency === draft.currency &&
          item.openMinor === draft.amountMinor &&
          item.issueDate < draft.valueDate &&
          !state.isFixed(item.id) &&
          !taken.has(item.id),
      )
      .sort((a, b) => compare(a.dueDate, b.dueDate) || compare(a.issueDate, b.issueDate) || compare(a.id, b.id));
    const chosen = candidates[0];
    if (!chosen) throw new Error(`payment ${id}: intended item ${mode.intendedItemId} is not available`);
    taken.add(chosen.id);
    out.set(id, [{ itemId: chosen.id, amountMinor: chosen.openMinor }]);
  }
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
