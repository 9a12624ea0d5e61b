/**
 * Lawful stay (§ 11, stk. 3, nr. 1 and stk. 5; § 27): counted from dated facts, pure.
 * R-PR-022 start date by how the first permit was applied for; R-PR-026 an interruption restarts the count from
 * the day the new permit is valid; R-PR-028 absences abroad that may count do so up to 2 years (posted, or
 * accompanying a posted spouse) or 1 year (employment abroad essential to employment in Denmark), the rest and
 * every other absence is deducted without restarting the count.
 */
import { addDays, type CivilDate } from '../../domain/civil-date.ts';
import {
  addYears,
  daysInclusive,
  firstDays,
  intersect,
  type Period,
  toYearsMonths,
  wholeMonthsBetween,
  type YearsMonths,
} from '../../domain/periods.ts';

export type StayStart =
  | { readonly basis: 'applied-from-abroad'; readonly cprRegistrationDate: CivilDate }
  | { readonly basis: 'applied-in-denmark'; readonly filingDate: CivilDate; readonly conditionsMetDate?: CivilDate | undefined }
  | { readonly basis: 'asylum-section-7'; readonly permitDate: CivilDate }
  | { readonly basis: 'quota-refugee-section-8'; readonly cprRegistrationDate: CivilDate };

export type AbsenceKind = 'posted' | 'accompanying-posted-spouse' | 'employment-essential' | 'other';

export interface Absence extends Period {
  readonly kind: AbsenceKind;
}

export interface Interruption {
  /** The day the permit expired, lapsed or was revoked without a timely new application (R-PR-026). */
  readonly permitEnded: CivilDate;
  /** The day the new permit is valid from: the count restarts here. */
  readonly newPermitFrom: CivilDate;
}

/** R-PR-022: the start of the count (§ 27, stk. 1–2, src:14806–14821). */
export function stayStartDate(start: StayStart): CivilDate {
  switch (start.basis) {
    case 'applied-from-abroad':
    case 'quota-refugee-section-8':
      return start.cprRegistrationDate;
    case 'asylum-section-7':
      return start.permitDate;
    case 'applied-in-denmark':
      // The filing date, or the later date on which the conditions were met (e.g. housing met during processing).
      return start.conditionsMetDate && start.conditionsMetDate > start.filingDate ? start.conditionsMetDate : start.filingDate;
  }
}

/** R-PR-028 (§ 11, stk. 7): how many days of an absence of this kind may count as stay ("højst 2 år", "højst 1 år"). */
export const ABSENCE_CAP_YEARS: Readonly<Record<AbsenceKind, number>> = {
  posted: 2,
  'accompanying-posted-spouse': 2,
  'employment-essential': 1,
  other: 0,
};

export interface CountedAbsence extends Absence {
  /** The days that count as stay: the first days of the absence up to the cap, which ends the day before the anniversary. */
  readonly countedDays: number;
  readonly deductedDays: number;
}

export interface LawfulStay {
  readonly countFrom: CivilDate;
  /** The last interruption, when there was one: the refusal always states it (R-PR-027). */
  readonly interruption: Interruption | null;
  readonly absences: readonly CountedAbsence[];
  readonly deductedDays: number;
  /** The count's start moved on by the deducted days: the stay is the time from here to the reference date. */
  readonly effectiveFrom: CivilDate;
  readonly at: CivilDate;
  readonly duration: YearsMonths;
}

/** The absence days that count: from the first day, at most `years` years (the cap ends the day before the anniversary). */
function countedPart(absence: Absence): Period | null {
  const years = ABSENCE_CAP_YEARS[absence.kind];
  if (years === 0) return null;
  return firstDays(absence, daysInclusive({ from: absence.from, to: addDays(addYears(absence.from, years), -1) }));
}

export function lawfulStay(facts: {
  start: StayStart;
  interruptions: readonly Interruption[];
  absences: readonly Absence[];
  at: CivilDate;
}): LawfulStay {
  const start = stayStartDate(facts.start);
  const interruption = facts.interruptions.length > 0 ? (facts.interruptions[facts.interruptions.length - 1] ?? null) : null;
  const countFrom = interruption && interruption.newPermitFrom > start ? interruption.newPermitFrom : start;
  const window: Period = { from: countFrom, to: addDays(facts.at, -1) };
  const absences: CountedAbsence[] = [];
  for (const absence of facts.absences) {
    const inside = intersect(absence, window);
    if (!inside) continue;
    const counted = countedPart(absence);
    const countedInside = counted ? intersect(counted, inside) : null;
    const countedDays = countedInside ? daysInclusive(countedInside) : 0;
    absences.push({ ...absence, countedDays, deductedDays: daysInclusive(inside) - countedDays });
  }
  const deductedDays = absences.reduce((sum, a) => sum + a.deductedDays, 0);
  const effectiveFrom = addDays(countFrom, deductedDays);
  return {
    countFrom,
    interruption: interruption && interruption.newPermitFrom > start ? interruption : null,
    absences,
    deductedDays,
    effectiveFrom,
    at: facts.at,
    duration: toYearsMonths(wholeMonthsBetween(effectiveFrom, facts.at)),
  };
}

/** R-PR-020: at least `years` years of lawful stay on the reference date: met on the anniversary of the effective start. */
export const stayOfAtLeast = (stay: LawfulStay, years: number): boolean => stay.at >= addYears(stay.effectiveFrom, years);
