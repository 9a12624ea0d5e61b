/** Guidance to file a new application (standard 936, R-PR-140): why the information cannot re-open the case; dates in order. */
import { describe, expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { newApplicationGuidance } from '../../src/letters/new-application-guidance/letter.ts';
import { composedParts } from '../support/composed-text.ts';
import { type Envelope, sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const later = sample('new-application-guidance', 'guidance-936');
const unrelated = sample('new-application-guidance', 'guidance-936--unrelated');
const run = (envelope: Envelope, changes: Record<string, unknown>) => {
  const result = planLetter(withData(envelope, changes), testWorld());
  return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`);
};
const information = (reason: Record<string, unknown>, receivedOn = '2017-03-02') => ({
  information: { receivedOn, what: 'en lønseddel', reason },
});
const text = (envelope: Envelope) =>
  composedParts({ ...envelope, languages: ['da'] }, testWorld())
    .flatMap((p) => p.leaves)
    .join('\n');

describe('new-application-guidance (R-PR-140)', () => {
  it.each([
    ['2017-01-29', ['RULE_DATE_NOT_AFTER data.information.reason.informationDate']],
    ['2017-01-30', ['RULE_DATE_NOT_AFTER data.information.reason.informationDate']],
    ['2017-01-31', []],
  ])(
    'information dated %s, the refusal of 30 January 2017: "after the decision" only from the day after',
    (informationDate, expected) => {
      expect(run(later, information({ kind: 'after-decision', informationDate }))).toEqual(expected);
    },
  );

  it.each([
    ['2017-01-29', ['RULE_DATE_BEFORE data.information.receivedOn']],
    ['2017-01-30', []],
    ['2017-01-31', []],
  ])('received %s, after the refusal of 30 January 2017', (receivedOn, expected) => {
    expect(run(unrelated, information({ kind: 'unrelated', refusedRequirement: 'lovligt ophold' }, receivedOn))).toEqual(
      expected,
    );
  });

  it.each([
    ['2017-03-01', ['RULE_DATE_BEFORE data.letterDate']],
    ['2017-03-02', []],
    ['2017-03-03', []],
  ])('a letter of %s on information received 2 March 2017', (letterDate, expected) => {
    expect(run(unrelated, { letterDate })).toEqual(expected);
  });

  it('states the refusal, what came in, why it cannot re-open the case, and the new application', () => {
    const t = text(unrelated);
    expect(t).toContain('ved brev af 30. januar 2017 afslag på din ansøgning om permanent opholdstilladelse');
    expect(t).toContain('Den 2. marts 2017 modtog vi fra dig et bevis for, at du har bestået Prøve i Dansk 3.');
    expect(t).toContain('angår ikke kravet om ordinær fuldtidsbeskæftigelse');
    expect(t).toContain('kan de ikke føre til, at vi genoptager din sag');
    expect(t).toContain('Du kan i stedet indgive en ny ansøgning om permanent opholdstilladelse.');
    expect(text(later)).toContain('stammer fra tiden efter afgørelsen, nemlig fra den 20. februar 2017');
  });

  it('is the agency’s standard 936', () => {
    const result = planLetter(later, testWorld());
    expect(result.ok && result.value.outcome.due && result.value.outcome.plan.variant).toBe('guidance-936');
    expect(newApplicationGuidance.variants.map((v) => v.templateNumber)).toEqual(['936']);
  });
});
