/**
 * Rules of the decision to move back to an asylum centre (R-ASY-110, src 000:52). One variant. The source names
 * neither the legal basis nor the appeal body (OPEN): the appeal guidance must come from legal review
 * (data/appeal-guidance.json), or the letter is refused (R-ASY-003).
 */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import { collect } from '../collect.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type AppealGuidance, type Outcome, toTheApplicant } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'decision';

const LETTER_ID = 'decision-move-back-to-asylum-centre';

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const looked = collect({
    sender: world.authorities.on('immigration-service', input.letterDate, 'data.letterDate'),
    appeal: configuredAppeal(input, world),
  });
  if (!looked.ok) return looked;
  const { sender, appeal } = looked.value;
  return ok({
    due: true,
    plan: {
      variant: 'decision',
      why: [
        {
          rule: 'R-ASY-110',
          because: 'allowed to live in own housing on condition of self-support; no longer self-supporting (officer): move back',
        },
        { rule: 'R-ASY-003', because: 'appeal body not in the source: appeal guidance as configured by legal review' },
      ],
      ...toTheApplicant(input),
      sender,
      appeal,
      copies: [],
      fields: {
        ownHousingPermissionDate: input.ownHousingPermissionDate,
        facts: input.facts,
        centre: input.centre,
        moveBy: input.moveBy,
      },
    },
  });
}

function configuredAppeal(input: Input, world: RulesWorld): Result<AppealGuidance> {
  const entry = world.appealConfiguration.for(LETTER_ID, 'decision', 'R-ASY-110');
  if (!entry.ok) return entry;
  const body = world.authorities.on(entry.value.body, input.letterDate, 'data.letterDate');
  if (!body.ok) return body;
  const { legalBasis, deadline, suspensive, fee } = entry.value;
  return ok({ kind: 'appeal', body: body.value, legalBasis, deadline, suspensive, fee, rules: ['R-ASY-110', 'configured'] });
}
