/**
 * The request to pay the rest of the fee (R-FAM-005, R-FAM-004, R-FAM-001): the 210 kr. limit and the nothing-
 * outstanding point in øre either side, the fee by filing date at the table's edge, the 14-day and 4-week periods by
 * channel (letter-post days, R-FAM-083), the mixed cases refused, and who receives it (R-FAM-095 and the reference).
 */
import { describe, expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const base = sample('fee-remaining-payment-request', 'in-denmark'); // § 9, stk. 1, filed 2017-04-24 (6.300 kr.), letter 2017-05-10
const planned = (changes: Record<string, unknown>) => planLetter(withData(base, changes), testWorld());
const codes = (changes: Record<string, unknown>) => {
  const result = planned(changes);
  return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`);
};
const plan = (changes: Record<string, unknown>) => {
  const result = planned(changes);
  if (!result.ok || !result.value.outcome.due) throw new Error(JSON.stringify(result));
  return result.value.outcome.plan;
};
const here = base.data.whereabouts as Record<string, unknown>;
const paid = (amount: number, paidFor = 'this-category') => ({ payment: { amount, paidFor } });

describe('fee-remaining-payment-request: the shortfall against the 210 kr. limit (R-FAM-004, R-FAM-005)', () => {
  it.each([
    [6090.02, []], // 209,98 kr. short
    [6090.01, []], // 209,99 kr. short: under the limit, asked to pay the rest
    [6090, ['RULE_FAM_FEE_SHORTFALL_NOT_BELOW_LIMIT data.payment.amount']], // exactly 210 kr.: rejection instead
    [6089.99, ['RULE_FAM_FEE_SHORTFALL_NOT_BELOW_LIMIT data.payment.amount']], // 210,01 kr.
    [0, ['RULE_FAM_FEE_SHORTFALL_NOT_BELOW_LIMIT data.payment.amount']], // nothing paid
  ])('paid %s kr. of 6.300 kr.', (amount, expected) => {
    expect(codes(paid(amount))).toEqual(expected);
  });

  it.each([
    [6299.99, []], // 1 øre short
    [6300, ['RULE_FAM_FEE_NOTHING_OUTSTANDING data.payment.amount']],
    [6300.01, ['RULE_FAM_FEE_NOTHING_OUTSTANDING data.payment.amount']],
  ])('paid %s kr. of 6.300 kr.: the nothing-outstanding point', (amount, expected) => {
    expect(codes(paid(amount))).toEqual(expected);
  });

  it('the amounts the letter prints come from the table, in kroner', () => {
    expect(plan(paid(6150)).fields).toMatchObject({ due: 6300, paid: 6150, outstanding: 150 });
    expect(plan(paid(6090.01)).fields).toMatchObject({ outstanding: 209.99 });
  });

  it('a fee paid for another category is asked to be made up whatever the shortfall; nothing paid is no such fee', () => {
    expect(plan(paid(1700, 'another-category')).fields).toMatchObject({ outstanding: 4600, paidForAnotherCategory: true });
    expect(codes(paid(0, 'another-category'))).toEqual(['RULE_FAM_FEE_SHORTFALL_NOT_BELOW_LIMIT data.payment.amount']);
    expect(codes(paid(6300, 'another-category'))).toEqual(['RULE_FAM_FEE_NOTHING_OUTSTANDING data.payment.amount']);
  });

  it.each([
    ['9-1', 6300],
    ['9c1-family-tie', 6300],
    ['9f', 1700],
    ['9c1-religious-preacher-family', 1700],
  ])('the fee of category %s filed in 2017 is %s kr. (R-FAM-001)', (category, due) => {
    const f = plan({
      application: { category, filingDate: '2017-04-24' },
      payment: { amount: due - 100, paidFor: 'this-category' },
    });
    expect(f.fields.due).toBe(due);
  });

  it.each([
    ['2016-12-31', '2017-01-05', ['DATED_TABLE_NO_VALUE_FOR_DATE data.application.filingDate']],
    ['2017-01-01', '2017-01-05', []],
    ['2017-12-31', '2017-12-31', []],
  ])('filed %s (letter %s): the fee level is chosen by the filing date, never guessed', (filingDate, letterDate, expected) => {
    expect(codes({ application: { category: '9-1', filingDate }, letterDate })).toEqual(expected);
  });
});

describe('fee-remaining-payment-request: the payment period (R-FAM-005; start OPEN, letter-post days R-FAM-083)', () => {
  it('in Denmark, digital post: 14 days from the letter date (not 13, not 15)', () => {
    const p = plan({});
    expect(p.variant).toBe('in-denmark');
    expect(p.fields.deadline).toBe('2017-05-24');
  });

  it('abroad and filed there, digital post: 4 weeks = 28 days', () => {
    const p = plan({
      whereabouts: { applicantIs: 'abroad' },
      filedIn: 'abroad',
      representative: { kind: 'lawyer', name: 'R', address: { street: 'S 1', postcode: '1000', city: 'K' } },
    });
    expect(p.variant).toBe('abroad');
    expect(p.fields.deadline).toBe('2017-06-07');
  });

  it.each([
    // sent Wednesday 10 May 2017: 7 posting days, plus Store Bededag (Friday 12 May) → from 18 May, then 14 days
    ['2017-05-10', '2017-06-01'],
    // sent Wednesday 3 May 2017: 7 posting days without a holiday → from 10 May, then 14 days
    ['2017-05-03', '2017-05-24'],
    // sent Monday 22 May 2017: Ascension Day (25 May) and the Friday after (26 May) add 2 posting days → from 31 May
    ['2017-05-22', '2017-06-14'],
  ])('in Denmark, letter post sent %s → %s', (letterDate, deadline) => {
    expect(plan({ letterDate, deliveryChannel: 'letter-post' }).fields.deadline).toBe(deadline);
  });

  it.each([
    ['in-denmark', 'abroad'],
    ['abroad', 'denmark'],
  ])('applicant %s, filed %s: no period is stated (OPEN), refused', (applicantIs, filedIn) => {
    const changes: Record<string, unknown> = { whereabouts: { ...here, applicantIs }, filedIn };
    if (applicantIs === 'abroad') {
      changes.whereabouts = { applicantIs };
      changes.representative = { kind: 'lawyer', name: 'R', address: { street: 'S 1', postcode: '1000', city: 'K' } };
    }
    expect(codes(changes)).toEqual(['RULE_FAM_FEE_PAYMENT_PERIOD_NOT_STATED data.filedIn']);
  });

  it.each([
    ['2017-04-23', ['RULE_DATE_BEFORE data.letterDate']],
    ['2017-04-24', []],
  ])('a letter dated %s for an application filed 24 April 2017', (letterDate, expected) => {
    expect(codes({ letterDate })).toEqual(expected);
  });
});

describe('fee-remaining-payment-request: "anmodes parterne" (R-FAM-095 for the applicant, the reference always)', () => {
  const address = { street: 'Vestergade 5', postcode: '5000', city: 'Odense C' };
  const names = (changes: Record<string, unknown>) => {
    const p = plan(changes);
    return [p, ...(p.companions ?? []).map((c) => c.plan)].map((x) => x.recipient.name);
  };
  it.each([
    ['in-denmark', 'none', ['Nadia Rahimi', 'Farid Rahimi']],
    ['in-denmark', 'lawyer', ['R', 'Farid Rahimi']],
    ['in-denmark', 'other', ['Nadia Rahimi', 'R', 'Farid Rahimi']],
    ['abroad', 'none', ['Farid Rahimi']],
    ['abroad', 'family-member', ['R', 'Farid Rahimi']],
  ])('applicant %s, representative %s → %j', (applicantIs, kind, expected) => {
    const changes: Record<string, unknown> = {
      whereabouts: applicantIs === 'abroad' ? { applicantIs } : here,
      filedIn: applicantIs === 'abroad' ? 'abroad' : 'denmark',
      representative: kind === 'none' ? { kind } : { kind, name: 'R', address },
    };
    expect(names(changes)).toEqual(expected);
  });
});
