/**
 * Rules of the decision to move back to an asylum centre (R-ASY-110, src 000:52). One variant. The source names
 * neither the legal basis nor the appeal body (OPEN): both must come from legal review (data/appeal-guidance.json:
 * the appeal guidance and `decisionLegalBasis`), or the letter is refused (R-ASY-003; forvaltningsloven §§ 22, 24):
 * a configured appeal body never lets the decision go out without its own legal basis.
 */
import { diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import { collect } from '../collect.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type AppealGuidance, type Outcome, toTheApplicant } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'decision';

const LETTER_ID = 'decision-move-back-to-asylum-centre';

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const looked = collect({
    sender: world.authorities.on('immigration-service', input.letterDate, 'data.letterDate'),
    configured: configured(input, world),
  });
  if (!looked.ok) return looked;
  const {
    sender,
    configured: { appeal, decisionLegalBasis },
  } = looked.value;
  return ok({
    due: true,
    plan: {
      variant: 'decision',
      why: [
        {
          rule: 'R-ASY-110',
          because: 'allowed to live in own housing on condition of self-support; no longer self-supporting (officer): move back',
        },
        {
          rule: 'R-ASY-003',
          because: 'legal basis and appeal body not in the source: both as configured by legal review',
        },
      ],
      ...toTheApplicant(input),
      sender,
      appeal,
      copies: [],
      fields: {
        decisionLegalBasis,
        ownHousingPermissionDate: input.ownHousingPermissionDate,
        facts: input.facts,
        centre: input.centre,
        moveBy: input.moveBy,
      },
    },
  });
}

/** The configured appeal guidance and the decision's own legal basis: both, or the letter is refused. */
function configured(input: Input, world: RulesWorld): Result<{ appeal: AppealGuidance; decisionLegalBasis: string }> {
  const entry = world.appealConfiguration.for(LETTER_ID, 'decision', 'R-ASY-110');
  if (!entry.ok) return entry;
  const { decisionLegalBasis, legalBasis, deadline, suspensive, fee } = entry.value;
  if (decisionLegalBasis === undefined) {
    return fail(diagnostic('RULE_MOVE_BACK_LEGAL_BASIS_NOT_CONFIGURED', '', { rule: 'R-ASY-110' }));
  }
  const body = world.authorities.on(entry.value.body, input.letterDate, 'data.letterDate');
  if (!body.ok) return body;
  const rules = ['R-ASY-110', 'configured'];
  return ok({ appeal: { kind: 'appeal', body: body.value, legalBasis, deadline, suspensive, fee, rules }, decisionLegalBasis });
}
