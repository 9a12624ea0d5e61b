/**
 * Crime (§ 11, stk. 3, nr. 2–3; § 11 a): permanent exclusion or the waiting period ("karens") after each judgment,
 * from dated facts (R-PR-040, R-PR-041, R-PR-042; src:14981–15012, 13127–13210). Pure.
 *
 * A waiting period of N years from a day D ends with the day before the anniversary: the condition is met from
 * D + N years (`clearFrom`), never earlier.
 */
import { addDays, addMonths, type CivilDate } from '../../domain/civil-date.ts';
import { addYears, maxDate } from '../../domain/periods.ts';

export interface SentenceLength {
  readonly unit: 'days' | 'months' | 'years';
  readonly count: number;
}

export type Judgment =
  | {
      readonly kind: 'conditional';
      readonly finalJudgmentDate: CivilDate;
      /** The last day of the probation period set in the judgment. */
      readonly probationEnds: CivilDate;
    }
  | {
      readonly kind: 'unconditional';
      readonly finalJudgmentDate: CivilDate;
      readonly length: SentenceLength;
      /** Release, release on parole included (§ 11 a, stk. 3). */
      readonly releaseDate: CivilDate;
      /** Straffelovens kapitel 12 or 13, §§ 210, 216, 222–224, § 225 jf. § 216, §§ 244–246: 60 days exclude (R-PR-040). */
      readonly listedOffence: boolean;
    }
  | { readonly kind: 'youth-sanction'; readonly finalJudgmentDate: CivilDate; readonly sanctionEnded: CivilDate }
  | { readonly kind: 'treatment'; readonly finalJudgmentDate: CivilDate; readonly measureLifted: CivilDate }
  | { readonly kind: 'hospital-placement'; readonly finalJudgmentDate: CivilDate; readonly measureLifted: CivilDate }
  | { readonly kind: 'forvaring'; readonly finalJudgmentDate: CivilDate; readonly measureLifted: CivilDate };

export type Comparison = 'under' | 'at-least' | 'ambiguous';

/**
 * A length against a threshold in calendar months. Days against months: N calendar months last between a least
 * and a greatest number of days (6 months: 181–184; 12 months: 365–366), so a count of days is clearly under or at
 * least only outside that span; inside it the judgment must be read (RULE_PR_SENTENCE_LENGTH_AMBIGUOUS).
 */
export function compareToMonths(length: SentenceLength, months: number): Comparison {
  if (length.unit === 'months') return length.count >= months ? 'at-least' : 'under';
  if (length.unit === 'years') return length.count * 12 >= months ? 'at-least' : 'under';
  const [least, most] = DAYS_IN_MONTHS[months] ?? [0, 0];
  if (length.count < least) return 'under';
  if (length.count >= most) return 'at-least';
  return 'ambiguous';
}
/** Fewest and most days of 6 and 12 calendar months. */
const DAYS_IN_MONTHS: Readonly<Record<number, readonly [number, number]>> = { 6: [181, 184], 12: [365, 366] };

/** A length against a threshold in days (the 60 days of R-PR-040): months are 28–31 days each. */
export function compareToDays(length: SentenceLength, days: number): Comparison {
  if (length.unit === 'days') return length.count >= days ? 'at-least' : 'under';
  const months = length.unit === 'years' ? length.count * 12 : length.count;
  if (months * 31 < days) return 'under';
  if (months * 28 >= days) return 'at-least';
  return 'ambiguous';
}

export type JudgmentEffect =
  | { readonly kind: 'excluded'; readonly because: 'one-year-or-more' | 'listed-offence-60-days' }
  | { readonly kind: 'waiting'; readonly clearFrom: CivilDate; readonly period: WaitingPeriod }
  | { readonly kind: 'ambiguous-length' };

