import type { PricingInput, PricingLineInput } from "../model/PricingInput.js";
import { parsePricingInput, pricingHeaderSchema } from "../schemas.js";
import { parseScaled, type Scaled } from "./scaled.js";

/** A validated order with each line's quantity parsed. */
export interface ReadOrder {
  readonly order: PricingInput;
  /** `quantities[i]` is `order.lines[i].quantity`, parsed. */
  readonly quantities: readonly Scaled[];
}

const MAX_QUANTITY_DECIMALS = 6;
/** Digits a `number` accumulates exactly (below 2^53). */
const EXACT_DIGITS = 15;

/**
 * Parses a quantity exactly as the schema accepts it: `\d+(\.\d+)?`, not zero, at most 6 decimals. Returns
 * `undefined` for anything else (the schema then reports the issue).
 */
function readQuantity(text: string): Scaled | undefined {
  const length = text.length;
  if (length === 0) return undefined;
  let digits = 0;
  let dot = -1;
  let small = 0;
  let nonZero = false;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) {
      if (dot >= 0 || i === 0 || i === length - 1) return undefined;
      dot = i;
      continue;
    }
    if (c < 48 || c > 57) return undefined;
    if (c !== 48) nonZero = true;
    // Below 16 digits the value is an exact integer in a double; the caller converts it to a bigint at once.
    if (digits < EXACT_DIGITS) small = small * 10 + (c - 48);
    digits++;
  }
  const scale = dot < 0 ? 0 : length - dot - 1;
  if (!nonZero || scale > MAX_QUANTITY_DECIMALS) return undefined;
  if (digits <= EXACT_DIGITS) return { units: BigInt(small), scale };
  return parseScaled(text);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Validates an order for `priceOrder`. The fast path checks the header with its zod schema and the lines by hand,
 * accepting exactly what {@link pricingInputSchema} accepts and building the same value; on any doubt it runs the
 * full schema, so the issues (codes, paths, all of them at once) are the schema's.
 *
 * @throws `ValidationError` `VALIDATION_FAILED`, as {@link parsePricingInput}.
 */
export function readPricingInput(input: unknown): ReadOrder {
  const fast = readFast(input);
  if (fast !== undefined) return fast;
  const order = parsePricingInput(input);
  return { order, quantities: order.lines.map((line) => parseScaled(line.quantity) as Scaled) };
}

function readFast(input: unknown): ReadOrder | undefined {
  if (!isRecord(input)) return undefined;
  const raw = input["lines"];
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  const header = pricingHeaderSchema.safeParse(input);
  if (!header.success) return undefined;
  const n = raw.length;
  const lines: PricingLineInput[] = new Array<PricingLineInput>(n);
  const quantities: Scaled[] = new Array<Scaled>(n);
  const ids = new Set<string>();
  for (let i = 0; i < n; i++) {
    const line: unknown = raw[i];
    if (!isRecord(line)) return undefined;
    const id = line["id"];
    const productId = line["productId"];
    const quantity = line["quantity"];
    if (typeof id !== "string" || id.length === 0 || ids.has(id)) return undefined;
    if (typeof productId !== "string" || productId.length === 0 || typeof quantity !== "string") return undefined;
    const parsed = readQuantity(quantity);
    if (parsed === undefined) return undefined;
    ids.add(id);
    lines[i] = { id, productId, quantity };
    quantities[i] = parsed;
  }
  return { order: { ...header.data, lines }, quantities };
}
