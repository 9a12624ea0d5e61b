/**
 * The time a § 21 b hearing gives to answer, and when the lapse decision may follow it (R-ASY-093;
 * forvaltningslovens § 19, stk. 1; src:1988–1990). Shared by the hearing letter and the lapse decision, so
 * both refuse the same dates.
 */
import { addDays, type CivilDate } from '../../domain/civil-date.ts';

/**
 * OPEN (R-ASY-093): 3/15 gives no answer period. A hearing that leaves a day or two is no hearing, so a minimum
 * is set: 14 days, the shortest period Udlændingestyrelsen's own hearings state in the reference (2 weeks,
 * pr-party-hearing.md, src:14640–14658). Legal review may change this one number.
 */
export const MIN_HEARING_ANSWER_DAYS = 14;

/** The earliest answer date a hearing sent on `hearingDate` may give. */
export const earliestAnswerDate = (hearingDate: CivilDate): CivilDate => addDays(hearingDate, MIN_HEARING_ANSWER_DAYS);

/**
 * OPEN (R-ASY-093): the earliest date of the decision. An answer may reach Udlændingestyrelsen on the answer date
 * itself ("senest den …"), so the decision is dated after it, never on it.
 */
export const earliestDecisionDate = (answerBy: CivilDate): CivilDate => addDays(answerBy, 1);
