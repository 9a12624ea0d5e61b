/**
 * Periods of dated facts (both ends inclusive) and whole calendar durations: the arithmetic the permanent-residence
 * counts share (lawful stay, absences, public help, waiting periods). Pure; no rule of law lives here.
 */
import { addDays, addMonths, type CivilDate, toUtcDate } from './civil-date.ts';

export interface Period {
  readonly from: CivilDate;
  /** The last day of the period, inclusive. */
  readonly to: CivilDate;
}

/** Whole years and months, the way a letter states a duration ("6 år og 2 måneder"). */
export interface YearsMonths {
  readonly years: number;
  readonly months: number;
}

export const addYears = (date: CivilDate, years: number): CivilDate => addMonths(date, 12 * years);

/** Days from `from` to `to`, both included (a one-day period has 1). */
export const daysInclusive = (period: Period): number =>
  Math.round((toUtcDate(period.to).getTime() - toUtcDate(period.from).getTime()) / 86_400_000) + 1;

/**
 * Whole calendar months from `start` up to `end` (exclusive): the largest n with start + n months ≤ end.
 * `addMonths` clamps to the month's end, so 31 January + 1 month is 28/29 February.
 */
export function wholeMonthsBetween(start: CivilDate, end: CivilDate): number {
  if (end < start) return 0;
  const a = toUtcDate(start);
  const b = toUtcDate(end);
  let n = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  while (n > 0 && addMonths(start, n) > end) n -= 1;
  return n;
}

export const toYearsMonths = (months: number): YearsMonths => ({ years: Math.floor(months / 12), months: months % 12 });

/** The part of `period` that lies inside `window`, or null. */
export function intersect(period: Period, window: Period): Period | null {
  const from = maxDate(period.from, window.from);
  const to = minDate(period.to, window.to);
  return from <= to ? { from, to } : null;
}

/** The first `days` days of a period (all of it when shorter). */
export const firstDays = (period: Period, days: number): Period | null =>
  days <= 0 ? null : { from: period.from, to: minDate(period.to, addDays(period.from, days - 1)) };

export const minDate = (a: CivilDate, b: CivilDate): CivilDate => (a < b ? a : b);
export const maxDate = (a: CivilDate, b: CivilDate): CivilDate => (a > b ? a : b);

/** What is wrong with a list of periods that must be ordered and disjoint: the first problem per period, by index. */
export type PeriodProblem =
  | { readonly index: number; readonly kind: 'ends-before-start' }
  | { readonly index: number; readonly kind: 'unordered' }
  | { readonly index: number; readonly kind: 'overlap' };

export function periodProblems(periods: readonly Period[]): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  periods.forEach((period, index) => {
    if (period.to < period.from) {
      problems.push({ index, kind: 'ends-before-start' });
      return;
    }
    const previous = periods[index - 1];
    if (!previous || previous.to < previous.from) return;
    if (period.from < previous.from) problems.push({ index, kind: 'unordered' });
    else if (period.from <= previous.to) problems.push({ index, kind: 'overlap' });
  });
  return problems;
}
