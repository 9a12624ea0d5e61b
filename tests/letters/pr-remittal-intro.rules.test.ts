/** The first letter after a remittal (R-PR-141): the variant by the findings, contradictions refused, the dates, the rules of the new assessment. */
import { describe, expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { composedParts } from '../support/composed-text.ts';
import { type Envelope, sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const met = sample('pr-remittal-intro', 'remitted-requirements-met');
const remittal = met.data.remittal as Record<string, unknown>;
const run = (changes: Record<string, unknown>) => {
  const result = planLetter(withData(met, { remittal: { ...remittal, ...changes } }), testWorld());
  if (!result.ok) return { codes: result.diagnostics.map((d) => `${d.code} ${d.path}`), variant: null, why: [] };
  const { outcome } = result.value;
  return { codes: [], variant: outcome.due ? outcome.plan.variant : null, why: outcome.due ? outcome.plan.why : [] };
};
const text = (envelope: Envelope) =>
  composedParts({ ...envelope, languages: ['da'] }, testWorld())
    .flatMap((p) => p.leaves)
    .join('\n');

describe('pr-remittal-intro (R-PR-141)', () => {
  it.each([
    ['not-considered', [], 'remitted'],
    ['pre-existing', [], 'remitted'],
    ['pre-existing', ['lovligt ophold i Danmark i mindst 6 år'], 'remitted-requirements-met'],
    ['nova', ['lovligt ophold i Danmark i mindst 6 år'], 'remitted-requirements-met'],
  ])('%s with %j found met: %s', (remittalType, requirementsFoundMet, variant) => {
    expect(run({ remittalType, requirementsFoundMet }).variant).toBe(variant);
  });

  it.each([
    ['not-considered', ['lovligt ophold']],
    ['nova', []],
  ])('%s with %j found met contradicts the board’s finding', (remittalType, requirementsFoundMet) => {
    expect(run({ remittalType, requirementsFoundMet }).codes).toEqual([
      'RULE_PR_REMITTAL_FINDINGS_CONTRADICT data.remittal.requirementsFoundMet',
    ]);
  });

  it.each([
    ['appealDate', '2016-05-17', ['RULE_DATE_BEFORE data.remittal.appealDate']],
    ['appealDate', '2016-05-18', []],
    ['appealDate', '2016-05-19', []],
    ['remittalDate', '2016-06-08', ['RULE_DATE_BEFORE data.remittal.remittalDate']],
    ['remittalDate', '2016-06-09', []],
    ['remittalDate', '2017-03-15', []],
    ['remittalDate', '2017-03-16', ['RULE_DATE_BEFORE data.letterDate']],
  ])('refusal 18 May 2016, appeal 9 June 2016, letter 15 March 2017: %s %s', (field, date, expected) => {
    expect(run({ [field]: date }).codes).toEqual(expected);
  });

  it.each([
    ['2012-06-30', 'decided before 1 July 2012'],
    ['2012-07-01', 'decided on or after 1 July 2012'],
    ['2012-07-02', 'decided on or after 1 July 2012'],
  ])('originally decided %s: the rules of the new assessment in the plan', (refusalDate, expected) => {
    expect(
      run({ refusalDate, appealDate: '2012-08-01' })
        .why.map((r) => r.because)
        .join(' | '),
    ).toContain(expected);
  });

  it('each requirement found met gets its own sentence; none without', () => {
    const two = withData(met, {
      remittal: {
        ...remittal,
        requirementsFoundMet: ['lovligt ophold i Danmark i mindst 6 år', 'dansk på niveau med Prøve i Dansk 2'],
      },
    });
    expect(text(two)).toContain('Kravet om dansk på niveau med Prøve i Dansk 2 anses nu for opfyldt.');
    expect(
      text(withData(met, { remittal: { ...remittal, remittalType: 'not-considered', requirementsFoundMet: [] } })),
    ).not.toContain('anses nu for opfyldt');
  });
});
