/**
 * Rules of the fee-refund letters (R-FAM-007..011; the § 9 h, stk. 7 deduction by filing date from
 * data/family-amounts.json; routing R-FAM-090..093). Pure.
 */
import { diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import { addMonths, type CivilDate } from '../../domain/civil-date.ts';
import { amountOn, kroner, type Ore, ore } from '../../domain/family-amounts.ts';
import { configuredAppeal } from '../configured-appeal.ts';
import type { RulesWorld } from '../define-letter.ts';
import { routeDecision } from '../family-routing.ts';
import type { AppealGuidance, Outcome, Plan, Reason } from '../plan.ts';
import type { Input, RefundReason } from './schema.ts';

export type Variant = Input['letter']['variant'];
const LETTER = 'fee-refund';

/** R-FAM-007 (src:4676–4684): these rejections refund the fee less the administration fee of § 9 h, stk. 7. */
export const DEDUCTED_REASONS: ReadonlySet<RefundReason> = new Set([
  'rejection-9-21',
  'rejection-9c-6',
  'rejection-9f-8',
  'rejection-9g-4',
  'rejection-47b',
]);

/**
 * R-FAM-009 (src:4669–4670): a card payment is refunded "i de første seks måneder efter indgivelsen" only to the card's
 * account. The first six months end the day before the 6-month anniversary of the filing date; from that day the
 * restriction no longer applies (a statutory period is not stretched).
 */
export const cardAccountOnlyBefore = (filingDate: CivilDate): CivilDate => addMonths(filingDate, 6);

function refundNotice(
  input: Input,
  letter: Extract<Input['letter'], { variant: 'refund-notice' }>,
): Result<{ fields: Plan['fields']; why: Reason[] }> {
  const paid = ore(input.payment.amount);
  const why: Reason[] = [];
  let deduction = 0 as Ore;
  if (DEDUCTED_REASONS.has(letter.reason)) {
    const fee = amountOn('fees/administration-deduction', input.filingDate, 'data.filingDate');
    if (!fee.ok) return fee;
    deduction = fee.value.value;
    why.push({ rule: 'R-FAM-007', because: `${letter.reason}: less ${kroner(deduction)} kr. (${fee.value.table})` });
  } else {
    why.push({
      rule: letter.reason === 'reopening-granted' ? 'R-FAM-011' : 'R-FAM-007',
      because: `${letter.reason}: the full fee`,
    });
  }
  const refund = (paid - deduction) as Ore;
  if (refund <= 0) return fail(diagnostic('RULE_FAM_REFUND_NOTHING_TO_REFUND', 'data.payment.amount', { rule: 'R-FAM-007' }));
  const cardOnlyBefore = cardAccountOnlyBefore(input.filingDate);
  if (input.payment.method === 'card' && input.letterDate < cardOnlyBefore && letter.refundTo !== 'card-account')
    return fail(diagnostic('RULE_FAM_REFUND_CARD_ACCOUNT_REQUIRED', 'data.letter.refundTo', { rule: 'R-FAM-009' }));
  if (letter.refundTo === 'card-account' && input.payment.method !== 'card')
    return fail(diagnostic('RULE_FAM_REFUND_CARD_ACCOUNT_REQUIRED', 'data.payment.method', { rule: 'R-FAM-009' }));
  why.push({ rule: 'R-FAM-009', because: `refund to ${letter.refundTo}` });
  if (!letter.withMeritsDecision)
    why.push({ rule: 'R-FAM-010', because: 'not sent with the merits decision: the letter says nothing is decided yet' });
  return ok({
    why,
    fields: {
      reason: letter.reason,
      paid: kroner(paid),
      deduction: deduction > 0 ? kroner(deduction) : null,
      refund: kroner(refund),
      refundTo: letter.refundTo,
      notDecidedYet: !letter.withMeritsDecision,
    },
  });
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const { letter } = input;
  const sender = world.authorities.on('immigration-service/family', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  const base = {
    variant: letter.variant,
    letterDate: input.letterDate,
    officer: input.officer,
    sender: sender.value,
  };

  // The reference's request after a withdrawal: a case of its own, to the reference, who is no longer a party.
  if (letter.variant === 'refund-refusal-reference') {
    const appeal = configuredAppeal(world, {
      letter: LETTER,
      variant: letter.variant,
      openRule: 'R-FAM-008',
      letterDate: input.letterDate,
    });
    if (!appeal.ok) return appeal;
    return ok({
      due: true,
      plan: {
        ...base,
        why: [{ rule: 'R-FAM-008', because: 'the reference asked after the withdrawal: refused on a separate case' }],
        caseNumber: letter.separateCaseNumber,
        applicant: { name: letter.reference.name, dateOfBirth: letter.reference.dateOfBirth },
        recipient: { name: letter.reference.name, address: letter.reference.address },
        appeal: appeal.value,
        copies: [],
        fields: { reason: null },
      },
    });
  }

  const routed = routeDecision(input);
  if (!routed) throw new Error('no addressee: the schema lets no such input through');
  let fields: Plan['fields'] = { filingDate: input.filingDate, paid: kroner(ore(input.payment.amount)) };
  const why: Reason[] = [];
  let appeal: AppealGuidance | null = null;
  if (letter.variant === 'refund-notice') {
    const notice = refundNotice(input, letter);
    if (!notice.ok) return notice;
    fields = { ...fields, ...notice.value.fields };
    why.push(...notice.value.why);
  } else if (letter.variant === 'receipt-request') {
    why.push({ rule: 'R-FAM-009', because: 'a refund requires the payment receipt, which US does not hold' });
  } else {
    const configured = configuredAppeal(world, {
      letter: LETTER,
      variant: letter.variant,
      openRule: 'R-FAM-008',
      letterDate: input.letterDate,
    });
    if (!configured.ok) return configured;
    appeal = configured.value;
    fields = { ...fields, reason: letter.reason };
    why.push({ rule: letter.reason.startsWith('reopening') ? 'R-FAM-011' : 'R-FAM-008', because: `${letter.reason}: no refund` });
  }
  return ok({
    due: true,
    plan: {
      ...base,
      why: [...why, ...routed.why],
      caseNumber: input.caseNumber,
      applicant: { name: input.applicant.name, dateOfBirth: input.applicant.dateOfBirth },
      recipient: routed.recipient,
      appeal,
      copies: routed.copies,
      fields,
    },
  });
}
