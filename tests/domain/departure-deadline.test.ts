/**
 * Departure deadlines by the handbook's counting rules (ch. 9, src:10040–10214): R-FAM-082 (digital post, holidays
 * added to 7 days, not Sundays), R-FAM-083 (letter post: 7 posting days plus each day without post delivery),
 * R-FAM-085 (Christmas and New Year, OPEN reading), R-FAM-086 (counted from the day the letter is sent).
 * Each limit with the day before, of and after.
 */
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../src/domain/civil-date.ts';
import {
  addDeadlineMonth,
  type DeliveryChannel,
  type DeparturePeriod,
  departureDeadlineDate,
  isChristmasNewYearDay,
} from '../../src/domain/departure-deadline.ts';

const d = (s: string) => s as CivilDate;
const deadline = (sent: string, period: DeparturePeriod, channel: DeliveryChannel) =>
  departureDeadlineDate(d(sent), period, channel);

describe('digital post (R-FAM-082, R-FAM-086)', () => {
  it.each([
    // 7 days, no holiday: weekends are not added
    ['2017-03-01', 'seven-days', '2017-03-08'],
    ['2017-03-03', 'seven-days', '2017-03-10'],
    // Easter 2017 (Skærtorsdag 13, Langfredag 14, Påskedag 16 (a Sunday: not added), 2. påskedag 17 April)
    ['2017-04-05', 'seven-days', '2017-04-12'], // the day before the holidays: ends the day before Skærtorsdag
    ['2017-04-06', 'seven-days', '2017-04-15'], // the 7th day would be Skærtorsdag: Thursday and Friday added
    ['2017-04-10', 'seven-days', '2017-04-20'], // three holidays added, Easter Sunday not
    // Store Bededag 12 May 2017
    ['2017-05-04', 'seven-days', '2017-05-11'],
    ['2017-05-05', 'seven-days', '2017-05-13'],
    ['2017-05-12', 'seven-days', '2017-05-19'],
    // Whitsun: Pinsedag (Sunday) not added, 2. pinsedag added
    ['2017-05-29', 'seven-days', '2017-06-06'],
    // Store Bededag before and after its abolition (2023: 5 May; 2024: no holiday on 26 April)
    ['2023-04-28', 'seven-days', '2023-05-06'],
    ['2024-04-19', 'seven-days', '2024-04-26'],
    // 30 days and one month: no holidays added
    ['2017-04-10', 'thirty-days', '2017-05-10'],
    ['2017-03-15', 'one-month', '2017-04-15'],
    ['2017-04-10', 'one-month', '2017-05-10'],
  ] as const)('sent %s, %s → %s', (sent, period, expected) => {
    expect(deadline(sent, period, 'digital-post').date).toBe(expected);
  });

  it('records the added holidays for the plan, and starts from the day sent', () => {
    const result = deadline('2017-04-10', 'seven-days', 'digital-post');
    expect(result.countedFrom).toBe('2017-04-10');
    expect(result.postingDays).toBe(0);
    expect(result.addedDays).toEqual([
      { date: '2017-04-13', why: 'public-holiday', holiday: 'skaertorsdag' },
      { date: '2017-04-14', why: 'public-holiday', holiday: 'langfredag' },
      { date: '2017-04-17', why: 'public-holiday', holiday: 'anden-paaskedag' },
    ]);
    expect(result.rules).toEqual(['R-FAM-082', 'R-FAM-086']);
  });

  it('the Friday after Ascension delays letters only, not digital post', () => {
    // 2017-05-19 + 7 = 26 May (Friday after Ascension); Ascension 25 May is added
    expect(deadline('2017-05-19', 'seven-days', 'digital-post').date).toBe('2017-05-27');
    expect(deadline('2017-05-19', 'seven-days', 'digital-post').addedDays).toEqual([
      { date: '2017-05-25', why: 'public-holiday', holiday: 'kristi-himmelfartsdag' },
    ]);
  });
});

describe('"en måned" (OPEN: the later day where the month is shorter)', () => {
  it.each([
    ['2017-01-27', '2017-02-27'],
    ['2017-01-28', '2017-02-28'],
    ['2017-01-29', '2017-03-01'],
    ['2017-01-31', '2017-03-01'],
    ['2016-01-29', '2016-02-29'],
    ['2016-01-30', '2016-03-01'],
    ['2017-03-31', '2017-05-01'],
    ['2017-12-31', '2018-01-31'],
  ])('%s + 1 month → %s', (from, to) => {
    expect(addDeadlineMonth(d(from))).toBe(to);
  });
});

