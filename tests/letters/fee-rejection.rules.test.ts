/**
 * The fee rejection (R-FAM-004, R-FAM-005, R-FAM-003, R-FAM-012, R-FAM-081, R-FAM-084, R-FAM-100; routing
 * R-FAM-090..093): the 210 kr. limit in øre either side, the week's wait after the payment was due (day before / of /
 * after), the request's deadline, the re-opening fee, leaving at once, the refund, and "not appealable".
 */
import { describe, expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const base = sample('fee-rejection', 'application'); // § 9, stk. 1 filed 2017-03-06 (6.300 kr.), nothing paid, letter 2017-03-27
const afterRequest = sample('fee-rejection', 'application-after-request'); // request 2017-04-03 (deadline 17 April), letter 2017-04-24
const planned = (changes: Record<string, unknown>, from = base) => planLetter(withData(from, changes), testWorld());
const codes = (changes: Record<string, unknown>, from = base) => {
  const result = planned(changes, from);
  return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`);
};
const plan = (changes: Record<string, unknown>, from = base) => {
  const result = planned(changes, from);
  if (!result.ok || !result.value.outcome.due) throw new Error(JSON.stringify(result));
  return result.value.outcome.plan;
};
const rejection = (changes: Record<string, unknown>, from = base) => ({
  rejection: { ...(from.data.rejection as Record<string, unknown>), ...changes },
});
const paying = (amount: number, from = base) => rejection({ payment: { amount, paidFor: 'this-category' } }, from);

describe('fee-rejection, application: the shortfall limit (R-FAM-004, R-FAM-005)', () => {
  it.each([
    [6090.01, ['RULE_FAM_FEE_SHORTFALL_BELOW_LIMIT data.rejection.payment.amount']], // 209,99 kr. short: ask first
    [6090, []], // exactly 210 kr. short: rejected
    [6089.99, []],
    [0, []],
    [6300, ['RULE_FAM_FEE_NOTHING_OUTSTANDING data.rejection.payment.amount']],
  ])('paid %s kr. of 6.300 kr.', (amount, expected) => {
    expect(codes(paying(amount))).toEqual(expected);
  });

  it('a fee paid for another category is asked to be made up first, whatever the shortfall', () => {
    expect(codes(rejection({ payment: { amount: 1700, paidFor: 'another-category' } }))).toEqual([
      'RULE_FAM_FEE_SHORTFALL_BELOW_LIMIT data.rejection.payment.amount',
    ]);
  });

  it('the amounts come from the table by the filing date; a date outside it is refused', () => {
    expect(plan(paying(5300)).fields).toMatchObject({ due: 6300, paid: 5300, refund: true });
    expect(plan(rejection({ category: '9f', payment: { amount: 0, paidFor: 'this-category' } })).fields.due).toBe(1700);
    expect(codes({ ...rejection({ filingDate: '2016-12-31' }), letterDate: '2017-01-09' })).toEqual([
      'DATED_TABLE_NO_VALUE_FOR_DATE data.rejection.filingDate',
    ]);
  });

  it('what was paid is refunded; nothing paid, nothing to refund (R-FAM-004)', () => {
    expect(plan(paying(5300)).fields.refund).toBe(true);
    expect(plan(paying(0)).fields.refund).toBe(false);
  });
});

describe('fee-rejection: a week for the payment to show (R-FAM-012)', () => {
  it.each([
    ['2017-03-12', ['RULE_FAM_FEE_REGISTRATION_WEEK_NOT_PASSED data.letterDate']], // 6 days after filing
    ['2017-03-13', []], // 7 days
    ['2017-03-14', []],
  ])('application filed 6 March 2017, rejection dated %s', (letterDate, expected) => {
    expect(codes({ letterDate })).toEqual(expected);
  });

  it.each([
    ['2017-04-23', ['RULE_FAM_FEE_REGISTRATION_WEEK_NOT_PASSED data.letterDate']], // 6 days after the request's deadline
    ['2017-04-24', []], // 7 days after 17 April
    ['2017-04-25', []],
  ])('after a request with deadline 17 April 2017 (14 days from 3 April), rejection dated %s', (letterDate, expected) => {
    expect(codes({ letterDate }, afterRequest)).toEqual(expected);
  });

  it('the request letter by letter post: its deadline moves by the posting days, and the wait with it', () => {
    // 3 April 2017 by letter post: posting days to 10 April, 14 days → 24 April, a week → 1 May
    const byPost = {
      rejection: {
        ...(afterRequest.data.rejection as Record<string, unknown>),
        request: { letterDate: '2017-04-03', deliveryChannel: 'letter-post', filedIn: 'denmark' },
      },
    };
    expect(codes({ ...byPost, letterDate: '2017-04-30' }, afterRequest)).toEqual([
      'RULE_FAM_FEE_REGISTRATION_WEEK_NOT_PASSED data.letterDate',
    ]);
    expect(plan({ ...byPost, letterDate: '2017-05-01' }, afterRequest).fields.requestDeadline).toBe('2017-04-24');
  });

  it('after a request: only where the rest could be asked for; the rejection after the request', () => {
    expect(codes(paying(6090, afterRequest), afterRequest)).toEqual([
      'RULE_FAM_FEE_SHORTFALL_NOT_BELOW_LIMIT data.rejection.payment.amount',
    ]);
    expect(codes({ letterDate: '2017-04-03' }, afterRequest)).toEqual(['RULE_DATE_NOT_AFTER data.letterDate']);
  });
});

describe('fee-rejection, re-opening (R-FAM-003)', () => {
  const reopening = sample('fee-rejection', 'reopening');
  it.each([
    [829.99, []],
    [830, ['RULE_FAM_FEE_NOTHING_OUTSTANDING data.rejection.amountPaid']],
  ])('paid %s kr. of 830 kr.', (amountPaid, expected) => {
    expect(codes(rejection({ amountPaid }, reopening), reopening)).toEqual(expected);
  });

  it('no refund sentence: the source states none for a re-opening request', () => {
    expect(plan({}, reopening).fields).toMatchObject({ due: 830, paid: 500, refund: false });
  });
});

describe('fee-rejection: leaving, appeal, recipients', () => {
  it('in Denmark without another right to stay: leave at once, no date (R-FAM-081, R-FAM-084)', () => {
    expect(plan({}).fields.leaveAtOnce).toBe(true);
    const other = { ...(base.data.whereabouts as Record<string, unknown>), otherRightToStay: true };
    expect(plan({ whereabouts: other }).fields.leaveAtOnce).toBe(false);
    expect(JSON.stringify(plan({}).fields)).not.toContain('departureDate');
  });

  it('not appealable to Udlændingenævnet, § 46 a, stk. 1 (R-FAM-004, R-FAM-100)', () => {
    expect(plan({}).appeal).toMatchObject({
      kind: 'not-appealable',
      to: { name: 'Udlændingenævnet' },
      legalBasis: '§ 46 a, stk. 1',
    });
  });

  it('abroad: to the mission with a copy to another representative (R-FAM-091); a lawyer and a mission filing: the mission is told (R-FAM-093)', () => {
    const abroad = plan({}, sample('fee-rejection', 'application--abroad-mission-copy'));
    expect(abroad.recipient).toMatchObject({ name: 'Danmarks Ambassade i Beirut', regarding: 'Samir Khoury' });
    expect(abroad.copies.map((c) => c.recipient.name)).toEqual(['Rådgivningscentret for Familier']);
    const lawyer = plan({}, sample('fee-rejection', 'application--lawyer-mission-notice'));
    expect(lawyer.recipient.name).toBe('Advokat Mads Frost');
    expect(lawyer.companions?.map((c) => [c.letter, c.plan.variant, c.plan.recipient.name])).toEqual([
      ['spouse-reunification-decision', 'mission-notice', 'Danmarks Ambassade i Ankara'],
    ]);
  });

  it('abroad without a lawyer and without the mission: refused (R-FAM-090)', () => {
    expect(codes({ whereabouts: { applicantIs: 'abroad' } })).toEqual(['RULE_FAM_MISSION_REQUIRED data.whereabouts.mission']);
  });
});
