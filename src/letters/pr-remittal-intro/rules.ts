/** Rules of the first letter after a remittal (R-PR-141): the variant by the requirements found met; the rules of the new assessment. Pure. */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type Outcome, toTheApplicant } from '../plan.ts';
import { openingFields, openingReasons } from '../pr-opening.ts';
import type { Input } from './schema.ts';

export type Variant = 'remitted' | 'remitted-requirements-met';

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const sender = world.authorities.on('immigration-service/permanent-residence', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  const opening = { kind: 'after-remittal' as const, ...input.remittal };
  return ok({
    due: true,
    plan: {
      variant: input.remittal.requirementsFoundMet.length > 0 ? 'remitted-requirements-met' : 'remitted',
      why: openingReasons(opening),
      ...toTheApplicant(input),
      sender: sender.value,
      appeal: null,
      copies: [],
      fields: { opening: openingFields(opening) },
    },
  });
}
