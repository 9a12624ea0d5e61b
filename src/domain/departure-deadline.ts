/**
 * The date of a departure deadline (udrejsefrist, udlændingelovens § 33) as the family-reunification handbook
 * counts it (ch. 9, src:10040–10214; R-FAM-082 to R-FAM-086): from the day the letter is actually sent, by the
 * channel it goes by, adding the days on which the applicant cannot act on it or no post is delivered.
 * Which period applies (1 month, 30 days, 7 days, "straks", none) is the letter's rule; this is the calendar.
 */
import { addDays, type CivilDate, toUtcDate } from './civil-date.ts';
import { type DanishHolidayName, danishPublicHolidayOn, fridayAfterAscension, isWeekend, weekday } from './danish-holidays.ts';

/** How the decision reaches the applicant: digital post or ordinary letter post ("almindelig brevpost"). */
export type DeliveryChannel = 'digital-post' | 'letter-post';
export const DELIVERY_CHANNELS = ['digital-post', 'letter-post'] as const satisfies readonly DeliveryChannel[];

/** The periods § 33 gives in a family-reunification refusal (R-FAM-080). */
export type DeparturePeriod = 'one-month' | 'thirty-days' | 'seven-days';

/** Why a day was added to the count, for the officer's plan. */
export type AddedDay =
  | { readonly date: CivilDate; readonly why: 'public-holiday'; readonly holiday: DanishHolidayName }
  | { readonly date: CivilDate; readonly why: 'no-post-delivery' }
  | { readonly date: CivilDate; readonly why: 'christmas-new-year' };

export interface ComputedDeadline {
  /** The last day of the deadline, printed as a date in every language. */
  readonly date: CivilDate;
  /** The day the period starts from: the sending day (digital post), or the end of the posting days (letter post). */
  readonly countedFrom: CivilDate;
  /** Letter post: the 7 posting days plus each day without post delivery among them (R-FAM-083); 0 for digital post. */
  readonly postingDays: number;
  readonly addedDays: readonly AddedDay[];
  readonly rules: readonly string[];
}

/**
 * OPEN (R-FAM-085, src:10125–10126, 10142–10143): for Christmas and New Year the handbook refers to separate
 * internal information that is not in the source. Reading that protects the applicant: every day from 24 December to
 * 1 January (Christmas Eve, the Christmas days, the "mellemdage" 27–30 December, New Year's Eve and Day) is treated
 * as a public holiday for the 7-day rule and as a day without post delivery for letter post, so that the season
 * never shortens the time the applicant has.
 */
export function isChristmasNewYearDay(date: CivilDate): boolean {
  const monthDay = date.slice(5);
  return monthDay >= '12-24' || monthDay === '01-01';
}

/**
 * OPEN (spouse-reunification-decision.md, "Computed fields": the boundary of "en måned", e.g. sent 31 January, is not
 * defined by the source). Reading that protects the applicant: the day with the same number one month later, or, where
 * that month has no such day, the first day of the month after (31 January → 1 March, never 28 February).
 */
export function addDeadlineMonth(date: CivilDate): CivilDate {
  const d = toUtcDate(date);
  const day = d.getUTCDate();
  const next = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  const lastDay = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  if (day <= lastDay) next.setUTCDate(day);
  else next.setUTCMonth(next.getUTCMonth() + 1, 1);
  return next.toISOString().slice(0, 10) as CivilDate;
}

/**
 * A day the 7-day count skips (R-FAM-082: public holidays, not Sundays, e.g. around Easter, Store Bededag, Whitsun),
 * or null. Weekends are never added.
 */
function dayAddedToSevenDays(date: CivilDate): AddedDay | null {
  if (weekday(date) === 0) return null;
  const holiday = danishPublicHolidayOn(date);
  if (holiday) return { date, why: 'public-holiday', holiday };
  if (isChristmasNewYearDay(date)) return { date, why: 'christmas-new-year' };
  return null;
}

/**
 * A weekday without post delivery (R-FAM-083: holidays, e.g. the Friday after Ascension), or null. Weekend days are
 * already the 2 weekend days of the 7 posting days.
 */
function dayWithoutPost(date: CivilDate): AddedDay | null {
  if (isWeekend(date)) return null;
  const holiday = danishPublicHolidayOn(date);
  if (holiday) return { date, why: 'public-holiday', holiday };
  if (date === fridayAfterAscension(Number(date.slice(0, 4)))) return { date, why: 'no-post-delivery' };
  if (isChristmasNewYearDay(date)) return { date, why: 'christmas-new-year' };
  return null;
}

/** Counts `days` days after `from`, skipping (and recording) the days `skip` names. */
function countDays(
  from: CivilDate,
  days: number,
  skip: (date: CivilDate) => AddedDay | null,
): { end: CivilDate; added: AddedDay[] } {
  const added: AddedDay[] = [];
  let date = from;
  let counted = 0;
  while (counted < days) {
    date = addDays(date, 1);
    const skipped = skip(date);
    if (skipped) added.push(skipped);
    else counted += 1;
  }
  return { end: date, added };
}

/** 5 postal days and 2 weekend days (R-FAM-083, src:10128–10141). */
export const POSTING_DAYS = 7;

/**
 * The deadline's last day for a letter sent on `sent` (the date it actually goes out, R-FAM-086).
 * - digital post: sent + the period; weekends are not added; for 7 days only, each public holiday in the period that
 *   is not a Sunday is added (R-FAM-082).
 * - letter post: first the 7 posting days plus each weekday without post delivery among them, then the period counted
 *   as for digital post from the end of the posting days (R-FAM-083; OPEN order, see README).
 */
export function departureDeadlineDate(sent: CivilDate, period: DeparturePeriod, channel: DeliveryChannel): ComputedDeadline {
  const posting = channel === 'letter-post' ? countDays(sent, POSTING_DAYS, dayWithoutPost) : { end: sent, added: [] };
  const from = posting.end;
  const counted =
    period === 'one-month'
      ? { end: addDeadlineMonth(from), added: [] }
      : period === 'thirty-days'
        ? { end: addDays(from, 30), added: [] }
        : countDays(from, 7, dayAddedToSevenDays);
  const rules = ['R-FAM-082', ...(channel === 'letter-post' ? ['R-FAM-083'] : []), 'R-FAM-086'];
  return {
    date: counted.end,
    countedFrom: from,
    postingDays: channel === 'letter-post' ? POSTING_DAYS + posting.added.length : 0,
    addedDays: [...posting.added, ...counted.added],
    rules,
  };
}
