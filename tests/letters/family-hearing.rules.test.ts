/**
 * Hearings and procedural notices in family-reunification cases (letters/family-hearing.md; R-FAM-095 routing,
 * R-FAM-090 for a hearing through the mission, R-FAM-052 police-report warning): the answer date the day before, of and
 * after the letter; who receives each document; no notice abroad without a representative.
 */
import { describe, expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const L = 'family-hearing';
const housing = sample(L, 'housing-occupants');
const revocation = sample(L, 'child-revocation');
const notice = sample(L, 'notice-procedural--party-and-representative');
const planned = (request: object) => {
  const result = planLetter(request, testWorld());
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.value.outcome;
};
const codes = (request: object) => {
  const result = planLetter(request, testWorld());
  return result.ok ? [] : result.diagnostics.map((x) => x.code);
};
/** Every document's addressee, the letter first. */
const addressees = (request: object) => {
  const outcome = planned(request);
  if (!outcome.due) return [];
  return [outcome.plan, ...(outcome.plan.companions ?? []).map((c) => c.plan)].map((p) => p.recipient.name);
};

describe('the answer date lies after the letter', () => {
  it.each([
    ['2017-05-01', ['RULE_FAM_HEARING_ANSWER_NOT_AFTER_LETTER']],
    ['2017-05-02', ['RULE_FAM_HEARING_ANSWER_NOT_AFTER_LETTER']], // the letter's own date
    ['2017-05-03', []],
  ])('answer by %s, letter 2 May 2017 → %j', (answerBy, expected) => {
    expect(codes(withData(housing, { hearing: { ...(housing.data.hearing as object), answerBy } }))).toEqual(expected);
  });
});

describe('who receives it (R-FAM-095)', () => {
  const dk = revocation.data.whereabouts;
  const rep = (kind: string) => ({
    kind,
    name: 'Repræsentant',
    address: { street: 'Vej 1', postcode: '2100', city: 'København Ø' },
  });
  it.each([
    ['in Denmark, none', dk, { kind: 'none' }, ['applicant']],
    ['in Denmark, lawyer', dk, rep('lawyer'), ['Repræsentant']],
    ['in Denmark, family member', dk, rep('family-member'), ['applicant']],
    ['in Denmark, other', dk, rep('other'), ['applicant', 'Repræsentant']],
    ['abroad, lawyer', { applicantIs: 'abroad' }, rep('lawyer'), ['Repræsentant']],
    ['abroad, family member', { applicantIs: 'abroad' }, rep('family-member'), ['Repræsentant']],
  ])('%s → %j', (_, whereabouts, representative, expected) => {
    for (const request of [notice, revocation]) {
      const name = (request.data.applicant as { name: string }).name;
      const want = expected.map((who) => (who === 'applicant' ? name : who));
      expect(addressees(withData(request, { whereabouts, representative }))).toEqual(want);
    }
  });

  it('abroad without a representative: no notice is sent; a hearing goes through the mission (OPEN reading, R-FAM-090)', () => {
    const outcome = planned(withData(notice, { whereabouts: { applicantIs: 'abroad' }, representative: { kind: 'none' } }));
    expect(outcome.due).toBe(false);
    expect(addressees(sample(L, 'child-revocation--abroad-through-mission'))).toEqual(['Danmarks Ambassade i Addis Abeba']);
    expect(codes(sample(L, 'invalid/RULE_FAM_MISSION_REQUIRED'))).toEqual(['RULE_FAM_MISSION_REQUIRED']);
  });

  it('a hearing of the reference goes to the reference, naming the applicant, wherever the applicant is', () => {
    const outcome = planned(housing);
    if (!outcome.due) throw new Error('expected a letter');
    expect(outcome.plan.recipient).toMatchObject({ name: 'Jonas Vestergaard', regarding: 'Amina Haddad' });
  });
});

describe('content', () => {
  it('the police-report warning only where false information is suspected (R-FAM-052, src:9631–9633)', () => {
    const bar = sample(L, 'child-offence-bar');
    const on = planned(bar);
    const off = planned(withData(bar, { hearing: { ...(bar.data.hearing as object), falseInformationSuspected: false } }));
    expect(on.due && on.plan.fields.policeWarning).toBe(true);
    expect(off.due && off.plan.fields.policeWarning).toBe(false);
  });
  it('a hearing is not a decision: no appeal guidance', () => {
    const outcome = planned(housing);
    expect(outcome.due && outcome.plan.appeal).toBeNull();
  });
});