describe('letter post (R-FAM-083): 7 posting days (5 postal + 2 weekend) plus each weekday without post', () => {
  it.each([
    ['2017-03-01', 'seven-days', '2017-03-15', 7],
    ['2017-03-01', 'thirty-days', '2017-04-07', 7],
    ['2017-03-01', 'one-month', '2017-04-08', 7],
    // Ascension (Thursday 25 May) and the Friday after lengthen the posting days; then 2. pinsedag the 7 days
    ['2017-05-22', 'seven-days', '2017-06-08', 9],
    ['2017-05-17', 'seven-days', '2017-06-01', 7], // posting ends 24 May, the day before Ascension; 25 May added to the 7 days, the Friday after counts
    ['2017-05-18', 'thirty-days', '2017-06-26', 9], // posting 19–27 May: Ascension and the Friday after
    // Easter: the posting days skip Skærtorsdag, Langfredag and 2. påskedag; Easter Sunday is a weekend day
    ['2017-04-12', 'seven-days', '2017-04-29', 10],
    ['2017-04-12', 'one-month', '2017-05-22', 10],
  ] as const)('sent %s, %s → %s (%i posting days)', (sent, period, expected, postingDays) => {
    const result = deadline(sent, period, 'letter-post');
    expect(result.date).toBe(expected);
    expect(result.postingDays).toBe(postingDays);
    expect(result.rules).toContain('R-FAM-083');
  });

  it('records a day without post delivery that is no holiday (the Friday after Ascension)', () => {
    expect(deadline('2017-05-22', 'seven-days', 'letter-post').addedDays).toEqual([
      { date: '2017-05-25', why: 'public-holiday', holiday: 'kristi-himmelfartsdag' },
      { date: '2017-05-26', why: 'no-post-delivery' },
      { date: '2017-06-05', why: 'public-holiday', holiday: 'anden-pinsedag' },
    ]);
  });

  it('without holidays, letter post is digital post counted from 7 days later', () => {
    for (const sent of ['2017-02-01', '2017-09-04', '2017-10-13', '2018-08-17']) {
      for (const period of ['one-month', 'thirty-days', 'seven-days'] as const) {
        const letter = deadline(sent, period, 'letter-post');
        expect(letter.addedDays).toEqual([]);
        const sevenLater = new Date(`${sent}T00:00:00Z`);
        sevenLater.setUTCDate(sevenLater.getUTCDate() + 7);
        expect(letter.date).toBe(deadline(sevenLater.toISOString().slice(0, 10), period, 'digital-post').date);
      }
    }
  });
});

describe('Christmas and New Year (R-FAM-085, OPEN reading: 24 December to 1 January add days)', () => {
  it('the days of the season: the day before, of and after', () => {
    expect(isChristmasNewYearDay(d('2017-12-23'))).toBe(false);
    expect(isChristmasNewYearDay(d('2017-12-24'))).toBe(true);
    expect(isChristmasNewYearDay(d('2017-12-28'))).toBe(true); // a "mellemdag"
    expect(isChristmasNewYearDay(d('2018-01-01'))).toBe(true);
    expect(isChristmasNewYearDay(d('2018-01-02'))).toBe(false);
  });

  it('digital post, 7 days over Christmas 2017: every day from 24 December to 1 January added except the Sundays', () => {
    const result = deadline('2017-12-20', 'seven-days', 'digital-post');
    expect(result.date).toBe('2018-01-03');
    expect(result.addedDays.map((a) => a.date)).toEqual([
      '2017-12-25',
      '2017-12-26',
      '2017-12-27',
      '2017-12-28',
      '2017-12-29',
      '2017-12-30',
      '2018-01-01',
    ]);
  });

  it('digital post, 7 days ending the day before Christmas Eve: nothing added', () => {
    expect(deadline('2017-12-16', 'seven-days', 'digital-post').date).toBe('2017-12-23');
  });

  it('letter post over Christmas: the mellemdage are days without post delivery', () => {
    // posting from 22 December 2017: 23 (Sat), 24 (Sun), 25–29 skipped, 30 (Sat), 31 (Sun), 1 Jan skipped, 2, 3, 4
    const result = deadline('2017-12-22', 'thirty-days', 'letter-post');
    expect(result.countedFrom).toBe('2018-01-04');
    expect(result.date).toBe('2018-02-03');
  });
});
