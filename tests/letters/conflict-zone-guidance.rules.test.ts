/** The § 21 b, stk. 3 guidance letter (R-ASY-092, R-ASY-100): variant, sender, copy to PET, the date edge. */
import { describe, expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const base = sample('conflict-zone-guidance', 'third-country-national');
const planned = (changes: Record<string, unknown>) => planLetter(withData(base, changes), testWorld());

describe('conflict-zone-guidance', () => {
  it.each([
    ['7', true, 'third-country-national', 'Center for Asyl'],
    ['8-2', true, 'third-country-national', 'Center for Asyl'],
    ['asylum-office', true, 'third-country-national', 'Center for Asyl'],
    ['other', true, 'third-country-national', 'Center for Familie og Besøg'],
    ['eu-law', false, 'eu-or-nordic', 'Center for Familie og Besøg'],
    ['nordic', false, 'eu-or-nordic', 'Center for Familie og Besøg'],
  ] as const)(
    'basis %s, third-country national %s → %s from %s, copy to PET',
    (permitBasis, thirdCountryNational, variant, unit) => {
      const result = planned({ permitBasis, thirdCountryNational });
      if (!result.ok || !result.value.outcome.due) throw new Error(JSON.stringify(result));
      const { plan } = result.value.outcome;
      expect(plan.variant).toBe(variant);
      expect(plan.sender.unit).toBe(unit);
      expect(plan.appeal).toBeNull();
      expect(plan.copies.map((c) => [c.recipient.id, c.rule])).toEqual([['police/pet', 'R-ASY-100']]);
    },
  );

  it.each([
    ['2016-04-06', true],
    ['2016-04-07', true],
    ['2016-04-08', false],
  ])('information received on %s, letter of 7 April 2016 → accepted %s', (informationReceivedDate, accepted) => {
    const result = planned({ informationReceivedDate });
    expect(result.ok).toBe(accepted);
    if (!result.ok) expect(result.diagnostics[0]).toMatchObject({ code: 'RULE_DATE_BEFORE', path: 'data.letterDate' });
  });
});
