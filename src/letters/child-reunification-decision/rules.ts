/**
 * Rules of the first-time child decision (rules.md R-FAM-050..052, R-FAM-070/071, R-FAM-080..093, R-FAM-100/101;
 * letters/child-reunification-decision.md). Pure: the input, the authority data and the appeal configuration decide.
 */
import { diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import { collect } from '../collect.ts';
import { configuredAppeal } from '../configured-appeal.ts';
import type { RulesWorld } from '../define-letter.ts';
import { departureSection } from '../family-departure.ts';
import { type CapCandidate, passportCap, permitEnd } from '../family-grant.ts';
import { routeDecision, routedDecisionPlan } from '../family-routing.ts';
import type { AppealGuidance, Outcome, Reason, TemplateFields } from '../plan.ts';
import { violenceBarEnd } from '../spouse-reunification-decision/limits.ts';
import { lastDayBefore18 } from './limits.ts';
import type { Decision, Input } from './schema.ts';

export const LETTER = 'child-reunification-decision';

export type Variant = Decision['variant'];

/** The grants that give all the application asked for: § 9, stk. 1, nr. 2 (with or without § 9, stk. 15 conditions). */
const FULLY_GRANTED: readonly Variant[] = ['grant-under-15', 'grant-with-conditions'];

function appealFor(variant: Variant, input: Input, world: RulesWorld): Result<AppealGuidance> {
  if (FULLY_GRANTED.includes(variant)) return ok({ kind: 'fully-granted', rules: ['R-FAM-100'] });
  // R-FAM-101: no deadline or suspensive-effect wording in the handbook; refused until legal review configures it.
  return configuredAppeal(world, { letter: LETTER, variant, openRule: 'R-FAM-101', letterDate: input.letterDate });
}

/** R-FAM-051, R-FAM-071, R-FAM-030: the earliest of the day before the 18th birthday, the custody holder's permit, the passport cap, and the variant's own caps. */
function grantEnd(d: Extract<Decision, { permit: unknown }>, input: Input) {
  const caps: [CapCandidate, ...CapCandidate[]] = [
    { cap: 'eighteenth-birthday', date: lastDayBefore18(input.applicant.dateOfBirth), rule: 'R-FAM-051' },
  ];
  if (d.variant === 'grant-15-18') caps.push({ cap: 'standard-end', date: d.standardEnd, rule: 'R-FAM-050' });
  if (d.permit.custodyHolderPermitEnd)
    caps.push({ cap: 'custody-holder-permit', date: d.permit.custodyHolderPermitEnd, rule: 'R-FAM-051' });
  if (d.permit.passportExpiry)
    caps.push({ cap: 'passport-expiry', date: passportCap(d.permit.passportExpiry), rule: 'R-FAM-071' });
  if (d.variant === 'grant-7-3-reference') caps.push({ cap: 'reference-permit', date: d.referencePermitEnd, rule: 'R-FAM-030' });
  return permitEnd(caps);
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const d = input.decision;
  const routed = routeDecision(input);
  if (!routed) return fail(diagnostic('RULE_FAM_MISSION_REQUIRED', 'data.whereabouts.mission', { rule: 'R-FAM-090' }));
  const looked = collect({
    sender: world.authorities.on('immigration-service/spouses-children', input.letterDate, 'data.letterDate'),
    appeal: appealFor(d.variant, input, world),
  });
  if (!looked.ok) return looked;
  const why: Reason[] = [...routed.why];
  // "din far" / "din mor": from the reference's gender, never typed.
  const common = { parent: input.reference.gender === 'male' ? 'father' : 'mother', referenceName: input.reference.name };

  let fields: TemplateFields;
  if ('permit' in d) {
    const end = grantEnd(d, input);
    why.push({ rule: 'R-FAM-050', because: `${d.variant}: age at filing fits the variant` }, ...end.why);
    const conditions = d.variant === 'grant-with-conditions' ? d.conditions : null;
    if (conditions)
      why.push({
        rule: 'R-FAM-070',
        because: 'conditions (§ 9, stk. 15) stated with the revocation warning (§ 19, stk. 1, nr. 3)',
      });
    fields = {
      ...common,
      grant: {
        permitEnd: end.end.date,
        permitEndCap: end.end.cap,
        noPublicHelp: conditions?.noPublicHelp ?? false,
        housing: conditions?.housing ?? false,
        identity: {
          name: input.applicant.name,
          dateOfBirth: input.applicant.dateOfBirth,
          countryOfBirth: input.applicant.countryOfBirth,
          nationality: input.applicant.nationality,
        },
      },
      refusal: null,
      departure: null,
    };
  } else {
    const departure = d.departure ? departureSection(d.departure, input.letterDate, input.deliveryChannel, LETTER) : null;
    if (departure) why.push(...departure.why);
    else why.push({ rule: 'R-FAM-080', because: 'the child is abroad: no departure deadline (OPEN reading)' });
    const bar = d.variant === 'refusal-offence-bar' ? d : null;
    if (bar)
      why.push({
        rule: 'R-FAM-052',
        because: `bar from the latest final judgment ${bar.finalJudgmentDate} until ${violenceBarEnd(bar.finalJudgmentDate)}`,
      });
    fields = {
      ...common,
      grant: null,
      refusal: {
        headingKey: `${LETTER}:ground.${d.variant}`,
        reasons: d.reasons,
        barEndDate: bar ? violenceBarEnd(bar.finalJudgmentDate) : null,
        barEndsSoon: bar?.barEndsSoon ?? false,
      },
      departure: departure?.fields ?? null,
    };
  }
  const plan = routedDecisionPlan(input, routed, { variant: d.variant, why, ...looked.value, fields });
  return ok({ due: true, plan });
}
