/** The procedural-stay information (R-FAM-017; routing R-FAM-095): lawful stay on the filing date, day before / of / after. */
import { describe, expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const base = sample('procedural-stay-info', 'info'); // filed 2017-03-20, letter 2017-04-03
const planned = (changes: Record<string, unknown>) => planLetter(withData(base, changes), testWorld());
const codes = (changes: Record<string, unknown>) => {
  const result = planned(changes);
  return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`);
};

describe('procedural-stay-info: filed during lawful stay (R-FAM-017)', () => {
  it.each([
    ['2017-03-19', ['RULE_FAM_PROCEDURAL_STAY_NO_LAWFUL_STAY data.stayAtFiling.validUntil']], // ended the day before filing
    ['2017-03-20', []], // the stay's last day is the filing day: lawful at filing
    ['2017-03-21', []],
  ])('a visa valid until %s, filed on 20 March 2017', (validUntil, expected) => {
    expect(codes({ stayAtFiling: { basis: 'visa', validUntil } })).toEqual(expected);
  });

  it('a procedural stay from an earlier application is not lawful stay', () => {
    expect(codes({ stayAtFiling: { basis: 'procedural-stay', validUntil: '2017-12-31' } })).toEqual([
      'RULE_FAM_PROCEDURAL_STAY_NO_LAWFUL_STAY data.stayAtFiling.basis',
    ]);
  });

  it.each([
    ['2017-03-19', ['RULE_DATE_BEFORE data.letterDate']],
    ['2017-03-20', []],
    ['2017-03-21', []],
  ])('a letter dated %s for an application filed on 20 March 2017', (letterDate, expected) => {
    expect(codes({ letterDate })).toEqual(expected);
  });

  it('the plan carries the filing date the letter prints', () => {
    const result = planned({});
    expect(result.ok && result.value.outcome.due && result.value.outcome.plan.fields.filingDate).toBe('2017-03-20');
  });
});

describe('procedural-stay-info: who receives it (R-FAM-095, applicant in Denmark)', () => {
  const address = { street: 'Vestergade 5', postcode: '5000', city: 'Odense C' };
  it.each([
    ['none', ['Leyla Demir']],
    ['lawyer', ['R']],
    ['family-member', ['Leyla Demir']],
    ['other', ['Leyla Demir', 'R']],
  ])('representative %s → %j', (kind, expected) => {
    const result = planned({ representative: kind === 'none' ? { kind } : { kind, name: 'R', address } });
    if (!result.ok || !result.value.outcome.due) throw new Error(JSON.stringify(result));
    const { plan } = result.value.outcome;
    expect([plan, ...(plan.companions ?? []).map((c) => c.plan)].map((p) => p.recipient.name)).toEqual(expected);
  });
});
