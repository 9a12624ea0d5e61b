/**
 * The financial-security request (R-FAM-036; letters/financial-security-request.md) and the municipality notices
 * (letters/municipality-notice.md; R-FAM-096): the amount from the dated table by the filing date, the municipality
 * by where the applicant and the reference are, the validity, one document to each recipient, and never why a
 * condition was waived.
 */
import { describe, expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const request = sample('financial-security-request', 'request');
const grantNotice = sample('municipality-notice', 'grant');
const planned = (input: object) => {
  const result = planLetter(input, testWorld());
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  if (!result.value.outcome.due) throw new Error('expected a letter');
  return result.value.outcome.plan;
};
const codes = (input: object) => {
  const result = planLetter(input, testWorld());
  return result.ok ? [] : result.diagnostics.map((d) => d.code);
};
const m = (name: string) => ({ name, address: { street: 'Torvet 1', postcode: '9000', city: 'Aalborg' } });

describe('the municipality the security is given to (src:7908–7929)', () => {
  it.each([
    ['in-denmark', 'in-denmark', { applicants: m('A'), references: m('R') }, 'A'],
    ['abroad', 'in-denmark', { references: m('R') }, 'R'],
    ['abroad', 'in-denmark', { references: m('R'), expectedSettlement: m('E') }, 'E'],
    ['abroad', 'abroad', { references: m('R'), expectedSettlement: m('E') }, 'E'],
  ])('applicant %s, reference %s → %j gives %s', (applicantIs, referenceIs, municipalities, chosen) => {
    const p = planned(withData(request, { applicantIs, referenceIs, municipalities }));
    expect(p.fields.municipality).toBe(chosen);
    expect(p.companions?.[0]?.plan.recipient.name).toBe(chosen);
  });
  it('both abroad without the expected municipality is refused', () => {
    expect(codes(withData(request, { referenceIs: 'abroad' }))).toEqual(['RULE_FAM_SECURITY_MUNICIPALITY_REQUIRED']);
  });
});

describe('amount and validity (R-FAM-036)', () => {
  it('54.289,48 kr. for a 2017 filing; valid from the request + 30 days, for 5 years', () => {
    const p = planned(request);
    expect(p.fields).toMatchObject({ amount: 54289.48, validFrom: '2017-06-29', validTo: '2022-06-29' });
  });
  it.each([
    ['2016-12-31', ['DATED_TABLE_NO_VALUE_FOR_DATE']],
    ['2017-01-01', []],
    ['2017-01-02', []],
  ])('filed %s → %j', (applicationDate, expected) => {
    expect(codes(withData(request, { applicationDate }))).toEqual(expected);
  });
  it('the reference alone receives the request, the applicant named; the municipality its own notice with the same amount', () => {
    const p = planned(request);
    expect(p.recipient).toMatchObject({ name: 'Jonas Vestergaard', regarding: 'Amina Haddad' });
    expect(p.companions?.map((c) => [c.letter, c.plan.variant, c.plan.fields.amount])).toEqual([
      ['municipality-notice', 'security-request', 54289.48],
    ]);
  });
});

describe('municipality notices (§ 44 a; R-FAM-096)', () => {
  it('only whether the supplementary conditions were waived, never why: the input has no place for a reason', () => {
    const notice = grantNotice.data.notice as object;
    expect(
      planned(withData(grantNotice, { notice: { ...notice, supplementaryConditionsWaived: true } })).fields
        .supplementaryConditionsWaived,
    ).toBe(true);
    expect(codes(withData(grantNotice, { notice: { ...notice, waiverReason: 'særlige grunde' } }))).toEqual([
      'INPUT_UNKNOWN_FIELD',
    ]);
  });
  it.each([
    ['grant', '§ 44 a, stk. 1, nr. 1'],
    ['permanent-refused', '§ 44 a, stk. 1, nr. 2'],
    ['temporary-after-permanent-refused', '§ 44 a, stk. 1, nr. 3'],
    ['revocation', '§ 44 a, stk. 1, nr. 4'],
    ['refusal-procedural-stay', '§ 44 a, stk. 4'],
  ])('%s → %s', (variant, provision) => {
    expect(planned(sample('municipality-notice', variant)).fields.provision).toBe(provision);
  });
  it('a notice dated before the decision it reports is refused', () => {
    expect(codes(sample('municipality-notice', 'invalid/RULE_DATE_BEFORE'))).toEqual(['RULE_DATE_BEFORE']);
  });
});
