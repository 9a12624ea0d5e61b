/** Rules of the guidance to file a new application (standard 936; R-PR-140). Pure. */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type Outcome, toTheApplicant } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'guidance-936';

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const sender = world.authorities.on('immigration-service/permanent-residence', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  const { information } = input;
  const { reason } = information;
  return ok({
    due: true,
    plan: {
      variant: 'guidance-936',
      why: [
        {
          rule: 'R-PR-140',
          because:
            reason.kind === 'unrelated'
              ? 'the information does not concern the requirement refused: no re-opening case, a new application'
              : `the information dates from after the decision (${reason.informationDate}): no re-opening case, a new application`,
        },
      ],
      ...toTheApplicant(input),
      sender: sender.value,
      appeal: null,
      copies: [],
      fields: {
        refusalDate: input.refusalDate,
        receivedOn: information.receivedOn,
        what: information.what,
        reason: reason.kind,
        refusedRequirement: reason.kind === 'unrelated' ? reason.refusedRequirement : null,
        informationDate: reason.kind === 'after-decision' ? reason.informationDate : null,
      },
    },
  });
}
