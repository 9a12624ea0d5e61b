/**
 * The advice before lifting a travel restriction (R-ASY-049 to R-ASY-051): who has a restriction, with the
 * 1 August 2010 and 10-year limits (the day before, on and after), and the requirements.
 */
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../src/domain/civil-date.ts';
import { planLetter } from '../../src/engine.ts';
import { restrictionStillApplies } from '../../src/letters/travel-restriction-lifting-guidance/rules.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const base = sample('travel-restriction-lifting-guidance', 'advice');
const d = (text: string) => text as CivilDate;

function outcome(changes: Record<string, unknown>) {
  const result = planLetter(withData(base, changes), testWorld());
  if (!result.ok) return result.diagnostics.map((p) => `${p.code} ${p.path}`).join('; ');
  const { outcome } = result.value;
  return outcome.due ? `${outcome.plan.variant} ${outcome.plan.why[0]?.rule}` : `no letter ${outcome.why.at(-1)?.rule}`;
}

describe('R-ASY-050: the 10-year limit (OPEN: the anniversary itself still carries the restriction)', () => {
  it.each([
    ['2021-06-19', true],
    ['2021-06-20', true],
    ['2021-06-21', false],
  ])('first grant 2011-06-20, on %s → restriction %s', (on, applies) => {
    expect(restrictionStillApplies(d(on), d('2011-06-20'))).toBe(applies);
  });
});

describe('which applicants get the advice', () => {
  // Applied 2017-02-27.
  it.each([
    // permit → outcome
    // 10th anniversary the day before the application, on it, the day after
    [{ kind: 'permanent', firstGrantDate: '2007-02-26', permanentSince: '2012-03-01' }, 'no letter R-ASY-050'],
    [{ kind: 'permanent', firstGrantDate: '2007-02-27', permanentSince: '2012-03-01' }, 'advice R-ASY-050'],
    [{ kind: 'permanent', firstGrantDate: '2007-02-28', permanentSince: '2012-03-01' }, 'advice R-ASY-050'],
    // permanent permit obtained the day before 1 August 2010, on it, the day after
    [{ kind: 'permanent', firstGrantDate: '2008-06-20', permanentSince: '2010-07-31' }, 'no letter R-ASY-050'],
    [{ kind: 'permanent', firstGrantDate: '2008-06-20', permanentSince: '2010-08-01' }, 'advice R-ASY-050'],
    [{ kind: 'permanent', firstGrantDate: '2008-06-20', permanentSince: '2010-08-02' }, 'advice R-ASY-050'],
    // a time-limited permit keeps the restriction, even after 10 years
    [{ kind: 'time-limited', firstGrantDate: '2001-01-10' }, 'advice R-ASY-049'],
    [{ kind: 'time-limited', firstGrantDate: '2015-01-10' }, 'advice R-ASY-049'],
  ])('%o → %s', (permit, expected) => {
    expect(outcome({ permit })).toBe(expected);
  });

  it('R-ASY-051: an application that does not meet the requirements gets no advice, and the plan says the officer must write its refusal', () => {
    expect(outcome({ meetsRequirements: false })).toBe('no letter R-ASY-051');
    const result = planLetter(withData(base, { meetsRequirements: false }), testWorld());
    const instead = result.ok && !result.value.outcome.due ? result.value.outcome.instead : undefined;
    expect(instead).toMatchObject({ kind: 'written-by-officer', rule: 'R-ASY-051' });
    expect(instead?.kind === 'written-by-officer' && instead.what).toMatch(
      /afslag på ansøgning om ophævelse af rejsebegrænsning/,
    );
    expect(instead?.kind === 'written-by-officer' && instead.mustContain.join(' ')).toMatch(/forvaltningsloven § 25/);
    // Where the person has no restriction at all, nothing else is due.
    const none = planLetter(sample('travel-restriction-lifting-guidance', 'no-letter-due--ten-years-passed'), testWorld());
    expect(none.ok && !none.value.outcome.due && none.value.outcome.instead).toBeUndefined();
  });

  it.each([
    [{ letterDate: '2017-02-26' }, 'RULE_DATE_BEFORE data.letterDate'],
    [{ replyBy: '2017-03-07' }, 'RULE_DATE_BEFORE data.replyBy'],
    [{ replyBy: '2017-03-08' }, 'advice R-ASY-050'],
    [{ applicationDate: '2011-06-19', letterDate: '2017-03-08' }, 'RULE_DATE_BEFORE data.applicationDate'],
  ])('%o → %s', (changes, expected) => {
    expect(outcome(changes)).toBe(expected);
  });
});
