/** Rules of the notice that no police report will be made (R-PR-152). Pure. */
import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type Outcome, toTheApplicant } from '../plan.ts';
import type { Input } from './schema.ts';

export type Variant = 'covering-letter';

/** Where the text goes for a next outcome other than a grant: a paragraph in that letter (src:16612–16619). */
const PARAGRAPH_IN: Record<Exclude<Input['nextOutcome'], 'grant'>, string> = {
  refusal: 'the refusal',
  'documentation-request': 'the documentation request (pr-documentation-request: noPoliceReport)',
  'other-letter': 'the next letter (pr-party-hearing: noPoliceReport)',
};

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  if (input.nextOutcome !== 'grant') {
    const into = PARAGRAPH_IN[input.nextOutcome];
    return ok({
      due: false,
      why: [{ rule: 'R-PR-152', because: `next outcome ${input.nextOutcome}: the text is a paragraph in ${into}` }],
      answer: `No separate letter: put the no-police-report paragraph (V-NO-POLICE-REPORT) in ${into}.`,
    });
  }
  const sender = world.authorities.on('immigration-service/permanent-residence', input.letterDate, 'data.letterDate');
  if (!sender.ok) return sender;
  return ok({
    due: true,
    plan: {
      variant: 'covering-letter',
      why: [
        {
          rule: 'R-PR-152',
          because: 'permanent residence is granted: never in the grant, a separate covering letter sent with it',
        },
      ],
      ...toTheApplicant(input),
      sender: sender.value,
      appeal: null,
      copies: [],
      fields: { hearingLetterDate: input.hearingLetterDate, applicantInformationDate: input.applicantInformationDate },
    },
  });
}
