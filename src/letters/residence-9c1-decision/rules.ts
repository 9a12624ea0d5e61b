/**
 * Rules of the § 9 c, stk. 1 decision after an earlier stay (letters/residence-9c1-decision.md; R-9C1-001 to
 * R-9C1-030). The outcome is the officer's: the rules count the earlier stay and the children's ages and stay,
 * set the findings out in the memo's order, and give the appeal guidance (a refusal's is OPEN).
 */

import { ok, type Result } from '../../diagnostics/diagnostic.ts';
import { addDays, type CivilDate } from '../../domain/civil-date.ts';
import { toYearsMonths, wholeMonthsBetween, type YearsMonths } from '../../domain/periods.ts';
import { configuredAppeal } from '../configured-appeal.ts';
import type { RulesWorld } from '../define-letter.ts';
import { type AppealGuidance, type Outcome, type Reason, toTheApplicant } from '../plan.ts';
import { concernsChild, FINDING_ORDER, type Input } from './schema.ts';

export type Variant = 'grant-permanent-purpose' | 'grant-possibility-permanent' | 'grant-temporary-purpose' | 'refusal';
export const LETTER = 'residence-9c1-decision';

/** A period's length in whole calendar months, both ends included (1 January–31 March is 3 months). */
const monthsOf = (period: { from: CivilDate; to: CivilDate }): number => wholeMonthsBetween(period.from, addDays(period.to, 1));

export interface StayCount {
  readonly periods: readonly { from: CivilDate; to: CivilDate; kind: string; duration: YearsMonths }[];
  /** Whole months per period, added up by kind. */
  readonly lawful: YearsMonths;
  readonly procedural: YearsMonths;
  readonly unlawful: YearsMonths;
  readonly total: YearsMonths;
}

const contiguous = (periods: Input['earlierStay']): boolean =>
  periods.every((p, i) => i === 0 || periods[i - 1]?.to === addDays(p.from, -1));

/** R-9C1-010: the earlier stay, and how much of it was lawful, procedural or unlawful. */
export function countEarlierStay(periods: Input['earlierStay']): StayCount {
  const sum = (kind: string) => periods.filter((p) => p.kind === kind).reduce((n, p) => n + monthsOf(p), 0);
  return {
    periods: periods.map((p) => ({ from: p.from, to: p.to, kind: p.kind, duration: toYearsMonths(monthsOf(p)) })),
    lawful: toYearsMonths(sum('lawful')),
    procedural: toYearsMonths(sum('procedural')),
    unlawful: toYearsMonths(sum('unlawful')),
    // Unbroken periods: the calendar span from the first day to the last; with gaps, the periods added up.
    total: toYearsMonths(
      contiguous(periods)
        ? monthsOf({ from: periods[0]?.from ?? ('' as CivilDate), to: periods[periods.length - 1]?.to ?? ('' as CivilDate) })
        : periods.reduce((n, p) => n + monthsOf(p), 0),
    ),
  };
}

/** R-9C1-011, R-9C1-012: a child's age at entry and time in Denmark at the decision (the memo's 6–7 years are not a threshold the service applies). */
export const childFacts = (child: Input['children'][number], at: CivilDate) => ({
  name: child.name,
  ageAtEntry: Math.floor(wholeMonthsBetween(child.dateOfBirth, child.entryDate) / 12),
  inDenmark: toYearsMonths(wholeMonthsBetween(child.entryDate, at)),
});

export function decide(input: Input, world: RulesWorld): Result<Outcome<Variant>> {
  const variant: Variant = input.outcome.kind === 'grant' ? `grant-${input.outcome.purpose}` : 'refusal';
  const stay = countEarlierStay(input.earlierStay);
  const child = concernsChild(input);
  const why: Reason[] = [
    { rule: 'R-9C1-001', because: `§ 9 c, stk. 1: the officer's ${input.outcome.kind}; group ${input.group}` },
    {
      rule: 'R-9C1-010',
      because: `earlier stay ${stay.total.years} y ${stay.total.months} m: lawful ${stay.lawful.years} y ${stay.lawful.months} m, procedural ${stay.procedural.years} y ${stay.procedural.months} m, unlawful ${stay.unlawful.years} y ${stay.unlawful.months} m`,
    },
    { rule: 'R-9C1-020', because: 'the proportionality finding is given (EMRK art. 8(2))' },
  ];
  if (child)
    why.push({ rule: 'R-9C1-021', because: 'the decision concerns a child: the best interests and their weighing are stated' });
  if (input.outcome.kind === 'grant')
    why.push({ rule: 'R-9C1-030', because: `purpose ${input.outcome.purpose} and duration are the officer's (OPEN)` });

  const at = input.letterDate;
  const sender = world.authorities.on('immigration-service', at, 'data.letterDate');
  if (!sender.ok) return sender;
  let appeal: AppealGuidance;
  if (input.outcome.kind === 'refusal') {
    // Udlændingenævnet hears these appeals (memo), but the provision, deadline, suspensive effect and fee are not
    // stated (R-9C1-030, OPEN): refused until legal review configures them.
    const configured = configuredAppeal(world, { letter: LETTER, variant, openRule: 'R-9C1-030', letterDate: at });
    if (!configured.ok) return configured;
    appeal = configured.value;
  } else {
    appeal = { kind: 'fully-granted', rules: ['R-9C1-001'] };
  }
  return ok({
    due: true,
    plan: {
      variant,
      why,
      ...toTheApplicant(input),
      sender: sender.value,
      appeal,
      copies: [],
      fields: {
        applicationDate: input.applicationDate,
        permitUntil: input.outcome.kind === 'grant' ? input.outcome.permitUntil : null,
        stay: {
          periods: stay.periods.map((p) => ({
            from: p.from,
            to: p.to,
            kind: p.kind,
            years: p.duration.years,
            months: p.duration.months,
          })),
          lawfulYears: stay.lawful.years,
          lawfulMonths: stay.lawful.months,
          anyLawful: stay.lawful.years > 0 || stay.lawful.months > 0,
          totalYears: stay.total.years,
          totalMonths: stay.total.months,
        },
        children: input.children.map((c) => {
          const facts = childFacts(c, at);
          return {
            name: facts.name,
            bornInDenmark: c.entryDate === c.dateOfBirth,
            ageAtEntry: facts.ageAtEntry,
            years: facts.inDenmark.years,
            months: facts.inDenmark.months,
          };
        }),
        // The findings in the memo's order; absent ones are left out.
        findings: FINDING_ORDER.flatMap((name) => {
          const paragraphs = input.findings[name];
          return paragraphs ? [{ name, paragraphs: [...paragraphs] }] : [];
        }),
      },
    },
  });
}
