/**
 * Rules of the fee rejection (R-FAM-004, R-FAM-005, R-FAM-003, R-FAM-012, R-FAM-081, R-FAM-084, R-FAM-100; amounts by
 * filing date from data/family-amounts.json; routing R-FAM-090..093). Pure.
 */
import { type Diagnostic, diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import { addDays, type CivilDate } from '../../domain/civil-date.ts';
import { amountOn, kroner, type Ore, ore } from '../../domain/family-amounts.ts';
import { collect } from '../collect.ts';
import type { RulesWorld } from '../define-letter.ts';
import { feeFacts, feeOutcome, paymentDeadline, paymentPeriodPlace } from '../family-fee.ts';
import { routeDecision, routedDecisionPlan, withMissionNotice } from '../family-routing.ts';
import type { Outcome, Reason } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = Input['rejection']['variant'];

/** R-FAM-012 (src:4641–4643): "op til ca. en uge" for a payment to show on the case; read as 7 full days. */
export const REGISTRATION_WAIT_DAYS = 7;

interface FeeFindings {
  readonly due: Ore;
  readonly paid: Ore;
  /** The day the payment was due: the filing date, or the request's deadline (R-FAM-012 waits a week after it). */
  readonly dueOn: CivilDate;
  /** The deadline of the request to pay the rest (application-after-request), printed in the reasons. */
  readonly requestDeadline: CivilDate | null;
  readonly why: readonly Reason[];
}

/** What was due and paid, and the day it was due; or why this is not a fee rejection. */
function findings(input: Input): Result<FeeFindings> {
  const r = input.rejection;
  const filingPath = 'data.rejection.filingDate';
  if (r.variant === 'reopening') {
    const fee = amountOn('fees/reopening', r.filingDate, filingPath);
    if (!fee.ok) return fee;
    const paid = ore(r.amountPaid);
    if (paid >= fee.value.value)
      return fail(diagnostic('RULE_FAM_FEE_NOTHING_OUTSTANDING', 'data.rejection.amountPaid', { rule: 'R-FAM-003' }));
    return ok({
      due: fee.value.value,
      paid,
      dueOn: r.filingDate,
      requestDeadline: null,
      why: [
        {
          rule: 'R-FAM-003',
          because: `re-opening fee ${kroner(fee.value.value)} kr. (${fee.value.table}) not paid in full at filing`,
        },
      ],
    });
  }
  const facts = feeFacts({ application: { category: r.category, filingDate: r.filingDate }, payment: r.payment }, filingPath);
  if (!facts.ok) return facts;
  const f = facts.value;
  const outcome = feeOutcome(f);
  const amountPath = 'data.rejection.payment.amount';
  if (outcome === 'nothing-outstanding')
    return fail(diagnostic('RULE_FAM_FEE_NOTHING_OUTSTANDING', amountPath, { rule: 'R-FAM-004' }));
  const limit = kroner(f.limit.value);
  const feeWhy: Reason = {
    rule: 'R-FAM-001',
    because: `fee ${kroner(f.due.value)} kr. (${f.due.table}, from ${f.due.from}) by the filing date`,
  };
  if (r.variant === 'application') {
    if (outcome === 'request-the-rest')
      return fail(diagnostic('RULE_FAM_FEE_SHORTFALL_BELOW_LIMIT', amountPath, { rule: 'R-FAM-005', limit }));
    return ok({
      due: f.due.value,
      paid: f.paid,
      dueOn: r.filingDate,
      requestDeadline: null,
      why: [
        feeWhy,
        { rule: 'R-FAM-004', because: `shortfall ${kroner(f.shortfall)} kr., not under ${limit} kr. (${f.limit.table})` },
      ],
    });
  }
  // After a request: only where the rest could be asked for, and once its deadline has passed.
  if (outcome === 'reject')
    return fail(diagnostic('RULE_FAM_FEE_SHORTFALL_NOT_BELOW_LIMIT', amountPath, { rule: 'R-FAM-004', limit }));
  const place = paymentPeriodPlace(input.whereabouts.applicantIs, r.request.filedIn, 'data.rejection.request.filedIn');
  if (!place.ok) return place;
  const deadline = paymentDeadline(r.request.letterDate, place.value, r.request.deliveryChannel);
  return ok({
    due: f.due.value,
    paid: f.paid,
    dueOn: deadline.date,
    requestDeadline: deadline.date,
    why: [
      feeWhy,
      { rule: 'R-FAM-005', because: `the rest (${kroner(f.shortfall)} kr.) asked for by ${deadline.date} was not paid` },
    ],
  });
}

/** R-FAM-012: no rejection until a week has passed since the payment was due, for a late payment to show. */
function waitedForRegistration(input: Input, dueOn: CivilDate): Diagnostic[] {
  const earliest = addDays(dueOn, REGISTRATION_WAIT_DAYS);
  return input.letterDate < earliest
    ? [
        diagnostic('RULE_FAM_FEE_REGISTRATION_WEEK_NOT_PASSED', 'data.letterDate', {
          rule: 'R-FAM-012',
          days: REGISTRATION_WAIT_DAYS,
        }),
      ]
    : [];
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const found = findings(input);
  if (!found.ok) return found;
  const waited = waitedForRegistration(input, found.value.dueOn);
  if (waited.length) return fail(...waited);
  const routed = routeDecision(input);
  // The schema requires the mission wherever the table sends the decision to it (RULE_FAM_MISSION_REQUIRED).
  if (!routed) throw new Error('no addressee: the schema lets no such input through');
  const looked = collect({
    sender: world.authorities.on('immigration-service/family', input.letterDate, 'data.letterDate'),
    board: world.authorities.on('immigration-appeals-board', input.letterDate, 'data.letterDate'),
  });
  if (!looked.ok) return looked;
  const { variant } = input.rejection;
  const w = input.whereabouts;
  // R-FAM-004, R-FAM-081, R-FAM-084: in Denmark without another right to stay, leave at once; no date is printed.
  const leaveAtOnce = w.applicantIs === 'in-denmark' && !w.otherRightToStay;
  const refund = variant !== 'reopening' && found.value.paid > 0;
  const why: Reason[] = [
    ...found.value.why,
    { rule: 'R-FAM-012', because: `at least ${REGISTRATION_WAIT_DAYS} days after ${found.value.dueOn}` },
    {
      rule: 'R-FAM-081',
      because: leaveAtOnce
        ? 'in Denmark without another right to stay: leave at once, no date (R-FAM-084)'
        : w.applicantIs === 'in-denmark'
          ? 'another right to stay: no departure sentence'
          : 'abroad: no departure sentence',
    },
    ...(refund ? [{ rule: 'R-FAM-004', because: 'what was paid is refunded with the rejection' }] : []),
    { rule: 'R-FAM-100', because: 'not appealable to Udlændingenævnet (§ 46 a, stk. 1)' },
    ...routed.why,
  ];
  const plan = routedDecisionPlan(input, routed, {
    variant,
    why,
    sender: looked.value.sender,
    appeal: {
      kind: 'not-appealable',
      to: looked.value.board,
      legalBasis: '§ 46 a, stk. 1',
      rules: [variant === 'reopening' ? 'R-FAM-100' : 'R-FAM-004', 'R-FAM-100'],
    },
    fields: {
      filingDate: input.rejection.filingDate,
      due: kroner(found.value.due),
      paid: kroner(found.value.paid),
      refund,
      leaveAtOnce,
      requestDeadline: found.value.requestDeadline,
    },
  });
  // R-FAM-093: the mission notice needs none of the fee facts.
  return ok({ due: true, plan: withMissionNotice(plan, routed, input.applicant.name, {}) });
}
