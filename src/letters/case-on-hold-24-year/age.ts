/**
 * The 24-year rule's dates (R-FAM-027). "Fyldt 24 år" is reached on the 24th birthday. The source gives no
 * day-counting rule (case-on-hold-24-year.md, "Computed fields"): ordinary age arithmetic in calendar months.
 */
import { addMonths, type CivilDate } from '../../domain/civil-date.ts';

/** The 24th birthday: the day the person "er fyldt 24 år". */
export const dateTurns24 = (dateOfBirth: CivilDate): CivilDate => addMonths(dateOfBirth, 24 * 12);

/**
 * OPEN (README, open legal questions): the day a person is 23 years and 6 months old. Where the month has no such day
 * (born 31 August → February), the last day of the month: the earlier day lets the applicant into the hold route,
 * which protects the applicant; the 24-year bar itself is not moved.
 */
export const dateTurns23AndAHalf = (dateOfBirth: CivilDate): CivilDate => addMonths(dateOfBirth, 23 * 12 + 6);

/** The later of two dates: the younger person's date of birth. */
export const laterDate = (a: CivilDate, b: CivilDate): CivilDate => (a < b ? b : a);
