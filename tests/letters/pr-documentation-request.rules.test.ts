/** The documentation request in a permanent-residence case (R-PR-107, R-PR-102, R-PR-070, R-PR-073): variant, answer date, consequence. */
import { describe, expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const documentation = sample('pr-documentation-request', 'documentation');
const incomplete = sample('pr-documentation-request', 'incomplete-application');
const plan = (envelope: ReturnType<typeof sample>, changes: Record<string, unknown> = {}) => {
  const result = planLetter(withData(envelope, changes), testWorld());
  if (!result.ok) return { codes: result.diagnostics.map((d) => `${d.code} ${d.path}`) };
  const { outcome } = result.value;
  if (!outcome.due) throw new Error('a documentation request is always due');
  return { codes: [], plan: outcome.plan };
};

describe('pr-documentation-request', () => {
  it('a § 11, stk. 10 defect: 3 weeks from the letter, computed, and the application may be rejected (R-PR-102)', () => {
    const { plan: p } = plan(incomplete);
    expect(p?.variant).toBe('incomplete-application');
    expect(p?.fields).toMatchObject({ answerBy: '2017-03-27', consequence: 'rejection' });
    expect(p?.why.map((r) => r.rule)).toEqual(['R-PR-102', 'R-PR-102']);
  });

  it('a § 11, stk. 10 defect takes no answer date from the officer: the reference sets it', () => {
    expect(plan(incomplete, { request: { kind: 'incomplete-application', answerBy: '2017-04-30' } }).codes).toEqual([
      'INPUT_UNKNOWN_FIELD data.request.answerBy',
    ]);
  });

  it.each([
    ['2017-03-26', ['RULE_PR_ANSWER_PERIOD_TOO_SHORT data.request.answerBy']],
    ['2017-03-27', []],
    ['2017-03-28', []],
  ])('other documentation, letter of 6 March 2017: answer by %s (at least 21 days, R-PR-107)', (answerBy, expected) => {
    const { codes } = plan(documentation, { request: { kind: 'documentation', use: 'employer-tie', answerBy } });
    expect(codes).toEqual(expected);
  });

  it('other documentation: a decision may be made on the existing basis; the answer date is in the plan', () => {
    const { plan: p } = plan(documentation);
    expect(p?.variant).toBe('documentation');
    expect(p?.fields).toMatchObject({
      answerBy: '2017-03-27',
      consequence: 'decision-on-existing-basis',
      use: 'disability-medical',
    });
    expect(p?.why[0]?.rule).toBe('R-PR-073');
  });

  it.each([
    ['disability-medical', 'R-PR-073'],
    ['young-education-employment', 'R-PR-070'],
    ['employer-tie', 'R-PR-057'],
    ['employment-paid-abroad', 'R-PR-053'],
    ['unsigned-integration-declaration', 'R-PR-048'],
    ['temporary-permit-documents', 'R-PR-110'],
  ])('the use %s cites %s', (use, rule) => {
    const { plan: p } = plan(documentation, { request: { kind: 'documentation', use, answerBy: '2017-04-03' } });
    expect(p?.why[0]?.rule).toBe(rule);
  });

  it('the sender is Kontoret for Permanent Ophold og Pas; no appeal guidance (not a decision)', () => {
    const { plan: p } = plan(documentation);
    expect(p?.sender.unit).toBe('Kontoret for Permanent Ophold og Pas');
    expect(p?.appeal).toBeNull();
  });

  it('at least one item, each with what and why (src:16574–16575)', () => {
    expect(plan(documentation, { items: [] }).codes).toEqual(['INPUT_EMPTY data.items']);
    expect(plan(documentation, { items: [{ what: 'Pas' }] }).codes).toEqual(['INPUT_MISSING data.items[0].why']);
  });
});
