/** The ISO 7064 mod 97-10 remainder of an alphanumeric string, letters counting as 10 (A) to 35 (Z). */
export function mod97(value: string): number {
  let remainder = 0;
  for (const char of value) {
    const digits = /[0-9]/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}
