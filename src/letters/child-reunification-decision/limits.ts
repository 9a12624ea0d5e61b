/**
 * The age limits of the child decision, each one named function so that the day before, of and after are tested
 * (tests/letters/child-reunification-decision.rules.test.ts). Ages are taken at the filing date (src:8971–8972).
 */
import { addDays, addMonths, type CivilDate } from '../../domain/civil-date.ts';

/** The day a child born on `dateOfBirth` turns `years`, 29 February → 28 February in a common year (the earlier day). */
export const birthday = (dateOfBirth: CivilDate, years: number): CivilDate => addMonths(dateOfBirth, 12 * years);

/**
 * OPEN (29 February in a common year): for the age limits that a younger child benefits from (under 15, a minor, not
 * yet over 8), the later reading: the birthday is 1 March. The permit's end keeps the earlier day (lastDayBefore18).
 */
export function birthdayForAgeLimit(dateOfBirth: CivilDate, years: number): CivilDate {
  const day = birthday(dateOfBirth, years);
  return dateOfBirth.endsWith('-02-29') && day.endsWith('-02-28') ? addDays(day, 1) : day;
}

/** R-FAM-050, "under 15 år": under 15 until the day before the 15th birthday; 15 on the birthday. */
export const under15On = (dateOfBirth: CivilDate, on: CivilDate): boolean => on < birthdayForAgeLimit(dateOfBirth, 15);

/** A minor (under 18) on `on`: 18 on the 18th birthday. */
export const minorOn = (dateOfBirth: CivilDate, on: CivilDate): boolean => on < birthdayForAgeLimit(dateOfBirth, 18);

/**
 * R-FAM-051: "indtil barnets fyldte 18. år": the permit's last day is the day before the 18th birthday (a statutory
 * maximum is never stretched).
 */
export const lastDayBefore18 = (dateOfBirth: CivilDate): CivilDate => addDays(birthday(dateOfBirth, 18), -1);

/**
 * OPEN (child-reunification-decision.md, Computed fields): the integration test applies to a child "over 8 år"
 * (src:9189) or one who has "fyldt otte år" (src:8913). Reading that protects the child: over 8 means past the 8th
 * birthday, so the test applies from the day after it, never on the birthday itself.
 */
export const over8On = (dateOfBirth: CivilDate, on: CivilDate): boolean => on > birthdayForAgeLimit(dateOfBirth, 8);
