/** The written torture-examination guidance (Asylmeddelelse 9/16, R-ASY-081/082): the reasons shown and the date edges. */
import { describe, expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const base = sample('torture-examination-guidance', 'guidance');
const codes = (changes: Record<string, unknown>) => {
  const result = planLetter(withData(base, changes), testWorld());
  return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`);
};

describe('torture-examination-guidance', () => {
  it('is guidance, not a decision: no appeal, the rules say who decides on an examination (R-ASY-081, R-ASY-082)', () => {
    const result = planLetter(base, testWorld());
    if (!result.ok || !result.value.outcome.due) throw new Error(JSON.stringify(result));
    expect(result.value.outcome.plan.appeal).toBeNull();
    expect(result.value.outcome.plan.why.map((r) => r.rule)).toEqual(['R-ASY-082', 'R-ASY-081']);
  });

  it.each([
    ['2016-10-11', ['RULE_DATE_BEFORE data.letterDate']],
    ['2016-10-12', []],
    ['2016-10-13', []],
  ])('a letter dated %s on a torture claim of 12 October 2016', (letterDate, expected) => {
    expect(codes({ letterDate, tortureClaimDate: '2016-10-12', consentSignedDate: undefined })).toEqual(expected);
  });

  it.each([
    ['2016-10-10', ['RULE_DATE_BEFORE data.consentSignedDate']],
    ['2016-10-11', []],
    ['2016-10-12', []],
    ['2016-10-13', ['RULE_DATE_BEFORE data.letterDate']],
  ])('consent signed on %s: after the claim (11 Oct), not after the letter (12 Oct)', (consentSignedDate, expected) => {
    expect(codes({ consentSignedDate })).toEqual(expected);
  });
});
