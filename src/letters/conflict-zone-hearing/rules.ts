/** Rules of the hearing before a § 21 b lapse decision (R-ASY-092, R-ASY-093). Pure. */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import { collect } from '../collect.ts';
import { holdsRightOfResidence, isRefugee } from '../conflict-zone-lapse/schema.ts';
import { beganBeforeInForce } from '../conflict-zone-lapse/stay-abroad.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type Outcome, type Reason, toTheApplicant } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'hearing';

export function chooseVariant(input: Input): { variant: Variant | null; why: Reason[] } {
  if (input.hearing.kind === 'omit') {
    return {
      variant: null,
      why: [
        {
          rule: 'R-ASY-093',
          because: `hearing omitted (forvaltningslovens § 19, stk. 2, nr. 5, 2. led): ${input.hearing.reason}`,
        },
      ],
    };
  }
  return {
    variant: 'hearing',
    why: [{ rule: 'R-ASY-093', because: `hearing before the lapse decision, answer by ${input.hearing.answerBy}` }],
  };
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const { variant, why } = chooseVariant(input);
  if (variant === null || input.hearing.kind === 'omit') {
    return ok({ due: false, why, answer: 'No hearing letter: record the reason for omitting the hearing in the case.' });
  }
  const asylum = isRefugee(input.permitBasis) || input.permitBasis === 'asylum-office';
  const looked = collect({
    sender: world.authorities.on(
      asylum ? 'immigration-service/asylum' : 'immigration-service/family',
      input.letterDate,
      'data.letterDate',
    ),
  });
  if (!looked.ok) return looked;
  const { sender } = looked.value;
  why.push({ rule: 'R-ASY-092', because: `sender: ${sender.unit ?? sender.name}` });
  return ok({
    due: true,
    plan: {
      variant,
      why,
      ...toTheApplicant(input),
      sender,
      appeal: null,
      copies: [],
      fields: {
        // EU-law persons and Nordic citizens: a right of residence (opholdsret) would lapse, not a permit.
        rightOfResidence: holdsRightOfResidence(input.permitBasis),
        stayAbroad: { country: input.stayAbroad.country, from: input.stayAbroad.from, to: input.stayAbroad.to ?? null },
        // R-ASY-090: a stay that began before 1 March 2015 counts only from that day; the letter says so.
        beganBeforeInForce: beganBeforeInForce(input.stayAbroad),
        policeAssessmentDate: input.policeAssessmentDate,
        information: input.information,
        answerBy: input.hearing.answerBy,
      },
    },
  });
}
