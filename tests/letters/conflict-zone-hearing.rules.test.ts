/** The hearing before a § 21 b lapse decision (R-ASY-090, R-ASY-093): sent or omitted, its answer period and date edges. */
import { describe, expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { MIN_HEARING_ANSWER_DAYS } from '../../src/letters/conflict-zone-hearing/answer-period.ts';
import { composedParts } from '../support/composed-text.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const base = sample('conflict-zone-hearing', 'hearing');
const planned = (changes: Record<string, unknown>) => planLetter(withData(base, changes), testWorld());
const codes = (changes: Record<string, unknown>) => {
  const result = planned(changes);
  return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`);
};

describe('conflict-zone-hearing', () => {
  it('a hearing omitted under forvaltningslovens § 19, stk. 2, nr. 5 is no letter, with the reason (R-ASY-093)', () => {
    for (const reason of ['whereabouts-unknown', 'left-for-unknown-place']) {
      const result = planned({ hearing: { kind: 'omit', reason } });
      if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
      expect(result.value.outcome.due).toBe(false);
      if (!result.value.outcome.due) expect(result.value.outcome.why[0]?.because).toContain(reason);
    }
  });

  // The source gives no answer period: at least MIN_HEARING_ANSWER_DAYS (14, OPEN), not just a later day (review row 35).
  it.each([
    ['2016-03-14', ['RULE_CZ_HEARING_ANSWER_PERIOD_TOO_SHORT data.hearing.answerBy']],
    ['2016-03-15', ['RULE_CZ_HEARING_ANSWER_PERIOD_TOO_SHORT data.hearing.answerBy']], // one day
    ['2016-03-27', ['RULE_CZ_HEARING_ANSWER_PERIOD_TOO_SHORT data.hearing.answerBy']], // 13 days
    ['2016-03-28', []], // 14 days
    ['2016-03-29', []],
  ])('answer by %s on a letter of 14 March 2016', (answerBy, expected) => {
    expect(MIN_HEARING_ANSWER_DAYS).toBe(14);
    expect(codes({ hearing: { kind: 'send', answerBy } })).toEqual(expected);
  });

  // R-ASY-090: circumstances after 1 March 2015, not stays that began after it (review D2).
  it.each([
    ['2014-10-01', '2015-02-28', ['RULE_DATE_BEFORE data.stayAbroad.to']],
    ['2014-10-01', '2015-03-01', []],
    ['2015-02-28', undefined, []],
    ['2015-03-01', undefined, []],
  ])('a stay %s – %s', (from, to, expected) => {
    expect(codes({ stayAbroad: { country: 'SY', from, ...(to ? { to } : {}) } })).toEqual(expected);
  });

  it('a stay that began before 1 March 2015 is put to the person with what § 21 b covers', () => {
    const fields = (from: string) => {
      const result = planned({ stayAbroad: { country: 'SY', from, to: '2016-01-22' } });
      return result.ok && result.value.outcome.due ? result.value.outcome.plan.fields.beganBeforeInForce : null;
    };
    expect(fields('2015-02-28')).toBe(true);
    expect(fields('2015-03-01')).toBe(false);
  });

  it('the sender follows the basis of stay (R-ASY-092)', () => {
    const unit = (permitBasis: string) => {
      const result = planned({ permitBasis });
      return result.ok && result.value.outcome.due ? result.value.outcome.plan.sender.unit : null;
    };
    expect(unit('7')).toBe('Center for Asyl');
    expect(unit('other')).toBe('Center for Familie og Besøg');
  });
});

describe('EU-law persons and Nordic citizens (src:1863–1865)', () => {
  const danish = (changes: Record<string, unknown>) =>
    composedParts(withData(base, changes), testWorld())
      .filter((part) => part.language === 'da')
      .flatMap((part) => part.leaves)
      .join('\n');

  it.each(['eu-law', 'nordic'])('%s: the hearing is about the right of residence (opholdsret)', (permitBasis) => {
    const text = danish({ permitBasis });
    expect(text).toContain('Partshøring – bortfald af din opholdsret');
    expect(text).toContain('overvejer at træffe afgørelse om, at din opholdsret er bortfaldet');
    expect(text).not.toContain('opholdstilladelse');
  });

  it('others: the residence permit', () => {
    expect(danish({ permitBasis: 'other' })).toContain('at din opholdstilladelse er bortfaldet');
  });
});
