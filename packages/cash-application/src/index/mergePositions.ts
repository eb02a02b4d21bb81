/**
 * Two ascending position lists as one, ascending, each position once; when one is missing or empty, the other as it
 * is.
 */
export function mergePositions(
  a: readonly number[] | undefined,
  b: readonly number[] | undefined,
): readonly number[] | undefined {
  if (a === undefined || a.length === 0) return b ?? a;
  if (b === undefined || b.length === 0) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY;
    const next = Math.min(x, y);
    if (x === next) i++;
    if (y === next) j++;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}