/** The waiting periods of R-PR-041, named for the letter and the plan. */
export type WaitingPeriod =
  | 'conditional-4y6m'
  | 'unconditional-under-6-months-12y'
  | 'unconditional-6-to-12-months-18y'
  | 'youth-sanction-3y'
  | 'treatment-6y-9y'
  | 'hospital-placement-12y-15y'
  | 'forvaring-30y';

export function judgmentEffect(judgment: Judgment): JudgmentEffect {
  switch (judgment.kind) {
    case 'conditional':
      // 4 years 6 months from the final judgment, and always until the probation period has ended.
      return {
        kind: 'waiting',
        period: 'conditional-4y6m',
        clearFrom: maxDate(addMonths(judgment.finalJudgmentDate, 54), addDays(judgment.probationEnds, 1)),
      };
    case 'unconditional': {
      const year = compareToMonths(judgment.length, 12);
      if (year === 'at-least') return { kind: 'excluded', because: 'one-year-or-more' };
      if (judgment.listedOffence) {
        const sixty = compareToDays(judgment.length, 60);
        if (sixty === 'at-least') return { kind: 'excluded', because: 'listed-offence-60-days' };
        if (sixty === 'ambiguous') return { kind: 'ambiguous-length' };
      }
      const six = compareToMonths(judgment.length, 6);
      if (year === 'ambiguous' || six === 'ambiguous') return { kind: 'ambiguous-length' };
      return six === 'under'
        ? { kind: 'waiting', period: 'unconditional-under-6-months-12y', clearFrom: addYears(judgment.releaseDate, 12) }
        : { kind: 'waiting', period: 'unconditional-6-to-12-months-18y', clearFrom: addYears(judgment.releaseDate, 18) };
    }
    case 'youth-sanction':
      return { kind: 'waiting', period: 'youth-sanction-3y', clearFrom: addYears(judgment.sanctionEnded, 3) };
    case 'treatment':
      return {
        kind: 'waiting',
        period: 'treatment-6y-9y',
        clearFrom: maxDate(addYears(judgment.measureLifted, 6), addYears(judgment.finalJudgmentDate, 9)),
      };
    case 'hospital-placement':
      return {
        kind: 'waiting',
        period: 'hospital-placement-12y-15y',
        clearFrom: maxDate(addYears(judgment.measureLifted, 12), addYears(judgment.finalJudgmentDate, 15)),
      };
    case 'forvaring':
      return { kind: 'waiting', period: 'forvaring-30y', clearFrom: addYears(judgment.measureLifted, 30) };
  }
}

export type CrimeFinding =
  | { readonly kind: 'none' }
  | { readonly kind: 'excluded'; readonly judgment: number; readonly because: 'one-year-or-more' | 'listed-offence-60-days' }
  | {
      readonly kind: 'waiting';
      readonly judgment: number;
      readonly clearFrom: CivilDate;
      readonly period: WaitingPeriod;
      readonly met: boolean;
    }
  | { readonly kind: 'ambiguous-length'; readonly judgment: number };

/**
 * R-PR-042: judgments are not added; the waiting period that ends last decides (the latest judgment's, unless one
 * already running ends later). An exclusion decides over any waiting period.
 */
export function crimeFinding(judgments: readonly Judgment[], at: CivilDate): CrimeFinding {
  let decisive: CrimeFinding = { kind: 'none' };
  for (const [index, judgment] of judgments.entries()) {
    const effect = judgmentEffect(judgment);
    if (effect.kind === 'ambiguous-length') return { kind: 'ambiguous-length', judgment: index };
    if (effect.kind === 'excluded') {
      if (decisive.kind !== 'excluded') decisive = { kind: 'excluded', judgment: index, because: effect.because };
      continue;
    }
    if (decisive.kind === 'excluded') continue;
    if (decisive.kind !== 'waiting' || effect.clearFrom > decisive.clearFrom)
      decisive = {
        kind: 'waiting',
        judgment: index,
        clearFrom: effect.clearFrom,
        period: effect.period,
        met: at >= effect.clearFrom,
      };
  }
  return decisive;
}
