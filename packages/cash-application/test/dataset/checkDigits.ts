/** Check digits of IBANs (ISO 13616), ISO 11649 creditor references (both mod 97-10) and Luhn numbers. */

/** Letters A..Z → 10..35, digits unchanged. */
function lettersToDigits(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code >= 65 && code <= 90 ? String(code - 55) : ch;
  }
  return out;
}

/** The remainder mod 97 of a long digit string. */
export function mod97(digits: string): number {
  let rest = 0;
  for (let i = 0; i < digits.length; i += 7) rest = Number(`${rest}${digits.slice(i, i + 7)}`) % 97;
  return rest;
}

export function ibanCheckDigits(country: string, bban: string): string {
  const rest = mod97(lettersToDigits(`${bban}${country}00`));
  return String(98 - rest).padStart(2, "0");
}

/** IBAN in electronic format from a country code and a BBAN. */
export function makeIban(country: string, bban: string): string {
  return `${country}${ibanCheckDigits(country, bban)}${bban}`;
}

export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/ /g, "");
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(compact)) return false;
  return mod97(lettersToDigits(compact.slice(4) + compact.slice(0, 4))) === 1;
}

/** "DE89370400440532013000" → "DE89 3704 0044 0532 0130 00" (paper format). */
export function groupInFours(text: string): string {
  return text.replace(/(.{4})(?=.)/g, "$1 ");
}

/** ISO 11649 creditor reference "RF" + 2 check digits + the body (1..21 alphanumerics). */
export function makeRfReference(body: string): string {
  const clean = body.toUpperCase();
  if (!/^[A-Z0-9]{1,21}$/.test(clean)) throw new RangeError(`bad RF body ${body}`);
  const rest = mod97(lettersToDigits(`${clean}RF00`));
  return `RF${String(98 - rest).padStart(2, "0")}${clean}`;
}

export function isValidRfReference(reference: string): boolean {
  const compact = reference.replace(/ /g, "").toUpperCase();
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(compact)) return false;
  return mod97(lettersToDigits(compact.slice(4) + compact.slice(0, 4))) === 1;
}

/** Luhn (mod 10) check digit of a digit string (Swedish OCR, Norwegian KID mod 10). */
export function luhnCheckDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

export function isLuhnValid(digits: string): boolean {
  return /^\d{2,}$/.test(digits) && luhnCheckDigit(digits.slice(0, -1)) === digits.slice(-1);
}
