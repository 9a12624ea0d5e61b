/**
 * Danish identification numbers as Digital Post addresses them: the CPR number of a person and the CVR
 * number of a business. Checked for form and, for CPR, for a real date of birth in its first six digits.
 * The numbers are personal data: these functions answer yes or no and never put the number in a message.
 */

/**
 * The century of a CPR number's birth date, from its 7th digit (the first of the serial number) and its
 * two-digit year: the CPR office's table (CPR-kontoret, "Personnummeret i CPR", the 7th digit and the
 * century). The modulus-11 check is not applied: it was given up in 2007 (numbers without it exist).
 */
export function cprCentury(seventhDigit: number, year: number): number {
  if (seventhDigit <= 3) return 1900;
  if (seventhDigit === 4 || seventhDigit === 9) return year <= 36 ? 2000 : 1900;
  return year <= 57 ? 2000 : 1800; // 5–8
}

/** A CPR number as the MeMo recipient takes it: ten digits, `DDMMYY` + serial; `DDMMYY-SSSS` is accepted and normalised. */
export const CPR_FORM = /^(\d{6})-?(\d{4})$/;

export type CprProblem = 'format' | 'date';

/** Why the value is no CPR number, or null when it is one (a real date; the century from the table above). */
export function cprProblem(value: string): CprProblem | null {
  const match = CPR_FORM.exec(value);
  if (!match) return 'format';
  const digits = `${match[1]}${match[2]}`;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = Number(digits.slice(4, 6));
  const fullYear = cprCentury(Number(digits[6]), year) + year;
  const date = new Date(Date.UTC(fullYear, month - 1, day));
  const real = date.getUTCFullYear() === fullYear && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? null : 'date';
}

/** The ten digits without a hyphen (call only on a value `cprProblem` accepted). */
export const normaliseCpr = (value: string): string => value.replace('-', '');

/** CVR: eight digits whose weighted sum (2, 7, 6, 5, 4, 3, 2, 1) is divisible by 11 (Erhvervsstyrelsen's check digit). */
export function isCvr(value: string): boolean {
  if (!/^\d{8}$/.test(value)) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  const sum = [...value].reduce((total, digit, index) => total + Number(digit) * (weights[index] as number), 0);
  return sum % 11 === 0;
}
