/** The hearing before a § 21 b lapse decision (R-ASY-090, R-ASY-093): sent or omitted, and its date edges. */
import { describe, expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
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

  it.each([
    ['2016-03-13', ['RULE_DATE_NOT_AFTER data.hearing.answerBy']],
    ['2016-03-14', ['RULE_DATE_NOT_AFTER data.hearing.answerBy']],
    ['2016-03-15', []],
  ])('answer by %s on a letter of 14 March 2016', (answerBy, expected) => {
    expect(codes({ hearing: { kind: 'send', answerBy } })).toEqual(expected);
  });

  it.each([
    ['2015-02-28', ['RULE_DATE_BEFORE data.stayAbroad.from']],
    ['2015-03-01', []],
    ['2015-03-02', []],
  ])('§ 21 b in force 1 March 2015 (R-ASY-090): a stay from %s', (from, expected) => {
    expect(codes({ stayAbroad: { country: 'Syrien', from } })).toEqual(expected);
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
