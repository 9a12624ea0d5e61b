/**
 * The permanent-residence counts as pure functions of dated facts, each limit with its day before, day of and day
 * after: the rule set by filing date (R-PR-001), age and the 3-months-before rule (R-PR-010), lawful stay of 4 and
 * 6 years (R-PR-020), its start (R-PR-022), interruptions (R-PR-026), absences counted up to 1 or 2 years
 * (R-PR-028), full-time months (R-PR-050, R-PR-051, R-PR-060), waiting periods (R-PR-040 to R-PR-042), public debt
 * (R-PR-045), public help (R-PR-046) and the state-pension age (R-PR-090).
 */
import { describe, expect, it } from 'vitest';
import { addDays, type CivilDate } from '../../src/domain/civil-date.ts';
import { periodProblems, wholeMonthsBetween } from '../../src/domain/periods.ts';
import {
  earliestFilingDate,
  statePensionAgeReached,
  tooYoungOnScreening,
  validFrom,
} from '../../src/letters/permanent-residence-decision/age.ts';
import { amountFor } from '../../src/letters/permanent-residence-decision/amounts.ts';
import { debtFinding } from '../../src/letters/permanent-residence-decision/debt.ts';
import {
  BASIC_EMPLOYMENT,
  fullTimeMonths,
  type MonthHours,
  monthProblems,
  SUPPLEMENTARY_EMPLOYMENT,
} from '../../src/letters/permanent-residence-decision/employment.ts';
import { helpFinding } from '../../src/letters/permanent-residence-decision/public-help.ts';
import { isBuilt, lastFilingDay, RULE_SETS, ruleSetFor } from '../../src/letters/permanent-residence-decision/rule-set.ts';
import {
  compareToDays,
  compareToMonths,
  crimeFinding,
  type Judgment,
  judgmentEffect,
} from '../../src/letters/permanent-residence-decision/sentences.ts';
import { type Absence, lawfulStay, stayOfAtLeast, stayStartDate } from '../../src/letters/permanent-residence-decision/stay.ts';

const d = (s: string) => s as CivilDate;

describe('R-PR-001: the rule set by filing date, each boundary', () => {
  it.each([
    ['1998-12-31', null],
    ['1999-01-01', 'filed-1999-01-01'],
    ['2002-02-27', 'filed-1999-01-01'],
    ['2002-02-28', 'filed-2002-02-28'],
    ['2006-03-31', 'filed-2002-02-28'],
    ['2006-04-01', 'filed-2006-04-01'],
    ['2006-06-30', 'filed-2006-04-01'],
    ['2006-07-01', 'filed-2006-07-01'],
    ['2010-03-25', 'filed-2006-07-01'],
    ['2010-03-26', 'filed-2010-03-26'],
    ['2012-06-30', 'filed-2010-03-26'],
    ['2012-07-01', 'filed-2012-07-01'],
    ['2015-12-09', 'filed-2012-07-01'],
    ['2015-12-10', 'filed-2015-12-10'],
    ['2015-12-11', 'filed-2015-12-10'],
  ])('filed %s → %s', (filed, id) => {
    expect(ruleSetFor(d(filed))?.id ?? null).toBe(id);
  });
  it('only the current rule set is built: every earlier row names what the reference leaves unworded', () => {
    expect(RULE_SETS.filter(isBuilt).map((set) => set.id)).toEqual(['filed-2015-12-10']);
    for (const set of RULE_SETS.filter((s) => !isBuilt(s))) expect(set.unworded, set.id).toContain('provisions');
  });
  it.each([
    ['filed-1999-01-01', '2002-02-27'],
    ['filed-2002-02-28', '2006-03-31'],
    ['filed-2006-04-01', '2006-06-30'],
    ['filed-2006-07-01', '2010-03-25'],
    ['filed-2010-03-26', '2012-06-30'],
    ['filed-2012-07-01', '2015-12-09'],
    ['filed-2015-12-10', null],
  ])('%s: last filing day %s', (id, last) => {
    const set = RULE_SETS.find((s) => s.id === id);
    expect(set && lastFilingDay(set)).toBe(last);
  });
});

