/**
 * Months of ordinary full-time employment from eIndkomst, counted per calendar month (R-PR-050, R-PR-051;
 * src:15391–15411): a month with at least 120 hours is a full-time month. The windows are whole calendar months
 * before the month of the decision (the month of the decision is not yet reported): § 11, stk. 3, nr. 8 →
 * 2 years 6 months (30 months) within the last 3 years (36 months, EMPLOYMENT_WINDOW_MONTHS: OPEN R-PR-052);
 * § 11, stk. 4, nr. 2 → 4 years (48 months) within the last 4 years 6 months (54 months) (R-PR-060).
 */
import type { CivilDate } from '../../domain/civil-date.ts';

/** A calendar month as eIndkomst reports it: YYYY-MM. */
export type YearMonth = string;

export interface MonthHours {
  readonly month: YearMonth;
  readonly hours: number;
}

export const FULL_TIME_HOURS_PER_MONTH = 120;

/** § 11, stk. 3, nr. 8: 2 years 6 months within the last 3 years. */
export const BASIC_EMPLOYMENT = { required: 30, window: 36 } as const;
/** § 11, stk. 4, nr. 2: 4 years within the last 4 years 6 months. */
export const SUPPLEMENTARY_EMPLOYMENT = { required: 48, window: 54 } as const;

/**
 * OPEN (R-PR-052): the handbook's refusal sentence says "inden for de sidste 5 år" (src:15471–15472); the law says
 * 3 years (src:12887–12888). The law is applied and printed: 36 months.
 */
export const EMPLOYMENT_WINDOW_MONTHS = BASIC_EMPLOYMENT.window;

const monthIndex = (month: YearMonth): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (date: CivilDate): number => monthIndex(date.slice(0, 7));

export interface EmploymentCount {
  readonly fullTimeMonths: number;
  readonly required: number;
  readonly windowMonths: number;
  /** First and last calendar month of the window (YYYY-MM). */
  readonly windowFrom: YearMonth;
  readonly windowTo: YearMonth;
  readonly met: boolean;
}

const fromIndex = (index: number): YearMonth =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * OPEN (R-PR-051): "a single month of 119 hours inside a long compliant period counts" (src:15391–15411); "long" is
 * not defined. Reading that protects the applicant within the rule's words: a month of at least 119 hours counts when
 * the calendar months just before and just after it are full-time months (it is single and inside a compliant run).
 */
export const TOLERATED_SINGLE_MONTH_HOURS = 119;

function isFullTime(months: readonly MonthHours[], index: number): boolean {
  const m = months[index];
  if (!m) return false;
  if (m.hours >= FULL_TIME_HOURS_PER_MONTH) return true;
  if (m.hours < TOLERATED_SINGLE_MONTH_HOURS) return false;
  const before = months[index - 1];
  const after = months[index + 1];
  const i = monthIndex(m.month);
  return (
    before !== undefined &&
    after !== undefined &&
    monthIndex(before.month) === i - 1 &&
    monthIndex(after.month) === i + 1 &&
    before.hours >= FULL_TIME_HOURS_PER_MONTH &&
    after.hours >= FULL_TIME_HOURS_PER_MONTH
  );
}

export function fullTimeMonths(
  months: readonly MonthHours[],
  at: CivilDate,
  rule: { required: number; window: number },
): EmploymentCount {
  const last = monthOf(at) - 1;
  const first = last - rule.window + 1;
  const fullTime = months.filter((m, index) => {
    const i = monthIndex(m.month);
    return i >= first && i <= last && isFullTime(months, index);
  }).length;
  return {
    fullTimeMonths: fullTime,
    required: rule.required,
    windowMonths: rule.window,
    windowFrom: fromIndex(first),
    windowTo: fromIndex(last),
    met: fullTime >= rule.required,
  };
}

/** Months must be listed once each, in order: a repeated or earlier month is refused (RULE_PR_PERIODS_*). */
export function monthProblems(months: readonly MonthHours[]): { index: number; kind: 'unordered' | 'overlap' }[] {
  const problems: { index: number; kind: 'unordered' | 'overlap' }[] = [];
  months.forEach((m, index) => {
    const previous = months[index - 1];
    if (!previous) return;
    if (m.month === previous.month) problems.push({ index, kind: 'overlap' });
    else if (m.month < previous.month) problems.push({ index, kind: 'unordered' });
  });
  return problems;
}
