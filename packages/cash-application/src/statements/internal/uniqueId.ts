/** Returns `id`, or `id~2`, `id~3`... when it was already used in this file (for example repeated MT940 `:20:`). */
export function uniqueId(seen: Set<string>, id: string): string {
  let candidate = id;
  for (let k = 2; seen.has(candidate); k++) candidate = `${id}~${k}`;
  seen.add(candidate);
  return candidate;
}
