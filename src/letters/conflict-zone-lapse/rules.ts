/**
 * Rules of the § 21 b decisions (Familiesammenføringsmeddelelse 3/15; rules.md R-ASY-001, R-ASY-002,
 * R-ASY-090 to R-ASY-099). Pure: the input and the authority data decide.
 */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import { collect } from '../collect.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type Outcome, type Reason, toTheApplicant } from '../plan.ts';
import { conflictZoneAppeal } from './appeal.ts';
import { type Input, isRefugee } from './schema.ts';

export type Variant = 'lapse-in-denmark' | 'lapse-abroad' | 'dispensation-refused';

export function chooseVariant(input: Input): { variant: Variant | null; why: Reason[] } {
  const where: Reason = {
    rule: 'R-ASY-095',
    because: input.abroadAtDecision
      ? 'abroad at the decision: no right to re-enter, no departure deadline'
      : 'in Denmark at the decision: must leave at once',
  };
  if (input.decision === 'dispensation-refused') {
    return {
      variant: 'dispensation-refused',
      why: [{ rule: 'R-ASY-099', because: 'application under § 21 b, stk. 2 refused' }, where],
    };
  }
  const why: Reason[] = [{ rule: 'R-ASY-091', because: `the police found reason to believe (${input.policeAssessmentDate})` }];
  if (input.lapseBreachesObligations) {
    why.push({ rule: 'R-ASY-091', because: "lapse would breach Denmark's international obligations: no lapse" });
    return { variant: null, why };
  }
  why.push(
    {
      rule: 'R-ASY-093',
      because: input.hearing.kind === 'sent' ? `hearing sent ${input.hearing.date}` : `hearing omitted: ${input.hearing.reason}`,
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
  return { variant: input.abroadAtDecision ? 'lapse-abroad' : 'lapse-in-denmark', why };
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const { variant, why } = chooseVariant(input);
  if (variant === null)
    return ok({ due: false, why, answer: 'No lapse: it would breach international obligations; no lapse decision is sent.' });
  const refugee = isRefugee(input.permitBasis);
  const at = input.letterDate;
  // R-ASY-092: §§ 7–8 holders and asylum-office permits → Center for Asyl; others → Center for Familie og Besøg.
  const senderId = refugee || input.permitBasis === 'asylum-office' ? 'immigration-service/asylum' : 'immigration-service/family';
  const looked = collect({
    sender: world.authorities.on(senderId, at, 'data.letterDate'),
    refugeeBoard: world.authorities.on('refugee-appeals-board', at, 'data.letterDate'),
    immigrationBoard: world.authorities.on('immigration-appeals-board', at, 'data.letterDate'),
  });
  if (!looked.ok) return looked;
  const { sender, refugeeBoard, immigrationBoard } = looked.value;
  why.push(
    { rule: 'R-ASY-092', because: `sender: ${sender.unit ?? sender.name}` },
    {
      rule: 'R-ASY-097',
      because: refugee
        ? '§§ 7–8 holder: appeal to Flygtningenævnet, no deadline, suspensive unless abroad'
        : 'not a §§ 7–8 holder: appeal to Udlændingenævnet within 8 weeks of notification (OPEN end: udlaendingenaevnetDeadline)',
    },
  );
  const lapse = input.decision === 'lapse' ? input : null;
  const dispensation = input.decision === 'dispensation-refused' ? input : null;

  return ok({
    due: true,
    plan: {
      variant,
      why,
      ...toTheApplicant(input),
      sender,
      appeal: conflictZoneAppeal(refugee, input.abroadAtDecision, { refugeeBoard, immigrationBoard }),
      copies: [],
      fields: {
        stayAbroad: { country: input.stayAbroad.country, from: input.stayAbroad.from, to: input.stayAbroad.to ?? null },
        policeAssessmentDate: input.policeAssessmentDate,
        assessment: input.assessment,
        hearingDate: lapse?.hearing.kind === 'sent' ? lapse.hearing.date : null,
        hearingOmitted: lapse?.hearing.kind === 'omitted' ? lapse.hearing.reason : null,
        entryBanYears: lapse?.entryBan.kind === 'shorter' ? lapse.entryBan.years : null,
        // R-ASY-094: valid from departure or removal; abroad, from the finding of lapse (this decision).
        banValidFromFinding: lapse !== null && input.abroadAtDecision ? input.letterDate : null,
        removal: lapse?.removal ?? null,
        // R-ASY-098: a §§ 7–8 holder in Denmark who cannot be removed has tolerated stay.
        toleratedStay: lapse?.removal?.possible === false,
        departureDate: lapse?.departureDate ?? null,
        lapseDecisionDate: dispensation?.lapseDecisionDate ?? null,
        applicationDate: dispensation?.applicationDate ?? null,
        statedPurpose: dispensation?.statedPurpose ?? null,
      },
    },
  });
}
