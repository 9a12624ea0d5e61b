/**
 * Dates and numbers in a letter's language.
 *
 * Dates in a letter's language: "12. januar 2017" in Danish, "12 January 2017" in English. Always
 * the Gregorian calendar: Intl's default for fa and ps is the Persian calendar, which would print
 * a different date than the Danish text (and than the law's deadlines).
 */
import { type CivilDate, toUtcDate } from '../domain/civil-date.ts';
import { LANGUAGES, type LanguageCode } from '../domain/languages.ts';

const formatters = new Map<LanguageCode, Intl.DateTimeFormat>();

export function formatDate(date: CivilDate, language: LanguageCode): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LANGUAGES[language].locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      calendar: 'gregory',
      timeZone: 'UTC',
    });
    formatters.set(language, formatter);
  }
  return formatter.format(toUtcDate(date));
}

const numberFormats = new Map<LanguageCode, Intl.NumberFormat>();

/** Amounts as the language writes them: "6.300" in Danish, "6,300" in English. */
export function formatNumber(value: number, language: LanguageCode): string {
  let formatter = numberFormats.get(language);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LANGUAGES[language].locale, { maximumFractionDigits: 2 });
    numberFormats.set(language, formatter);
  }
  return formatter.format(value);
}

/**
 * Whether the language writes numbers in its own digits, as formatNumber prints them: Persian and Pashto "۵", Sorani
 * "٥" (Intl's numbering system for the language; Arabic letters here use Latin digits).
 */
export const writesOwnDigits = (language: LanguageCode): boolean =>
  new Intl.NumberFormat(LANGUAGES[language].locale).resolvedOptions().numberingSystem !== 'latn';

const kronerFormats = new Map<LanguageCode, Intl.NumberFormat>();

/** An amount of kroner: whole kroner without decimals ("6.300"), otherwise with both øre digits ("6.100,50", never "6.100,5"). */
export function formatKroner(value: number, language: LanguageCode): string {
  if (Number.isInteger(value)) return formatNumber(value, language);
  let formatter = kronerFormats.get(language);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LANGUAGES[language].locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    kronerFormats.set(language, formatter);
  }
  return formatter.format(value);
}