describe('R-PR-010: age, the 3-months-before rule and validity from the 18th birthday', () => {
  const born = d('1999-05-31');
  it('the earliest filing day is 3 months before the 18th birthday', () => {
    expect(earliestFilingDate(born)).toBe('2017-02-28');
  });
  it.each([
    ['2017-02-27', true],
    ['2017-02-28', false],
    ['2017-03-01', false],
  ])('screened %s: more than 3 months to the 18th birthday → %s', (screened, tooYoung) => {
    expect(tooYoungOnScreening(born, d(screened))).toBe(tooYoung);
  });
  it.each([
    ['2017-05-30', '2017-05-31'],
    ['2017-05-31', '2017-05-31'],
    ['2017-06-01', '2017-06-01'],
  ])('decided %s: valid from %s', (decided, from) => {
    expect(validFrom(born, d(decided))).toBe(from);
  });
});

describe('R-PR-022: the start of the count by how the first permit was applied for', () => {
  it.each([
    [{ basis: 'applied-from-abroad', cprRegistrationDate: d('2010-08-01') }, '2010-08-01'],
    [{ basis: 'quota-refugee-section-8', cprRegistrationDate: d('2011-02-03') }, '2011-02-03'],
    [{ basis: 'asylum-section-7', permitDate: d('2011-04-05') }, '2011-04-05'],
    [{ basis: 'applied-in-denmark', filingDate: d('2011-01-10') }, '2011-01-10'],
    [{ basis: 'applied-in-denmark', filingDate: d('2011-01-10'), conditionsMetDate: d('2011-03-01') }, '2011-03-01'],
    [{ basis: 'applied-in-denmark', filingDate: d('2011-01-10'), conditionsMetDate: d('2010-12-01') }, '2011-01-10'],
  ] as const)('%o → %s', (start, expected) => {
    expect(stayStartDate(start)).toBe(expected);
  });
});

const stay = (at: string, absences: Absence[] = [], interruptions: { permitEnded: CivilDate; newPermitFrom: CivilDate }[] = []) =>
  lawfulStay({
    start: { basis: 'applied-from-abroad', cprRegistrationDate: d('2010-08-01') },
    interruptions,
    absences,
    at: d(at),
  });

describe('R-PR-020: 4 and 6 years of lawful stay, met on the anniversary', () => {
  it.each([
    ['2014-07-31', 4, false],
    ['2014-08-01', 4, true],
    ['2014-08-02', 4, true],
    ['2016-07-31', 6, false],
    ['2016-08-01', 6, true],
    ['2016-08-02', 6, true],
  ])('decided %s: at least %i years → %s', (at, years, met) => {
    expect(stayOfAtLeast(stay(at), years)).toBe(met);
  });
  it('the letter states the stay in whole years and months', () => {
    expect(stay('2017-03-15').duration).toEqual({ years: 6, months: 7 });
    expect(wholeMonthsBetween(d('2016-01-31'), d('2016-02-29'))).toBe(1);
    expect(wholeMonthsBetween(d('2016-01-31'), d('2016-02-28'))).toBe(0);
  });
});

describe('R-PR-026, R-PR-027: an interruption restarts the count from the new permit', () => {
  it('counts from the new permit and keeps the interruption for the letter', () => {
    const s = stay('2017-03-15', [], [{ permitEnded: d('2012-04-30'), newPermitFrom: d('2012-07-16') }]);
    expect(s.countFrom).toBe('2012-07-16');
    expect(s.interruption).toEqual({ permitEnded: '2012-04-30', newPermitFrom: '2012-07-16' });
    expect(s.duration).toEqual({ years: 4, months: 7 });
    expect(stayOfAtLeast(s, 6)).toBe(false);
  });
});

