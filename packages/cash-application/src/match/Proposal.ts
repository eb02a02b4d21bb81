import type { PreparedItem } from "../index/PreparedItem.js";
import type { Evidence } from "../model/MatchResult.js";

/** One allocation line in minor units. */
export interface ProposalLine {
  readonly item: PreparedItem;
  readonly amount: number;
}

/** Which way a proposal was found, strongest first. */
export type ProposalPath = "reference" | "purchase-order" | "weak-reference" | "payer";

/** An internal proposal: lines, score, evidence. */
export interface Proposal {
  readonly lines: readonly ProposalLine[];
  readonly score: number;
  readonly evidence: readonly Evidence[];
  readonly path: ProposalPath;
}

/** A key identifying the allocation of a proposal (items and amounts), to tell different proposals apart. */
export function allocationKey(proposal: Proposal): string {
  const parts: string[] = [];
  for (const line of proposal.lines) parts.push(`${line.item.id}=${line.amount}`);
  return parts.sort().join("|");
}
