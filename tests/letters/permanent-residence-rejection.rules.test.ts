/**
 * Rejection of a permanent-residence application (R-PR-100 to R-PR-103, R-PR-107, R-PR-110, R-PR-113): each variant's
 * conditions with the day before, of and after their limits, the appeal guidance the reference gives (fee) or leaves
 * OPEN (the others), and the extension sent with a § 11, stk. 10 rejection.
 */
import { describe, expect, it } from 'vitest';
import { planLetter } from '../../src/engine.ts';
import { feeShortfall } from '../../src/letters/permanent-residence-rejection/rules.ts';
import { configuredWorld } from '../support/configured-world.ts';
import { type Envelope, sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const fee = sample('permanent-residence-rejection', 'fee');
const incomplete = sample('permanent-residence-rejection', 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--incomplete');
const late = sample('permanent-residence-rejection', 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--late-filing');
const form = sample('permanent-residence-rejection', 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--form');

const codes = (request: Envelope, world = configuredWorld()) => {
  const result = planLetter(request, world);
  return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`);
};
const plan = (request: Envelope, world = configuredWorld()) => {
  const result = planLetter(request, world);
  if (!result.ok || !result.value.outcome.due) throw new Error(JSON.stringify(result));
  return result.value.outcome.plan;
};

describe('R-PR-100: fee rejection only for a shortfall over 205 kr., never for another category', () => {
  it.each([
    [5845.01, ['RULE_PRR_FEE_SHORTFALL_TOLERATED data.feePaid']],
    [5845, ['RULE_PRR_FEE_SHORTFALL_TOLERATED data.feePaid']],
    [5844.99, []],
  ])('due 6.050 kr., paid %f → %o', (paid, expected) => {
    expect(codes(withData(fee, { feePaid: paid }))).toEqual(expected);
  });
  it('the shortfall is computed in øre', () => {
    expect(feeShortfall(6050, 5844.99)).toBe(205.01);
  });
  it('a fee for another category is never a ground; not appealable to Udlændingenævnet, § 46 a, stk. 1', () => {
    expect(codes(withData(fee, { paidForOtherCategory: true }))).toEqual([
      'RULE_PRR_FEE_OTHER_CATEGORY data.paidForOtherCategory',
    ]);
    expect(plan(fee, testWorld()).appeal).toMatchObject({
      kind: 'not-appealable',
      to: { name: 'Udlændingenævnet' },
      legalBasis: '§ 46 a, stk. 1',
    });
  });
  it('R-PR-113 (OPEN): without a valid permit a departure deadline is due and the rejection is refused', () => {
    expect(codes(withData(fee, { validPermitAtDecision: false }))).toEqual([
      'RULE_PRR_DEPARTURE_NOT_CONFIGURED data.validPermitAtDecision',
    ]);
  });
});

describe('R-PR-103: late filing, after the day the permit expired', () => {
  it.each([
    ['2017-01-15', []],
    ['2017-01-16', ['RULE_PRR_NOT_LATE data.filingDate']],
    ['2017-01-17', ['RULE_PRR_NOT_LATE data.filingDate']],
  ])('filed 2017-01-16, permit expired %s → %o', (expired, expected) => {
    expect(codes(withData(late, { permitExpired: expired }))).toEqual(expected);
  });
  it.each(['7-8', '9b', '9c-2', '9c-3', '9d', '9e'])('a %s holder may always file in Denmark', (basis) => {
    expect(codes(withData(late, { permitBasis: basis }))).toEqual(['RULE_PRR_LATE_FILING_ALLOWED data.permitBasis']);
  });
});

describe('R-PR-101: the digital form from 1 May 2015, not for those without digital post or represented', () => {
  it.each([
    ['2015-04-30', ['RULE_PRR_DIGITAL_FORM_NOT_REQUIRED data.filingDate']],
    ['2015-05-01', []],
    ['2015-05-02', []],
  ])('filed %s → %o', (filed, expected) => {
    expect(codes(withData(form, { filingDate: filed, letterDate: '2017-01-20' }))).toEqual(expected);
  });
  it('exemptions, and the refund less 830 kr. (2017 level)', () => {
    expect(codes(withData(form, { signedUpForDigitalPost: false }))).toEqual([
      'RULE_PRR_DIGITAL_FORM_NOT_REQUIRED data.signedUpForDigitalPost',
    ]);
    expect(plan(form).fields).toMatchObject({ feePaid: 6050, refundDeduction: 830, refund: 5220 });
    expect(codes(withData(form, { letterDate: '2016-12-20', filingDate: '2016-12-01' }))).toEqual([
      'RULE_PR_AMOUNT_YEAR_UNKNOWN data.letterDate',
    ]);
  });
});

describe('R-PR-102, R-PR-107, R-PR-110: § 11, stk. 10', () => {
  it('a non-fundamental defect: not before the day after the answer date', () => {
    expect(codes(withData(incomplete, { letterDate: '2017-02-22' }))).toEqual([
      'RULE_PR_DECISION_BEFORE_ANSWER_DATE data.letterDate',
    ]);
    expect(codes(withData(incomplete, { letterDate: '2017-02-23' }))).toEqual([]);
    expect(codes(withData(incomplete, { letterDate: '2017-02-20', defect: { kind: 'fundamental' } }))).toEqual([]);
  });
  it('the appeal guidance is OPEN: refused in production, for every variant but the fee', () => {
    for (const request of [incomplete, late, form])
      expect(codes(request, testWorld())).toEqual(['APPEAL_GUIDANCE_NOT_CONFIGURED ']);
  });
  it('the extension goes with it when the permit expires within 6 months', () => {
    expect(plan(incomplete).companions?.map((c) => c.letter)).toEqual(['temporary-permit-extension']);
    expect(plan(incomplete).companions?.[0]?.plan.fields.withDecision).toBe('rejection');
    expect(codes(withData(incomplete, { temporaryPermitExpires: '2017-09-01' }))).toEqual([]);
    expect(codes(withData(incomplete, { temporaryPermitExpires: '2017-09-02' }))).toEqual([
      'RULE_PR_EXTENSION_NOT_DUE data.extension',
    ]);
  });
});
