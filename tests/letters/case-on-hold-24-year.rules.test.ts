/**
 * The case-on-hold letter (R-FAM-027, routing R-FAM-095): the 24th birthday and the 23½ point at filing, each
 * with the day before, of and after; the younger spouse from the dates of birth; who receives the notice.
 */
import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../../src/domain/civil-date.ts';
import { planLetter } from '../../src/engine.ts';
import { dateTurns23AndAHalf, dateTurns24 } from '../../src/letters/case-on-hold-24-year/age.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const base = sample('case-on-hold-24-year', 'on-hold'); // applicant born 1993-07-19, filed 2017-02-06, letter 2017-03-08
const planned = (changes: Record<string, unknown>) => planLetter(withData(base, changes), testWorld());
const codes = (changes: Record<string, unknown>) => {
  const result = planned(changes);
  return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`);
};
const fields = (changes: Record<string, unknown>) => {
  const result = planned(changes);
  if (!result.ok || !result.value.outcome.due) throw new Error(JSON.stringify(result));
  return result.value.outcome.plan.fields;
};

describe('case-on-hold-24-year: the 24-year rule on the birthday (R-FAM-027)', () => {
  it.each([
    ['2017-07-18', []], // the day before the 24th birthday: still under 24, the case is on hold
    ['2017-07-19', ['RULE_FAM_HOLD_ALREADY_24 data.letterDate']], // the birthday: "fyldt 24 år"
    ['2017-07-20', ['RULE_FAM_HOLD_ALREADY_24 data.letterDate']],
  ])('letter dated %s for a younger spouse born 19 July 1993', (letterDate, expected) => {
    expect(codes({ letterDate })).toEqual(expected);
  });

  it.each([
    ['2017-01-18', ['RULE_FAM_HOLD_UNDER_23_AND_A_HALF data.filingDate']], // 23 years, 5 months and 30 days
    ['2017-01-19', []], // exactly 23½
    ['2017-01-20', []],
  ])('filed %s by a younger spouse born 19 July 1993 (23½ on 19 January 2017)', (filingDate, expected) => {
    expect(codes({ filingDate })).toEqual(expected);
  });

  it('the 24th birthday is printed as the date the hold ends', () => {
    expect(fields({}).turns24).toBe('2017-07-19');
  });

  it.each([
    ['1993-07-19', '1990-02-11', 'applicant', '2017-07-19'],
    ['1989-05-02', '1993-07-19', 'reference', '2017-07-19'],
    ['1993-07-19', '1993-07-19', 'both', '2017-07-19'],
  ])('applicant born %s, spouse born %s: the younger is %s, 24 on %s', (applicantBorn, referenceBorn, youngest, turns24) => {
    const f = fields({ applicant: { name: 'A', dateOfBirth: applicantBorn }, reference: { dateOfBirth: referenceBorn } });
    expect(f.youngest).toBe(youngest);
    expect(f.turns24).toBe(turns24);
  });

  it('the older spouse being under 24 does not matter: only the younger one is counted', () => {
    // applicant 23 years 7 months at filing, spouse 40: on hold until the applicant's birthday
    expect(codes({ reference: { dateOfBirth: '1977-01-01' } })).toEqual([]);
  });

  it('dates of birth at the end of a month (OPEN: 23½ falls on the last day of a shorter month)', () => {
    const d = parseCivilDate;
    expect(dateTurns23AndAHalf(d('1993-08-31'))).toBe('2017-02-28');
    expect(dateTurns24(d('1993-08-31'))).toBe('2017-08-31');
    expect(dateTurns24(d('1996-02-29'))).toBe('2020-02-29'); // 24 years after a leap day is a leap day
    expect(dateTurns23AndAHalf(d('1996-02-29'))).toBe('2019-08-29');
  });

  it('only when every other condition but the security is met', () => {
    expect(codes({ allOtherConditionsMet: false })).toEqual(['RULE_FAM_HOLD_CONDITIONS_NOT_MET data.allOtherConditionsMet']);
  });

  it('a letter dated before the filing date is refused', () => {
    expect(codes({ letterDate: '2017-02-05' })).toEqual(['RULE_DATE_BEFORE data.letterDate']);
    expect(codes({ letterDate: '2017-02-06' })).toEqual([]);
  });
});

describe('case-on-hold-24-year: who receives the notice (R-FAM-095)', () => {
  const address = { street: 'Vesterbrogade 14, 2.', postcode: '1620', city: 'København V' };
  const rep = (kind: string) => (kind === 'none' ? { kind } : { kind, name: 'R', address });
  const here = base.data.whereabouts as { address: unknown };
  const documents = (applicantIs: string, kind: string) => {
    const whereabouts = applicantIs === 'abroad' ? { applicantIs } : { applicantIs, address: here.address };
    const result = planned({ whereabouts, representative: rep(kind) });
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    const { outcome } = result.value;
    if (!outcome.due) return [];
    return [outcome.plan, ...(outcome.plan.companions ?? []).map((c) => c.plan)].map((p) =>
      p.recipient.regarding === undefined ? 'applicant' : 'representative',
    );
  };
  it.each([
    ['in-denmark', 'none', ['applicant']],
    ['in-denmark', 'lawyer', ['representative']],
    ['in-denmark', 'family-member', ['applicant']],
    ['in-denmark', 'other', ['applicant', 'representative']],
    ['abroad', 'none', []],
    ['abroad', 'lawyer', ['representative']],
    ['abroad', 'family-member', ['representative']],
    ['abroad', 'other', ['representative']],
  ])('applicant %s, representative %s → %j', (whereabouts, kind, expected) => {
    expect(documents(whereabouts, kind)).toEqual(expected);
  });

  it('abroad without a representative: no letter, with the reason', () => {
    const result = planLetter(sample('case-on-hold-24-year', 'no-letter-due'), testWorld());
    expect(result.ok && !result.value.outcome.due && result.value.outcome.why.map((w) => w.rule)).toContain('R-FAM-095');
  });

  it('an address abroad is refused, a missing address in Denmark too', () => {
    expect(codes({ whereabouts: { applicantIs: 'abroad', address: here.address } })).toEqual([
      'INPUT_UNKNOWN_FIELD data.whereabouts.address',
    ]);
    expect(codes({ whereabouts: { applicantIs: 'in-denmark' } })).toEqual(['INPUT_MISSING data.whereabouts.address']);
  });

  it('the representative is named in the window with the applicant ("Vedr."), the applicant without', () => {
    const result = planLetter(sample('case-on-hold-24-year', 'on-hold--reference-younger-lawyer'), testWorld());
    if (!result.ok || !result.value.outcome.due) throw new Error('expected a letter');
    expect(result.value.outcome.plan.recipient).toMatchObject({ name: 'Advokat Lene Brask', regarding: 'Omar Haddad' });
  });
});
