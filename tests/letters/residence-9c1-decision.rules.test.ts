/**
 * § 9 c, stk. 1 after an earlier stay (R-9C1-001 to R-9C1-030): the findings the memo requires (a missing one is a
 * coded error), their order, the earlier stay counted from dated periods, the children's figures, the purpose of a
 * grant as the officer's choice, and the refusal's OPEN appeal guidance.
 */
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../src/domain/civil-date.ts';
import { planLetter } from '../../src/engine.ts';
import { childFacts, countEarlierStay } from '../../src/letters/residence-9c1-decision/rules.ts';
import { concernsChild, requiredFindings } from '../../src/letters/residence-9c1-decision/schema.ts';
import { configuredWorld } from '../support/configured-world.ts';
import { type Envelope, sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const grant = sample('residence-9c1-decision', 'grant-permanent-purpose');
const adultOnly = sample('residence-9c1-decision', 'grant-temporary-purpose');
const refusal = sample('residence-9c1-decision', 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--refusal');
const d = (s: string) => s as CivilDate;

const codes = (request: Envelope, world = configuredWorld()) => {
  const result = planLetter(request, world);
  return result.ok ? [] : result.diagnostics.map((x) => `${x.code} ${x.path}`);
};
const plan = (request: Envelope, world = configuredWorld()) => {
  const result = planLetter(request, world);
  if (!result.ok || !result.value.outcome.due) throw new Error(JSON.stringify(result));
  return result.value.outcome.plan;
};
const without = (request: Envelope, finding: string) => {
  const findings = { ...(request.data.findings as Record<string, unknown>) };
  delete findings[finding];
  return withData(request, { findings });
};

describe('the findings the memo requires (RULE_9C1_FINDING_MISSING)', () => {
  it.each([
    ['lengthOfStay', 'R-9C1-010'],
    ['ties', 'R-9C1-010'],
    ['proportionality', 'R-9C1-020'],
    ['childBestInterests', 'R-9C1-011'],
    ['childWeighing', 'R-9C1-021'],
  ])('without %s → refused citing %s', (finding, rule) => {
    const result = planLetter(without(grant, finding), configuredWorld());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toEqual([
      { code: 'RULE_9C1_FINDING_MISSING', path: `data.findings.${finding}`, params: { finding, rule } },
    ]);
  });
  it('no child concerned: the child findings are not required; the optional ones never are', () => {
    expect(codes(adultOnly)).toEqual([]);
    expect(codes(without(without(grant, 'familySituation'), 'health'))).toEqual([]);
  });
  it('a child is concerned when children are named, or the applicant is under 18 on the letter date (R-9C1-001)', () => {
    const facts = (dateOfBirth: string) => ({ children: [], applicant: { dateOfBirth }, letterDate: '2016-11-21' });
    expect(concernsChild(facts('1998-11-22'))).toBe(true);
    expect(concernsChild(facts('1998-11-21'))).toBe(false);
    expect(concernsChild(facts('1998-11-20'))).toBe(false);
    expect(requiredFindings(facts('1998-11-22'))).toEqual([
      'lengthOfStay',
      'ties',
      'childBestInterests',
      'childWeighing',
      'proportionality',
    ]);
  });
});

describe("the findings are set out in the memo's order, whatever order the input gives", () => {
  it('R-9C1-013 (nature of the permits), R-9C1-022 (disability), R-9C1-023: each in its place', () => {
    const shuffled = withData(grant, {
      findings: {
        proportionality: ['P'],
        childWeighing: ['W'],
        ties: ['T'],
        childBestInterests: ['B'],
        lengthOfStay: ['L'],
        disability: ['D'],
        natureOfPermits: ['N'],
        familySituation: ['F'],
      },
    });
    expect((plan(shuffled).fields.findings as { name: string }[]).map((f) => f.name)).toEqual([
      'familySituation',
      'lengthOfStay',
      'natureOfPermits',
      'ties',
      'childBestInterests',
      'childWeighing',
      'proportionality',
      'disability',
    ]);
  });
});

describe('R-9C1-010: the earlier stay counted from dated periods', () => {
  it('lawful, procedural and unlawful in whole months per period; the total as one span when unbroken', () => {
    const stay = countEarlierStay([
      { from: d('2009-02-10'), to: d('2010-08-31'), kind: 'procedural' },
      { from: d('2010-09-01'), to: d('2015-08-31'), kind: 'lawful' },
      { from: d('2015-09-01'), to: d('2016-11-20'), kind: 'unlawful' },
    ]);
    expect(stay.lawful).toEqual({ years: 5, months: 0 });
    expect(stay.procedural).toEqual({ years: 1, months: 6 });
    expect(stay.unlawful).toEqual({ years: 1, months: 2 });
    expect(stay.total).toEqual({ years: 7, months: 9 });
  });
  it('with a gap, the periods are added up', () => {
    const stay = countEarlierStay([
      { from: d('2010-01-01'), to: d('2010-12-31'), kind: 'lawful' },
      { from: d('2012-01-01'), to: d('2012-06-30'), kind: 'lawful' },
    ]);
    expect(stay.total).toEqual({ years: 1, months: 6 });
  });
  it('overlapping periods are refused', () => {
    expect(codes(sample('residence-9c1-decision', 'invalid/RULE_PR_PERIODS_OVERLAP'))).toEqual([
      'RULE_PR_PERIODS_OVERLAP data.earlierStay[1]',
    ]);
  });
});

describe('R-9C1-011, R-9C1-012: the child’s age at entry and time in Denmark', () => {
  it.each([
    ['2009-05-18', 2],
    ['2009-05-19', 3],
  ])('born 2006-05-19, entered %s → %i years old on entry', (entry, age) => {
    expect(childFacts({ name: 'N', dateOfBirth: d('2006-05-19'), entryDate: d(entry) }, d('2016-11-21')).ageAtEntry).toBe(age);
  });
  it('time in Denmark to the decision', () => {
    expect(
      childFacts({ name: 'N', dateOfBirth: d('2006-05-19'), entryDate: d('2009-02-10') }, d('2016-11-21')).inDenmark,
    ).toEqual({
      years: 7,
      months: 9,
    });
  });
});

describe('R-9C1-030: the grant’s purpose is the officer’s; the refusal’s appeal guidance is OPEN', () => {
  it.each(['permanent-purpose', 'possibility-permanent', 'temporary-purpose'])('purpose %s → grant-%s', (purpose) => {
    const p = plan(withData(grant, { outcome: { kind: 'grant', purpose, permitUntil: '2018-11-21' } }), testWorld());
    expect(p.variant).toBe(`grant-${purpose}`);
    expect(p.appeal).toEqual({ kind: 'fully-granted', rules: ['R-9C1-001'] });
  });
  it('a refusal is refused in production until configured', () => {
    expect(codes(refusal, testWorld())).toEqual(['APPEAL_GUIDANCE_NOT_CONFIGURED ']);
    expect(plan(refusal).variant).toBe('refusal');
  });
  it('the permit must end after the letter date', () => {
    expect(
      codes(withData(grant, { outcome: { kind: 'grant', purpose: 'temporary-purpose', permitUntil: '2016-11-21' } })),
    ).toEqual(['RULE_DATE_NOT_AFTER data.outcome.permitUntil']);
  });
});
