/**
 * The first-time child decision (letters/child-reunification-decision.md; rules.md R-FAM-050..052, R-FAM-070/071,
 * R-FAM-080, R-FAM-090, R-FAM-101): the 15- and 18-year limits and the 8-year integration limit with the day before,
 * of and after; the permit's end by its caps; the § 9, stk. 19 bar over 10 years; the wording from the facts.
 */
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../src/domain/civil-date.ts';
import { planLetter, renderLetter } from '../../src/engine.ts';
import { lastDayBefore18, minorOn, over8On, under15On } from '../../src/letters/child-reunification-decision/limits.ts';
import { configuredWorld } from '../support/configured-world.ts';
import { readPdf } from '../support/pdf-text.ts';
import { type Envelope, sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const L = 'child-reunification-decision';
const grant = sample(L, 'grant-under-15');
const refused = (variant: string) => sample(L, `invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--${variant}`);
const d = (s: string) => s as CivilDate;
const born = (envelope: Envelope, dateOfBirth: string) =>
  withData(envelope, { applicant: { ...(envelope.data.applicant as object), dateOfBirth } });
const codes = (request: object, world = testWorld()) => {
  const result = planLetter(request, world);
  return result.ok ? [] : result.diagnostics.map((x) => x.code);
};
const plan = (request: object) => {
  const result = planLetter(request, configuredWorld());
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  if (!result.value.outcome.due) throw new Error('expected a letter');
  return result.value.outcome.plan;
};

describe('ages at the filing date, 10 March 2017 (R-FAM-050)', () => {
  it.each([
    ['2002-03-11', true, true],
    ['2002-03-10', false, true], // the 15th birthday: 15, no longer under 15
    ['2002-03-09', false, true],
    ['1999-03-11', false, true],
    ['1999-03-10', false, false], // the 18th birthday: no longer a minor
    ['1999-03-09', false, false],
  ])('born %s → under 15: %s, minor: %s', (dob, under15, minor) => {
    expect(under15On(d(dob), d('2017-03-10'))).toBe(under15);
    expect(minorOn(d(dob), d('2017-03-10'))).toBe(minor);
  });

  it.each([
    ['grant-under-15', '2002-03-11', []],
    ['grant-under-15', '2002-03-10', ['RULE_FAM_CHILD_AGE_CONTRADICTS_VARIANT']],
    ['grant-15-18', '2002-03-11', ['RULE_FAM_CHILD_AGE_CONTRADICTS_VARIANT']],
    ['grant-15-18', '2002-03-10', ['APPEAL_GUIDANCE_NOT_CONFIGURED']],
    ['refusal-age', '2002-03-11', ['RULE_FAM_CHILD_AGE_CONTRADICTS_VARIANT']],
    ['refusal-age', '2002-03-10', ['APPEAL_GUIDANCE_NOT_CONFIGURED']],
    ['grant-15-18', '1999-03-11', ['APPEAL_GUIDANCE_NOT_CONFIGURED']],
    ['grant-15-18', '1999-03-10', ['RULE_FAM_CHILD_NOT_MINOR']],
  ])('%s, born %s → %j', (variant, dob, expected) => {
    const request = variant === 'grant-under-15' ? grant : refused(variant);
    expect(codes(born(request, dob))).toEqual(expected);
  });

  it('born 29 February: still under 15 and a minor on 28 February of a common year, not on 1 March (OPEN reading)', () => {
    expect(under15On(d('2004-02-29'), d('2019-02-28'))).toBe(true);
    expect(under15On(d('2004-02-29'), d('2019-03-01'))).toBe(false);
    expect(minorOn(d('2004-02-29'), d('2022-02-28'))).toBe(true);
    expect(minorOn(d('2004-02-29'), d('2022-03-01'))).toBe(false);
  });

  it('the integration test (§ 9, stk. 16): over 8 from the day after the 8th birthday (OPEN reading)', () => {
    expect(over8On(d('2009-03-10'), d('2017-03-10'))).toBe(false);
    expect(over8On(d('2009-03-09'), d('2017-03-10'))).toBe(true);
    expect(codes(born(refused('refusal-integration'), '2009-03-11'))).toEqual(['RULE_FAM_CHILD_AGE_CONTRADICTS_VARIANT']);
    expect(codes(born(refused('refusal-integration'), '2009-03-10'))).toEqual(['RULE_FAM_CHILD_AGE_CONTRADICTS_VARIANT']);
    expect(codes(born(refused('refusal-integration'), '2009-03-09'))).toEqual(['APPEAL_GUIDANCE_NOT_CONFIGURED']);
  });
});

describe('the permit ends at the earliest cap (R-FAM-051, R-FAM-071, R-FAM-030)', () => {
  it('until the day before the 18th birthday at most ("indtil barnets fyldte 18. år"); 29 February → 27 February', () => {
    expect(lastDayBefore18(d('2006-09-01'))).toBe('2024-08-31');
    expect(lastDayBefore18(d('2004-02-29'))).toBe('2022-02-27');
  });
  it.each([
    [{ passportExpiry: '2022-02-15' }, '2021-11-15', 'passport-expiry'],
    [{}, '2024-08-31', 'eighteenth-birthday'],
    [{ passportExpiry: '2024-12-01' }, '2024-08-31', 'eighteenth-birthday'],
    [{ custodyHolderPermitEnd: '2019-12-31', passportExpiry: '2022-02-15' }, '2019-12-31', 'custody-holder-permit'],
  ])('%j → %s by the %s cap', (permit, end, cap) => {
    const p = plan(withData(grant, { decision: { variant: 'grant-under-15', permit } }));
    expect(p.fields.grant).toMatchObject({ permitEnd: end, permitEndCap: cap });
  });
  it('a § 7, stk. 3 reference: never beyond their permit; 15–18: the standard end (OPEN input) when earlier', () => {
    expect(plan(refused('grant-7-3-reference')).fields.grant).toMatchObject({
      permitEnd: '2018-05-31',
      permitEndCap: 'reference-permit',
    });
    expect(plan(refused('grant-15-18')).fields.grant).toMatchObject({ permitEnd: '2019-08-22', permitEndCap: 'standard-end' });
  });
});

describe('conditions (§ 9, stk. 15; R-FAM-070) and the offence bar (§ 9, stk. 19; R-FAM-052)', () => {
  it('a conditional grant states its conditions and the warning; none chosen is refused', () => {
    const p = plan(sample(L, 'grant-with-conditions'));
    expect(p.fields.grant).toMatchObject({ noPublicHelp: true, housing: true });
    expect(p.why.some((r) => r.rule === 'R-FAM-070')).toBe(true);
    expect(codes(sample(L, 'invalid/RULE_FAM_CHILD_CONDITIONS_EMPTY'))).toEqual(['RULE_FAM_CHILD_CONDITIONS_EMPTY']);
  });
  it.each([
    ['2007-08-21', ['RULE_FAM_VIOLENCE_BAR_ENDED']],
    ['2007-08-22', ['RULE_FAM_VIOLENCE_BAR_ENDED']], // the 10th anniversary is the decision day
    ['2007-08-23', ['APPEAL_GUIDANCE_NOT_CONFIGURED']],
  ])('latest final judgment %s, decision 2017-08-22 → %j', (judgment, expected) => {
    const bar = refused('refusal-offence-bar');
    expect(codes(withData(bar, { decision: { ...(bar.data.decision as object), finalJudgmentDate: judgment } }))).toEqual(
      expected,
    );
  });
});

describe('routing, departure and appeal (R-FAM-080, R-FAM-090, R-FAM-092, R-FAM-100, R-FAM-101)', () => {
  it('a child abroad: the mission; in Denmark: the child at the address', () => {
    expect(plan(grant).recipient).toMatchObject({ name: 'Danmarks Ambassade i Addis Abeba', regarding: 'Yonas Tesfaye' });
    expect(plan(sample(L, 'grant-with-conditions')).recipient.name).toBe('Yonas Tesfaye');
  });
  it('a refusal in Denmark has a departure deadline by the counting rules; abroad none', () => {
    expect(plan(refused('refusal-custody')).fields.departure).toMatchObject({ kind: 'seven-days', date: '2017-08-29' });
    expect(plan(refused('refusal-offence-bar')).fields.departure).toBeNull();
  });
  it('grants under § 9, stk. 1, nr. 2 need no appeal guidance; the rest wait for legal review', () => {
    expect(plan(grant).appeal).toEqual({ kind: 'fully-granted', rules: ['R-FAM-100'] });
    expect(plan(sample(L, 'grant-with-conditions')).appeal?.kind).toBe('fully-granted');
    expect(codes(refused('refusal-custody'))).toEqual(['APPEAL_GUIDANCE_NOT_CONFIGURED']);
  });
});

describe('the text as the reader gets it', () => {
  const danish = async (request: Envelope) => {
    const rendered = await renderLetter({ ...request, languages: ['da'] }, configuredWorld());
    if (!rendered.ok || rendered.value.kind !== 'letter') throw new Error(JSON.stringify(rendered));
    return (await readPdf(rendered.value.pdf)).pages.join('\n').replace(/\s+/g, ' ');
  };
  it('"din far" / "din mor" from the reference gender, never typed', async () => {
    expect(await danish(grant)).toContain('så du kan bo hos din far, Tesfaye Gebre.');
    expect(await danish(sample(L, 'grant-with-conditions'))).toContain('så du kan bo hos din mor, Selam Haile.');
  });
  it('the adoption refusal guides to Ankestyrelsen; the ground with its provision; the departure date', async () => {
    const text = await danish(refused('refusal-adoption-not-recognised'));
    expect(text).toContain('Adoptionen er ikke anerkendt efter dansk ret (udlændingelovens § 9, stk. 1, nr. 2)');
    expect(text).toContain('Du kan søge Ankestyrelsen om at få adoptionen anerkendt efter dansk ret.');
    expect(text).toContain('Du skal udrejse af Danmark senest den 29. august 2017, jf. udlændingelovens § 33, stk. 2, 3. pkt.');
  });
});
