/**
 * The fee-refund letters (R-FAM-007..011): the deduction by reason (830 kr. in 2017, by the filing date), the card
 * account in the first six months after filing (day before / of / after the 6-month point), the statement when the
 * refund goes without the merits decision, and the refusals refused until legal review configures their appeal guidance.
 */
import { describe, expect, it } from 'vitest';
import { planLetter, renderLetter } from '../../src/engine.ts';
import { configuredWorld } from '../support/configured-world.ts';
import { flatText, readPdf } from '../support/pdf-text.ts';
import { sample, withData } from '../support/requests.ts';
import { testWorld } from '../support/world.ts';

const base = sample('fee-refund', 'refund-notice'); // filed 2017-02-20, 6.300 kr. by bank transfer, letter 2017-06-12
const planned = (changes: Record<string, unknown>, from = base, world = testWorld()) =>
  planLetter(withData(from, changes), world);
const codes = (changes: Record<string, unknown>, from = base) => {
  const result = planned(changes, from);
  return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.path}`);
};
const fields = (changes: Record<string, unknown>, from = base) => {
  const result = planned(changes, from);
  if (!result.ok || !result.value.outcome.due) throw new Error(JSON.stringify(result));
  return result.value.outcome.plan.fields;
};
const notice = (changes: Record<string, unknown>) => ({
  letter: { ...(base.data.letter as Record<string, unknown>), ...changes },
});

describe('fee-refund, refund notice: the deduction (R-FAM-007, R-FAM-011)', () => {
  it.each(['rejection-9-21', 'rejection-9c-6', 'rejection-9f-8', 'rejection-9g-4', 'rejection-47b'])(
    '%s: refunded less 830 kr.',
    (reason) => {
      expect(fields(notice({ reason }))).toMatchObject({ paid: 6300, deduction: 830, refund: 5470 });
    },
  );
  it.each([
    'fee-exempt',
    'fee-rejection',
    'rejection-9g-3',
    'appeal-reversed-family-unity',
    'withdrawn-exempt',
    'reopening-granted',
  ])('%s: refunded in full', (reason) => {
    expect(fields(notice({ reason }))).toMatchObject({ paid: 6300, deduction: null, refund: 6300 });
  });
  it.each([
    [830.01, []],
    [830, ['RULE_FAM_REFUND_NOTHING_TO_REFUND data.payment.amount']],
  ])('paid %s kr., rejected under § 47 b', (amount, expected) => {
    expect(codes({ ...notice({ reason: 'rejection-47b' }), payment: { amount, method: 'bank-transfer' } })).toEqual(expected);
  });
  it('the deduction follows the filing date; a year the table lacks is refused', () => {
    expect(codes({ ...notice({ reason: 'rejection-9-21' }), filingDate: '2016-12-31' })).toEqual([
      'DATED_TABLE_NO_VALUE_FOR_DATE data.filingDate',
    ]);
    expect(codes({ ...notice({ reason: 'fee-exempt' }), filingDate: '2016-12-31' })).toEqual([]);
  });
});

describe('fee-refund: a card payment in the first six months after filing goes back to the card (R-FAM-009)', () => {
  const card = (letterDate: string, refundTo: string) => ({
    letterDate,
    payment: { amount: 6300, method: 'card' },
    ...notice({ refundTo }),
  });
  it.each([
    ['2017-08-19', ['RULE_FAM_REFUND_CARD_ACCOUNT_REQUIRED data.letter.refundTo']], // the last day of the first six months
    ['2017-08-20', []], // six months after 20 February: the restriction has ended
    ['2017-08-21', []],
  ])('filed 20 February 2017, refund to the form account on %s', (letterDate, expected) => {
    expect(codes(card(letterDate, 'account-on-application-form'))).toEqual(expected);
  });
  it('to the card account at any time; never a non-card payment to a card', () => {
    expect(codes(card('2017-03-01', 'card-account'))).toEqual([]);
    expect(codes(notice({ refundTo: 'card-account' }))).toEqual(['RULE_FAM_REFUND_CARD_ACCOUNT_REQUIRED data.payment.method']);
  });
  it('through a mission only for an applicant abroad', () => {
    expect(codes(notice({ refundTo: 'danish-mission' }))).toEqual(['RULE_FAM_REFUND_MISSION_ONLY_ABROAD data.letter.refundTo']);
  });
});

describe('fee-refund: the refund without the merits decision says nothing is decided (R-FAM-010)', () => {
  it('the statement follows the fact', () => {
    expect(fields(notice({ withMeritsDecision: false })).notDecidedYet).toBe(true);
    expect(fields(notice({ withMeritsDecision: true })).notDecidedYet).toBe(false);
  });
  it('the letter prints it', async () => {
    const result = await renderLetter(base, testWorld());
    if (!result.ok || result.value.kind !== 'letter') throw new Error(JSON.stringify(result));
    const text = flatText(await readPdf(result.value.pdf));
    expect(text).toContain(
      'Vi har ikke taget stilling til, om du kan få opholdstilladelse, herunder om de øvrige betingelser for familiesammenføring kan fraviges.',
    );
    expect(text).toContain('Vi betaler derfor hele gebyret på 6.300 kr. tilbage.');
  });
});

describe('fee-refund: the refusals (R-FAM-008, R-FAM-011), OPEN appeal guidance', () => {
  const refusal = sample('fee-refund', 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--refund-refusal');
  const reference = sample('fee-refund', 'invalid/APPEAL_GUIDANCE_NOT_CONFIGURED--refund-refusal-reference');
  it.each([
    [refusal, 'refund-refusal'],
    [reference, 'refund-refusal-reference'],
  ])('refused until configured, naming R-FAM-008 (%#)', (request, variant) => {
    const result = planLetter(request, testWorld());
    expect(result.ok ? null : result.diagnostics[0]).toMatchObject({
      code: 'APPEAL_GUIDANCE_NOT_CONFIGURED',
      params: { variant, rule: 'R-FAM-008' },
    });
  });

  it('configured, the refusal carries the appeal guidance and the reason', async () => {
    const result = await renderLetter(refusal, configuredWorld());
    if (!result.ok || result.value.kind !== 'letter') throw new Error(JSON.stringify(result));
    const text = flatText(await readPdf(result.value.pdf));
    expect(text).toContain('Udlændingestyrelsen har afslået at betale gebyret på 6.300 kr. tilbage, jf. udlændingelovens § 9 h.');
    expect(text).toContain('Gebyret betales ikke tilbage, når ansøgningen er trukket tilbage.');
    expect(text).toContain('Klagevejledning');
  });

  it("the reference's refusal is made on its own case, to the reference, and names neither the applicant nor the original case", async () => {
    const result = await renderLetter(reference, configuredWorld());
    if (!result.ok || result.value.kind !== 'letter') throw new Error(JSON.stringify(result));
    const text = flatText(await readPdf(result.value.pdf));
    expect(text).toContain('2017/077310');
    expect(text).toContain('Karim Mansour');
    expect(text).not.toContain('2017/061904');
    expect(text).not.toContain('Hiba Mansour');
  });

  it('a separate case number equal to the original is refused', () => {
    expect(codes({ caseNumber: '2017/077310' }, reference)).toEqual([
      'RULE_FAM_REFUND_SEPARATE_CASE_REQUIRED data.letter.separateCaseNumber',
    ]);
  });

  it('an info variant without appeal guidance passes; a refusal never does (decisionVariants)', () => {
    const result = planned({}, refusal, configuredWorld());
    expect(result.ok && result.value.outcome.due && result.value.outcome.plan.appeal?.kind).toBe('appeal');
  });
});
