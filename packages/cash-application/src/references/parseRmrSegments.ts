/** One EDI 820 `RMR` (remittance advice accounts receivable open item reference) segment. */
export interface RmrSegment {
  /** Reference qualifier: `IV` invoice, `PO` purchase order, `CR` credit memo, `OI` open item, ... */
  readonly qualifier: string;
  /** The referenced document number. */
  readonly reference: string;
  /** Payment action code (`PI` pay item, `PA` pay in advance, ...), or `null`. */
  readonly actionCode: string | null;
  /** Amount paid for this document as a decimal string, or `null`. */
  readonly paidAmount: string | null;
  /** Total document amount as a decimal string, or `null`. */
  readonly documentAmount: string | null;
  /** Discount taken as a decimal string, or `null`. */
  readonly discountAmount: string | null;
}

const RMR = /RMR\*([A-Z0-9]{1,3})\*([^*~\s\\]+)((?:\*[^*~\s\\]*){0,4})/gi;
const AMOUNT = /^-?\d+(?:\.\d+)?$/;

function amountOrNull(value: string | undefined): string | null {
  return value !== undefined && AMOUNT.test(value) ? value : null;
}

/**
 * Finds EDI 820 `RMR` segments in remittance text (`RMR*IV*INV-2026-004512*PI*1166.20*1190.00*23.80~`), as payers'
 * ERP systems paste them into the free-text field. Segments may be separated by `~`, `\`, spaces or nothing.
 *
 * @param text - Remittance text.
 * @returns The segments in text order; amounts that are not plain decimals are `null`.
 * @example
 * ```ts
 * import { parseRmrSegments } from "@o2c/cash-application";
 *
 * const [first] = parseRmrSegments("RMR*IV*INV-7*PI*1166.20*1190.00*23.80~");
 * first?.reference //=> "INV-7"
 * first?.paidAmount //=> "1166.20"
 * ```
 * @since 0.1.0
 */
export function parseRmrSegments(text: string): RmrSegment[] {
  const segments: RmrSegment[] = [];
  for (const match of text.matchAll(RMR)) {
    const [, qualifier = "", reference = "", rest = ""] = match;
    const fields = rest.split("*").slice(1);
    const action = fields[0];
    segments.push({
      qualifier: qualifier.toUpperCase(),
      reference,
      actionCode: action !== undefined && /^[A-Z]{2}$/i.test(action) ? action.toUpperCase() : null,
      paidAmount: amountOrNull(fields[1]),
      documentAmount: amountOrNull(fields[2]),
      discountAmount: amountOrNull(fields[3]),
    });
  }
  return segments;
}
