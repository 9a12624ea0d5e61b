/** Rules of the answer to an operator's request to expedite on health grounds (Asylmeddelelse 9/16; R-ASY-083). Pure. */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import { collect } from '../collect.ts';
import type { RulesWorld } from '../define-letter.ts';
import type { Outcome, Reason } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'accepted' | 'cannot-complete';

export function chooseVariant(input: Input): { variant: Variant; why: Reason[] } {
  if (input.outcome.kind === 'accepted') {
    return {
      variant: 'accepted',
      why: [{ rule: 'R-ASY-083', because: 'the case is taken under urgent processing ("forlods")' }],
    };
  }
  return {
    variant: 'cannot-complete',
    why: [
      {
        rule: 'R-ASY-083',
        because: 'the case cannot be completed at present: co-signed by the deputy director of Center for Asyl',
      },
    ],
  };
}

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const { variant, why } = chooseVariant(input);
  const looked = collect({
    sender: world.authorities.on('immigration-service/asylum', input.letterDate, 'data.letterDate'),
    board: world.authorities.on('refugee-appeals-board', input.letterDate, 'data.letterDate'),
  });
  if (!looked.ok) return looked;
  const { sender, board } = looked.value;
  const { outcome } = input;
  return ok({
    due: true,
    plan: {
      variant,
      why,
      letterDate: input.letterDate,
      caseNumber: input.caseNumber,
      applicant: input.applicant,
      sender,
      recipient: { name: input.operator.name, address: input.operator.address },
      officer: input.officer,
      appeal: null,
      copies: [],
      // R-ASY-083: the operator's request itself makes the case urgent (src:1393–1397), whichever answer it gets:
      // if the case goes to Flygtningenævnet, the board is asked to schedule it urgently ("hasteberamme").
      followUp: [
        {
          action: 'ask-urgent-scheduling',
          actor: sender,
          to: { kind: 'authority', authority: board },
          due: { kind: 'when-sent-to-board' },
          rule: 'R-ASY-083',
        },
      ],
      fields: {
        applicantName: input.applicant.name,
        applicantDateOfBirth: input.applicant.dateOfBirth,
        requestDate: input.requestDate,
        expectedCompletionDate: outcome.expectedCompletionDate ?? null,
        deputyDirector: outcome.kind === 'cannot-complete' ? outcome.deputyDirector.name : null,
        reasons: outcome.kind === 'cannot-complete' ? (outcome.reasons ?? []) : [],
      },
    },
  });
}
