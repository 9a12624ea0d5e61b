/**
 * Rules of the rejection without a merits decision (rules.md R-FAM-007, R-FAM-016..019, R-FAM-081, R-FAM-088,
 * R-FAM-090..093, R-FAM-101). Pure: the input, the authority data, the appeal configuration and the dated amounts.
 */

import { diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { CivilDate } from '../../domain/civil-date.ts';
import { amountOn, kroner, ore } from '../../domain/family-amounts.ts';
import { collect } from '../collect.ts';
import { configuredAppeal } from '../configured-appeal.ts';
import type { RulesWorld } from '../define-letter.ts';
import { departureSection } from '../family-departure.ts';
import { routeDecision, routedDecisionPlan } from '../family-routing.ts';
import type { Outcome, Reason, TemplateFields } from '../plan.ts';
import type { Input, Rejection } from './schema.ts';

export const LETTER = 'family-application-rejection';
export type Variant = Rejection['variant'];

/** The provision of the rejection: by variant, and for §§ 9, stk. 21 / 9 c, stk. 6 / 9 f, stk. 8 by the application's basis (src:4921–4945). */
export function rejectionBasis(variant: Variant, applicationBasis: Input['applicationBasis']): string {
  if (variant === 'missing-documents') return '§ 9 g, stk. 3';
  if (variant === 'biometrics') return '§ 47 b';
  return { '9-1': '§ 9, stk. 21', '9c-1': '§ 9 c, stk. 6', '9f': '§ 9 f, stk. 8' }[applicationBasis];
}

/** R-FAM-007: a § 9 g, stk. 3 rejection refunds the whole fee; the others refund it less the administration fee (§ 9 h, stk. 7), by the filing date. */
function refund(input: Input): Result<TemplateFields | null> {
  if (input.feePaid === undefined) return ok(null);
  const paid = ore(input.feePaid);
  if (input.rejection.variant === 'missing-documents') return ok({ full: true, amount: kroner(paid), deduction: null });
  const deduction = amountOn('fees/administration-deduction', input.applicationDate, 'data.applicationDate');
  if (!deduction.ok) return deduction;
  const rest = Math.max(0, paid - deduction.value.value);
  return ok({ full: false, amount: rest / 100, deduction: kroner(deduction.value.value) });
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const r = input.rejection;
  const routed = routeDecision(input);
  if (!routed) return fail(diagnostic('RULE_FAM_MISSION_REQUIRED', 'data.whereabouts.mission', { rule: 'R-FAM-090' }));
  const looked = collect({
    sender: world.authorities.on('immigration-service/spouses-children', input.letterDate, 'data.letterDate'),
    // R-FAM-101 and family-application-rejection.md: appealability, body, deadline and suspensive effect are OPEN.
    appeal: configuredAppeal(world, { letter: LETTER, variant: r.variant, openRule: 'R-FAM-101', letterDate: input.letterDate }),
    refund: refund(input),
  });
  if (!looked.ok) return looked;
  const basis = rejectionBasis(r.variant, input.applicationBasis);
  const why: Reason[] = [
    ...routed.why,
    {
      rule: r.variant === 'biometrics' ? 'R-FAM-016' : r.variant === 'repeat-application' ? 'R-FAM-019' : 'R-FAM-017',
      because: `${r.variant}: rejected under ${basis}`,
    },
  ];
  const refunded = looked.value.refund;
  if (refunded)
    why.push({
      rule: 'R-FAM-007',
      because: refunded.full ? 'whole fee refunded' : `fee refunded less ${refunded.deduction} kr.`,
    });

  let departure: TemplateFields | null = null;
  if (r.variant === 'biometrics') {
    // OPEN: § 47 b is not among the "leave at once" rejections (src:10073–10093): the usual deadline is set.
    const section = r.departure ? departureSection(r.departure, input.letterDate, input.deliveryChannel, LETTER) : null;
    if (section) why.push(...section.why);
    departure = section?.fields ?? null;
  } else if (r.leave) {
    why.push({
      rule: 'R-FAM-081',
      because: r.leave === 'at-once' ? 'no deadline: leave at once' : 'another right to stay: leave as the visa allows',
    });
    departure = { kind: r.leave, date: null, control: false };
  }
  const fields: TemplateFields = {
    basis,
    ground: r.variant === 'unlawful-stay' ? r.ground : null,
    earlierRefusalDate: r.variant === 'repeat-application' ? r.earlierRefusalDate : null,
    missing: r.variant === 'missing-documents' ? r.missing : [],
    requestDate:
      r.variant === 'missing-documents' || r.variant === 'biometrics' ? ((r.requestDate ?? null) as CivilDate | null) : null,
    reasons: r.reasons,
    refund: refunded,
    departure,
    applicationDate: input.applicationDate,
  };
  const { sender, appeal } = looked.value;
  const plan = routedDecisionPlan(input, routed, { variant: r.variant, why, sender, appeal, fields });
  return ok({ due: true, plan });
}
