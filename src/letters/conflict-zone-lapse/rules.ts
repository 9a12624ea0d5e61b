/**
 * Rules of the § 21 b decisions (Familiesammenføringsmeddelelse 3/15; rules.md R-ASY-001, R-ASY-002,
 * R-ASY-090 to R-ASY-099). Pure: the input and the authority data decide.
 */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { Authority } from '../../domain/authorities.ts';
import type { CivilDate } from '../../domain/civil-date.ts';
import { collect } from '../collect.ts';
import type { RulesWorld } from '../define-letter.ts';
import {
  type AppealGuidance,
  type FollowUpAction,
  type FollowUpParty,
  type Outcome,
  type Reason,
  toTheApplicant,
} from '../plan.ts';
import { conflictZoneAppeal, courtReview } from './appeal.ts';
import { holdsRightOfResidence, type Input, isRefugee } from './schema.ts';
import { beganBeforeInForce } from './stay-abroad.ts';

export type Variant = 'lapse-in-denmark' | 'lapse-abroad' | 'dispensation-refused' | 'dispensation-granted';

type Lapse = Extract<Input, { decision: 'lapse' }>;

export function chooseVariant(input: Input): { variant: Variant | null; why: Reason[] } {
  const where: Reason = {
    rule: 'R-ASY-095',
    because: input.abroadAtDecision
      ? 'abroad at the decision: no right to re-enter, no departure deadline'
      : 'in Denmark at the decision: must leave at once',
  };
  if (input.decision !== 'lapse') {
    const granted = input.decision === 'dispensation-granted';
    const because = granted
      ? 'application under § 21 b, stk. 2 granted: the entry ban lapses; fully granted, no appeal guidance'
      : 'application under § 21 b, stk. 2 refused';
    // Where the person is matters for a refusal (duty to leave, suspensive effect), not for a grant.
    return { variant: input.decision, why: granted ? [{ rule: 'R-ASY-099', because }] : [{ rule: 'R-ASY-099', because }, where] };
  }
  const why: Reason[] = [];
  if (input.participationAfterInForce !== undefined) {
    why.push({
      rule: 'R-ASY-090',
      because: input.participationAfterInForce
        ? 'stay began before 1 March 2015; the activities took place after it'
        : 'stay began before 1 March 2015 and the activities did not take place after it: § 21 b does not apply',
    });
    if (!input.participationAfterInForce) return { variant: null, why };
  }
  why.push({ rule: 'R-ASY-091', because: `the police found reason to believe (${input.policeAssessmentDate})` });
  if (input.lapseBreachesObligations) {
    why.push({ rule: 'R-ASY-091', because: "lapse would breach Denmark's international obligations: no lapse" });
    return { variant: null, why };
  }
  why.push(
    {
      rule: 'R-ASY-093',
      because:
        input.hearing.kind === 'sent'
          ? `hearing sent ${input.hearing.date}, answer by ${input.hearing.answerBy}`
          : `hearing omitted: ${input.hearing.reason}`,
    },
    {
      rule: 'R-ASY-094',
      because:
        input.entryBan.kind === 'permanent'
          ? 'entry ban for ever'
          : `entry ban ${input.entryBan.years} years (for ever would breach obligations)`,
    },
    where,
  );
  if (isRefugee(input.permitBasis) && !input.abroadAtDecision)
    why.push({ rule: 'R-ASY-001', because: '§§ 7–8 holder in Denmark: removal decision' });
  if (tolerated(input))
    why.push({ rule: 'R-ASY-098', because: 'removal cannot be carried out: tolerated stay; the police do not see to departure' });
  return { variant: input.abroadAtDecision ? 'lapse-abroad' : 'lapse-in-denmark', why };
}

