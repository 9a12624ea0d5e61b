/** Rules of the documentation request in a permanent-residence case (R-PR-107, R-PR-102, R-PR-070, R-PR-073). Pure. */
import { fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type Outcome, type Reason, toTheApplicant } from '../plan.ts';
import { type AnswerDate, chosenAnswer, fixedAnswer } from '../pr-answer-date.ts';
import { openingFields, openingReasons } from '../pr-opening.ts';
import { DOCUMENTATION_USES, type Input } from './schema.ts';

export type Variant = 'incomplete-application' | 'documentation';

/** What happens if nothing arrives by the answer date (src:16575–16577): the variant decides it, never the officer. */
export type Consequence = 'rejection' | 'decision-on-existing-basis';

/** The answer date: the reference's period for a § 11, stk. 10 defect (OPEN: 14 days or 3 weeks); else the officer's. */
export const answerDate = (input: Input): Result<AnswerDate> =>
  input.request.kind === 'incomplete-application'
    ? ok(fixedAnswer(input.letterDate, 'incompleteApplication'))
    : chosenAnswer(input.letterDate, input.request.answerBy, 'data.request.answerBy');

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const answer = answerDate(input);
  const sender = world.authorities.on('immigration-service/permanent-residence', input.letterDate, 'data.letterDate');
  if (!answer.ok || !sender.ok) return fail(...(answer.ok ? [] : answer.diagnostics), ...(sender.ok ? [] : sender.diagnostics));
  const { request } = input;
  const variant: Variant = request.kind;
  const consequence: Consequence = request.kind === 'incomplete-application' ? 'rejection' : 'decision-on-existing-basis';
  const why: Reason[] = [
    request.kind === 'incomplete-application'
      ? { rule: 'R-PR-102', because: 'non-fundamental defect of the application (§ 11, stk. 10): it may be rejected' }
      : {
          rule: DOCUMENTATION_USES[request.use],
          because: `documentation (${request.use}): a decision may be made on the existing basis`,
        },
    answer.value.why,
  ];
  if (input.opening) why.push(...openingReasons(input.opening));
  if (input.noPoliceReport)
    why.push({ rule: 'R-PR-152', because: 'no police report after the hearing: the paragraph opens the letter' });
  return ok({
    due: true,
    plan: {
      variant,
      why,
      ...toTheApplicant(input),
      sender: sender.value,
      appeal: null,
      copies: [],
      fields: {
        items: input.items.map(({ what, why: reason }) => ({ what, why: reason })),
        use: request.kind === 'documentation' ? request.use : null,
        answerBy: answer.value.answerBy,
        consequence,
        opening: openingFields(input.opening),
        noPoliceReport: input.noPoliceReport ? { applicantInformationDate: input.noPoliceReport.applicantInformationDate } : null,
      },
    },
  });
}
