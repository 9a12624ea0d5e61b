/** Rules of the documentation request in a permanent-residence case (R-PR-107, R-PR-102, R-PR-070, R-PR-073). Pure. */
import { diagnostic, fail, ok, type Result } from '../../diagnostics/diagnostic.ts';
import type { CivilDate } from '../../domain/civil-date.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type Outcome, type Reason, toTheApplicant } from '../plan.ts';
import { earliestChosenAnswerDate, fixedAnswerDate, PR_ANSWER_PERIODS, PR_MINIMUM_ANSWER_DAYS } from '../pr-answer-date.ts';
import { openingFields, openingReasons } from '../pr-opening.ts';
import { DOCUMENTATION_USES, type Input } from './schema.ts';

export type Variant = 'incomplete-application' | 'documentation';

/** What happens if nothing arrives by the answer date (src:16575–16577): the variant decides it, never the officer. */
export type Consequence = 'rejection' | 'decision-on-existing-basis';

export interface AnswerDate {
  readonly answerBy: CivilDate;
  readonly why: Reason;
}

/** The answer date: the reference's period for a § 11, stk. 10 defect; else the officer's date, never under the minimum. */
export function answerDate(input: Input): Result<AnswerDate> {
  if (input.request.kind === 'incomplete-application') {
    const { days, rule } = PR_ANSWER_PERIODS.incompleteApplication;
    const answerBy = fixedAnswerDate(input.letterDate, 'incompleteApplication');
    return ok({
      answerBy,
      why: {
        rule,
        because: `§ 11, stk. 10 defect: ${days} days from the letter (OPEN: 14 days or 3 weeks), answer by ${answerBy}`,
      },
    });
  }
  const earliest = earliestChosenAnswerDate(input.letterDate);
  if (input.request.answerBy < earliest) {
    return fail(
      diagnostic('RULE_PR_ANSWER_PERIOD_TOO_SHORT', 'data.request.answerBy', {
        date: earliest,
        days: PR_MINIMUM_ANSWER_DAYS,
        rule: 'R-PR-107',
      }),
    );
  }
  return ok({
    answerBy: input.request.answerBy,
    why: { rule: 'R-PR-107', because: `answer by ${input.request.answerBy} (at least ${PR_MINIMUM_ANSWER_DAYS} days, OPEN)` },
  });
}

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
