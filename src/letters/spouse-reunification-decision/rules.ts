/**
 * Rules of the first-time spouse decision (rules.md, "Family reunification"; letters/spouse-reunification-decision.md).
 * Pure: the input, the authority data, the appeal configuration and the dated amounts decide.
 */

import { diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import { addMonths } from '../../domain/civil-date.ts';
import { amountOn, kroner } from '../../domain/family-amounts.ts';
import { collect } from '../collect.ts';
import { configuredAppeal } from '../configured-appeal.ts';
import type { RulesWorld } from '../define-letter.ts';
import { departureSection } from '../family-departure.ts';
import { type CapCandidate, passportCap, permitEnd } from '../family-grant.ts';
import { routeDecision, routedDecisionPlan, withMissionNotice } from '../family-routing.ts';
import type { AppealGuidance, Outcome, Reason, TemplateFields } from '../plan.ts';
import { violenceBarEnd } from './limits.ts';
import { type Grant, type Input, REFUSAL_GROUNDS, type RefusalGroundInput, WAIVABLE } from './schema.ts';

export const LETTER = 'spouse-reunification-decision';

export type Variant = 'grant-9-1-1' | 'grant-9c-waiver' | 'grant-9c-family-life' | 'grant-7-3-reference' | 'refusal';

export const variantOf = (input: Input): Variant =>
  input.decision.outcome === 'refusal' ? 'refusal' : (`grant-${input.decision.basis}` as Variant);

/** R-FAM-020: the grounds in the reference's order; the first is the main ground. */
export const orderGrounds = (grounds: readonly RefusalGroundInput[]): RefusalGroundInput[] =>
  [...grounds].sort((a, b) => REFUSAL_GROUNDS.indexOf(a.ground) - REFUSAL_GROUNDS.indexOf(b.ground));

/**
 * R-FAM-028, R-FAM-038: the letter says that a waiver under § 9 c, stk. 1 was considered only where every unmet
 * condition may be waived; a ground that cannot be waived (valid, forced or sham marriage, …) never offers one.
 */
export const waiverConsidered = (grounds: readonly RefusalGroundInput[]): boolean =>
  grounds.every((g) => (WAIVABLE as readonly string[]).includes(g.ground));

const pronoun = (gender: 'male' | 'female') => (gender === 'male' ? 'han' : 'hun');

/** One ground as the template prints it: its heading key, the officer's reasons, and what that ground adds. */
function groundFields(g: RefusalGroundInput, input: Input): TemplateFields {
  return {
    ground: g.ground,
    headingKey: `${LETTER}:ground.${g.ground}`,
    // The summary forced-marriage ground has no reasons field at all (src:5747–5750).
    reasons: 'reasons' in g ? g.reasons : [],
    barEndDate: g.ground === 'violence-bar' ? violenceBarEnd(g.finalJudgmentDate) : null,
    barEndsSoon: g.ground === 'violence-bar' ? g.barEndsSoon : false,
    newApplicationGuidance: g.ground === 'tie' && g.newApplicationGuidance ? { pronoun: pronoun(input.reference.gender) } : null,
  };
}

function appealFor(variant: Variant, input: Input, world: RulesWorld): Result<AppealGuidance> {
  // A grant that gives all the application asked for needs no appeal guidance (forvaltningsloven § 25; anatomy.md).
  if (variant === 'grant-9-1-1') return ok({ kind: 'fully-granted', rules: ['R-FAM-100'] });
  // R-FAM-101: the handbook gives no appeal deadline and no suspensive-effect wording for these decisions; a refusal
  // and a § 9 c, stk. 1 grant (OPEN whether it needs guidance) are refused until legal review configures them.
  return configuredAppeal(world, { letter: LETTER, variant, openRule: 'R-FAM-101', letterDate: input.letterDate });
}

function grantFields(d: Grant, input: Input): Result<{ fields: TemplateFields; why: Reason[] }> {
  const why: Reason[] = [];
  // R-FAM-071, R-FAM-030: the end date is the earliest applicable cap.
  const caps: [CapCandidate, ...CapCandidate[]] = [{ cap: 'standard-end', date: d.permit.standardEnd, rule: 'R-FAM-071' }];
  if (!d.permit.syrianTwoYearRule && d.permit.passportExpiry)
    caps.push({ cap: 'passport-expiry', date: passportCap(d.permit.passportExpiry), rule: 'R-FAM-071' });
  if (d.permit.syrianTwoYearRule)
    why.push({ rule: 'R-FAM-071', because: 'Syrian national: the passport does not shorten the permit' });
  if (d.basis === '7-3-reference') caps.push({ cap: 'reference-permit', date: d.referencePermitEnd, rule: 'R-FAM-030' });
  const end = permitEnd(caps);
  why.push(...end.why);

  // R-FAM-036: the security's amount by the filing date, from the dated table (never in a template).
  let security: number | null = null;
  if (d.conditions.financialSecurity) {
    const amount = amountOn('security/full', input.applicationDate, 'data.applicationDate');
    if (!amount.ok) return amount;
    security = kroner(amount.value.value);
    why.push({
      rule: 'R-FAM-036',
      because: `security ${security} kr. (${amount.value.table}, row from ${amount.value.from}, by the filing date)`,
    });
  }
  if (d.conditions.danishTest !== 'none')
    why.push({ rule: 'R-FAM-037', because: `Danish test A1 within 6 months, counted ${d.conditions.danishTest}` });
  const housing = d.conditions.housing;
  const comingHome =
    housing.kind === 'coming-home'
      ? {
          referenceInDenmark: housing.referenceAtDecision === 'in-denmark',
          // R-FAM-035: 6 months from the decision (reference in Denmark) or from the reference's return (no date yet).
          proofBy: housing.referenceAtDecision === 'in-denmark' ? addMonths(input.letterDate, 6) : null,
          housingUntil: addMonths(input.applicationDate, 18),
        }
      : null;
  if (comingHome) why.push({ rule: 'R-FAM-035', because: `coming home: housing to ${comingHome.housingUntil}` });
  const hasConditions = security !== null || d.conditions.danishTest !== 'none' || comingHome !== null;
  if (hasConditions)
    why.push({ rule: 'R-FAM-070', because: 'conditions stated with the revocation warning (§ 19, stk. 1, nr. 3)' });
  return ok({
    fields: {
      basis: d.basis,
      waived: d.basis === '9c-waiver' ? WAIVABLE.filter((w) => d.waived.includes(w)) : [],
      waiverReason: d.basis === '9c-waiver' ? d.waiverReason : null,
      // "jf. § 9 c, stk. 1, 2. pkt.": the supplementary conditions apply as a rule (positive list etc.).
      secondSentence: d.basis === '9c-waiver' && d.waiverReason !== 'exceptional-reasons',
      permitEnd: end.end.date,
      permitEndCap: end.end.cap,
      identity: {
        name: input.applicant.name,
        dateOfBirth: input.applicant.dateOfBirth,
        countryOfBirth: input.applicant.countryOfBirth,
        nationality: input.applicant.nationality,
      },
      security,
      danishTest: d.conditions.danishTest === 'none' ? null : d.conditions.danishTest,
      comingHome,
      hasConditions,
    },
    why,
  });
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const variant = variantOf(input);
  const routed = routeDecision(input);
  // The schema refuses the facts that leave no addressee (RULE_FAM_MISSION_REQUIRED); this is the last guard.
  if (!routed) return fail(diagnostic('RULE_FAM_MISSION_REQUIRED', 'data.whereabouts.mission', { rule: 'R-FAM-090' }));
  const looked = collect({
    sender: world.authorities.on('immigration-service/spouses-children', input.letterDate, 'data.letterDate'),
    appeal: appealFor(variant, input, world),
  });
  if (!looked.ok) return looked;
  const why: Reason[] = [...routed.why];
  const d = input.decision;
  const common = {
    relationship: input.relationship.kind,
    referenceName: input.reference.name,
    applicantAbroad: input.whereabouts.applicantIs === 'abroad',
    applicationDate: input.applicationDate,
  };

  let fields: TemplateFields;
  if (d.outcome === 'refusal') {
    const ordered = orderGrounds(d.grounds);
    const [main, ...others] = ordered;
    if (!main) throw new Error('the schema requires at least one ground');
    why.push({
      rule: 'R-FAM-020',
      because: `main ground ${main.ground}${others.length ? `; then ${others.map((g) => g.ground).join(', ')}` : ''}`,
    });
    const waiver = waiverConsidered(ordered);
    why.push({
      rule: waiver ? 'R-FAM-028' : 'R-FAM-038',
      because: waiver
        ? 'every unmet condition may be waived: the § 9 c, stk. 1 assessment is stated'
        : 'a ground that cannot be waived: no waiver is offered',
    });
    if (main.ground === 'forced-marriage-summary' || others.some((g) => g.ground === 'forced-marriage-summary'))
      why.push({ rule: 'R-FAM-025', because: 'forced marriage, summary reasons: the letter never says who reported coercion' });
    const departure = d.departure ? departureSection(d.departure, input.letterDate, input.deliveryChannel, LETTER) : null;
    if (departure) why.push(...departure.why);
    else why.push({ rule: 'R-FAM-080', because: 'the applicant is abroad: no departure deadline (OPEN reading)' });
    fields = {
      ...common,
      main: groundFields(main, input),
      others: others.map((g) => groundFields(g, input)),
      waiverConsidered: waiver,
      departure: departure?.fields ?? null,
      grant: null,
    };
  } else {
    const granted = grantFields(d, input);
    if (!granted.ok) return granted;
    why.push(...granted.value.why);
    fields = { ...common, main: null, others: [], waiverConsidered: false, departure: null, grant: granted.value.fields };
  }

  const plan = routedDecisionPlan(input, routed, { variant, why, ...looked.value, fields });
  // R-FAM-093: the mission notice prints the decision's own facts.
  return ok({ due: true, plan: withMissionNotice(plan, routed, input.applicant.name, { ...fields }) });
}
