function isLetter(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * Whether `a` and `b` (upper-case keys) differ by exactly one substituted, inserted or deleted character that is a
 * letter on at least one side.
 */
export function letterEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  let j = 0;
  while (j < la - i && j < lb - i && a.charCodeAt(la - 1 - j) === b.charCodeAt(lb - 1 - j)) j++;
  const restA = la - i - j;
  const restB = lb - i - j;
  if (restA > 1 || restB > 1) return false;
  return (restA === 1 && isLetter(a.charCodeAt(i))) || (restB === 1 && isLetter(b.charCodeAt(i)));
}
