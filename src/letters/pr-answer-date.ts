/**
 * Answer dates of the permanent-residence procedural letters (documentation request, hearing), and the rule
 * that the decision which follows waits for the answer. Pure: dates in, dates out.
 *
 * Where the reference gives a period it is computed from the letter date and cannot be chosen; where it gives
 * none the officer chooses the date, but never earlier than the named minimum (OPEN; README, open legal questions).
 */
import type { z } from 'zod';
import { diagnostic, fail, ok, type Result } from '../diagnostics/diagnostic.ts';
import { addDays, type CivilDate } from '../domain/civil-date.ts';
import { areDates } from './date-checks.ts';
import type { Reason } from './plan.ts';

/** The periods the reference gives, each with its rule and source, counted in days from the letter's date. */
export const PR_ANSWER_PERIODS = {
  /** Public help in eIndkomst though declared none: "3 uger fra datoen for partshøringen" (R-PR-047, src:15258–15263). */
  publicHelpHearing: { days: 21, rule: 'R-PR-047', says: '3 weeks from the hearing' },
  /** Departure to an unknown address, now in CPR: 2 weeks (R-PR-031, src:14640–14658). */
  departureHearing: { days: 14, rule: 'R-PR-031', says: '2 weeks' },
  /**
   * A non-fundamental defect under § 11, stk. 10: the handbook says 14 days (src:16457–16458) and 3 weeks
   * (src:16510–16511). OPEN: the longer, 3 weeks, protects the applicant (R-PR-102).
   */
  incompleteApplication: { days: 21, rule: 'R-PR-102', says: '§ 11, stk. 10 defect: 3 weeks (OPEN: 14 days or 3 weeks)' },
} as const;

export type FixedAnswerPeriod = keyof typeof PR_ANSWER_PERIODS;

/**
 * The shortest answer period an officer may give where the reference gives none (documentation requests and
 * hearings on other matters). OPEN: the handbook's case tracking waits "andok" + 21 days (src:14150, 16604);
 * the applicant gets at least those 21 days (R-PR-107).
 */
export const PR_MINIMUM_ANSWER_DAYS = 21;

/** The answer date of a period the reference fixes: the letter's date plus the period. */
export const fixedAnswerDate = (letterDate: CivilDate, period: FixedAnswerPeriod): CivilDate =>
  addDays(letterDate, PR_ANSWER_PERIODS[period].days);

/** The earliest answer date an officer may choose where the reference gives no period. */
export const earliestChosenAnswerDate = (letterDate: CivilDate): CivilDate => addDays(letterDate, PR_MINIMUM_ANSWER_DAYS);

/** A letter's answer date and why, for its plan (`fields.answerBy`, `why`). */
export interface AnswerDate {
  readonly answerBy: CivilDate;
  readonly why: Reason;
}

/** The answer date of a period the reference fixes, with its rule. */
export function fixedAnswer(letterDate: CivilDate, period: FixedAnswerPeriod): AnswerDate {
  const { rule, says } = PR_ANSWER_PERIODS[period];
  const answerBy = fixedAnswerDate(letterDate, period);
  return { answerBy, why: { rule, because: `${says}: answer by ${answerBy}` } };
}

/** The officer's answer date where the reference gives no period: RULE_PR_ANSWER_PERIOD_TOO_SHORT at `path` when under the minimum. */
export function chosenAnswer(letterDate: CivilDate, answerBy: CivilDate, path: string): Result<AnswerDate> {
  const earliest = earliestChosenAnswerDate(letterDate);
  if (answerBy < earliest)
    return fail(
      diagnostic('RULE_PR_ANSWER_PERIOD_TOO_SHORT', path, { date: earliest, days: PR_MINIMUM_ANSWER_DAYS, rule: 'R-PR-107' }),
    );
  return ok({
    answerBy,
    why: { rule: 'R-PR-107', because: `answer by ${answerBy} (at least ${PR_MINIMUM_ANSWER_DAYS} days, OPEN)` },
  });
}

/**
 * The earliest date of the decision that follows a documentation request or hearing (for the decision letters'
 * schemas). OPEN: with no reply, the day after the answer date ("senest den …" leaves the whole answer date to the
 * applicant); once the applicant has replied before then, the day of the reply.
 */
export function earliestDecisionDate(answer: { readonly answerBy: CivilDate; readonly repliedOn?: CivilDate | null }): CivilDate {
  const afterAnswerDate = addDays(answer.answerBy, 1);
  return answer.repliedOn && answer.repliedOn < afterAnswerDate ? answer.repliedOn : afterAnswerDate;
}

/**
 * For a decision's schema: refuses a decision dated before `earliestDecisionDate` with
 * RULE_PR_DECISION_BEFORE_ANSWER_DATE at `path` (the decision's date field).
 */
export function decisionNotBeforeAnswer(
  ctx: z.RefinementCtx,
  path: readonly (string | number)[],
  decisionDate: unknown,
  answer: { readonly answerBy: unknown; readonly repliedOn?: unknown },
) {
  if (!areDates(decisionDate, answer.answerBy) || (answer.repliedOn != null && !areDates(answer.repliedOn))) return;
  const earliest = earliestDecisionDate(answer as { answerBy: CivilDate; repliedOn?: CivilDate | null });
  if ((decisionDate as CivilDate) < earliest) {
    ctx.addIssue({
      code: 'custom',
      path: [...path],
      params: { code: 'RULE_PR_DECISION_BEFORE_ANSWER_DATE', date: earliest, rule: 'R-PR-107' },
    });
  }
}
