/**
 * Age (§ 11, stk. 3: over 18; R-PR-010, src:14713–14719, 15943–15944) and state-pension age (R-PR-090,
 * src:16028–16043). Pure functions of the date of birth.
 */
import type { CivilDate } from '../../domain/civil-date.ts';
import { addMonths } from '../../domain/civil-date.ts';
import { addYears } from '../../domain/periods.ts';

export const eighteenthBirthday = (dateOfBirth: CivilDate): CivilDate => addYears(dateOfBirth, 18);
export const nineteenthBirthday = (dateOfBirth: CivilDate): CivilDate => addYears(dateOfBirth, 19);

/** R-PR-010: an application may be filed at the earliest 3 months before the 18th birthday. */
export const earliestFilingDate = (dateOfBirth: CivilDate): CivilDate => addMonths(eighteenthBirthday(dateOfBirth), -3);

/** R-PR-010: refusal for age when, on the screening day, more than 3 months remain to the 18th birthday. */
export const tooYoungOnScreening = (dateOfBirth: CivilDate, screeningDate: CivilDate): boolean =>
  screeningDate < earliestFilingDate(dateOfBirth);

/** R-PR-010: a grant is valid at the earliest from the 18th birthday. */
export const validFrom = (dateOfBirth: CivilDate, letterDate: CivilDate): CivilDate => {
  const birthday = eighteenthBirthday(dateOfBirth);
  return birthday > letterDate ? birthday : letterDate;
};

/** R-PR-090: the state-pension age in months by the date of birth. */
export function statePensionAgeMonths(dateOfBirth: CivilDate): number {
  if (dateOfBirth < '1954-01-01') return 65 * 12;
  if (dateOfBirth <= '1954-06-30') return 65 * 12 + 6;
  if (dateOfBirth <= '1954-12-31') return 66 * 12;
  if (dateOfBirth <= '1955-06-30') return 66 * 12 + 6;
  return 67 * 12;
}

/** R-PR-090: reaching the age suffices; the day the age is reached counts. */
export const statePensionAgeReached = (dateOfBirth: CivilDate, at: CivilDate): boolean =>
  at >= addMonths(dateOfBirth, statePensionAgeMonths(dateOfBirth));
