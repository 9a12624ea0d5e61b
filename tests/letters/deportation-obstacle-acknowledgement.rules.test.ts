/**
 * R-ASY-033: the notice that a § 9 c, stk. 2 case is being processed is due once 18 months have passed, unless a
 * refusal on the present basis (R-ASY-032) or a rejection (R-ASY-034) is due instead; the day before, on, after.
 */
import { describe, expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

// Latest departure deadline expired 2015-06-30 → 18 months on 2016-12-30; one month before: 2016-11-30.
const base = sample('deportation-obstacle-acknowledgement', 'processing');

function outcome(changes: Record<string, unknown>) {
  const result = planLetter(withData(base, changes), testWorld());
  if (!result.ok) return result.diagnostics.map((p) => `${p.code} ${p.path}`).join('; ');
  const { outcome } = result.value;
  if (outcome.due) return outcome.plan.variant;
  // The letter due instead, typed in the plan (shown by letters validate).
  const instead = outcome.instead?.kind === 'service-letter' ? ` → ${outcome.instead.variant}` : '';
  return `none ${outcome.why.at(-1)?.rule}${instead}`;
}

describe('deportation-obstacle-acknowledgement', () => {
  it.each([
    // applied, letter date → outcome
    ['2016-11-29', '2016-12-30', 'none R-ASY-032 → refusal-present-basis'],
    ['2016-11-30', '2016-12-30', 'processing'],
    ['2016-12-01', '2016-12-30', 'processing'],
    ['2016-11-30', '2016-12-29', 'none R-ASY-033'],
    ['2016-11-30', '2016-12-31', 'processing'],
    ['2017-02-20', '2017-03-06', 'processing'],
    // dated before the latest departure deadline (2015-06-30): not a contradiction; the refusal on the present basis is due
    ['2015-06-01', '2015-06-29', 'none R-ASY-032 → refusal-present-basis'],
  ])('applied %s, letter %s → %s', (applicationDate, letterDate, expected) => {
    expect(outcome({ applicationDate, letterDate })).toBe(expected);
  });

  it('R-ASY-034: an applicant who left the asylum-centre system gets a rejection, not this notice', () => {
    expect(outcome({ leftAsylumCentreSystem: true })).toBe('none R-ASY-034 → rejection-absconded');
  });

  it('R-ASY-032: a short deferral is disregarded: the 18 months run from the deadline before it', () => {
    const deferred = { latestDepartureDeadline: '2016-02-15', shortDeferral: { deadlineBeforeDeferral: '2015-06-30' } };
    expect(outcome({ ...deferred, applicationDate: '2016-12-01', letterDate: '2016-12-30' })).toBe('processing');
    expect(outcome({ latestDepartureDeadline: '2016-02-15', applicationDate: '2016-12-01', letterDate: '2016-12-30' })).toBe(
      'none R-ASY-032 → refusal-present-basis',
    );
  });
});