describe('R-PR-028: absences abroad count up to 2 years (posted) or 1 year (employment); the rest is deducted', () => {
  // A posting from 1 March 2012: 2 years end with 28 February 2014, the day before the anniversary.
  it.each([
    ['posted', '2014-02-28', 0],
    ['posted', '2014-03-01', 1],
    ['posted', '2014-03-02', 2],
    ['accompanying-posted-spouse', '2014-02-28', 0],
    ['accompanying-posted-spouse', '2014-03-01', 1],
    ['employment-essential', '2013-02-28', 0],
    ['employment-essential', '2013-03-01', 1],
    ['employment-essential', '2013-03-02', 2],
    ['other', '2012-03-01', 1],
    ['other', '2012-03-10', 10],
  ] as const)('%s abroad from 2012-03-01 to %s: %i days deducted', (kind, to, deducted) => {
    const s = stay('2017-03-15', [{ from: d('2012-03-01'), to: d(to), kind }]);
    expect(s.deductedDays).toBe(deducted);
    expect(s.effectiveFrom).toBe(addDays(d('2010-08-01'), deducted));
  });
  it('a deduction pushes the 6-year anniversary on by the deducted days (the count does not restart)', () => {
    const abroad: Absence[] = [{ from: d('2012-03-01'), to: d('2012-03-10'), kind: 'other' }];
    expect(stayOfAtLeast(stay('2016-08-10', abroad), 6)).toBe(false);
    expect(stayOfAtLeast(stay('2016-08-11', abroad), 6)).toBe(true);
  });
  it('overlapping, unordered or reversed periods are found (refused with RULE_PR_PERIODS_*)', () => {
    const p = (from: string, to: string) => ({ from: d(from), to: d(to) });
    expect(periodProblems([p('2012-01-01', '2012-01-31'), p('2012-01-31', '2012-02-10')])).toEqual([
      { index: 1, kind: 'overlap' },
    ]);
    expect(periodProblems([p('2012-02-01', '2012-02-28'), p('2012-01-01', '2012-01-10')])).toEqual([
      { index: 1, kind: 'unordered' },
    ]);
    expect(periodProblems([p('2012-02-01', '2012-01-28')])).toEqual([{ index: 0, kind: 'ends-before-start' }]);
    expect(periodProblems([p('2012-01-01', '2012-01-31'), p('2012-02-01', '2012-02-10')])).toEqual([]);
  });
});

const monthsOf = (count: number, lastMonth = '2017-02', hours = 160): MonthHours[] => {
  const out: MonthHours[] = [];
  let y = Number(lastMonth.slice(0, 4));
  let m = Number(lastMonth.slice(5, 7));
  for (let i = 0; i < count; i++) {
    out.unshift({ month: `${y}-${String(m).padStart(2, '0')}`, hours });
    m -= 1;
    if (m === 0) {
      y -= 1;
      m = 12;
    }
  }
  return out;
};

describe('R-PR-050, R-PR-051, R-PR-060: full-time months in the windows before the month of the decision', () => {
  it.each([
    [29, false],
    [30, true],
    [31, true],
  ])('§ 11, stk. 3, nr. 8: %i full-time months in the last 36 → %s (2 years 6 months)', (count, met) => {
    const c = fullTimeMonths(monthsOf(count), d('2017-03-15'), BASIC_EMPLOYMENT);
    expect(c.met).toBe(met);
    expect([c.windowFrom, c.windowTo]).toEqual(['2014-03', '2017-02']);
  });
  it.each([
    [47, false],
    [48, true],
    [49, true],
  ])('§ 11, stk. 4, nr. 2: %i full-time months in the last 54 → %s (4 years)', (count, met) => {
    expect(fullTimeMonths(monthsOf(count), d('2017-03-15'), SUPPLEMENTARY_EMPLOYMENT).met).toBe(met);
  });
  it('a month counts as full time from 120 hours; months outside the window or in the decision month do not count', () => {
    expect(fullTimeMonths(monthsOf(30, '2017-02', 119), d('2017-03-15'), BASIC_EMPLOYMENT).fullTimeMonths).toBe(0);
    expect(fullTimeMonths(monthsOf(30, '2017-02', 120), d('2017-03-15'), BASIC_EMPLOYMENT).fullTimeMonths).toBe(30);
    expect(fullTimeMonths(monthsOf(30, '2017-03'), d('2017-03-15'), BASIC_EMPLOYMENT).fullTimeMonths).toBe(29);
    expect(fullTimeMonths(monthsOf(30, '2014-02'), d('2017-03-15'), BASIC_EMPLOYMENT).fullTimeMonths).toBe(0);
  });
  it('R-PR-051 (OPEN): a single month of 119 hours between two full-time months counts; 118, or two in a row, do not', () => {
    const run = (hours: number[]) =>
      fullTimeMonths(
        hours.map((h, i) => ({ month: `2016-${String(i + 1).padStart(2, '0')}`, hours: h })),
        d('2017-03-15'),
        BASIC_EMPLOYMENT,
      ).fullTimeMonths;
    expect(run([160, 119, 160])).toBe(3);
    expect(run([160, 118, 160])).toBe(2);
    expect(run([160, 119, 119, 160])).toBe(2);
    expect(run([119, 160, 160])).toBe(2);
  });
  it('a repeated or earlier month is found', () => {
    expect(
      monthProblems([
        { month: '2016-01', hours: 1 },
        { month: '2016-01', hours: 1 },
      ]),
    ).toEqual([{ index: 1, kind: 'overlap' }]);
    expect(
      monthProblems([
        { month: '2016-02', hours: 1 },
        { month: '2016-01', hours: 1 },
      ]),
    ).toEqual([{ index: 1, kind: 'unordered' }]);
  });
});

