/**
 * Danish public holidays from the date of Easter: the computus against published Easter dates and against an
 * independent formula (Gauss, as corrected by Lichtenberg) over every Gregorian year to 4099; the holidays of a year.
 */
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../src/domain/civil-date.ts';
import {
  danishPublicHolidayOn,
  danishPublicHolidays,
  easterSunday,
  FIRST_GREGORIAN_YEAR,
  fridayAfterAscension,
  LAST_YEAR_WITH_STORE_BEDEDAG,
  weekday,
} from '../../src/domain/danish-holidays.ts';

/** Gauss's Easter formula in Lichtenberg's form (1997): a different derivation from the one under test. */
function gaussLichtenberg(year: number): string {
  const k = Math.floor(year / 100);
  const m = 15 + Math.floor((3 * k + 3) / 4) - Math.floor((8 * k + 13) / 25);
  const s = 2 - Math.floor((3 * k + 3) / 4);
  const a = year % 19;
  const d = (19 * a + m) % 30;
  const r = Math.floor((d + Math.floor(a / 11)) / 29);
  const og = 21 + d - r;
  const sz = 7 - ((year + Math.floor(year / 4) + s) % 7);
  const oe = 7 - ((og - sz) % 7);
  const marchDay = og + oe;
  const [month, day] = marchDay > 31 ? [4, marchDay - 31] : [3, marchDay];
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('easterSunday', () => {
  it.each([
    [1818, '1818-03-22'], // earliest possible
    [1886, '1886-04-25'], // latest possible
    [1943, '1943-04-25'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2016, '2016-03-27'],
    [2017, '2017-04-16'],
    [2018, '2018-04-01'],
    [2019, '2019-04-21'],
    [2020, '2020-04-12'],
    [2021, '2021-04-04'],
    [2022, '2022-04-17'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i → %s (published dates, including the earliest and latest possible)', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('agrees with the Gauss–Lichtenberg formula in every year 1583–4099, always a Sunday between 22 March and 25 April', () => {
    for (let year = FIRST_GREGORIAN_YEAR; year <= 4099; year++) {
      const easter = easterSunday(year);
      expect(easter, String(year)).toBe(gaussLichtenberg(year));
      expect(weekday(easter), String(year)).toBe(0);
      expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25', String(year)).toBe(true);
    }
  });

  it('refuses years before the Gregorian calendar', () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
  });
});

describe('danishPublicHolidays', () => {
  it('2017: the eleven holidays of the handbook year, each on its weekday', () => {
    expect(danishPublicHolidays(2017)).toEqual([
      { name: 'nytaarsdag', date: '2017-01-01' },
      { name: 'skaertorsdag', date: '2017-04-13' },
      { name: 'langfredag', date: '2017-04-14' },
      { name: 'paaskedag', date: '2017-04-16' },
      { name: 'anden-paaskedag', date: '2017-04-17' },
      { name: 'store-bededag', date: '2017-05-12' },
      { name: 'kristi-himmelfartsdag', date: '2017-05-25' },
      { name: 'pinsedag', date: '2017-06-04' },
      { name: 'anden-pinsedag', date: '2017-06-05' },
      { name: 'juledag', date: '2017-12-25' },
      { name: 'anden-juledag', date: '2017-12-26' },
    ]);
  });

  it('Store Bededag: the day before, of and after its abolition (a holiday to 2023, none from 2024)', () => {
    const has = (year: number) => danishPublicHolidays(year).some((h) => h.name === 'store-bededag');
    expect(LAST_YEAR_WITH_STORE_BEDEDAG).toBe(2023);
    expect(has(2022)).toBe(true);
    expect(has(2023)).toBe(true);
    expect(danishPublicHolidayOn('2023-05-05' as CivilDate)).toBe('store-bededag');
    expect(has(2024)).toBe(false);
    expect(danishPublicHolidayOn('2024-04-26' as CivilDate)).toBeNull();
  });

  it('every year 1900–2100: movable holidays on their weekdays and in date order', () => {
    const expectedWeekday: Record<string, number> = {
      skaertorsdag: 4,
      langfredag: 5,
      paaskedag: 0,
      'anden-paaskedag': 1,
      'store-bededag': 5,
      'kristi-himmelfartsdag': 4,
      pinsedag: 0,
      'anden-pinsedag': 1,
    };
    for (let year = 1900; year <= 2100; year++) {
      const holidays = danishPublicHolidays(year);
      expect(holidays.length).toBe(year <= 2023 ? 11 : 10);
      const dates = holidays.map((h) => h.date);
      expect(dates).toEqual([...dates].sort());
      for (const h of holidays) {
        if (h.name in expectedWeekday) expect(weekday(h.date), `${h.name} ${year}`).toBe(expectedWeekday[h.name]);
      }
      expect(weekday(fridayAfterAscension(year))).toBe(5);
    }
  });

  it('a day before, of and after a holiday', () => {
    expect(danishPublicHolidayOn('2017-04-12' as CivilDate)).toBeNull();
    expect(danishPublicHolidayOn('2017-04-13' as CivilDate)).toBe('skaertorsdag');
    expect(danishPublicHolidayOn('2017-05-26' as CivilDate)).toBeNull(); // Friday after Ascension: no holiday
    expect(danishPublicHolidayOn('2017-12-24' as CivilDate)).toBeNull(); // Christmas Eve: no public holiday
    expect(danishPublicHolidayOn('2017-12-25' as CivilDate)).toBe('juledag');
  });
});
