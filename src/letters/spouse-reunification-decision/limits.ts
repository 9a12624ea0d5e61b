/**
 * The age and period limits of the spouse decision, each one named function so that the day before, of and after
 * are tested (tests/letters/spouse-reunification-decision.rules.test.ts).
 */
import { addMonths, type CivilDate } from '../../domain/civil-date.ts';

/** The day a person born on `dateOfBirth` turns `years` (29 February → 28 February in a common year). */
export const birthday = (dateOfBirth: CivilDate, years: number): CivilDate => addMonths(dateOfBirth, 12 * years);

/**
 * R-FAM-027, "begge parter er over 24 år": met from the 24th birthday (the day itself included), as the handbook
 * counts the 23½-year hold towards that day (src:5959–6033).
 */
export const atLeast24On = (dateOfBirth: CivilDate, on: CivilDate): boolean => on >= birthday(dateOfBirth, 24);

/**
 * R-FAM-029, litra e: a permanent permit "for more than the last 3 years", counted from US's grant decision: on the
 * third anniversary the reference has held it exactly 3 years, not more; met from the day after. A minimum is never
 * stretched (BRIEF): the anniversary itself does not count.
 */
export const heldPermanentPermitMoreThanThreeYears = (granted: CivilDate, on: CivilDate): boolean => on > addMonths(granted, 36);

/** R-FAM-031: the violence bar runs for 10 years from the latest final judgment; this is the first day it no longer bars. */
export const violenceBarEnd = (finalJudgment: CivilDate): CivilDate => addMonths(finalJudgment, 120);

/**
 * R-FAM-031, OPEN boundary ("within 10 years before the decision": is the anniversary inside?). Reading that protects
 * the applicant: the bar runs on the days before the 10th anniversary of the judgment; on the anniversary it has ended.
 */
export const violenceBarRunsOn = (finalJudgment: CivilDate, decision: CivilDate): boolean =>
  decision < violenceBarEnd(finalJudgment);
