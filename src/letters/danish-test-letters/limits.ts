/**
 * The time limits of the spouse's Danish test (handbook 4.6, src:8011–8301; R-FAM-037): each one named function, so
 * that its boundary days are tested (tests/letters/danish-test-letters.limits.test.ts). Pure.
 */
import { addDays, addMonths, type CivilDate, toUtcDate } from '../../domain/civil-date.ts';

export type Level = 'A1' | 'A2';

/**
 * Where the test periods start (src:8011–8018): the CPR registration, or, for an applicant who already held a Danish
 * permit, the grant of the spouse permit. OPEN: the waiver chapter says "senest seks måneder efter meddelt
 * opholdstilladelse" (src:8570–8572); the statute text (CPR registration) is followed, as the reference says.
 */
export type TestPeriodStart =
  | { readonly from: 'cpr-registration'; readonly date: CivilDate }
  | { readonly from: 'grant-while-holding-permit'; readonly date: CivilDate };

/** R-FAM-037: A1 within 6 months, A2 within 15 months of the start (src:8011–8018). */
export const LEVEL_MONTHS: Readonly<Record<Level, number>> = { A1: 6, A2: 15 };

/**
 * R-FAM-037: the last day to pass the test of a level: the start + 6 (A1) or 15 (A2) months, the day itself included
 * ("senest 6 måneder efter", the reference's `deadlineA1` = start + 6 months).
 */
export const testDeadline = (start: TestPeriodStart, level: Level): CivilDate => addMonths(start.date, LEVEL_MONTHS[level]);

/** R-FAM-037 (src:8037–8043): a test taken in time and not passed may be retaken up to 3 months after the deadline. */
export const RETEST_MONTHS = 3;
export const retestUntil = (deadline: CivilDate): CivilDate => addMonths(deadline, RETEST_MONTHS);

/** The later and the earlier of two dates (ISO dates compare as strings). */
const later = (a: CivilDate, b: CivilDate): CivilDate => (a > b ? a : b);
const earlier = (a: CivilDate, b: CivilDate): CivilDate => (a < b ? a : b);

/** R-FAM-037 (src:8277–8282): a revocation case is opened 30 days after a missed A1 deadline. */
export const REVOCATION_CASE_DAYS = 30;

/** What the officer knows about A1 when the permit is revoked or not extended (src:8262–8305). */
export type A1Status =
  | { readonly status: 'not-taken' }
  | { readonly status: 'not-passed'; readonly firstAttemptOn: CivilDate }
  | { readonly status: 'passed-late'; readonly firstAttemptOn?: CivilDate; readonly passedOn: CivilDate };

/** Whether the first attempt was in time, so that the 3-month re-test period applies (src:8037–8043). */
const retestApplies = (a1: A1Status, deadline: CivilDate): boolean =>
  a1.status !== 'not-taken' && a1.firstAttemptOn !== undefined && a1.firstAttemptOn <= deadline;

/**
 * The last day on which A1 still counts as passed in time: the deadline, or the end of the re-test period where the
 * test was first taken in time (R-FAM-037).
 */
export const lastDayInTime = (a1: A1Status, deadline: CivilDate): CivilDate =>
  retestApplies(a1, deadline) ? retestUntil(deadline) : deadline;

/** R-FAM-037 (src:8262–8301): A1 passed on or before the last day in time: no revocation, no refusal to extend. */
export const a1PassedInTime = (a1: A1Status, deadline: CivilDate): boolean =>
  a1.status === 'passed-late' && a1.passedOn <= lastDayInTime(a1, deadline);

/**
 * R-FAM-037 (src:8277–8282): the first day a revocation (or refusal to extend) may be dated: 30 days after a missed A1
 * deadline; after an attempt in time that failed, the day after the re-test period (the "six plus three months").
 * The protective reading of the two rules (OPEN: the reference states both without saying which governs when):
 * the later of the two days.
 */