describe('R-PR-040: exclusion by the length of the sentence', () => {
  const unconditional = (unit: 'days' | 'months' | 'years', count: number, listedOffence = false): Judgment => ({
    kind: 'unconditional',
    finalJudgmentDate: d('2010-01-10'),
    length: { unit, count },
    releaseDate: d('2010-06-01'),
    listedOffence,
  });
  it.each([
    [unconditional('months', 11), 'waiting'],
    [unconditional('months', 12), 'excluded'],
    [unconditional('years', 1), 'excluded'],
    [unconditional('days', 364), 'waiting'],
    [unconditional('days', 365), 'ambiguous-length'],
    [unconditional('days', 366), 'excluded'],
    [unconditional('days', 59, true), 'waiting'],
    [unconditional('days', 60, true), 'excluded'],
    [unconditional('days', 61, true), 'excluded'],
    [unconditional('days', 60, false), 'waiting'],
    [unconditional('months', 2, true), 'ambiguous-length'],
    [unconditional('months', 3, true), 'excluded'],
  ] as const)('%o → %s', (judgment, kind) => {
    expect(judgmentEffect(judgment).kind).toBe(kind);
  });
  it('days against 6 and 12 months: clear only outside the span of calendar days', () => {
    expect([180, 181, 183, 184].map((n) => compareToMonths({ unit: 'days', count: n }, 6))).toEqual([
      'under',
      'ambiguous',
      'ambiguous',
      'at-least',
    ]);
    expect(compareToDays({ unit: 'months', count: 1 }, 60)).toBe('under');
  });
});

describe('R-PR-041: waiting periods by the sentence, met from the anniversary', () => {
  const at = (judgment: Judgment, date: string) => crimeFinding([judgment], d(date));
  it.each([
    // under 6 months: 12 years from release
    [
      {
        kind: 'unconditional',
        finalJudgmentDate: '2004-01-05',
        length: { unit: 'months', count: 5 },
        releaseDate: '2004-06-01',
        listedOffence: false,
      },
      '2016-06-01',
    ],
    [
      {
        kind: 'unconditional',
        finalJudgmentDate: '2004-01-05',
        length: { unit: 'days', count: 180 },
        releaseDate: '2004-06-01',
        listedOffence: false,
      },
      '2016-06-01',
    ],
    // 6 months or more, under 1 year: 18 years from release
    [
      {
        kind: 'unconditional',
        finalJudgmentDate: '1998-01-05',
        length: { unit: 'months', count: 6 },
        releaseDate: '1998-09-01',
        listedOffence: false,
      },
      '2016-09-01',
    ],
    // conditional: 4 years 6 months from the final judgment
    [{ kind: 'conditional', finalJudgmentDate: '2012-03-01', probationEnds: '2014-03-01' }, '2016-09-01'],
    // conditional: always until the probation period has ended
    [{ kind: 'conditional', finalJudgmentDate: '2012-03-01', probationEnds: '2017-03-01' }, '2017-03-02'],
    [{ kind: 'youth-sanction', finalJudgmentDate: '2012-03-01', sanctionEnded: '2014-05-20' }, '2017-05-20'],
    // treatment: 6 years from lifting, at least 9 from the judgment
    [{ kind: 'treatment', finalJudgmentDate: '2006-01-10', measureLifted: '2008-02-01' }, '2015-01-10'],
    [{ kind: 'treatment', finalJudgmentDate: '2006-01-10', measureLifted: '2011-02-01' }, '2017-02-01'],
    // hospital placement: 12 years from lifting, at least 15 from the judgment
    [{ kind: 'hospital-placement', finalJudgmentDate: '2000-01-10', measureLifted: '2002-02-01' }, '2015-01-10'],
    [{ kind: 'forvaring', finalJudgmentDate: '1980-01-10', measureLifted: '1986-02-01' }, '2016-02-01'],
  ] as const)('%o: met from %s, not the day before', (judgment, clearFrom) => {
    const j = judgment as unknown as Judgment;
    expect(at(j, addDays(d(clearFrom), -1))).toMatchObject({ kind: 'waiting', clearFrom, met: false });
    expect(at(j, clearFrom)).toMatchObject({ kind: 'waiting', met: true });
    expect(at(j, addDays(d(clearFrom), 1))).toMatchObject({ kind: 'waiting', met: true });
  });
  it('R-PR-042: several judgments are not added; the waiting period that ends last decides', () => {
    const first: Judgment = { kind: 'youth-sanction', finalJudgmentDate: d('2012-01-01'), sanctionEnded: d('2016-01-01') };
    const second: Judgment = { kind: 'conditional', finalJudgmentDate: d('2013-01-01'), probationEnds: d('2014-01-01') };
    expect(crimeFinding([first, second], d('2017-03-15'))).toMatchObject({ judgment: 0, clearFrom: '2019-01-01', met: false });
    expect(crimeFinding([], d('2017-03-15'))).toEqual({ kind: 'none' });
  });
});

