/**
 * The dates of a § 9 c, stk. 2 decision (Asylmeddelelse 13/16). Where the source leaves the arithmetic OPEN,
 * each reading is one named function and is the one that protects the applicant (README, open legal questions).
 */
import { addDays, addMonths, type CivilDate } from '../../domain/civil-date.ts';

/**
 * R-ASY-031/032: the day 18 months have passed since the latest departure deadline expired, the earliest grant.
 * OPEN (month ends): calendar months clamped to the month's last day (31 August + 18 months = 28/29 February),
 * the earlier of the two readings, so the applicant's earliest grant point is never put later.
 */
export const eighteenMonthPoint = (deadlineExpiry: CivilDate): CivilDate => addMonths(deadlineExpiry, 18);

/**
 * R-ASY-032: "less than one month remains until 18 months have passed" at the application: no refusal on the
 * present basis. OPEN (the boundary day, month ends): exactly one month before counts as within the exception,
 * and the month is clamped, so the exception is the wider of the readings and spares the applicant a refusal.
 */
export const lessThanOneMonthLeft = (applicationDate: CivilDate, point: CivilDate): boolean =>
  applicationDate >= addMonths(point, -1);

/**
 * R-ASY-036 (udlændingebekendtgørelsens § 16, stk. 17): the first permit for at most 1 year; once the applicant
 * has held a permit for 2 years, at most 2 years at a time. On the 2-year day itself the longer period applies.
 */
export function permitMonths(periodStart: CivilDate, firstGrantDate: CivilDate): 12 | 24 {
  return periodStart >= addMonths(firstGrantDate, 24) ? 24 : 12;
}

/**
 * The last day of a permit of at most `months` from `start` (its first day). "Højst 1 år" (R-ASY-036, src:522–524)
 * is a statutory maximum: the permit ends the day before the anniversary, never on it (issue 11, point 4). A
 * start on 29 February has its anniversary on 1 March in a common year (the day after 28 February, the date the
 * period would otherwise be clamped to), so it ends on 28 February: 366 days across the leap day, as any year
 * that contains 29 February. Favouring the applicant never stretches the maximum.
 */
export function permitEnd(start: CivilDate, months: number): CivilDate {
  const clamped = addMonths(start, months);
  const anniversary = clamped.slice(8) !== start.slice(8) ? addDays(clamped, 1) : clamped;
  return addDays(anniversary, -1);
}

/** The first day of an extension: the day after the current permit's last day (R-ASY-036, § 11, stk. 2). */
export const extensionStart = (expiryDate: CivilDate): CivilDate => addDays(expiryDate, 1);

/**
 * R-ASY-036: the purpose is temporary stay for 5 years from the first grant; then, by settled practice, a
 * time-limited permit with the possibility of permanent stay. From the 5-year day itself the latter.
 */
export const stayPurpose = (periodStart: CivilDate, firstGrantDate: CivilDate): 'temporary' | 'permanent-possible' =>
  periodStart >= addMonths(firstGrantDate, 60) ? 'permanent-possible' : 'temporary';