export function earliestRevocationDate(a1: A1Status, deadline: CivilDate): CivilDate {
  const afterDeadline = addDays(deadline, REVOCATION_CASE_DAYS);
  if (!retestApplies(a1, deadline)) return afterDeadline;
  const afterRetest = addDays(retestUntil(deadline), 1);
  return later(afterRetest, afterDeadline);
}

/** Turkish nationals economically active "within 6 months of CPR registration" are exempt (src:8190–8261). */
export const TURKISH_ACTIVITY_MONTHS = 6;
export const turkishActivityInTime = (cprRegistration: CivilDate, activeFrom: CivilDate): boolean =>
  activeFrom <= addMonths(cprRegistration, TURKISH_ACTIVITY_MONTHS);

/**
 * Postponement for maternity or paternity leave (barsel, src:8109–8118). The deadline is suspended during the leave,
 * at most 46 weeks from the birth: OPEN, the reference says the maximum depends on whether the test-taker is a man or
 * a woman without saying how; the reading that does not reach beyond the stated maximum is 46 weeks for both, the
 * birth day counted as the first day (the last suspended day is the day before the 46-week anniversary).
 */
export const MAX_LEAVE_WEEKS = 46;
export const lastSuspendedDay = (birth: CivilDate): CivilDate => addDays(birth, MAX_LEAVE_WEEKS * 7 - 1);

/** With a "vandrejournal" sent before the birth, the suspension may start up to 4 weeks before the due date (src:8109–8118). */
export const EARLY_LEAVE_WEEKS = 4;
export const earliestLeaveStart = (birth: CivilDate, vandrejournalDueDate: CivilDate | undefined): CivilDate =>
  vandrejournalDueDate === undefined ? birth : addDays(vandrejournalDueDate, -EARLY_LEAVE_WEEKS * 7);

/** No days are deducted where the birth certificate arrives within 14 days after the birth (src:8109–8118). */
export const BIRTH_CERTIFICATE_DAYS = 14;
export const birthCertificateInTime = (birth: CivilDate, received: CivilDate): boolean =>
  received <= addDays(birth, BIRTH_CERTIFICATE_DAYS);

const daysFrom = (from: CivilDate, to: CivilDate): number =>
  Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / 86_400_000);

export interface LeaveFacts {
  readonly birthDate: CivilDate;
  readonly vandrejournalDueDate?: CivilDate;
  readonly leave: { readonly from: CivilDate; readonly to: CivilDate };
  readonly birthCertificateReceived: CivilDate;
  readonly requestReceived: CivilDate;
}

export interface Suspension {
  readonly from: CivilDate;
  readonly to: CivilDate;
  readonly days: number;
  readonly newDeadline: CivilDate;
  /** Whether the days between the leave's start and the request still counted against the deadline. */
  readonly daysBeforeRequestDeducted: boolean;
}

/**
 * The new deadline after a barsel postponement (src:8105–8118): the deadline runs until US receives the request
 * (the verbatim rule, src:8105–8107), so the suspension starts at the later of the leave's start and the receipt of
 * the request; where the birth certificate arrives within 14 days after the birth, no days are deducted and it starts
 * with the leave. It ends with the leave, at most on the last suspended day. The days left of the deadline when the
 * suspension starts are counted again from the day after it ends. OPEN reading (README): the reference's
 * "deduct the days of the deadline already elapsed until US received the request" read as above.
 * Null where nothing is left to suspend (the suspension would start after it ends, or after the deadline).
 */
export function suspension(facts: LeaveFacts, deadline: CivilDate): Suspension | null {
  const onTime = birthCertificateInTime(facts.birthDate, facts.birthCertificateReceived);
  const from = onTime || facts.requestReceived <= facts.leave.from ? facts.leave.from : facts.requestReceived;
  const cap = lastSuspendedDay(facts.birthDate);
  const to = earlier(facts.leave.to, cap);
  if (from > to || from > deadline) return null;
  const days = daysFrom(from, to) + 1;
  return { from, to, days, newDeadline: addDays(deadline, days), daysBeforeRequestDeducted: !onTime && from > facts.leave.from };
}