/** R-ASY-098: a §§ 7–8 holder in Denmark who cannot be removed has tolerated stay. */
const tolerated = (lapse: Lapse): boolean => lapse.removal?.possible === false;

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const { variant, why } = chooseVariant(input);
  if (variant === null) return ok({ due: false, why, answer: 'No lapse under § 21 b: no lapse decision is sent.' });
  const basis = input.permitBasis;
  const at = input.letterDate;
  // R-ASY-092: §§ 7–8 holders and asylum-office permits → Center for Asyl; others → Center for Familie og Besøg.
  const senderId = isRefugee(basis) || basis === 'asylum-office' ? 'immigration-service/asylum' : 'immigration-service/family';
  const looked = collect({
    sender: world.authorities.on(senderId, at, 'data.letterDate'),
    refugeeBoard: world.authorities.on('refugee-appeals-board', at, 'data.letterDate'),
    immigrationBoard: world.authorities.on('immigration-appeals-board', at, 'data.letterDate'),
    pet: world.authorities.on('police/pet', at, 'data.letterDate'),
    nec: world.authorities.on('police/nec', at, 'data.letterDate'),
  });
  if (!looked.ok) return looked;
  const { sender, refugeeBoard, immigrationBoard, pet, nec } = looked.value;
  why.push({ rule: 'R-ASY-092', because: `sender: ${sender.unit ?? sender.name}` });
  const appeal: AppealGuidance =
    variant === 'dispensation-granted'
      ? { kind: 'fully-granted', rules: ['R-ASY-099'] }
      : conflictZoneAppeal(basis, input.abroadAtDecision, { refugeeBoard, immigrationBoard });
  if (appeal.kind === 'appeal')
    why.push({
      rule: 'R-ASY-097',
      because: isRefugee(basis)
        ? '§§ 7–8 holder: appeal to Flygtningenævnet, no deadline, suspensive unless abroad'
        : `not a §§ 7–8 holder: appeal to Udlændingenævnet within 8 weeks of notification (OPEN end: udlaendingenaevnetDeadline)${
            courtReview(basis) ? '; EU-law person or Nordic citizen: also the courts (§ 52)' : ''
          }`,
    });
  const lapse = input.decision === 'lapse' ? input : null;
  const dispensation = input.decision === 'lapse' ? null : input;
  const toleratedStay = lapse !== null && tolerated(lapse);

  return ok({
    due: true,
    plan: {
      variant,
      why,
      ...toTheApplicant(input),
      sender,
      appeal,
      copies: [],
      followUp: notices(variant, { sender, pet, nec }, at),
      fields: {
        // EU-law persons and Nordic citizens: a right of residence (opholdsret) lapses, not a permit.
        rightOfResidence: holdsRightOfResidence(basis),
        isLapse: lapse !== null,
        euLaw: basis === 'eu-law',
        stayAbroad: { country: input.stayAbroad.country, from: input.stayAbroad.from, to: input.stayAbroad.to ?? null },
        // R-ASY-090: only what happened after 1 March 2015 counts; the letter says so for a stay that began before.
        beganBeforeInForce: lapse !== null && beganBeforeInForce(input.stayAbroad),
        policeAssessmentDate: input.policeAssessmentDate,
        assessment: input.assessment,
        hearingDate: lapse?.hearing.kind === 'sent' ? lapse.hearing.date : null,
        hearingOmitted: lapse?.hearing.kind === 'omitted' ? lapse.hearing.reason : null,
        entryBanYears: lapse?.entryBan.kind === 'shorter' ? lapse.entryBan.years : null,
        // R-ASY-094: valid from departure or removal; abroad, from the finding of lapse (this decision).
        banValidFromFinding: lapse !== null && input.abroadAtDecision ? input.letterDate : null,
        removal: lapse?.removal ?? null,
        toleratedStay,
        // R-ASY-095 with R-ASY-098: the police see to the departure only where removal can be carried out.
        policeSeeToDeparture: lapse !== null && !input.abroadAtDecision && !toleratedStay,
        departureDate: lapse?.departureDate ?? null,
        lapseDecisionDate: dispensation?.lapseDecisionDate ?? null,
        applicationDate: dispensation?.applicationDate ?? null,
        statedPurpose: dispensation?.statedPurpose ?? null,
        courtReview: appeal.kind === 'appeal' && courtReview(basis),
      },
    },
  });
}

/**
 * What the office must do besides the letter (3/15, "Notices to authorities"): every decision goes at once, by
 * phone, to the person's police district and PET (src:2105–2108, 2162–2163, 2521–2524); after a lapse NEC
 * registers the entry ban (R-ASY-094, src:2319–2342); after a grant of dispensation NEC deletes it (R-ASY-099,
 * src:2164–2167, 2343–2348). A refusal of dispensation leaves the ban as it is.
 */
function notices(
  variant: Variant,
  { sender, pet, nec }: { sender: Authority; pet: Authority; nec: Authority },
  letterDate: CivilDate,
): FollowUpAction[] {
  const due = { kind: 'with-the-letter', date: letterDate } as const;
  const notifyRule = variant === 'dispensation-granted' ? 'R-ASY-099' : '3/15, src:2105–2108';
  const notify = (to: FollowUpParty): FollowUpAction => ({
    action: 'notify-section-21b-decision',
    actor: sender,
    to,
    due,
    rule: notifyRule,
  });
  const actions = [notify({ kind: 'police-district' }), notify({ kind: 'authority', authority: pet })];
  const toNec = { kind: 'authority', authority: nec } as const;
  if (variant === 'lapse-in-denmark' || variant === 'lapse-abroad')
    actions.push({ action: 'ask-register-entry-ban', actor: sender, to: toNec, due, rule: 'R-ASY-094' });
  if (variant === 'dispensation-granted')
    actions.push({ action: 'ask-delete-entry-ban', actor: sender, to: toNec, due, rule: 'R-ASY-099' });
  return actions;
}
