/**
 * Rules of the request to pay the rest of the fee (R-FAM-005, R-FAM-001; the amounts by filing date from
 * data/family-amounts.json; routing R-FAM-095 and the reference). Pure.
 */
import { diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import { kroner } from '../../domain/family-amounts.ts';
import type { RulesWorld } from '../define-letter.ts';
import { noticePlan, noticeRecipients, onePlanPerRecipient } from '../family-addressee.ts';
import { feeFacts, feeOutcome, type PaymentPeriodPlace, paymentDeadline, paymentPeriodPlace } from '../family-fee.ts';
import type { Outcome, Reason, Recipient } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = PaymentPeriodPlace;

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const place = paymentPeriodPlace(input.whereabouts.applicantIs, input.filedIn, 'data.filedIn');
  const fee = feeFacts(input, 'data.application.filingDate');
  if (!place.ok || !fee.ok) return fail(...(place.ok ? [] : place.diagnostics), ...(fee.ok ? [] : fee.diagnostics));
  const facts = fee.value;
  const limit = kroner(facts.limit.value);
  switch (feeOutcome(facts)) {
    case 'nothing-outstanding':
      return fail(diagnostic('RULE_FAM_FEE_NOTHING_OUTSTANDING', 'data.payment.amount', { rule: 'R-FAM-005' }));
    case 'reject':
      return fail(diagnostic('RULE_FAM_FEE_SHORTFALL_NOT_BELOW_LIMIT', 'data.payment.amount', { rule: 'R-FAM-004', limit }));
    case 'request-the-rest':
      break;
  }
  const deadline = paymentDeadline(input.letterDate, place.value, input.deliveryChannel);
  const { recipients, routing } = noticeRecipients(input);
  const why: Reason[] = [
    {
      rule: 'R-FAM-001',
      because: `fee ${kroner(facts.due.value)} kr. (${facts.due.table}, from ${facts.due.from}) by the filing date`,
    },
    {
      rule: 'R-FAM-005',
      because: facts.paidForAnotherCategory
        ? 'the fee was paid for another case category: the parties are asked to pay the rest'
        : `the shortfall is under ${limit} kr. (${facts.limit.table}): the parties are asked to pay the rest`,
    },
    {
      rule: 'R-FAM-005',
      because: `${place.value === 'in-denmark' ? '14 days (applicant in Denmark)' : '4 weeks (applicant abroad, filed there)'}, counted from ${deadline.countedFrom} (${input.deliveryChannel}; OPEN: see README) → ${deadline.date}`,
    },
    ...routing.rules.map((rule) => ({
      rule,
      because: `applicant side: ${routing.to.join(' and ') || 'nobody'}; the reference always (OPEN)`,
    })),
  ];
  const sender = world.authorities.on('immigration-service/family', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  const plan = noticePlan(input, {
    variant: place.value,
    why,
    sender: sender.value,
    fields: {
      filingDate: input.application.filingDate,
      due: kroner(facts.due.value),
      paid: kroner(facts.paid),
      outstanding: kroner(facts.shortfall),
      paidForAnotherCategory: facts.paidForAnotherCategory,
      deadline: deadline.date,
    },
  });
  // "anmodes parterne" (src:4650): the applicant's side as R-FAM-095 routes it, and the reference in Denmark.
  const toReference: Recipient = {
    name: input.reference.name,
    address: input.reference.address,
    regarding: input.applicant.name,
  };
  const [first = toReference, ...others] = [...recipients, toReference];
  return ok({ due: true, plan: onePlanPerRecipient('fee-remaining-payment-request', first, others, plan) });
}
