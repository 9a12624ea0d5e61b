/** The period limits of the family-application rejection, each one named function so that its boundary days are tested. */
import { addDays, addMonths, type CivilDate } from '../../domain/civil-date.ts';

/**
 * R-FAM-016: the biometrics are to be taken "no later than 14 days after filing" (src:4313–4315): the 14th day after
 * filing is the last day to give them, so a rejection under § 47 b is dated from the 15th day.
 */
export const biometricsPeriodOver = (filed: CivilDate, on: CivilDate): boolean => on > addDays(filed, 14);

/**
 * R-FAM-019 (OPEN: "1½–2 years"): a repeat application is as a rule not rejected when the earlier refusal is more than
 * 1½–2 years old. Reading that protects the applicant: the lower bound, and from the day the earlier refusal is 1½
 * years old the rejection is no longer available.
 */
export const REPEAT_REJECTION_MONTHS = 18;
export const earlierRefusalTooOld = (earlierRefusal: CivilDate, on: CivilDate): boolean =>
  on >= addMonths(earlierRefusal, REPEAT_REJECTION_MONTHS);