describe('R-PR-045: overdue public debt and the deferral limit of the year', () => {
  const debt = (dueDate: string, amount = 1000, deferral: 'none' | 'henstand' | 'tax-administration-deferral' = 'none') => ({
    type: 'day-care-payment' as const,
    amount,
    dueDate: d(dueDate),
    deferral,
  });
  it.each([
    ['2017-03-14', false],
    ['2017-03-15', true],
    ['2017-03-16', true],
  ])('due %s, decided 2017-03-15: met %s (overdue from the day after the due date)', (due, met) => {
    expect(debtFinding([debt(due)], d('2017-03-15'), 113_850.57).met).toBe(met);
  });
  it.each([
    [113_850.56, true],
    [113_850.57, true],
    [113_850.58, false],
  ])('deferred debt of %f kr. against 113.850,57 kr. (2017) → met %s', (amount, met) => {
    expect(debtFinding([debt('2016-01-01', amount, 'henstand')], d('2017-03-15'), amountFor('debt-limit', 2017)).met).toBe(met);
  });
  it('deferral under skatteforvaltningsloven is not overdue; the limit table has no 2016 amount', () => {
    expect(debtFinding([debt('2016-01-01', 500_000, 'tax-administration-deferral')], d('2017-03-15'), null).met).toBe(true);
    expect(amountFor('debt-limit', 2016)).toBeNull();
    expect(amountFor('income-threshold', 2016)).toBe(270_000);
    expect(amountFor('income-threshold', 2017)).toBe(275_400);
  });
});

describe('R-PR-046: public help within the 3 years before filing and until the decision', () => {
  const help = (from: string, to: string, kind: 'support' | 'single-small-amount' = 'support') => ({
    from: d(from),
    to: d(to),
    kind,
  });
  it.each([
    ['2013-10-02', true],
    ['2013-10-03', false],
    ['2013-10-04', false],
  ])('filed 2016-10-03; support ending %s → met %s', (to, met) => {
    expect(helpFinding([help('2013-09-01', to)], d('2016-10-03'), d('2017-03-15')).met).toBe(met);
  });
  it('help after filing bars; a single small amount does not', () => {
    expect(helpFinding([help('2017-01-01', '2017-01-31')], d('2016-10-03'), d('2017-03-15')).met).toBe(false);
    expect(helpFinding([help('2015-01-01', '2015-01-01', 'single-small-amount')], d('2016-10-03'), d('2017-03-15')).met).toBe(
      true,
    );
  });
});

describe('R-PR-090: the state-pension age by date of birth, reached on the day', () => {
  it.each([
    ['1953-12-31', '2018-12-30', false],
    ['1953-12-31', '2018-12-31', true],
    ['1954-01-01', '2019-06-30', false],
    ['1954-01-01', '2019-07-01', true],
    ['1954-07-01', '2020-07-01', true],
    ['1954-07-01', '2020-06-30', false],
    ['1955-01-01', '2021-07-01', true],
    ['1955-06-30', '2021-12-29', false],
    ['1955-07-01', '2022-07-01', true],
    ['1955-07-01', '2022-06-30', false],
  ])('born %s, decided %s → reached %s', (born, at, reached) => {
    expect(statePensionAgeReached(d(born), d(at))).toBe(reached);
  });
});
