/**
 * Danish public holidays (helligdage), computed from the date of Easter Sunday — never a typed list, so that
 * every year is right. The deadline rules of the family-reunification handbook (ch. 9, src:10114–10143;
 * R-FAM-082, R-FAM-083) add days for them.
 */
import { addDays, type CivilDate } from './civil-date.ts';

/** The first year of the Gregorian computus below (the calendar reform of 1582). */
export const FIRST_GREGORIAN_YEAR = 1583;

/**
 * Easter Sunday in the Gregorian calendar: the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 * Throws outside the Gregorian years, where the computus does not apply (a programming error, not input).
 */
export function easterSunday(year: number): CivilDate {
  if (!Number.isInteger(year) || year < FIRST_GREGORIAN_YEAR || year > 9999) {
    throw new RangeError(`easterSunday: year ${year} is outside ${FIRST_GREGORIAN_YEAR}–9999`);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CivilDate;
}

export type DanishHolidayName =
  | 'nytaarsdag'
  | 'skaertorsdag'
  | 'langfredag'
  | 'paaskedag'
  | 'anden-paaskedag'
  | 'store-bededag'
  | 'kristi-himmelfartsdag'
  | 'pinsedag'
  | 'anden-pinsedag'
  | 'juledag'
  | 'anden-juledag';

export interface DanishHoliday {
  readonly date: CivilDate;
  readonly name: DanishHolidayName;
}

/**
 * Store Bededag was a public holiday until 2023: lov nr. 76 af 28. februar 2023 abolished it from 2024.
 * The handbook (2017) names it among the holidays that lengthen a deadline (src:10114–10124).
 */
export const LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

/** Days after Easter Sunday of the movable holidays. */
const MOVABLE: readonly (readonly [DanishHolidayName, number])[] = [
  ['skaertorsdag', -3],
  ['langfredag', -2],
  ['paaskedag', 0],
  ['anden-paaskedag', 1],
  ['store-bededag', 26],
  ['kristi-himmelfartsdag', 39],
  ['pinsedag', 49],
  ['anden-pinsedag', 50],
];

/** The public holidays of one year, in date order. */
export function danishPublicHolidays(year: number): readonly DanishHoliday[] {
  const easter = easterSunday(year);
  const y = String(year).padStart(4, '0');
  const movable = MOVABLE.filter(([name]) => name !== 'store-bededag' || year <= LAST_YEAR_WITH_STORE_BEDEDAG).map(
    ([name, offset]): DanishHoliday => ({ name, date: addDays(easter, offset) }),
  );
  return [
    { name: 'nytaarsdag', date: `${y}-01-01` as CivilDate },
    ...movable,
    { name: 'juledag', date: `${y}-12-25` as CivilDate },
    { name: 'anden-juledag', date: `${y}-12-26` as CivilDate },
  ];
}

const yearOf = (date: CivilDate): number => Number(date.slice(0, 4));

/** The public holiday on `date`, or null. */
export function danishPublicHolidayOn(date: CivilDate): DanishHolidayName | null {
  return danishPublicHolidays(yearOf(date)).find((h) => h.date === date)?.name ?? null;
}

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: CivilDate): number => new Date(`${date}T00:00:00Z`).getUTCDay();

export const isWeekend = (date: CivilDate): boolean => weekday(date) === 0 || weekday(date) === 6;

/** The Friday after Ascension Day: no post is delivered, though it is no public holiday (src:10128–10141, R-FAM-083). */
export function fridayAfterAscension(year: number): CivilDate {
  return addDays(easterSunday(year), 40);
}
