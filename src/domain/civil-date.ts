/**
 * Civil dates (a day in Europe/Copenhagen, never an instant), written YYYY-MM-DD as in the input.
 * Arithmetic runs on UTC midnight so that no time zone or summer time can move a day.
 */
import { z } from 'zod';

/** A real calendar date as YYYY-MM-DD (zod's ISO date: 2017-02-29 is refused, 2016-02-29 accepted). */
export const civilDateSchema = z.iso.date().brand<'CivilDate'>();
export type CivilDate = z.infer<typeof civilDateSchema>;

export const parseCivilDate = (text: string): CivilDate => civilDateSchema.parse(text);

/** UTC midnight of the day: the one place a civil date becomes a Date (for Intl and PDF metadata). */
export const toUtcDate = (date: CivilDate): Date => new Date(`${date}T00:00:00Z`);

const fromUtcDate = (d: Date): CivilDate => d.toISOString().slice(0, 10) as CivilDate;

export function addDays(date: CivilDate, days: number): CivilDate {
  const d = toUtcDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtcDate(d);
}

/** Calendar months, clamped to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const d = toUtcDate(date);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return fromUtcDate(d);
}

/** ISO dates of equal length compare as strings. */
export const isBefore = (a: CivilDate, b: CivilDate): boolean => a < b;
