/** The humanitarian-permit info letter's rules (R-ASY-010 to R-ASY-012) and the ministry's validity period. */
import { describe, expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const handed = sample('humanitarian-permit-info', 'handed');
const sent = sample('humanitarian-permit-info', 'sent');

const codes = (request: unknown) => {
  const result = planLetter(request, testWorld());
  return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`);
};

describe('humanitarian-permit-info', () => {
  it('R-ASY-011: the delivery chooses the variant', () => {
    for (const [request, variant] of [
      [handed, 'handed'],
      [sent, 'sent'],
    ] as const) {
      const result = planLetter(request, testWorld());
      if (!result.ok || !result.value.outcome.due) throw new Error('expected a letter');
      expect(result.value.outcome.plan.variant).toBe(variant);
      expect(result.value.outcome.plan.appeal).toBeNull(); // an info letter, not a decision
    }
  });

  it('R-ASY-010: not before US decides to examine the case; the same day and later are fine when sent', () => {
    const at = (letterDate: string) => codes(withData(sent, { letterDate, decisionToExamineDate: '2016-10-28' }));
    expect(at('2016-10-27')).toEqual(['RULE_DATE_BEFORE data.letterDate']);
    expect(at('2016-10-28')).toEqual([]);
    expect(at('2016-10-29')).toEqual([]);
  });

  it('R-ASY-011: a handed letter is dated the day of the decision at the interview', () => {
    expect(codes(withData(handed, { letterDate: '2016-10-13' }))).toEqual(['RULE_DATE_NOT_SAME_DAY data.letterDate']);
  });

  it('R-ASY-012: Danish and one more language, Danish first', () => {
    expect(codes({ ...handed, languages: ['da'] })).toEqual(['LANGUAGES_SECOND_REQUIRED languages']);
    expect(codes({ ...handed, languages: ['en', 'da'] })).toEqual(['LANGUAGES_DANISH_FIRST languages']);
    expect(codes({ ...handed, languages: ['da', 'en', 'en'] })).toContain('LANGUAGES_TOO_MANY languages');
  });

  it('a sent letter needs the address; a handed one has none', () => {
    const { address: _, ...withoutAddress } = sent.data;
    expect(codes({ ...sent, data: withoutAddress })).toEqual(['INPUT_MISSING data.address']);
    expect(codes(withData(handed, { address: sent.data.address }))).toEqual(['INPUT_UNKNOWN_FIELD data.address']);
  });

  it('the ministry is named from its first attested entry (8 Sept 2016) on, with no end date', () => {
    const at = (date: string) => codes(withData(sent, { letterDate: date, decisionToExamineDate: date }));
    expect(at('2016-09-07')).toEqual(['AUTHORITY_UNKNOWN_FOR_DATE data.letterDate']);
    expect(at('2016-09-08')).toEqual([]);
    expect(at('2016-12-31')).toEqual([]);
    expect(at('2017-01-01')).toEqual([]);
    expect(at('2017-06-30')).toEqual([]);
  });
});
